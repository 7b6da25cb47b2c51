import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { batchBySize, putEntrySize } from '../../core/change/batch';
import { mapItemChange } from '../../core/change/map-change';
import type { ChangeEventPublisher } from '../../core/change/ports';
import type { ChangeEvent } from '../../core/model/change-event';
import type { Clock } from '../../core/ports';
import { putWithRetry } from './put-with-retry';
import { itemKeyOf, toItemChange } from './stream-record';

/** The slice of a logger the handler uses; Powertools' Logger fits it, so does `console`. */
export interface PublishLogger {
  debug(message: string, extra: Record<string, unknown>): void;
  info(message: string, extra: Record<string, unknown>): void;
  warn(message: string, extra: Record<string, unknown>): void;
  error(message: string, extra: Record<string, unknown>): void;
}

/** Counters the handler reports; the Lambda entry point forwards them to CloudWatch (EMF). */
export interface PublishMetrics {
  count(name: PublishMetricName, value: number): void;
}
export type PublishMetricName =
  | 'ChangeEventsPublished'
  | 'PutEntriesFailed'
  | 'RecordsUnmappable'
  | 'RecordsFailed';

export interface PublishDeps {
  bus: ChangeEventPublisher;
  clock: Clock;
  logger?: PublishLogger;
  metrics?: PublishMetrics;
  /** Tries per PutEvents entry before its stream record is reported failed. Default 4. */
  maxPutAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

interface Pending {
  recordIndex: number;
  itemKey: string;
  event: ChangeEvent;
}

const silent: PublishLogger = { debug() {}, info() {}, warn() {}, error() {} };
const noMetrics: PublishMetrics = { count() {} };
const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const errorText = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * Stream -> change events -> bus, with partial batch failures.
 *
 * Ordering: Lambda re-delivers a shard from the lowest failed sequence number, so once a record of an item
 * fails, every later record of that item in the batch is reported failed too (and never sent), and two
 * changes of one item never share a PutEvents call. Records of other items go ahead; if they are
 * re-delivered they carry the same dedupe ids.
 */
export const createPublishHandler = (deps: PublishDeps) => {
  const logger = deps.logger ?? silent;
  const metrics = deps.metrics ?? noMetrics;
  const retry = {
    maxAttempts: deps.maxPutAttempts ?? 4,
    baseDelayMs: deps.baseDelayMs ?? 100,
    maxDelayMs: deps.maxDelayMs ?? 2_000,
    sleep: deps.sleep ?? realSleep,
    random: deps.random ?? Math.random,
  };

  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    const records: DynamoDBRecord[] = event.Records ?? [];
    const itemKeys = records.map(itemKeyOf);
    /** Item key -> index of its first failed record. */
    const firstFailure = new Map<string, number>();
    const fail = (recordIndex: number): void => {
      const key = itemKeys[recordIndex] as string;
      const known = firstFailure.get(key);
      if (known === undefined || recordIndex < known) firstFailure.set(key, recordIndex);
    };
    const heldBack = (recordIndex: number): boolean => {
      const known = firstFailure.get(itemKeys[recordIndex] as string);
      return known !== undefined && known <= recordIndex;
    };

    const pending: Pending[] = [];
    const now = deps.clock.now();
    records.forEach((record, recordIndex) => {
      if (heldBack(recordIndex)) return;
      try {
        for (const changeEvent of mapItemChange(toItemChange(record, now))) {
          pending.push({ recordIndex, itemKey: itemKeys[recordIndex] as string, event: changeEvent });
        }
      } catch (error) {
        metrics.count('RecordsUnmappable', 1);
        logger.error('stream record cannot be mapped to change events', {
          sequenceNumber: record.dynamodb?.SequenceNumber,
          eventName: record.eventName,
          keys: record.dynamodb?.Keys,
          error: errorText(error),
        });
        fail(recordIndex);
      }
    });

    const { batches, oversized } = batchBySize(pending, (entry) => putEntrySize(entry.event), {
      maxEntries: 10,
      maxBytes: 256 * 1024,
      keyOf: (entry) => entry.itemKey,
    });
    for (const entry of oversized) {
      logger.error('change event exceeds the PutEvents size limit', {
        detailType: entry.event.detailType,
        id: entry.event.detail.id,
        bytes: putEntrySize(entry.event),
      });
      fail(entry.recordIndex);
    }

    let published = 0;
    for (const batch of batches) {
      const sendable = batch.filter((entry) => !heldBack(entry.recordIndex));
      if (sendable.length === 0) continue;
      const results = await putWithRetry(
        deps.bus,
        sendable.map((entry) => entry.event),
        retry,
      );
      results.forEach((result, position) => {
        const entry = sendable[position] as Pending;
        if (result.ok) {
          published += 1;
          return;
        }
        metrics.count('PutEntriesFailed', 1);
        logger.error('change event not accepted by the bus', {
          detailType: entry.event.detailType,
          id: entry.event.detail.id,
          attempts: result.attempts,
          errorCode: result.errorCode,
          errorMessage: result.errorMessage,
        });
        fail(entry.recordIndex);
      });
    }

    const batchItemFailures = records
      .map((record, recordIndex) => ({ record, recordIndex }))
      .filter(({ recordIndex }) => heldBack(recordIndex))
      .map(({ record }) => ({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }));
    metrics.count('ChangeEventsPublished', published);
    if (batchItemFailures.length > 0) metrics.count('RecordsFailed', batchItemFailures.length);
    logger.debug('stream batch published', {
      records: records.length,
      published,
      failed: batchItemFailures.length,
    });
    return { batchItemFailures };
  };
};

export type PublishHandler = ReturnType<typeof createPublishHandler>;
