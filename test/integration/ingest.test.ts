import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoder } from '../../core/coder';
import { ActorSchema } from '../../core/model/actor';
import { ArticleRecordSchema } from '../../core/model/article';
import { MentionSchema, StoredEventSchema } from '../../core/model/event';
import { LAVROV_VISIT } from './fixtures/articles';
import { type IngestStack, startIngestStack } from './fixtures/ingest-stack';

const SCHEMAS = {
  Article: ArticleRecordSchema,
  Event: StoredEventSchema,
  Mention: MentionSchema,
  Actor: ActorSchema,
};

describe('ingest: one article, delivered again and again', () => {
  let stack: IngestStack;
  beforeAll(async () => {
    stack = await startIngestStack('ingest-basic');
  });
  afterAll(() => stack?.stop());

  it('stores the article PROCESSED with its events, mentions and actors', async () => {
    const notification = await stack.upload('inbox/lavrov visit.txt', LAVROV_VISIT);
    const response = await stack.invoke([notification]);
    expect(response.batchItemFailures).toEqual([]);

    const article = await stack.article('inbox/lavrov visit.txt');
    expect(article).toMatchObject({ type: 'Article', status: 'PROCESSED', reason: null, source: 'Wire' });
    const items = await stack.scan();
    const byType = (type: string) => items.filter((item) => item.type === type);
    expect(byType('Event')).toHaveLength(3);
    expect(byType('Mention')).toHaveLength(3);
    expect(((article?.eventIds ?? []) as string[]).sort()).toEqual(
      byType('Event')
        .map((item) => item.id)
        .sort(),
    );
    for (const event of byType('Event')) {
      expect(event).toMatchObject({
        articleCount: 1,
        mentionCount: 1,
        sourceCount: 1,
        version: 1,
        retracted: false,
      });
    }
    // The publisher's contract: every item parses with its model schema.
    for (const item of items) {
      const schema = SCHEMAS[item.type as keyof typeof SCHEMAS];
      expect(schema, String(item.type)).toBeDefined();
      expect(schema.safeParse(item).success, JSON.stringify(item)).toBe(true);
    }
  });

  it('five more deliveries of the same notification change nothing and add no stream record', async () => {
    const notification = stack.notifications.at(-1);
    const before = await stack.scan();
    const streamBefore = (await stack.streamRecords()).length;
    expect(streamBefore).toBeGreaterThan(0);
    for (let delivery = 0; delivery < 5; delivery += 1) {
      stack.clock.advance(60_000);
      const response = await stack.invoke([notification as object]);
      expect(response.batchItemFailures).toEqual([]);
    }
    expect(await stack.scan()).toEqual(before);
    expect((await stack.streamRecords()).length).toBe(streamBefore);
  });
});

describe('ingest with the real coder', () => {
  let stack: IngestStack;
  beforeAll(async () => {
    stack = await startIngestStack('ingest-real-coder', { coder: createCoder() });
  });
  afterAll(() => stack?.stop());

  it('stores what the coder extracts from a wire article, once', async () => {
    const notification = await stack.upload('inbox/real.txt', LAVROV_VISIT);
    expect((await stack.invoke([notification])).batchItemFailures).toEqual([]);
    const article = await stack.article('inbox/real.txt');
    expect(article).toMatchObject({ status: 'PROCESSED', coderVersion: createCoder().version });
    const items = await stack.scan();
    const eventIds = items.filter((item) => item.type === 'Event').map((item) => item.id);
    expect(eventIds.length).toBeGreaterThan(0);
    expect([...((article?.eventIds ?? []) as string[])].sort()).toEqual(eventIds.sort());
    const mentioned = items.filter((item) => item.type === 'Mention').map((item) => item.eventId);
    expect(mentioned.sort()).toEqual(eventIds.sort());
    for (const item of items) {
      const schema = SCHEMAS[item.type as keyof typeof SCHEMAS];
      expect(schema.safeParse(item).success, JSON.stringify(item)).toBe(true);
    }
    const streamBefore = (await stack.streamRecords()).length;
    expect((await stack.invoke([notification])).batchItemFailures).toEqual([]);
    expect(await stack.scan()).toEqual(items);
    expect((await stack.streamRecords()).length).toBe(streamBefore);
  });
});
