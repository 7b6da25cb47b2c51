/**
 * Regenerates the samples in this folder from DynamoDB Local, so they are real stream records, not
 * hand-written ones: `npx tsx events/samples/dynamodb-stream/capture.ts`.
 * It writes items with the store's own item builders, reads the table stream with the local poller (which
 * shapes records exactly as Lambda delivers them) and saves one Lambda event per file. The EventBridge
 * samples in ../eventbridge are what the publish handler makes of these records.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { DynamoDBDocumentClient, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { toActorItem, toArticleItem, toEventItem, toMentionItem } from '../../../adapters/dynamodb/items';
import { createTable } from '../../../adapters/dynamodb/table';
import { mapItemChange } from '../../../core/change/map-change';
import type { Actor } from '../../../core/model/actor';
import type { ArticleRecord } from '../../../core/model/article';
import type { Mention, StoredEvent } from '../../../core/model/event';
import { toItemChange } from '../../../functions/publish/stream-record';
import { toBusEvent } from '../../../local/bus/bus-event';
import { startDynamoDbLocal } from '../../../local/dynamodb-local';
import { createStreamPoller } from '../../../local/stream-poller';

const here = import.meta.dirname;
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

const visit: StoredEvent = {
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
};
const condemnation: StoredEvent = {
  ...visit,
  id: 'evt-9b1e77c0d2f4a613',
  code: '111',
  root: '11',
  quadClass: 3,
  goldstein: -2,
  plover: 'ACCUSE',
  source: { id: 'USA-GOV', name: 'United States government', country: 'USA', sector: 'GOV' },
  target: { id: 'RUS', name: 'Russia', country: 'RUS', sector: 'GOV' },
  location: null,
};
const article: ArticleRecord = {
  id: 'art-3f9a0c2e8b7d41a6c5e0',
  bucket: 'newsevents-inbox',
  key: 'inbox/2023-10-19/lavrov-pyongyang.txt',
  status: 'RECEIVED',
  reason: null,
  detail: null,
  title: null,
  publishedAt: null,
  source: null,
  url: null,
  contentHash: null,
  coderVersion: null,
  eventIds: [],
  updatedAt: '2023-10-19T08:00:00.000Z',
};
const processed: ArticleRecord = {
  ...article,
  status: 'PROCESSED',
  title: 'Lavrov arrives in Pyongyang for talks',
  publishedAt: '2023-10-18',
  source: 'Wire',
  contentHash: 'c0ffee'.repeat(10).concat('c0ff'),
  coderVersion: '1.0.0',
  eventIds: [condemnation.id, visit.id],
  updatedAt: '2023-10-19T08:00:00.900Z',
};
const lavrov: Actor = {
  id: 'RUS-GOV-sergey-lavrov',
  name: 'Sergey Lavrov',
  country: 'RUS',
  sector: 'GOV',
  kind: 'PERSON',
  role: 'Foreign Minister',
  aliases: ['Lavrov', 'Sergey Lavrov'],
};
const mention: Mention = {
  eventId: visit.id,
  articleId: article.id,
  contentHash: processed.contentHash ?? '',
  source: 'Wire',
  evidence: {
    sentence: 'Russian Foreign Minister Sergey Lavrov visited North Korea on Wednesday.',
    start: 22,
    end: 94,
    sentenceIndex: 0,
    trigger: 'visited',
    rule: 'visit',
  },
  recordedAt: '2023-10-19T08:00:00.900Z',
};

const dynamo = await startDynamoDbLocal({ inMemory: true });
const dynamodb = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials });
const streams = new DynamoDBStreamsClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials });
const doc = DynamoDBDocumentClient.from(dynamodb);
const tableName = 'newsevents';
await createTable(dynamodb, tableName);
const records: DynamoDBRecord[] = [];
const poller = createStreamPoller({
  dynamodb,
  streams,
  tableName,
  pollIntervalMs: 20,
  handler: async (event) => {
    records.push(...event.Records);
    return { batchItemFailures: [] };
  },
});
await poller.start();

const put = (Item: Record<string, unknown>) => doc.send(new PutCommand({ TableName: tableName, Item }));
const book = { fingerprint: null, objectHash: null };
await put(toArticleItem(article, { ...book, rev: 1, claimId: '5d0f3a52-2f7e-4d38-9a8e-0b6a3b1f1c11' }));
await doc.send(
  new TransactWriteCommand({
    TransactItems: [
      toEventItem(visit, { Wire: 1 }),
      toEventItem(condemnation, { Wire: 1 }),
      toMentionItem(mention, 1),
      toActorItem(lavrov, 1),
      toArticleItem(processed, { ...book, rev: 2 }),
    ].map((Item) => ({ Put: { TableName: tableName, Item } })),
  }),
);
const corroborated = {
  ...visit,
  mentionCount: 2,
  articleCount: 2,
  sourceCount: 2,
  lastSeen: '2023-10-19T09:12:31.000Z',
  version: 2,
};
await put(toEventItem(corroborated, { Wire: 1, 'Second Wire': 1 }));
await put(toEventItem({ ...corroborated, version: 3 }, { Wire: 1, 'Second Wire': 1 }));
await put(
  toEventItem(
    { ...condemnation, mentionCount: 0, articleCount: 0, retracted: true, version: 2 },
    { Wire: 0 },
  ),
);
const failedArticle: ArticleRecord = { ...article, id: 'art-77aa10b2c3d4e5f60718', key: 'inbox/empty.txt' };
await put(toArticleItem(failedArticle, { ...book, rev: 1, claimId: '0e9b5a1c-4c2d-4b7e-8f10-2a3b4c5d6e7f' }));
await put(
  toArticleItem(
    {
      ...failedArticle,
      status: 'FAILED',
      reason: 'NO_TEXT',
      detail: 'the object holds no readable text',
      updatedAt: '2023-10-19T08:05:00.000Z',
    },
    { ...book, rev: 2 },
  ),
);
await poller.caughtUp();
await poller.stop();

const keyOf = (record: DynamoDBRecord) => `${record.dynamodb?.Keys?.pk?.S}|${record.dynamodb?.Keys?.sk?.S}`;
const find = (pk: string, sk: string, nth = 0) => {
  const found = records.filter((record) => keyOf(record) === `${pk}|${sk}`)[nth];
  if (!found) throw new Error(`no stream record ${nth} for ${pk} ${sk}`);
  return found;
};
const samples: Record<string, DynamoDBRecord[]> = {
  'article-received-insert': [find(`ARTICLE#${article.id}`, 'ARTICLE')],
  'article-processed-modify': [find(`ARTICLE#${article.id}`, 'ARTICLE', 1)],
  'event-insert': [find(`EVENT#${visit.id}`, 'EVENT')],
  'event-corroborated-modify': [find(`EVENT#${visit.id}`, 'EVENT', 1)],
  'event-bookkeeping-modify': [find(`EVENT#${visit.id}`, 'EVENT', 2)],
  'event-retracted-modify': [find(`EVENT#${condemnation.id}`, 'EVENT', 1)],
  'mention-insert': [find(`ARTICLE#${article.id}`, `MENTION#${visit.id}`)],
  'actor-insert': [find(`ACTOR#${lavrov.id}`, 'ACTOR')],
  'article-failed-modify': [find(`ARTICLE#${failedArticle.id}`, 'ARTICLE', 1)],
  'batch-article-commit': records.slice(1, 6),
};
for (const [name, sampleRecords] of Object.entries(samples)) {
  writeFileSync(join(here, `${name}.json`), `${JSON.stringify({ Records: sampleRecords }, null, 2)}\n`);
}

// What EventBridge delivers to rule targets (the notify function) for these records.
let n = 0;
const written = new Set<string>();
for (const record of records) {
  for (const event of mapItemChange(toItemChange(record, new Date()))) {
    n += 1;
    const envelope = toBusEvent(event, {
      id: `0d3c6f0e-8a51-4d7e-9c1b-${String(n).padStart(12, '0')}`,
      account: '123456789012',
      region: 'eu-west-1',
    });
    const file = `${event.detailType.toLowerCase().replace(' ', '-')}.json`;
    // The first change of each detail-type is the sample (the Lavrov visit for Event Created).
    if (written.has(file)) continue;
    written.add(file);
    writeFileSync(join(here, '../eventbridge', file), `${JSON.stringify(envelope, null, 2)}\n`);
  }
}

dynamodb.destroy();
streams.destroy();
await dynamo.stop();
console.log(
  `${records.length} stream records captured, ${Object.keys(samples).length} samples and ${n} EventBridge events written`,
);
