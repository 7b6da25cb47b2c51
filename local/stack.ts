import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, open, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { articleKey } from '../adapters/dynamodb/keys';
import { createTable } from '../adapters/dynamodb/table';
import { decodeS3EventKey } from '../adapters/s3/event-keys';
import { articleIdForObject } from '../adapters/s3/object-id';
import { createCoder } from '../core/coder';
import type { FailureReason } from '../core/model/article';
import { type Clock, type Coder, systemClock } from '../core/ports';
import { createIngestHandler } from '../functions/ingest/handler';
import { createPublishHandler, type PublishLogger } from '../functions/publish/publish-handler';
import type { BusEvent } from './bus/bus-event';
import { appendJsonLine } from './bus/jsonl-file';
import { createLocalBus, type LocalBus } from './bus/local-bus';
import { defaultSubscribersFile, loadSubscribersFile } from './bus/subscribers-config';
import type { LocalConfig } from './config';
import { type DynamoDbLocal, DynamoDbLocalError, startDynamoDbLocal } from './dynamodb-local';
import { createIngestRunner, type IngestRunner } from './ingest-runner';
import { type S3EventNotification, type S3Local, startS3Local, toS3Notification } from './s3-local';
import { createStreamPoller, type StreamPoller } from './stream-poller';

/**
 * The whole local pipeline in one process, wired as in the cloud:
 *   s3rver --notification--> ingest runner (SQS stand-in) --> ingest handler --> DynamoDB Local
 *   DynamoDB Local stream --> stream poller --> publish handler --> local bus --> subscribers
 * Handlers are the Lambda ones, with clients pointed at the local services.
 */

/** What became of one uploaded object, as the CLI reports it. */
export interface ArticleOutcome {
  bucket: string;
  key: string;
  articleId: string;
  status: 'PROCESSED' | 'FAILED';
  /** A FailureReason, or DEAD_LETTERED / MISSING when the pipeline itself gave up or the object vanished. */
  reason?: FailureReason | 'DEAD_LETTERED' | 'MISSING';
  detail?: string;
  events: number;
  /** The same object (and coder) was already stored: nothing was rewritten or published. */
  duplicate: boolean;
}

export interface LocalStack {
  readonly config: LocalConfig;
  readonly endpoints: { dynamodb: string; s3: string };
  readonly region: string;
  readonly tableName: string;
  readonly bucket: string;
  readonly prefix: string;
  /** Absolute paths; in-memory runs keep them in a temporary folder removed by stop(). */
  readonly files: { subscribers: string; changes: string; results: string; dlq: string };
  readonly clients: { dynamodb: DynamoDBClient; s3: S3Client };
  readonly bus: LocalBus;
  /** Every change event the bus delivers. Returns the unsubscribe function. */
  onChange(listener: (event: BusEvent) => void): () => void;
  /** Every article the ingest handler finishes (or the runner dead-letters). */
  onOutcome(listener: (outcome: ArticleOutcome) => void): () => void;
  /** Resolves when every upload so far is stored and every resulting change event is delivered. */
  settle(timeoutMs?: number): Promise<void>;
  /** Runners first (nothing new is written while stopping), then the services they talk to. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Progress lines for a person ("DynamoDB Local ready on ..."). */
  log?: (line: string) => void;
  clock?: Clock;
  /**
   * Use a DynamoDB Local someone else runs (the test suite's shared one) instead of starting one; the stack
   * then creates its table there and never stops that server.
   */
  dynamodbEndpoint?: string;
  /** The coder the ingest handler runs; the current one by default (tests inject others). */
  coder?: Coder;
  /** Powertools log level of the handlers; WARN keeps the CLI output readable. */
  handlerLogLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
}

/** A failure the user can fix, with the fix. */
export class LocalStackError extends Error {
  readonly hint: string | undefined;

  constructor(message: string, hint?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LocalStackError';
    this.hint = hint;
  }
}

const LOCAL_REGION = 'us-east-1';

const portIsFree = (port: number, host: string): Promise<boolean> =>
  new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => done(true)));
  });

/** Checked before anything starts, so a busy port costs no JVM start-up and names the flag to change. */
const checkPorts = async (config: LocalConfig): Promise<void> => {
  const checks: Array<[number, string, string]> = [
    // Checked on every interface: without a JDK the launcher falls back to the plain jar, which binds them all.
    [config.dynamodbPort, '0.0.0.0', '--port-dynamodb'],
    [config.s3Port, config.host, '--port-s3'],
  ];
  for (const [port, host, flag] of checks) {
    if (port === 0) continue;
    if (!(await portIsFree(port, host))) {
      throw new LocalStackError(
        `port ${port} is already in use (${flag === '--port-dynamodb' ? 'DynamoDB Local' : 'local S3'})`,
        `stop what uses it (\`lsof -i :${port}\` shows it; another \`newsevents dev\`?) or pass ${flag} <another port>`,
      );
    }
  }
};

const explainDynamoDbError = (error: unknown): unknown => {
  if (!(error instanceof DynamoDbLocalError)) return error;
  // The launcher's messages already say what to do; add only what it cannot know (our flags).
  const hints: Partial<Record<DynamoDbLocalError['code'], string>> = {
    PORT_IN_USE: 'or pass --port-dynamodb <another port>',
    DB_PATH: 'or run with --in-memory for a throwaway store',
    START_FAILED: 'run again with DEBUG=newsevents for the full output of DynamoDB Local',
  };
  const [first] = error.message.split('\n');
  return new LocalStackError(first ?? error.message, hints[error.code], { cause: error });
};

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * DynamoDB Local keeps its data in SQLite files. Given a damaged one it starts but answers every request
 * with an error, which would look like a start-up timeout a minute later; the header check says at once.
 */
const checkDataFolder = async (config: LocalConfig): Promise<void> => {
  const dir = config.paths.dynamodbDir;
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((file) => file.endsWith('.db'))) {
    const path = join(dir, name);
    const handle = await open(path, 'r');
    try {
      const header = Buffer.alloc(SQLITE_HEADER.length);
      const { bytesRead } = await handle.read(header, 0, header.length, 0);
      if (bytesRead > 0 && !header.equals(SQLITE_HEADER)) {
        throw new LocalStackError(
          `the DynamoDB Local data in ${path} is damaged (not a SQLite database)`,
          `move ${dir} aside (or delete it) to start with an empty store, or run with --in-memory`,
        );
      }
    } finally {
      await handle.close();
    }
  }
};

interface Started {
  dynamo?: DynamoDbLocal;
  s3?: S3Local;
  poller?: StreamPoller;
  runner?: IngestRunner;
  clients: Array<{ destroy(): void }>;
  cleanups: Array<() => void>;
  runtimeDir?: string;
  ownsRuntimeDir: boolean;
}

const stopAll = async (started: Started): Promise<void> => {
  // Each step runs even when an earlier one fails: a half-stopped stack would keep a JVM or a port.
  const steps: Array<() => Promise<void> | void> = [
    () => started.runner?.stop(),
    () => started.poller?.stop(),
    () => started.s3?.stop(),
    () => started.dynamo?.stop(),
    () => {
      for (const client of started.clients) client.destroy();
      for (const cleanup of started.cleanups) cleanup();
    },
    async () => {
      if (started.ownsRuntimeDir && started.runtimeDir)
        await rm(started.runtimeDir, { recursive: true, force: true });
    },
  ];
  const errors: unknown[] = [];
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length > 0) throw errors[0];
};

const outcomeFromDeadLetter = (
  body: string,
  runnerReason: string,
): Array<Omit<ArticleOutcome, 'articleId'>> => {
  try {
    const notification = JSON.parse(body) as Partial<S3EventNotification>;
    return (notification.Records ?? []).map((record) => ({
      bucket: record.s3.bucket.name,
      key: decodeS3EventKey(record.s3.object.key),
      status: 'FAILED' as const,
      reason: 'DEAD_LETTERED' as const,
      detail: runnerReason,
      events: 0,
      duplicate: false,
    }));
  } catch {
    return [];
  }
};

export async function startLocalStack(config: LocalConfig, options: StartOptions = {}): Promise<LocalStack> {
  const log = options.log ?? (() => {});
  const clock = options.clock ?? systemClock;
  const started: Started = { clients: [], cleanups: [], ownsRuntimeDir: config.inMemory };
  try {
    await checkPorts(config);
    if (!config.inMemory) await checkDataFolder(config);

    // Persistent runs keep everything under the data dir; in-memory runs only keep the jar cache there.
    const runtimeDir = config.inMemory ? await mkdtemp(join(tmpdir(), 'newsevents-')) : config.paths.dataDir;
    await mkdir(runtimeDir, { recursive: true });
    started.runtimeDir = runtimeDir;
    if (config.inMemory) {
      // An interrupted process never reaches stop(): remove the throwaway folder on the way out anyway.
      const removeOnExit = () => rmSync(runtimeDir, { recursive: true, force: true });
      process.once('exit', removeOnExit);
      started.cleanups.push(() => process.off('exit', removeOnExit));
    }
    const files = {
      subscribers:
        config.subscribersFile !== undefined
          ? config.paths.subscribersFile
          : config.inMemory
            ? join(runtimeDir, 'subscribers.json')
            : config.paths.subscribersFile,
      changes: join(runtimeDir, 'changes.jsonl'),
      results: join(runtimeDir, 'results.jsonl'),
      dlq: join(runtimeDir, 'dlq'),
    };
    if (config.subscribersFile === undefined && !existsSync(files.subscribers)) {
      await writeFile(
        files.subscribers,
        `${JSON.stringify(defaultSubscribersFile('changes.jsonl'), null, 2)}\n`,
      );
    }
    const subscribers = await loadSubscribersFile(files.subscribers).catch((error: Error) => {
      throw new LocalStackError(
        error.message,
        `fix ${files.subscribers}, or delete it to get the default one back`,
      );
    });

    let dynamoEndpoint: string;
    if (options.dynamodbEndpoint) {
      dynamoEndpoint = options.dynamodbEndpoint;
    } else {
      const t0 = performance.now();
      started.dynamo = await startDynamoDbLocal({
        port: config.dynamodbPort,
        inMemory: config.inMemory,
        ...(config.inMemory ? {} : { dbPath: config.paths.dynamodbDir }),
        cacheDir: config.paths.cacheDir,
      }).catch((error: unknown) => {
        throw explainDynamoDbError(error);
      });
      dynamoEndpoint = started.dynamo.endpoint;
      log(`DynamoDB Local ready on ${dynamoEndpoint} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    }

    const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
    const dynamodb = new DynamoDBClient({
      endpoint: dynamoEndpoint,
      region: LOCAL_REGION,
      credentials,
    });
    const streams = new DynamoDBStreamsClient({
      endpoint: dynamoEndpoint,
      region: LOCAL_REGION,
      credentials,
    });
    const doc = DynamoDBDocumentClient.from(dynamodb);
    started.clients.push(dynamodb, streams);
    await createTable(dynamodb, config.tableName).catch((error: Error) => {
      throw new LocalStackError(
        `cannot create table ${config.tableName}: ${error.message}`,
        config.inMemory ? undefined : `move ${config.paths.dynamodbDir} aside to start with an empty store`,
        { cause: error },
      );
    });

    started.s3 = await startS3Local({
      port: config.s3Port,
      buckets: [config.bucket],
      region: LOCAL_REGION,
      ...(config.inMemory ? {} : { directory: config.paths.s3Dir }),
    }).catch((error: Error) => {
      throw new LocalStackError(error.message, 'pass --port-s3 <another port>');
    });
    const s3 = started.s3.createClient();
    started.clients.push(s3);
    log(`local S3 ready on ${started.s3.endpoint} (bucket ${config.bucket})`);

    const bus = createLocalBus({ subscribers, clock, region: LOCAL_REGION });
    const changeListeners = new Set<(event: BusEvent) => void>();
    // `tail` in another process follows files.changes; if no configured subscriber writes it (a custom
    // subscribers file), the stack writes it itself so tail works whatever the configuration.
    const tapChanges = !subscribers.some(
      (subscriber) => subscriber.target.type === 'jsonl' && subscriber.target.path === files.changes,
    );
    bus.subscribe(null, async (event) => {
      for (const listener of changeListeners) listener(event);
      if (tapChanges) await appendJsonLine(files.changes, event);
    });

    const handlerLogLevel = options.handlerLogLevel ?? 'WARN';
    // Locally there is no CloudWatch: EMF lines on stdout would only garble the CLI's output.
    process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
    const publishLogger: PublishLogger = {
      debug() {},
      info() {},
      warn: (message, extra) => log(`publish: ${message} ${JSON.stringify(extra)}`),
      error: (message, extra) => log(`publish: ${message} ${JSON.stringify(extra)}`),
    };
    const publish = createPublishHandler({ bus, clock, logger: publishLogger });
    started.poller = createStreamPoller({
      dynamodb,
      streams,
      tableName: config.tableName,
      handler: publish,
      pollIntervalMs: config.pollIntervalMs,
      deadLetterPath: join(files.dlq, 'stream.jsonl'),
      // Persistent runs resume where they stopped instead of re-publishing the whole stream.
      ...(config.inMemory ? {} : { checkpointPath: join(runtimeDir, 'stream-checkpoint.json') }),
      logger: { warn: publishLogger.warn, error: publishLogger.error },
    });
    await started.poller.start();

    const outcomeListeners = new Set<(outcome: ArticleOutcome) => void>();
    const emit = (outcome: ArticleOutcome) => {
      // The results log is how an `ingest` in another process learns what became of its uploads.
      void appendJsonLine(files.results, { at: clock.now().toISOString(), ...outcome }).catch(() => {});
      for (const listener of outcomeListeners) listener(outcome);
    };
    const storedArticle = async (articleId: string) =>
      (await doc.send(new GetCommand({ TableName: config.tableName, Key: articleKey(articleId) }))).Item as
        | { status?: string; reason?: FailureReason | null; detail?: string | null; eventIds?: string[] }
        | undefined;

    const ingest = createIngestHandler({
      s3,
      dynamodb,
      tableName: config.tableName,
      coder: options.coder ?? createCoder(),
      clock,
      logger: new Logger({ serviceName: 'ingest', logLevel: handlerLogLevel }),
      metrics: new Metrics({ namespace: 'newsevents', serviceName: 'ingest' }),
      onResult: (result) => {
        const base = { bucket: result.bucket, key: result.key, articleId: result.articleId };
        if (result.status === 'PROCESSED' || result.status === 'FAILED') {
          emit({
            ...base,
            status: result.status,
            ...(result.reason ? { reason: result.reason } : {}),
            events: result.events,
            duplicate: false,
          });
        } else if (result.status === 'MISSING') {
          emit({
            ...base,
            status: 'FAILED',
            reason: 'MISSING',
            detail: 'the object was deleted',
            events: 0,
            duplicate: false,
          });
        } else {
          // A duplicate delivery writes nothing, so its outcome is whatever the store already says.
          void storedArticle(result.articleId).then(
            (item) =>
              emit({
                ...base,
                status: item?.status === 'FAILED' ? 'FAILED' : 'PROCESSED',
                ...(item?.reason ? { reason: item.reason } : {}),
                ...(item?.detail ? { detail: item.detail } : {}),
                events: item?.eventIds?.length ?? result.events,
                duplicate: true,
              }),
            () => emit({ ...base, status: 'PROCESSED', events: result.events, duplicate: true }),
          );
        }
      },
    });
    const runner = createIngestRunner({
      handler: ingest,
      dlqDir: files.dlq,
      maxReceiveCount: config.maxAttempts,
      backoff: { baseMs: 200, maxMs: 2_000 },
    });
    started.runner = runner;
    runner.onDeadLetter((letter) => {
      for (const outcome of outcomeFromDeadLetter(
        letter.body,
        `gave up after ${letter.receiveCount} attempts; see ${letter.file}`,
      )) {
        emit({ ...outcome, articleId: articleIdForObject(outcome.bucket, outcome.key) });
      }
    });
    started.s3.onNotification((notification) => {
      // The cloud bucket notifies only for the articles prefix; other keys are not articles.
      const records = notification.Records.filter((record) =>
        decodeS3EventKey(record.s3.object.key).startsWith(config.prefix),
      );
      if (records.length > 0) runner.send({ Records: records });
    });
    runner.start();

    if (!config.inMemory) {
      const resent = await resendUnfinished({ s3, storedArticle, runner, config });
      if (resent > 0) log(`re-queued ${resent} article(s) left unfinished by the last run`);
    }

    const s3Endpoint = started.s3.endpoint;
    let stopped: Promise<void> | undefined;
    return {
      config,
      endpoints: { dynamodb: dynamoEndpoint, s3: s3Endpoint },
      region: LOCAL_REGION,
      tableName: config.tableName,
      bucket: config.bucket,
      prefix: config.prefix,
      files,
      clients: { dynamodb, s3 },
      bus,
      onChange(listener) {
        changeListeners.add(listener);
        return () => changeListeners.delete(listener);
      },
      onOutcome(listener) {
        outcomeListeners.add(listener);
        return () => outcomeListeners.delete(listener);
      },
      async settle(timeoutMs = 60_000) {
        const deadline = Date.now() + timeoutMs;
        await runner.drain();
        await started.poller?.caughtUp(Math.max(1_000, deadline - Date.now()));
        await bus.drain();
      },
      stop() {
        stopped ??= stopAll(started);
        return stopped;
      },
    };
  } catch (error) {
    await stopAll(started).catch(() => {});
    throw error;
  }
}

/**
 * The runner's queue lives in memory, so a run that stopped mid-way leaves objects whose article never
 * reached PROCESSED or FAILED: their notifications are sent again, as SQS would have redelivered them.
 */
async function resendUnfinished(deps: {
  s3: S3Client;
  storedArticle: (articleId: string) => Promise<{ status?: string } | undefined>;
  runner: IngestRunner;
  config: LocalConfig;
}): Promise<number> {
  const { s3, runner, config } = deps;
  let resent = 0;
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: config.bucket, Prefix: config.prefix, ContinuationToken: token }),
    );
    for (const object of page.Contents ?? []) {
      if (!object.Key) continue;
      const item = await deps.storedArticle(articleIdForObject(config.bucket, object.Key));
      if (item?.status === 'PROCESSED' || item?.status === 'FAILED') continue;
      runner.send(
        toS3Notification(
          {
            eventName: 'ObjectCreated:Put',
            eventTime: (object.LastModified ?? new Date()).toISOString(),
            s3: {
              bucket: { name: config.bucket },
              object: {
                key: object.Key,
                ...(object.Size === undefined ? {} : { size: object.Size }),
                ...(object.ETag ? { eTag: object.ETag.replace(/"/g, '') } : {}),
              },
            },
          },
          LOCAL_REGION,
        ),
      );
      resent += 1;
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return resent;
}
