import type { ItemChange } from '../../../core/change/item-change';
import type { Actor } from '../../../core/model/actor';
import type { ArticleRecord } from '../../../core/model/article';
import type { StoredEvent } from '../../../core/model/event';

/** Model records shaped like what the store keeps, with the key and bookkeeping attributes items carry. */
export const storedEvent = (overrides: Partial<StoredEvent> = {}): StoredEvent => ({
  id: 'evt-5f0c2a9d41b7e3a8',
  code: '042',
  root: '04',
  quadClass: 1,
  goldstein: 1.9,
  plover: 'CONSULT',
  source: { id: 'RUS-GOV-sergey-lavrov', name: 'Sergey Lavrov', country: 'RUS', sector: 'GOV' },
  target: { id: 'PRK', name: 'North Korea', country: 'PRK', sector: 'GOV' },
  date: '2023-10-18',
  datePrecision: 'day',
  location: { name: 'Pyongyang', country: 'PRK', lat: 39.0392, lon: 125.7625 },
  negated: false,
  mode: 'actual',
  mentionCount: 1,
  articleCount: 1,
  sourceCount: 1,
  firstSeen: '2023-10-19T08:00:00.000Z',
  lastSeen: '2023-10-19T08:00:00.000Z',
  retracted: false,
  version: 1,
  ...overrides,
});

export const articleRecord = (overrides: Partial<ArticleRecord> = {}): ArticleRecord => ({
  id: 'art-0c1d2e3f4a5b6c7d8e9f',
  bucket: 'newsevents-inbox',
  key: 'inbox/lavrov-pyongyang.txt',
  status: 'PROCESSED',
  reason: null,
  detail: null,
  title: 'Lavrov arrives in Pyongyang for talks',
  publishedAt: '2023-10-19',
  source: 'Wire',
  url: null,
  contentHash: 'a'.repeat(64),
  coderVersion: '1.0.0',
  eventIds: ['evt-5f0c2a9d41b7e3a8'],
  updatedAt: '2023-10-19T08:00:00.000Z',
  ...overrides,
});

export const actor = (overrides: Partial<Actor> = {}): Actor => ({
  id: 'RUS-GOV-sergey-lavrov',
  name: 'Sergey Lavrov',
  country: 'RUS',
  sector: 'GOV',
  kind: 'PERSON',
  role: 'Foreign Minister',
  aliases: ['Lavrov', 'Sergey Lavrov'],
  ...overrides,
});

export const eventItem = (event: StoredEvent) => ({
  pk: `EVENT#${event.id}`,
  sk: 'EVENT',
  gsi3pk: `DAY#${event.date}`,
  type: 'Event',
  sourceTally: { Wire: event.articleCount },
  ...event,
});

export const articleItem = (article: ArticleRecord, rev = 1) => ({
  pk: `ARTICLE#${article.id}`,
  sk: 'ARTICLE',
  type: 'Article',
  rev,
  fingerprint: null,
  objectHash: null,
  ...article,
});

export const actorItem = (value: Actor) => ({
  pk: `ACTOR#${value.id}`,
  sk: 'ACTOR',
  type: 'Actor',
  rev: 1,
  ...value,
});

export const mentionItem = () => ({
  pk: 'ARTICLE#art-0c1d2e3f4a5b6c7d8e9f',
  sk: 'MENTION#evt-5f0c2a9d41b7e3a8',
  type: 'Mention',
  eventId: 'evt-5f0c2a9d41b7e3a8',
  articleId: 'art-0c1d2e3f4a5b6c7d8e9f',
  contentHash: 'a'.repeat(64),
  source: 'Wire',
  evidence: {
    sentence: 'Lavrov arrived in Pyongyang on Wednesday.',
    start: 0,
    end: 41,
    sentenceIndex: 0,
    trigger: 'arrived in',
    rule: 'arrive-in',
  },
  recordedAt: '2023-10-19T08:00:00.000Z',
  sentences: 1,
});

type Item = Record<string, unknown>;

/** A store change as the stream decoder produces it. */
export const itemChange = (
  kind: ItemChange['kind'],
  oldImage: Item | undefined,
  newImage: Item | undefined,
  sequenceNumber = '000000000000000000001',
): ItemChange => {
  const image = (newImage ?? oldImage) as Item;
  return {
    kind,
    keys: { pk: image.pk, sk: image.sk },
    oldImage,
    newImage,
    sequenceNumber,
    recordId: `rec-${sequenceNumber}`,
    occurredAt: new Date('2023-10-19T08:00:01.000Z'),
  };
};
