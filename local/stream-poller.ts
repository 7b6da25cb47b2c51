import { readFile, writeFile } from 'node:fs/promises';
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  type _Record,
  type AttributeValue,
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
  type Shard,
  type ShardIteratorType,
} from '@aws-sdk/client-dynamodb-streams';
import type {
  DynamoDBBatchResponse,
  DynamoDBRecord,
  DynamoDBStreamEvent,
  AttributeValue as LambdaAttributeValue,
} from 'aws-lambda';
import { backoffDelay } from '../core/change/backoff';
import { appendJsonLine } from './bus/jsonl-file';

/**
 * Local stand-in for Lambda's DynamoDB stream event source: reads the table's stream on DynamoDB Local
 * (DescribeTable -> LatestStreamArn, DescribeStream, GetShardIterator, GetRecords) and hands the handler the
 * very batches Lambda would, with partial-failure handling like `reportBatchItemFailures`.
 *
 * Starting position, for shards that exist when the poller starts:
 * - TRIM_HORIZON (default): everything the stream still holds (24 h), so a fresh run publishes every change
 *   made before it started. On a persistent database this replays older changes too; their dedupe ids are
 *   the same as the first time, and a `checkpointPath` avoids the replay altogether.
 * - LATEST: only changes made after start() resolved.
 * Shards that appear later (children of a closed shard) are always read from their beginning, after their parent.
 */

export type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | undefined>;

export interface StreamPollerLogger {
  warn(message: string, extra: Record<string, unknown>): void;
  error(message: string, extra: Record<string, unknown>): void;
}

export interface StreamPollerOptions {
  dynamodb: DynamoDBClient;
  streams: DynamoDBStreamsClient;
  tableName: string;
  handler: StreamHandler;
  startFrom?: 'TRIM_HORIZON' | 'LATEST';
  /** Pause after a round that found no records. Short, so a change reaches subscribers well within a second. */
  pollIntervalMs?: number;
  /** Records per GetRecords call and so per handler batch (Lambda's batchSize). */
  batchSize?: number;
  /** Handler calls per batch before the records it still reports failed are dead-lettered. */
  maxAttempts?: number;
  retryBaseDelayMs?: number;
  /** JSONL file for records given up on; without it they are only logged. */
  deadLetterPath?: string;
  /** JSON file remembering the last processed sequence number per shard, to resume without replay. */
  checkpointPath?: string;
  /** How often the shard list is refreshed to find child shards. */
  shardRefreshMs?: number;
  logger?: StreamPollerLogger;
  sleep?: (ms: number) => Promise<void>;
}

export interface StreamPollerStats {
  records: number;
  batches: number;
  retries: number;
  deadLettered: number;
}

export interface StreamPoller {
  /** Resolves once every shard has an iterator, so "LATEST" means "after this call". */
  start(): Promise<void>;
  /** Finishes the batch in hand, then stops. */
  stop(): Promise<void>;
  /**
   * Resolves when every change written before this call has been handed to the handler and handled:
   * a full round over all shards that began after the call found nothing new.
   */
  caughtUp(timeoutMs?: number): Promise<void>;
  readonly streamArn: string | null;
  stats(): StreamPollerStats;
}

export class StreamPollerError extends Error {
  override readonly name = 'StreamPollerError';
}

interface ShardState {
  id: string;
  parentId: string | undefined;
  iterator: string | undefined;
  /** Last sequence number handled (or given up on). */
  checkpoint: string | undefined;
  finished: boolean;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The SDK hands binary values as bytes; Lambda events carry them base64-encoded. */
const toLambdaValue = (value: AttributeValue): LambdaAttributeValue => {
  if (value.B !== undefined) return { B: Buffer.from(value.B).toString('base64') };
  if (value.BS !== undefined) return { BS: value.BS.map((item) => Buffer.from(item).toString('base64')) };
  if (value.L !== undefined) return { L: value.L.map(toLambdaValue) };
  if (value.M !== undefined) return { M: toLambdaImage(value.M) };
  return value as LambdaAttributeValue;
};

const toLambdaImage = (image: Record<string, AttributeValue>): Record<string, LambdaAttributeValue> =>
  Object.fromEntries(Object.entries(image).map(([name, value]) => [name, toLambdaValue(value)]));

/** A GetRecords record in the shape a Lambda stream event carries. */
export const toLambdaRecord = (record: _Record, streamArn: string): DynamoDBRecord => {
  const stream = record.dynamodb ?? {};
  const created = stream.ApproximateCreationDateTime;
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: record.eventSource ?? 'aws:dynamodb',
    awsRegion: record.awsRegion,
    eventSourceARN: streamArn,
    dynamodb: {
      ...(created ? { ApproximateCreationDateTime: Math.floor(created.getTime() / 1000) } : {}),
      ...(stream.Keys ? { Keys: toLambdaImage(stream.Keys) } : {}),
      ...(stream.NewImage ? { NewImage: toLambdaImage(stream.NewImage) } : {}),
      ...(stream.OldImage ? { OldImage: toLambdaImage(stream.OldImage) } : {}),
      SequenceNumber: stream.SequenceNumber,
      SizeBytes: stream.SizeBytes,
      StreamViewType: stream.StreamViewType,
    },
  };
};

const errorName = (error: unknown): string => (error instanceof Error ? error.name : 'Error');

export const createStreamPoller = (options: StreamPollerOptions): StreamPoller => {
  const sleep = options.sleep ?? realSleep;
  const pollIntervalMs = options.pollIntervalMs ?? 50;
  const batchSize = options.batchSize ?? 100;
  const maxAttempts = options.maxAttempts ?? 3;
  const shardRefreshMs = options.shardRefreshMs ?? 1_000;
  const logger = options.logger ?? {
    warn: (message, extra) => console.warn(message, extra),
    error: (message, extra) => console.error(message, extra),
  };
  const stats: StreamPollerStats = { records: 0, batches: 0, retries: 0, deadLettered: 0 };

  let streamArn: string | null = null;
  const shards = new Map<string, ShardState>();
  let running = false;
  let loop: Promise<void> | null = null;
  let lastRefresh = 0;
  /** Set when a shard is read to its end: its children must be found before anyone is told "caught up". */
  let needRefresh = false;
  let roundsStarted = 0;
  let loopError: unknown = null;
  const waiters: { afterRound: number; resolve: () => void; reject: (error: unknown) => void }[] = [];

  const loadCheckpoints = async (): Promise<Record<string, string>> => {
    if (!options.checkpointPath) return {};
    try {
      const saved = JSON.parse(await readFile(options.checkpointPath, 'utf8')) as {
        streamArn?: string;
        shards?: Record<string, string>;
      };
      return saved.streamArn === streamArn ? (saved.shards ?? {}) : {};
    } catch {
      return {};
    }
  };

  const saveCheckpoints = async (): Promise<void> => {
    if (!options.checkpointPath) return;
    const saved: Record<string, string> = {};
    for (const shard of shards.values()) if (shard.checkpoint) saved[shard.id] = shard.checkpoint;
    await writeFile(options.checkpointPath, JSON.stringify({ streamArn, shards: saved }), 'utf8');
  };

  const iteratorFor = async (shardId: string, type: ShardIteratorType, sequenceNumber?: string) => {
    const response = await options.streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn ?? '',
        ShardId: shardId,
        ShardIteratorType: type,
        ...(sequenceNumber ? { SequenceNumber: sequenceNumber } : {}),
      }),
    );
    return response.ShardIterator;
  };

  const listShards = async (): Promise<Shard[]> => {
    const all: Shard[] = [];
    let exclusiveStartShardId: string | undefined;
    do {
      const response = await options.streams.send(
        new DescribeStreamCommand({
          StreamArn: streamArn ?? '',
          ...(exclusiveStartShardId ? { ExclusiveStartShardId: exclusiveStartShardId } : {}),
        }),
      );
      all.push(...(response.StreamDescription?.Shards ?? []));
      exclusiveStartShardId = response.StreamDescription?.LastEvaluatedShardId;
    } while (exclusiveStartShardId);
    return all;
  };

  /** Adds shards not seen before (returns how many); `initial` decides where pre-existing shards start. */
  const refreshShards = async (
    initial: boolean,
    checkpoints: Record<string, string> = {},
  ): Promise<number> => {
    lastRefresh = Date.now();
    needRefresh = false;
    let added = 0;
    for (const shard of await listShards()) {
      const id = shard.ShardId;
      if (!id || shards.has(id)) continue;
      const closed = shard.SequenceNumberRange?.EndingSequenceNumber !== undefined;
      const state: ShardState = {
        id,
        parentId: shard.ParentShardId,
        iterator: undefined,
        checkpoint: checkpoints[id],
        finished: false,
      };
      if (state.checkpoint) {
        state.iterator = await iteratorFor(id, 'AFTER_SEQUENCE_NUMBER', state.checkpoint);
      } else if (initial && options.startFrom === 'LATEST') {
        if (closed) state.finished = true;
        else state.iterator = await iteratorFor(id, 'LATEST');
      } else {
        state.iterator = await iteratorFor(id, 'TRIM_HORIZON');
      }
      if (!state.iterator) state.finished = true;
      shards.set(id, state);
      added += 1;
    }
    return added;
  };

  const deadLetter = async (
    shard: ShardState,
    records: DynamoDBRecord[],
    attempts: number,
    error: string,
  ) => {
    stats.deadLettered += records.length;
    logger.error('stream records given up on after retries', {
      shardId: shard.id,
      attempts,
      error,
      sequenceNumbers: records.map((record) => record.dynamodb?.SequenceNumber),
    });
    if (options.deadLetterPath) {
      await appendJsonLine(options.deadLetterPath, {
        failedAt: new Date().toISOString(),
        streamArn,
        shardId: shard.id,
        attempts,
        error,
        records,
      });
    }
  };

  /** Lambda semantics: retry from the first failed record; after the last attempt, dead-letter what still fails. */
  const handleBatch = async (shard: ShardState, records: DynamoDBRecord[]): Promise<void> => {
    let pending = records;
    for (let attempt = 1; ; attempt += 1) {
      let failedIds: Set<string>;
      let error = '';
      try {
        const response = await options.handler({ Records: pending });
        failedIds = new Set((response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier));
      } catch (thrown) {
        error = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
        failedIds = new Set(pending.map((record) => record.dynamodb?.SequenceNumber ?? ''));
      }
      const firstFailed = pending.findIndex((record) => failedIds.has(record.dynamodb?.SequenceNumber ?? ''));
      if (failedIds.size > 0 && firstFailed < 0) {
        // An identifier we did not send: Lambda treats that as the whole batch failing.
        error ||= 'batchItemFailures named an unknown record';
        failedIds = new Set(pending.map((record) => record.dynamodb?.SequenceNumber ?? ''));
      }
      if (failedIds.size === 0) return;
      if (attempt >= maxAttempts) {
        const failed = pending.filter((record) => failedIds.has(record.dynamodb?.SequenceNumber ?? ''));
        await deadLetter(shard, failed, attempt, error || 'reported in batchItemFailures');
        return;
      }
      stats.retries += 1;
      pending = pending.slice(Math.max(0, firstFailed));
      await sleep(
        backoffDelay(
          attempt,
          { baseDelayMs: options.retryBaseDelayMs ?? 100, maxDelayMs: 2_000 },
          Math.random,
        ),
      );
    }
  };

  const pollShard = async (shard: ShardState): Promise<number> => {
    if (!shard.iterator) return 0;
    let response: GetRecordsCommandOutput;
    try {
      response = await options.streams.send(
        new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: batchSize }),
      );
    } catch (error) {
      if (errorName(error) === 'ExpiredIteratorException') {
        shard.iterator = shard.checkpoint
          ? await iteratorFor(shard.id, 'AFTER_SEQUENCE_NUMBER', shard.checkpoint)
          : await iteratorFor(shard.id, 'TRIM_HORIZON');
        return 0;
      }
      if (errorName(error) === 'TrimmedDataAccessException') {
        logger.warn('stream records expired before they were read; continuing from the oldest record', {
          shardId: shard.id,
        });
        shard.iterator = await iteratorFor(shard.id, 'TRIM_HORIZON');
        return 0;
      }
      throw error;
    }
    const records = response.Records ?? [];
    if (records.length > 0) {
      const arn = streamArn ?? '';
      await handleBatch(
        shard,
        records.map((record) => toLambdaRecord(record, arn)),
      );
      stats.records += records.length;
      stats.batches += 1;
      shard.checkpoint = records[records.length - 1]?.dynamodb?.SequenceNumber ?? shard.checkpoint;
      await saveCheckpoints();
    }
    shard.iterator = response.NextShardIterator;
    if (!shard.iterator) {
      shard.finished = true;
      needRefresh = true;
    }
    return records.length;
  };

  const settleWaiters = (roundStartedAs: number) => {
    for (let i = waiters.length - 1; i >= 0; i -= 1) {
      const waiter = waiters[i];
      if (waiter && waiter.afterRound < roundStartedAs) {
        waiters.splice(i, 1);
        waiter.resolve();
      }
    }
  };

  /** Records handled in one pass over the shards; new shards count as activity, so they are read before "caught up". */
  const round = async (): Promise<number> => {
    let found = needRefresh || Date.now() - lastRefresh >= shardRefreshMs ? await refreshShards(false) : 0;
    for (const shard of shards.values()) {
      if (shard.finished) continue;
      const parent = shard.parentId ? shards.get(shard.parentId) : undefined;
      // A child shard waits until its parent is read to the end, so each item's changes stay in order.
      if (parent && !parent.finished) continue;
      found += await pollShard(shard);
    }
    return found;
  };

  /** Errors talking to DynamoDB Local are retried; this many in a row means it is gone, and the poller stops. */
  const MAX_CONSECUTIVE_ERRORS = 20;

  const run = async (): Promise<void> => {
    let consecutiveErrors = 0;
    while (running) {
      roundsStarted += 1;
      const started = roundsStarted;
      let found: number;
      try {
        found = await round();
        consecutiveErrors = 0;
      } catch (error) {
        consecutiveErrors += 1;
        if (consecutiveErrors >= MAX_CONSECUTIVE_ERRORS) throw error;
        logger.warn('reading the stream failed; retrying', { error: String(error), consecutiveErrors });
        await sleep(backoffDelay(consecutiveErrors, { baseDelayMs: 100, maxDelayMs: 2_000 }, Math.random));
        continue;
      }
      if (found === 0) {
        settleWaiters(started);
        await sleep(pollIntervalMs);
      }
    }
  };

  return {
    get streamArn() {
      return streamArn;
    },
    async start() {
      if (running) return;
      const table = await options.dynamodb.send(new DescribeTableCommand({ TableName: options.tableName }));
      streamArn = table.Table?.LatestStreamArn ?? null;
      if (!streamArn || table.Table?.StreamSpecification?.StreamEnabled === false) {
        throw new StreamPollerError(
          `table ${options.tableName} has no stream; enable NEW_AND_OLD_IMAGES on it`,
        );
      }
      await refreshShards(true, await loadCheckpoints());
      running = true;
      loopError = null;
      loop = run().catch((error: unknown) => {
        running = false;
        loopError = error;
        logger.error('stream poller stopped on an error', { error: String(error) });
        for (const waiter of waiters.splice(0)) waiter.reject(error);
      });
    },
    async stop() {
      running = false;
      await loop;
      loop = null;
    },
    caughtUp(timeoutMs = 30_000) {
      if (loopError) return Promise.reject(loopError);
      if (!running) return Promise.reject(new StreamPollerError('the stream poller is not running'));
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          const index = waiters.indexOf(waiter);
          if (index >= 0) waiters.splice(index, 1);
          reject(new StreamPollerError(`stream not caught up within ${timeoutMs} ms`));
        }, timeoutMs);
        const waiter = {
          afterRound: roundsStarted,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
          reject: (error: unknown) => {
            clearTimeout(timer);
            reject(error);
          },
        };
        waiters.push(waiter);
      });
    },
    stats: () => ({ ...stats }),
  };
};
