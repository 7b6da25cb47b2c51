import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { DynamoDBDocumentClient, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { toActorItem, toArticleItem, toEventItem, toMentionItem } from '../../adapters/dynamodb/items';
import { createTable, deleteTable } from '../../adapters/dynamodb/table';
import type { ChangeEventPublisher } from '../../core/change/ports';
import { type ChangeEvent, ChangeEventSchema } from '../../core/model/change-event';
import { createPublishHandler } from '../../functions/publish/publish-handler';
import type { BusEvent } from '../../local/bus/bus-event';
import { createLocalBus } from '../../local/bus/local-bus';
import { loadSubscribersFile } from '../../local/bus/subscribers-config';
import { startWebhookReceiver, type WebhookReceiver } from '../../local/bus/webhook-receiver';
import { createStreamPoller, type StreamPoller } from '../../local/stream-poller';
import { actor, articleRecord, mentionItem, storedEvent } from '../unit/change/fixtures';

/**
 * Items written the way the store writes them (its item builders, its table definition) on DynamoDB Local;
 * the stream poller feeds the real records to the publish handler, which puts to the local bus, which
 * delivers to a JSONL file and to a signature-checking HTTP receiver.
 */
const SECRET = 'publish-it-secret';
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const dir = mkdtempSync(join(tmpdir(), 'publish-it-'));
const tableName = `publish-${randomUUID().slice(0, 8)}`;

let dynamodb: DynamoDBClient;
let streams: DynamoDBStreamsClient;
let doc: DynamoDBDocumentClient;
let receiver: WebhookReceiver;
let poller: StreamPoller;
const batches: DynamoDBStreamEvent[] = [];
let publish: ReturnType<typeof createPublishHandler>;

beforeAll(async () => {
  const endpoint = inject('dynamoEndpoint');
  dynamodb = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials });
  streams = new DynamoDBStreamsClient({ endpoint, region: 'us-east-1', credentials });
  doc = DynamoDBDocumentClient.from(dynamodb);
  await createTable(dynamodb, tableName);
  receiver = await startWebhookReceiver({ secret: SECRET });
  const config = join(dir, 'subscribers.json');
  await writeFile(
    config,
    JSON.stringify({
      subscribers: [
        {
          name: 'all',
          pattern: { source: ['newsevents'] },
          target: { type: 'jsonl', path: 'changes.jsonl' },
        },
        {
          name: 'prk-conflict',
          pattern: {
            source: ['newsevents'],
            'detail-type': ['Event Created'],
            detail: { countries: ['PRK'], quadClass: [4] },
          },
          target: { type: 'webhook', url: receiver.url, secret: SECRET },
        },
      ],
    }),
  );
  const bus = createLocalBus({ subscribers: await loadSubscribersFile(config) });
  publish = createPublishHandler({ bus, clock: { now: () => new Date() } });
  poller = createStreamPoller({
    dynamodb,
    streams,
    tableName,
    pollIntervalMs: 20,
    handler: async (event) => {
      batches.push(structuredClone(event));
      return publish(event);
    },
  });
  await poller.start();
});

afterAll(async () => {
  await poller?.stop();
  await receiver?.close();
  await deleteTable(dynamodb, tableName);
  dynamodb.destroy();
  streams.destroy();
});

const visit = storedEvent({ id: 'evt-visit' });
const clash = storedEvent({
  id: 'evt-clash',
  code: '190',
  root: '19',
  quadClass: 4,
  goldstein: -10,
  plover: 'ASSAULT',
  source: { id: 'PRK-MIL', name: 'North Korean army', country: 'PRK', sector: 'MIL' },
  target: { id: 'KOR-MIL', name: 'South Korean army', country: 'KOR', sector: 'MIL' },
});
const article = articleRecord({ eventIds: ['evt-clash', 'evt-visit'] });
const book = { rev: 1, fingerprint: null, objectHash: null };
const put = <T extends object>(Item: T) => ({ Put: { TableName: tableName, Item } });

const delivered = (): BusEvent[] =>
  readFileSync(join(dir, 'changes.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as BusEvent);

describe('stream -> publish -> local bus on DynamoDB Local', () => {
  it('turns the store writes of an article into the right change events, once each', async () => {
    // 1. claim: RECEIVED is not news.
    await doc.send(
      new PutCommand({
        TableName: tableName,
        Item: toArticleItem({ ...article, status: 'RECEIVED', eventIds: [] }, book),
      }),
    );
    // 2. commit, as the store does: events, mentions, actors and the terminal article in one transaction.
    await doc.send(
      new TransactWriteCommand({
        TransactItems: [
          put(toEventItem(visit, { Wire: 1 })),
          put(toEventItem(clash, { Wire: 1 })),
          put(toMentionItem(mentionItem(), 1)),
          put(toActorItem(actor(), 1)),
          put(toArticleItem(article, { ...book, rev: 2 })),
        ],
      }),
    );
    // 3. a second article corroborates the visit.
    const corroborated = {
      ...visit,
      articleCount: 2,
      mentionCount: 2,
      sourceCount: 2,
      lastSeen: '2023-10-19T09:00:00.000Z',
      version: 2,
    };
    await doc.send(
      new PutCommand({ TableName: tableName, Item: toEventItem(corroborated, { Wire: 1, Other: 1 }) }),
    );
    // 4. a bookkeeping-only rewrite: nothing a subscriber sees.
    await doc.send(
      new PutCommand({
        TableName: tableName,
        Item: toEventItem({ ...corroborated, version: 3 }, { Wire: 1, Other: 1 }),
      }),
    );
    // 5. the clash loses its only mention.
    await doc.send(
      new PutCommand({
        TableName: tableName,
        Item: toEventItem({ ...clash, retracted: true, articleCount: 0, mentionCount: 0, version: 2 }, {}),
      }),
    );
    await poller.caughtUp(20_000);

    const events = delivered();
    const summary = events.map(
      (event) => `${event['detail-type']} ${(event.detail.data as { id: string }).id}`,
    );
    expect(summary.sort()).toEqual(
      [
        'Actor Created RUS-GOV-sergey-lavrov',
        `Article Processed ${article.id}`,
        'Event Created evt-clash',
        'Event Created evt-visit',
        'Event Retracted evt-clash',
        'Event Updated evt-visit',
      ].sort(),
    );
    // Per item, the order of the writes is kept.
    expect(summary.indexOf('Event Created evt-visit')).toBeLessThan(
      summary.indexOf('Event Updated evt-visit'),
    );
    expect(summary.indexOf('Event Created evt-clash')).toBeLessThan(
      summary.indexOf('Event Retracted evt-clash'),
    );

    for (const event of events) {
      const parsed = ChangeEventSchema.safeParse({
        source: event.source,
        detailType: event['detail-type'],
        detail: event.detail,
      });
      expect(parsed.error).toBeUndefined();
      // occurredAt is DynamoDB's own ApproximateCreationDateTime for the record.
      expect(Math.abs(Date.parse(event.detail.occurredAt) - Date.now())).toBeLessThan(120_000);
    }
    const updated = events.find((event) => event['detail-type'] === 'Event Updated');
    expect(updated?.detail.changes?.articleCount).toEqual({ old: 1, new: 2 });

    // The webhook subscriber asked for material conflict involving PRK: exactly the clash, correctly signed.
    expect(receiver.received.map((delivery) => delivery.event.detail.id)).toEqual([
      events.find(
        (event) =>
          event['detail-type'] === 'Event Created' &&
          (event.detail.data as { id: string }).id === 'evt-clash',
      )?.detail.id,
    ]);
    expect(receiver.rejected).toBe(0);
  });

  it('the same stream records handled again give the same dedupe ids', async () => {
    const again: ChangeEvent[] = [];
    const capture: ChangeEventPublisher = {
      async put(events) {
        again.push(...events);
        return events.map(() => ({ ok: true, busEventId: null }));
      },
    };
    const replay = createPublishHandler({ bus: capture, clock: { now: () => new Date() } });
    for (const batch of batches) expect((await replay(structuredClone(batch))).batchItemFailures).toEqual([]);
    expect(again.map((event) => event.detail.id)).toEqual(delivered().map((event) => event.detail.id));
  });

  it('the batches the poller hands over are shaped like Lambda DynamoDB stream events', () => {
    const record = batches[0]?.Records[0];
    expect(record).toMatchObject({
      eventSource: 'aws:dynamodb',
      eventSourceARN: expect.stringContaining(`table/${tableName}/stream/`),
      dynamodb: { StreamViewType: 'NEW_AND_OLD_IMAGES', Keys: { pk: { S: expect.any(String) } } },
    });
    expect(typeof record?.dynamodb?.ApproximateCreationDateTime).toBe('number');
    expect(record?.dynamodb?.SequenceNumber).toMatch(/^\d+$/);
  });
});
