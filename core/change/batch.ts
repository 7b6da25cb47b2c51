import type { ChangeEvent } from '../model/change-event';

/** EventBridge PutEvents limits: entries per request and total request size. */
export const PUT_EVENTS_MAX_ENTRIES = 10;
export const PUT_EVENTS_MAX_BYTES = 256 * 1024;

const encoder = new TextEncoder();
const utf8Bytes = (text: string): number => encoder.encode(text).length;

/**
 * Size of one PutEvents entry as EventBridge counts it: 14 bytes for the Time field, plus the UTF-8
 * bytes of Source, DetailType and the Detail JSON (no Resources are sent).
 */
export const putEntrySize = (event: ChangeEvent): number =>
  14 + utf8Bytes(event.source) + utf8Bytes(event.detailType) + utf8Bytes(JSON.stringify(event.detail));

export interface BatchLimits<T> {
  maxEntries: number;
  maxBytes: number;
  /**
   * Items with the same key never share a batch: a batch's entries can be retried separately, so two
   * changes of one item in one batch could overtake each other.
   */
  keyOf?: (item: T) => string;
}

export interface Batches<T> {
  batches: T[][];
  /** Items that exceed the size limit on their own and can never be sent. */
  oversized: T[];
}

/**
 * Splits items, in order, into consecutive batches that respect both limits.
 * Order is kept so that changes of one item reach the bus in the order they happened.
 */
export const batchBySize = <T>(
  items: readonly T[],
  sizeOf: (item: T) => number,
  limits: BatchLimits<T> = { maxEntries: PUT_EVENTS_MAX_ENTRIES, maxBytes: PUT_EVENTS_MAX_BYTES },
): Batches<T> => {
  const batches: T[][] = [];
  const oversized: T[] = [];
  let current: T[] = [];
  let currentBytes = 0;
  let currentKeys = new Set<string>();
  for (const item of items) {
    const size = sizeOf(item);
    if (size > limits.maxBytes) {
      oversized.push(item);
      continue;
    }
    const key = limits.keyOf?.(item);
    const full = current.length === limits.maxEntries || currentBytes + size > limits.maxBytes;
    if (current.length > 0 && (full || (key !== undefined && currentKeys.has(key)))) {
      batches.push(current);
      current = [];
      currentBytes = 0;
      currentKeys = new Set();
    }
    current.push(item);
    currentBytes += size;
    if (key !== undefined) currentKeys.add(key);
  }
  if (current.length > 0) batches.push(current);
  return { batches, oversized };
};
