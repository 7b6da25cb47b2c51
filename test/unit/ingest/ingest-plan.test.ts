import { describe, expect, it } from 'vitest';
import { detailsOf } from '../../../adapters/dynamodb/event-details';
import {
  type DesiredMention,
  describerToRead,
  desiredMentions,
  planActor,
  planEvent,
} from '../../../adapters/dynamodb/ingest-plan';
import {
  type EventItem,
  type MentionItem,
  toActorItem,
  toEventItem,
  toMentionItem,
} from '../../../adapters/dynamodb/items';
import type { Actor } from '../../../core/model/actor';
import type { Event, Evidence, StoredEvent } from '../../../core/model/event';
import { storedEvent } from '../change/fixtures';

const evidence = (sentence: string, start = 0): Evidence => ({
  sentence,
  start,
  end: start + sentence.length,
  sentenceIndex: 0,
  trigger: 'visited',
  rule: 'test.042',
});

const codedEvent = (sentences: Evidence[], overrides: Partial<Event> = {}): Event => ({
  id: 'evt-visit',
  code: '042',
  root: '04',
  quadClass: 1,
  goldstein: 1.9,
  plover: 'CONSULT',
  source: { id: 'RUS-GOV-sergey-lavrov', name: 'Sergey Lavrov', country: 'RUS', sector: 'GOV' },
  target: { id: 'PRK', name: 'North Korea', country: 'PRK', sector: 'GOV' },
  date: '2023-10-18',
  datePrecision: 'day',
  location: null,
  negated: false,
  mode: 'actual',
  evidence: sentences[0] as Evidence,
  mentions: sentences,
  ...overrides,
});

const ctx = (articleId: string, source: string | null, now = '2023-10-19T09:00:00.000Z') => ({
  articleId,
  contentHash: 'c'.repeat(64),
  source,
  now,
});

const desired = (sentences: Evidence[], overrides: Partial<Event> = {}): DesiredMention => {
  const found = desiredMentions([codedEvent(sentences, overrides)]).get('evt-visit');
  if (!found) throw new Error('no desired mention');
  return found;
};

const stored = (
  overrides: Partial<StoredEvent> = {},
  tally: Record<string, number> = { Wire: 1 },
  articleIds: string[] = ['art-1'],
): EventItem =>
  toEventItem(storedEvent({ id: 'evt-visit', location: null, ...overrides }), tally, articleIds);

const mentionOf = (articleId: string, source: string | null, sentences: Evidence[]): MentionItem =>
  toMentionItem(
    {
      eventId: 'evt-visit',
      articleId,
      contentHash: 'a'.repeat(64),
      source,
      evidence: sentences[0] as Evidence,
      recordedAt: '2023-10-19T08:00:00.000Z',
    },
    sentences.length,
    detailsOf(codedEvent(sentences)),
  );

const SENTENCE = evidence('Lavrov visited North Korea on Wednesday.');

describe('planEvent', () => {
  it('creates a new event with version 1 and counts from the first article', () => {
    const unit = planEvent(
      ctx('art-1', 'Wire'),
      'evt-visit',
      desired([SENTENCE, evidence('He visited Pyongyang.', 60)]),
      undefined,
      undefined,
    );
    expect(unit.mention && 'put' in unit.mention ? unit.mention.put.sentences : null).toBe(2);
    expect(unit.event?.expectedVersion).toBeNull();
    expect(unit.event?.item).toMatchObject({
      mentionCount: 2,
      articleCount: 1,
      sourceCount: 1,
      version: 1,
      retracted: false,
    });
  });

  it('writes nothing when this article already reports the event the same way', () => {
    const unit = planEvent(
      ctx('art-1', 'Wire'),
      'evt-visit',
      desired([SENTENCE]),
      mentionOf('art-1', 'Wire', [SENTENCE]),
      stored(),
    );
    expect(unit).toEqual({ eventId: 'evt-visit', mention: null, event: null });
  });

  it('rewrites only the mention when the sentence moved but the counts did not change', () => {
    const moved = evidence('Lavrov visited North Korea on Wednesday.', 120);
    const unit = planEvent(
      ctx('art-1', 'Wire'),
      'evt-visit',
      desired([moved]),
      mentionOf('art-1', 'Wire', [SENTENCE]),
      stored(),
    );
    expect(unit.event).toBeNull();
    expect(unit.mention && 'put' in unit.mention ? unit.mention.put.evidence.start : null).toBe(120);
    // The mention keeps the time it was first recorded.
    expect(unit.mention && 'put' in unit.mention ? unit.mention.put.recordedAt : null).toBe(
      '2023-10-19T08:00:00.000Z',
    );
  });

  it('counts a second article and a second source, and bumps the version it conditions on', () => {
    const unit = planEvent(ctx('art-2', 'Other Wire'), 'evt-visit', desired([SENTENCE]), undefined, stored());
    expect(unit.event?.expectedVersion).toBe(1);
    expect(unit.event?.item).toMatchObject({
      articleCount: 2,
      mentionCount: 2,
      sourceCount: 2,
      version: 2,
      firstSeen: '2023-10-19T08:00:00.000Z',
      lastSeen: '2023-10-19T09:00:00.000Z',
    });
    expect(unit.event?.item.sourceTally).toEqual({ Wire: 1, 'Other Wire': 1 });
  });

  it('does not count the same source twice, and keeps it while one article of it remains', () => {
    const two = stored({ articleCount: 2, mentionCount: 2, sourceCount: 1, version: 2 }, { Wire: 2 }, [
      'art-0',
      'art-1',
    ]);
    const removed = planEvent(
      ctx('art-1', 'Wire'),
      'evt-visit',
      undefined,
      mentionOf('art-1', 'Wire', [SENTENCE]),
      two,
    );
    expect(removed.event?.item).toMatchObject({ articleCount: 1, sourceCount: 1, retracted: false });
    expect(removed.event?.item.lastSeen).toBe('2023-10-19T08:00:00.000Z');
  });

  it('retracts an event whose last mention is superseded, and keeps it', () => {
    const unit = planEvent(
      ctx('art-1', 'Wire'),
      'evt-visit',
      undefined,
      mentionOf('art-1', 'Wire', [SENTENCE]),
      stored(),
    );
    expect(unit.mention).toEqual({ delete: { pk: 'ARTICLE#art-1', sk: 'MENTION#evt-visit' } });
    expect(unit.event?.item).toMatchObject({
      retracted: true,
      articleCount: 0,
      mentionCount: 0,
      sourceCount: 0,
      version: 2,
    });
  });

  it('revives a retracted event when an article reports it again', () => {
    const retracted = stored(
      { retracted: true, articleCount: 0, mentionCount: 0, sourceCount: 0, version: 2 },
      {},
      [],
    );
    const unit = planEvent(ctx('art-3', null), 'evt-visit', desired([SENTENCE]), undefined, retracted);
    expect(unit.event?.item).toMatchObject({ retracted: false, articleCount: 1, sourceCount: 0, version: 3 });
  });
});

/** One event's items in memory, changed the way the store does: read, plan, apply the unit. */
const memoryEvent = () => {
  let event: EventItem | undefined;
  const mentions = new Map<string, MentionItem>();
  const report = (articleId: string, source: string | null, wanted: DesiredMention | undefined) => {
    const context = ctx(articleId, source);
    const by = describerToRead(context, wanted, event);
    const unit = planEvent(
      context,
      'evt-visit',
      wanted,
      mentions.get(articleId),
      event,
      by ? mentions.get(by) : undefined,
    );
    if (unit.mention && 'put' in unit.mention) mentions.set(articleId, unit.mention.put);
    else if (unit.mention) mentions.delete(articleId);
    if (unit.event) event = unit.event.item;
    return unit;
  };
  return { report, event: () => event };
};

const ACCOUNTS = [
  { articleId: 'art-b', source: 'Wire', location: 'Pyongyang', mode: 'actual' },
  { articleId: 'art-a', source: 'Other Wire', location: 'Vladivostok', mode: 'planned' },
  { articleId: 'art-c', source: null, location: 'Moscow', mode: 'actual' },
] as const;

const account = (index: number): DesiredMention => {
  const { location, mode } = ACCOUNTS[index] as (typeof ACCOUNTS)[number];
  return desired([evidence(`Lavrov visited, in ${location}.`, 10 * index)], {
    location: { name: location, country: null, lat: null, lon: null },
    mode,
  });
};

const permutations = <T>(items: T[]): T[][] =>
  items.length <= 1
    ? [items]
    : items.flatMap((item, i) =>
        permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
      );

describe('the event description does not depend on the order articles arrive', () => {
  it('every arrival order of three differing accounts ends with the same event: the smallest article describes it', () => {
    const results = permutations([0, 1, 2]).map((order) => {
      const memory = memoryEvent();
      for (const index of order) {
        const { articleId, source } = ACCOUNTS[index] as (typeof ACCOUNTS)[number];
        memory.report(articleId, source, account(index));
      }
      return memory.event();
    });
    expect(results[0]).toMatchObject({
      location: { name: 'Vladivostok' },
      mode: 'planned',
      articleCount: 3,
      articleIds: ['art-a', 'art-b', 'art-c'],
    });
    for (const result of results) expect(result).toEqual(results[0]);
  });

  it('hands the description to the next smallest article when the describing one stops reporting the event', () => {
    const memory = memoryEvent();
    for (const index of [0, 1, 2]) {
      const { articleId, source } = ACCOUNTS[index] as (typeof ACCOUNTS)[number];
      memory.report(articleId, source, account(index));
    }
    const current = memory.event();
    expect(describerToRead(ctx('art-a', 'Other Wire'), undefined, current)).toBe('art-b');
    memory.report('art-a', 'Other Wire', undefined);
    expect(memory.event()).toMatchObject({
      location: { name: 'Pyongyang' },
      mode: 'actual',
      articleCount: 2,
    });
    // The same two articles stored from the start give the same event (bar the write counter).
    const direct = memoryEvent();
    for (const index of [2, 0]) {
      const { articleId, source } = ACCOUNTS[index] as (typeof ACCOUNTS)[number];
      direct.report(articleId, source, account(index));
    }
    expect({ ...memory.event(), version: 0 }).toEqual({ ...direct.event(), version: 0 });
  });

  it('a re-coded article that does not describe the event bumps the version and keeps the description', () => {
    const memory = memoryEvent();
    memory.report('art-a', 'Wire', account(1));
    memory.report('art-b', 'Wire', account(0));
    const before = memory.event();
    expect(describerToRead(ctx('art-b', 'Wire'), account(2), before)).toBeNull();
    const unit = memory.report('art-b', 'Wire', account(2));
    expect(unit.mention && 'put' in unit.mention ? unit.mention.put.details?.location?.name : null).toBe(
      'Moscow',
    );
    expect(unit.event?.expectedVersion).toBe(before?.version);
    expect({ ...unit.event?.item, version: 0 }).toEqual({ ...before, version: 0 });
  });

  it('a re-coded describing article updates the description', () => {
    const memory = memoryEvent();
    memory.report('art-a', 'Wire', account(1));
    memory.report('art-b', 'Wire', account(0));
    memory.report('art-a', 'Wire', account(2));
    expect(memory.event()).toMatchObject({ location: { name: 'Moscow' }, mode: 'actual', articleCount: 2 });
  });
});

describe('planActor', () => {
  const lavrov: Actor = {
    id: 'RUS-GOV-sergey-lavrov',
    name: 'Sergey Lavrov',
    country: 'RUS',
    sector: 'GOV',
    kind: 'PERSON',
    role: 'Foreign Minister',
    aliases: ['Lavrov'],
  };

  it('creates an unknown actor once, and writes nothing when it brings no new alias', () => {
    expect(planActor(lavrov, undefined)).toMatchObject({
      expectedRev: null,
      item: { rev: 1, aliases: ['Lavrov'] },
    });
    expect(planActor(lavrov, toActorItem(lavrov, 1))).toBeNull();
  });

  it('merges new aliases into the stored actor, conditioned on its rev', () => {
    const planned = planActor({ ...lavrov, aliases: ['Sergei Lavrov'] }, toActorItem(lavrov, 4));
    expect(planned).toMatchObject({ expectedRev: 4, item: { rev: 5, aliases: ['Lavrov', 'Sergei Lavrov'] } });
  });

  it('keeps aliases sorted and unique, whatever order the articles bring them in', () => {
    const one = planActor({ ...lavrov, aliases: ['Sergei Lavrov', 'S. Lavrov'] }, toActorItem(lavrov, 1));
    const other = planActor(
      { ...lavrov, aliases: ['S. Lavrov', 'Lavrov', 'Sergei Lavrov'] },
      toActorItem({ ...lavrov, aliases: ['Lavrov'] }, 1),
    );
    expect(one?.item.aliases).toEqual(['Lavrov', 'S. Lavrov', 'Sergei Lavrov']);
    expect(other?.item).toEqual(one?.item);
  });
});

describe('desiredMentions', () => {
  it('merges duplicate event ids from one extraction into one mention with all their sentences', () => {
    const merged = desiredMentions([codedEvent([SENTENCE]), codedEvent([evidence('Again he visited.', 80)])]);
    expect(merged.get('evt-visit')?.sentences).toBe(2);
  });

  it('takes evidence and details from the sentence read first, whatever order the coder lists them in', () => {
    const late = codedEvent([evidence('Later he visited again.', 90)], { negated: true });
    const early = codedEvent([SENTENCE]);
    const forward = desiredMentions([early, late]).get('evt-visit');
    const backward = desiredMentions([late, early]).get('evt-visit');
    expect(forward).toEqual(backward);
    expect(forward).toMatchObject({ sentences: 2, evidence: { start: 0 }, details: { negated: false } });
  });
});
