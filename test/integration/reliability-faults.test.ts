import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTable, deleteTable } from '../../adapters/dynamodb/table';
import { createCoder } from '../../core/coder';
import type { Clock } from '../../core/ports';
import { createIngestHandler, type IngestHandler } from '../../functions/ingest/handler';
import { createPublishHandler } from '../../functions/publish/publish-handler';
import type { BusEvent } from '../../local/bus/bus-event';
import { createLocalBus } from '../../local/bus/local-bus';
import { createLambdaContext, toSqsRecord } from '../../local/ingest-runner';
import { type S3EventNotification, type S3Local, startS3Local } from '../../local/s3-local';
import { createStreamPoller, type StreamPoller } from '../../local/stream-poller';
import { scanTable } from './fixtures/ingest-stack';

/**
 * Duplicates, re-ordering, injected write failures and racing workers, each on a fresh table in the shared
 * DynamoDB Local, with the real handlers and coder and the real stream -> publish -> bus path. Every scenario
 * delivers the same three S3 notifications (the objects are uploaded once, to one s3rver) and must end with
 * the table and the change events of the reference run: each notification delivered once, in upload order.
 */
process.env.POWERTOOLS_METRICS_DISABLED = 'true';

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
/** One instant for every write: timestamps cannot differ between runs, so tables compare exactly. */
const clock: Clock = { now: () => new Date('2024-03-12T09:00:00.000Z') };
/** Small transactions, so one article's commit spans many writes and every boundary can be cut. */
const TX_ITEMS = 4;

const CONTROL = readFileSync(join(import.meta.dirname, '../fixtures/hostile/files/control.txt'), 'utf8');

/** A second outlet's account of the same meeting: corroborates three of the first story's events. */
const SECOND_OUTLET = `Greek and Turkish ministers hold talks in Ankara

ISTANBUL (Second Wire) — Greek Foreign Minister George Gerapetritis met Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday for talks on the Aegean, officials in both capitals said.

Fidan met Gerapetritis again over dinner, a Turkish diplomatic source said. Cyprus criticized Turkey over the meeting.

Greece welcomed the talks and invited Turkey to a further round in Athens in the spring.`;

/** Another story with the same actors and new events. */
const CYPRUS_TALKS = `Cyprus accuses Turkey of blocking UN-led talks

NICOSIA, Cyprus (Hostile Wire) — Cyprus accused Turkey on Tuesday of blocking a new round of United Nations-led talks on the divided island.

The Cypriot government spokesman said Nicosia had asked the U.N. Secretary-General to appoint a new envoy. Turkey rejected the accusation and said Cyprus was to blame for the stalemate.

Greece expressed support for Cyprus and urged Turkey to return to the negotiating table.`;

const WRITE_COMMANDS = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'TransactWriteItemsCommand',
  'BatchWriteItemCommand',
]);

class InjectedFaultError extends Error {
  constructor(step: number, when: string) {
    super(`injected fault ${when} write ${step}`);
    this.name = 'InjectedFaultError';
  }
}

type Item = Record<string, unknown>;
type Delivery = { notification: number; worker?: number };

interface Pipeline {
  tableName: string;
  changes: BusEvent[];
  /** A new handler, as a new Lambda container would build it, optionally over another DynamoDB client. */
  newHandler(dynamodb?: DynamoDBClient): IngestHandler;
  invoke(handler: IngestHandler, notifications: S3EventNotification[]): Promise<SQSBatchResponse>;
  scan(): Promise<Item[]>;
  /** Every change written so far has reached the bus. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

const sqsEvent = (bodies: S3EventNotification[]) => ({
  Records: bodies.map((body) =>
    toSqsRecord(
      {
        messageId: randomUUID(),
        body: JSON.stringify(body),
        receiveCount: 1,
        sentAt: Date.now(),
        firstReceivedAt: Date.now(),
      },
      'arn:aws:sqs:us-east-1:000000000000:newsevents-ingest-reliability',
    ),
  ),
});

/** A real client whose `failAt`-th write fails once: before it is sent, or after it committed (a crash). */
const faultyClient = (failAt: number, when: 'before' | 'after', counter: { writes: number }) => {
  const client = new DynamoDBClient({ endpoint: inject('dynamoEndpoint'), region: 'us-east-1', credentials });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (!WRITE_COMMANDS.has(String(context.commandName))) return next(args);
      counter.writes += 1;
      const step = counter.writes;
      if (step === failAt && when === 'before') throw new InjectedFaultError(step, when);
      const result = await next(args);
      if (step === failAt && when === 'after') throw new InjectedFaultError(step, when);
      return result;
    },
    { step: 'initialize', name: 'reliabilityFault' },
  );
  return client;
};

async function openPipeline(name: string, s3: S3Client): Promise<Pipeline> {
  const endpoint = inject('dynamoEndpoint');
  const dynamodb = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials });
  const streams = new DynamoDBStreamsClient({ endpoint, region: 'us-east-1', credentials });
  const doc = DynamoDBDocumentClient.from(dynamodb);
  const tableName = `rel-${name}-${randomUUID().slice(0, 8)}`;
  await createTable(dynamodb, tableName);
  const changes: BusEvent[] = [];
  const bus = createLocalBus({ subscribers: [], clock });
  bus.subscribe(null, (event) => {
    changes.push(event);
  });
  const poller: StreamPoller = createStreamPoller({
    dynamodb,
    streams,
    tableName,
    pollIntervalMs: 20,
    handler: createPublishHandler({ bus, clock }),
  });
  await poller.start();
  const coder = createCoder();
  return {
    tableName,
    changes,
    newHandler: (client = dynamodb) =>
      createIngestHandler({
        s3,
        dynamodb: client,
        tableName,
        coder,
        clock,
        maxItemsPerTransaction: TX_ITEMS,
        logger: new Logger({ serviceName: 'ingest', logLevel: 'SILENT' }),
        metrics: new Metrics({ namespace: 'newsevents', serviceName: 'ingest' }),
        tracer: new Tracer({ serviceName: 'ingest', enabled: false }),
      }),
    invoke: (handler, notifications) => handler(sqsEvent(notifications), createLambdaContext('reliability')),
    scan: () => scanTable(doc, tableName),
    caughtUp: () => poller.caughtUp(20_000),
    async stop() {
      await poller.stop();
      await deleteTable(dynamodb, tableName);
      for (const client of [dynamodb, streams]) client.destroy();
    },
  };
}

/** What a subscriber can see of a change event: its type, what it is about, and what changed. */
const visible = (events: BusEvent[]) =>
  events
    .map((event) => JSON.stringify([event['detail-type'], event.detail.data, event.detail.changes ?? null]))
    .sort();

/** The attempt counter of the Article item counts claims, so a retried article legitimately has a higher one. */
const withoutArticleRev = (items: Item[]) =>
  items.map((item) => {
    if (item.type !== 'Article') return item;
    const { rev: _rev, ...rest } = item;
    return rest;
  });

/**
 * Optimistic-lock counters (Article and Actor `rev`) count writes, and how many writes an actor needs depends
 * on which article names it first; nothing a reader uses. Everything else must not depend on the order.
 */
const withoutRevs = (items: Item[]) =>
  items.map((item) => {
    if (item.type !== 'Article' && item.type !== 'Actor') return item;
    const { rev: _rev, ...rest } = item;
    return rest;
  });

describe('reliability: duplicates, order, faults and racing workers converge', () => {
  let s3local: S3Local;
  let s3: S3Client;
  const notifications: S3EventNotification[] = [];
  let reference: { table: Item[]; changes: string[]; changeTypes: Record<string, number> };
  /** Writes the handler makes while ingesting the second article in the reference run. */
  let secondArticleWrites = 0;
  const open: Pipeline[] = [];

  const pipeline = async (name: string) => {
    const created = await openPipeline(name, s3);
    open.push(created);
    return created;
  };

  /** Delivers each notification (by index) to a handler, like SQS: a failed record is delivered again. */
  const deliver = async (target: Pipeline, deliveries: Delivery[], handlers: IngestHandler[]) => {
    for (const { notification, worker = 0 } of deliveries) {
      const body = notifications[notification] as S3EventNotification;
      const handler = handlers[worker] as IngestHandler;
      expect((await target.invoke(handler, [body])).batchItemFailures).toEqual([]);
    }
  };

  const finish = async (target: Pipeline) => {
    await target.caughtUp();
    const result = { table: await target.scan(), changes: visible(target.changes) };
    await target.stop();
    open.splice(open.indexOf(target), 1);
    return { ...result, raw: target.changes };
  };

  beforeAll(async () => {
    s3local = await startS3Local({ port: 0, buckets: ['newsevents-reliability'] });
    s3 = s3local.createClient();
    s3local.onNotification((notification) => notifications.push(notification));
    const metadata = { published: '2024-03-12', source: 'Hostile Wire' };
    for (const [key, body, source] of [
      ['inbox/ankara-talks.txt', CONTROL, 'Hostile Wire'],
      ['inbox/second-outlet.txt', SECOND_OUTLET, 'Second Wire'],
      ['inbox/cyprus-talks.txt', CYPRUS_TALKS, 'Hostile Wire'],
    ] as const) {
      const before = notifications.length;
      await s3.send(
        new PutObjectCommand({
          Bucket: s3local.bucket,
          Key: key,
          Body: body,
          Metadata: { ...metadata, source },
        }),
      );
      for (let i = 0; i < 400 && notifications.length === before; i += 1) await sleep(5);
    }
    expect(notifications).toHaveLength(3);

    const ref = await pipeline('reference');
    const counter = { writes: 0 };
    const counting = faultyClient(-1, 'before', counter);
    const plain = ref.newHandler();
    await deliver(ref, [{ notification: 0 }], [plain]);
    await deliver(ref, [{ notification: 1 }], [ref.newHandler(counting)]);
    secondArticleWrites = counter.writes;
    counting.destroy();
    await deliver(ref, [{ notification: 2 }], [plain]);
    const done = await finish(ref);
    const changeTypes: Record<string, number> = {};
    for (const event of done.raw)
      changeTypes[event['detail-type']] = (changeTypes[event['detail-type']] ?? 0) + 1;
    reference = { table: done.table, changes: done.changes, changeTypes };
  }, 60_000);

  afterAll(async () => {
    for (const left of open) await left.stop().catch(() => undefined);
    s3?.destroy();
    await s3local?.stop();
  });

  it('the reference run stores three articles and publishes creations, corroborations and actors', () => {
    const articles = reference.table.filter((item) => item.type === 'Article');
    expect(articles.map((item) => item.status)).toEqual(['PROCESSED', 'PROCESSED', 'PROCESSED']);
    expect(reference.changeTypes['Article Processed']).toBe(3);
    expect(reference.changeTypes['Event Created']).toBeGreaterThan(3);
    // The second outlet corroborates events of the first: the counts changed, subscribers were told.
    expect(reference.changeTypes['Event Updated']).toBeGreaterThan(0);
    expect(reference.changeTypes['Actor Created']).toBeGreaterThan(0);
    expect(reference.table.some((item) => item.type === 'Event' && item.articleCount === 2)).toBe(true);
    expect(secondArticleWrites).toBeGreaterThanOrEqual(4);
  });

  it('every notification delivered five times, duplicates interleaved: same table, same change events', async () => {
    const run = await pipeline('duplicates');
    const handlers = [run.newHandler(), run.newHandler()];
    const order = [0, 0, 1, 0, 1, 2, 1, 0, 2, 2, 1, 2, 0, 2, 1, 0];
    await deliver(
      run,
      order.map((notification, i) => ({ notification, worker: i % 2 })),
      handlers,
    );
    // A batch holding the same notification three times is no different.
    const body = notifications[1] as S3EventNotification;
    expect((await run.invoke(handlers[0] as IngestHandler, [body, body, body])).batchItemFailures).toEqual(
      [],
    );
    const done = await finish(run);
    expect(done.table).toEqual(reference.table);
    expect(done.changes).toEqual(reference.changes);
  });

  describe('the notifications delivered in another order, each several times', () => {
    let reordered: Awaited<ReturnType<typeof finish>>;
    beforeAll(async () => {
      const run = await pipeline('reordered');
      const handler = run.newHandler();
      await deliver(
        run,
        [2, 1, 2, 0, 1, 0, 2].map((notification) => ({ notification })),
        [handler],
      );
      reordered = await finish(run);
    });

    it('publishes the same change events (which article created an event and which corroborated it may differ)', () => {
      const subjects = (changes: string[]) =>
        changes
          .map((line) => {
            const [type, data] = JSON.parse(line) as [string, { id: string }];
            return `${type} ${data.id}`;
          })
          .sort();
      expect(subjects(reordered.changes)).toEqual(subjects(reference.changes));
    });

    // Articles describe some shared events differently (location): each event shows the account of its
    // smallest article id, so the order of arrival must not show in the table.
    it('ends with the same table', () => {
      expect(withoutRevs(reordered.table)).toEqual(withoutRevs(reference.table));
    });
  });

  for (const when of ['before', 'after'] as const) {
    it(`each write of an ingest fails once (${when} it commits) and the retry converges`, async () => {
      expect(secondArticleWrites).toBeGreaterThanOrEqual(4);
      for (let step = 1; step <= secondArticleWrites; step += 1) {
        const run = await pipeline(`fault-${when}-${step}`);
        const counter = { writes: 0 };
        const client = faultyClient(step, when, counter);
        try {
          await deliver(run, [{ notification: 0 }], [run.newHandler()]);
          const faulty = run.newHandler(client);
          const first = await run.invoke(faulty, [notifications[1] as S3EventNotification]);
          expect(first.batchItemFailures, `write ${step} ${when}: the record is retried`).toHaveLength(1);
          // The retry runs in a new container ("the process died"): nothing of the first attempt survives.
          await deliver(run, [{ notification: 1 }], [run.newHandler()]);
          await deliver(run, [{ notification: 2 }], [run.newHandler()]);
          const done = await finish(run);
          expect(withoutArticleRev(done.table), `table after a fault ${when} write ${step}`).toEqual(
            withoutArticleRev(reference.table),
          );
          expect(done.changes, `change events after a fault ${when} write ${step}`).toEqual(
            reference.changes,
          );
        } finally {
          client.destroy();
        }
      }
    }, 120_000);
  }

  it('two workers on the same notification at once end in one outcome', async () => {
    const run = await pipeline('race');
    const workers = [run.newHandler(), run.newHandler()];
    for (const notification of [0, 1, 2]) {
      const body = notifications[notification] as S3EventNotification;
      const results = await Promise.all(workers.map((worker) => run.invoke(worker, [body])));
      // The loser may be told to retry (SQS redelivers); its retry must change nothing.
      for (const [index, result] of results.entries()) {
        if (result.batchItemFailures.length > 0)
          await deliver(run, [{ notification, worker: index }], workers);
      }
    }
    const done = await finish(run);
    expect(withoutArticleRev(done.table)).toEqual(withoutArticleRev(reference.table));
    expect(done.changes).toEqual(reference.changes);
    const processed = done.raw.filter((event) => event['detail-type'] === 'Article Processed');
    expect(processed).toHaveLength(3);
  });
});

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
