import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAVROV_VISIT, LAVROV_VISIT_CORRECTED, LAVROV_VISIT_OTHER_OUTLET } from './fixtures/articles';
import { type IngestStack, startIngestStack } from './fixtures/ingest-stack';

type Item = Record<string, unknown>;
const events = (items: Item[]) => items.filter((item) => item.type === 'Event');
const eventBetween = (items: Item[], source: string, target: string, code: string) =>
  events(items).find(
    (item) =>
      (item.source as { id: string }).id === source &&
      (item.target as { id: string }).id === target &&
      item.code === code,
  );

describe('ingest: the same event from two articles, then a corrected article', () => {
  let stack: IngestStack;
  beforeAll(async () => {
    stack = await startIngestStack('ingest-dedup');
  });
  afterAll(() => stack?.stop());

  it('keeps one Event per key with both articles counted and both mentions stored', async () => {
    const first = await stack.upload('inbox/wire.txt', LAVROV_VISIT, {
      published: '2023-10-18',
      source: 'Wire',
    });
    expect((await stack.invoke([first])).batchItemFailures).toEqual([]);
    stack.clock.advance(3_600_000);
    const second = await stack.upload('inbox/second-wire.txt', LAVROV_VISIT_OTHER_OUTLET, {
      published: '2023-10-18',
      source: 'Second Wire',
    });
    expect((await stack.invoke([second])).batchItemFailures).toEqual([]);

    const items = await stack.scan();
    const visit = eventBetween(items, 'RUS-GOV-sergey-lavrov', 'PRK', '042');
    const meeting = eventBetween(items, 'RUS-GOV-sergey-lavrov', 'PRK-GOV-choe-son-hui', '040');
    for (const shared of [visit, meeting]) {
      expect(shared).toMatchObject({
        articleCount: 2,
        mentionCount: 2,
        sourceCount: 2,
        version: 2,
        retracted: false,
        firstSeen: '2023-10-19T08:00:00.000Z',
        lastSeen: '2023-10-19T09:00:00.000Z',
      });
      const mentions = items.filter((item) => item.type === 'Mention' && item.eventId === shared?.id);
      expect(mentions.map((mention) => mention.source).sort()).toEqual(['Second Wire', 'Wire']);
    }
    // Only the first article reported the condemnation.
    expect(eventBetween(items, 'USA-GOV', 'RUS', '111')).toMatchObject({ articleCount: 1, version: 1 });
    expect(events(items)).toHaveLength(3);
    // Actors are stored once, with every surface form seen.
    const lavrov = items.filter((item) => item.type === 'Actor' && item.id === 'RUS-GOV-sergey-lavrov');
    expect(lavrov).toHaveLength(1);
    expect(lavrov[0]?.aliases).toEqual(['Lavrov', 'Sergey Lavrov']);
  });

  it('a changed re-upload supersedes old mentions, retracts orphaned events and leaves unchanged ones alone', async () => {
    const before = await stack.scan();
    const streamBefore = (await stack.streamRecords()).length;
    const visitBefore = eventBetween(before, 'RUS-GOV-sergey-lavrov', 'PRK', '042');
    const meetingBefore = eventBetween(before, 'RUS-GOV-sergey-lavrov', 'PRK-GOV-choe-son-hui', '040');
    const condemnation = eventBetween(before, 'USA-GOV', 'RUS', '111');

    stack.clock.advance(3_600_000);
    const corrected = await stack.upload('inbox/wire.txt', LAVROV_VISIT_CORRECTED, {
      published: '2023-10-18',
      source: 'Wire',
    });
    expect((await stack.invoke([corrected])).batchItemFailures).toEqual([]);

    const after = await stack.scan();
    // Unchanged sentences: the events are byte-for-byte what they were.
    expect(eventBetween(after, 'RUS-GOV-sergey-lavrov', 'PRK', '042')).toEqual(visitBefore);
    expect(eventBetween(after, 'RUS-GOV-sergey-lavrov', 'PRK-GOV-choe-son-hui', '040')).toEqual(
      meetingBefore,
    );
    // The retracted event is kept, with nothing counted.
    expect(eventBetween(after, 'USA-GOV', 'RUS', '111')).toMatchObject({
      id: condemnation?.id,
      retracted: true,
      articleCount: 0,
      mentionCount: 0,
      sourceCount: 0,
      version: 2,
    });
    const wang = eventBetween(after, 'CHN-GOV-wang-yi', 'RUS', '042');
    expect(wang).toMatchObject({ articleCount: 1, version: 1, firstSeen: '2023-10-19T10:00:00.000Z' });

    const article = await stack.article('inbox/wire.txt');
    expect(article).toMatchObject({ status: 'PROCESSED' });
    expect(((article?.eventIds ?? []) as string[]).sort()).toEqual(
      [visitBefore?.id, meetingBefore?.id, wang?.id].map(String).sort(),
    );
    const mentionsOfArticle = after.filter(
      (item) => item.type === 'Mention' && item.articleId === article?.id,
    );
    expect(mentionsOfArticle.map((item) => item.eventId).sort()).toEqual(
      ((article?.eventIds ?? []) as string[]).sort(),
    );

    // Nothing was written to the two unchanged events: their keys never appear in the new stream records.
    const added = (await stack.streamRecords()).slice(streamBefore);
    const untouched = new Set([visitBefore?.pk, meetingBefore?.pk]);
    expect(added.filter((record) => untouched.has(record.pk))).toEqual([]);
    expect(
      added.filter((record) => record.pk === condemnation?.pk).map((record) => record.eventName),
    ).toEqual(['MODIFY']);
    expect(
      added
        .filter((record) => record.sk.startsWith('MENTION#'))
        .map((record) => record.eventName)
        .sort(),
    ).toEqual(['INSERT', 'REMOVE']);
  });

  it('a later article reporting a retracted event revives it', async () => {
    stack.clock.advance(3_600_000);
    const text = 'WASHINGTON (Third Wire) — Washington condemned Russia over the arms talks on Wednesday.';
    const upload = await stack.upload('inbox/third.txt', text, {
      published: '2023-10-18',
      source: 'Third Wire',
    });
    expect((await stack.invoke([upload])).batchItemFailures).toEqual([]);
    const revived = eventBetween(await stack.scan(), 'USA-GOV', 'RUS', '111');
    expect(revived).toMatchObject({ retracted: false, articleCount: 1, sourceCount: 1, version: 3 });
  });
});
