import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoder } from '../../core/coder';
import { StoredEventSchema } from '../../core/model/event';
import { type IngestStack, startIngestStack } from './fixtures/ingest-stack';

type Item = Record<string, unknown>;

const FROM_ANKARA = `Greek and Turkish ministers meet in Ankara

ANKARA, Turkey (Wire) — Greek Foreign Minister George Gerapetritis met Turkish Foreign Minister Hakan Fidan on Tuesday for talks on the Aegean, officials said.`;

const FROM_ATHENS = `Gerapetritis and Fidan hold talks

ATHENS, Greece (Second Wire) — Greek Foreign Minister George Gerapetritis met Turkish Foreign Minister Hakan Fidan on Tuesday, the Greek foreign ministry said.`;

/** The Ankara story, corrected: the meeting was postponed, so it no longer reports it. */
const POSTPONED = `Greek-Turkish talks in Ankara postponed

ANKARA, Turkey (Wire) — Talks between the Greek and Turkish foreign ministers planned for Tuesday were postponed because of the weather, officials said.`;

const META = { published: '2024-03-12' };

describe('ingest: an event reported differently by two articles is described by the smallest article id', () => {
  let stack: IngestStack;
  beforeAll(async () => {
    // The real coder: the test coder knows only the fixture articles.
    stack = await startIngestStack('ingest-describe', { coder: createCoder() });
  });
  afterAll(() => stack?.stop());

  const sharedEvent = (items: Item[]) => {
    const mentions = items.filter((item) => item.type === 'Mention');
    const counts = new Map<string, number>();
    for (const mention of mentions)
      counts.set(String(mention.eventId), (counts.get(String(mention.eventId)) ?? 0) + 1);
    const id = [...counts].find(([, count]) => count === 2)?.[0];
    return {
      event: items.find((item) => item.type === 'Event' && item.id === id) as Item,
      mentions: mentions.filter((mention) => mention.eventId === id),
    };
  };

  it('shows the smallest article’s details, then hands over to the other when that article drops the event', async () => {
    const ankara = await stack.upload('inbox/ankara.txt', FROM_ANKARA, { ...META, source: 'Wire' });
    const athens = await stack.upload('inbox/athens.txt', FROM_ATHENS, { ...META, source: 'Second Wire' });
    expect((await stack.invoke([ankara, athens])).batchItemFailures).toEqual([]);

    const { event, mentions } = sharedEvent(await stack.scan());
    expect(event, 'both stories report the meeting').toBeDefined();
    const byArticle = [...mentions].sort((a, b) => String(a.articleId).localeCompare(String(b.articleId)));
    const [first, second] = byArticle as [Item, Item];
    const location = (mention: Item) => (mention.details as { location: unknown }).location;
    // The stories place the meeting differently, so the rule is visible.
    expect(location(first)).not.toEqual(location(second));
    expect(event.location).toEqual(location(first));
    expect(event.articleIds).toEqual([first.articleId, second.articleId]);
    // Bookkeeping stays out of what the publisher and readers see.
    expect(StoredEventSchema.parse(event)).not.toHaveProperty('articleIds');

    // The describing article is corrected and stops reporting the meeting: the other one describes it now.
    const ankaraId = (await stack.article('inbox/ankara.txt'))?.id;
    const firstKey = first.articleId === ankaraId ? 'inbox/ankara.txt' : 'inbox/athens.txt';
    const corrected = await stack.upload(firstKey, POSTPONED, { ...META, source: 'Wire' });
    expect((await stack.invoke([corrected])).batchItemFailures).toEqual([]);
    const after = (await stack.scan()).find((item) => item.type === 'Event' && item.id === event.id) as Item;
    expect(after).toMatchObject({ articleCount: 1, articleIds: [second.articleId], retracted: false });
    expect(after.location).toEqual(location(second));
  });
});
