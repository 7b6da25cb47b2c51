import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createQueries,
  InvalidCursorError,
  type Page,
  type StoreQueries,
} from '../../adapters/dynamodb/queries';
import type { StoredEvent } from '../../core/model/event';
import { LAVROV_VISIT, LAVROV_VISIT_CORRECTED, SANCTIONS } from './fixtures/articles';
import { type IngestStack, startIngestStack } from './fixtures/ingest-stack';

const REBUKE =
  'MOSCOW (Wire) — Moscow condemned Sergey Lavrov over remarks he made to reporters, a rare public rebuke.';

const label = (event: StoredEvent) => `${event.date} ${event.source.id}>${event.target.id} ${event.code}`;

async function everyPage(
  read: (cursor: string | null) => Promise<Page<StoredEvent>>,
): Promise<StoredEvent[]> {
  const all: StoredEvent[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 100; pages += 1) {
    const page = await read(cursor);
    all.push(...page.items);
    cursor = page.cursor;
    if (!cursor) return all;
  }
  throw new Error('pagination did not end');
}

describe('queries over ingested articles', () => {
  let stack: IngestStack;
  let queries: StoreQueries;

  beforeAll(async () => {
    stack = await startIngestStack('ingest-queries');
    const uploads = [
      ['inbox/a.txt', LAVROV_VISIT, '2023-10-18'],
      ['inbox/b.txt', SANCTIONS, '2023-10-20'],
      ['inbox/c.txt', LAVROV_VISIT_CORRECTED, '2023-10-22'],
      ['inbox/d.txt', REBUKE, '2023-10-25'],
    ] as const;
    for (const [key, text, published] of uploads) {
      const notification = await stack.upload(key, text, { published, source: 'Wire' });
      expect((await stack.invoke([notification])).batchItemFailures).toEqual([]);
    }
    queries = createQueries(stack.dynamodb, stack.tableName);
  });
  afterAll(() => stack?.stop());

  it('finds every event of a country, as source or target, once, newest first', async () => {
    const page = await queries.eventsByActor({ actor: 'RUS', limit: 100 });
    expect(page.cursor).toBeNull();
    expect(page.items.map(label).sort()).toEqual(
      [
        '2023-10-25 RUS>RUS-GOV-sergey-lavrov 111',
        '2023-10-22 CHN-GOV-wang-yi>RUS 042',
        '2023-10-22 RUS-GOV-sergey-lavrov>PRK 042',
        '2023-10-22 RUS-GOV-sergey-lavrov>PRK-GOV-choe-son-hui 040',
        '2023-10-18 RUS-GOV-sergey-lavrov>PRK 042',
        '2023-10-18 RUS-GOV-sergey-lavrov>PRK-GOV-choe-son-hui 040',
        '2023-10-18 USA-GOV>RUS 111',
      ].sort(),
    );
    expectOrdered(page.items, 'desc');
  });

  it('pages of any size add up to the single page, in the same order', async () => {
    const whole = (await queries.eventsByActor({ actor: 'RUS', limit: 100, order: 'asc' })).items.map(label);
    for (const limit of [1, 2, 3]) {
      const paged = await everyPage((cursor) =>
        queries.eventsByActor({ actor: 'RUS', limit, cursor, order: 'asc' }),
      );
      expect(paged.map(label), `limit ${limit}`).toEqual(whole);
    }
    const descending = await everyPage((cursor) => queries.eventsByActor({ actor: 'RUS', limit: 2, cursor }));
    expect(descending.map(label)).toEqual([...whole].reverse());
  });

  it('narrows by actor id, role, date range and CAMEO root', async () => {
    const lavrov = await queries.eventsByActor({ actor: 'RUS-GOV-sergey-lavrov', order: 'asc' });
    expect(lavrov.items.map(label).sort()).toEqual([
      '2023-10-18 RUS-GOV-sergey-lavrov>PRK 042',
      '2023-10-18 RUS-GOV-sergey-lavrov>PRK-GOV-choe-son-hui 040',
      '2023-10-22 RUS-GOV-sergey-lavrov>PRK 042',
      '2023-10-22 RUS-GOV-sergey-lavrov>PRK-GOV-choe-son-hui 040',
      '2023-10-25 RUS>RUS-GOV-sergey-lavrov 111',
    ]);
    expectOrdered(lavrov.items, 'asc');
    const window = await queries.eventsByActor({
      actor: 'RUS-GOV-sergey-lavrov',
      role: 'source',
      from: '2023-10-19',
      to: '2023-10-22',
    });
    expect(window.items.map((event) => event.date)).toEqual(['2023-10-22', '2023-10-22']);
    const members = await queries.eventsByActor({ actor: 'RUS-GOV', role: 'source' });
    expect(members.items).toHaveLength(4);
    const rebukes = await queries.eventsByActor({ actor: 'PRK', role: 'target', root: '11' });
    expect(rebukes.items.map(label)).toEqual(['2023-10-20 CHN>PRK 111']);
  });

  it('lists events by day range and root, and scans when given nothing to key on', async () => {
    const consults = await everyPage((cursor) =>
      queries.eventsByDay({
        from: '2023-10-18',
        to: '2023-10-22',
        root: '04',
        limit: 2,
        cursor,
        order: 'asc',
      }),
    );
    expect(consults.map((event) => event.date)).toEqual([
      '2023-10-18',
      '2023-10-18',
      '2023-10-22',
      '2023-10-22',
      '2023-10-22',
    ]);
    expect(consults.every((event) => event.root === '04')).toBe(true);
    const sanctions = await queries.events({ from: '2023-10-20', root: '16' });
    expect(sanctions.items.map(label)).toEqual(['2023-10-20 USA-GOV>PRK 163']);
    const all = await everyPage((cursor) => queries.events({ limit: 4, cursor }));
    expect(all).toHaveLength(9);
  });

  it('reads an article with its events, an event with its mentions, actors by id and country', async () => {
    const article = await queries.getArticleByObject(stack.bucket, 'inbox/c.txt');
    expect(article).toMatchObject({ status: 'PROCESSED', key: 'inbox/c.txt' });
    const ofArticle = await queries.eventsOfArticle(String(article?.id));
    expect(ofArticle.items.map((entry) => entry.event.id).sort()).toEqual(
      [...(article?.eventIds ?? [])].sort(),
    );
    expect(ofArticle.items.every((entry) => entry.mention.articleId === article?.id)).toBe(true);
    expect(Object.keys(ofArticle.items[0]?.event ?? {})).not.toContain('pk');

    const event = await queries.getEvent(String(article?.eventIds[0]));
    expect(event?.id).toBe(article?.eventIds[0]);
    const mentions = await queries.mentionsOfEvent(String(event?.id));
    expect(mentions.items.map((mention) => mention.articleId)).toContain(article?.id);

    expect(await queries.getActor('CHN-GOV-wang-yi')).toMatchObject({
      name: 'Wang Yi',
      country: 'CHN',
      aliases: ['Wang Yi'],
    });
    expect(await queries.getActor('nobody')).toBeNull();
    const russians = await queries.actorsByCountry('RUS');
    expect(russians.items.map((actor) => actor.id).sort()).toEqual(['RUS', 'RUS-GOV-sergey-lavrov']);
  });

  it('rejects a cursor it did not issue', async () => {
    await expect(queries.eventsByActor({ actor: 'RUS', cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
  });
});

/** Events come sorted by date, then by id (the index sort key is "<day>#<id>"). */
function expectOrdered(events: StoredEvent[], order: 'asc' | 'desc'): void {
  const keys = events.map((event) => `${event.date}#${event.id}`);
  const sorted = [...keys].sort();
  expect(keys).toEqual(order === 'asc' ? sorted : sorted.reverse());
}
