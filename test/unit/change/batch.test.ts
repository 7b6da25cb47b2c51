import { describe, expect, it } from 'vitest';
import { batchBySize, PUT_EVENTS_MAX_BYTES, putEntrySize } from '../../../core/change/batch';
import { mapItemChange } from '../../../core/change/map-change';
import type { ChangeEvent } from '../../../core/model/change-event';
import { eventItem, itemChange, storedEvent } from './fixtures';

const sizeOfNumber = (value: number) => value;

describe('batchBySize', () => {
  it('cuts at 10 entries and keeps the order', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const { batches, oversized } = batchBySize(items, () => 100);
    expect(batches.map((batch) => batch.length)).toEqual([10, 10, 3]);
    expect(batches.flat()).toEqual(items);
    expect(oversized).toEqual([]);
  });

  it('cuts before the total size would pass the byte limit', () => {
    const sizes = [100_000, 100_000, 70_000, 10_000, 250_000];
    const { batches } = batchBySize(sizes, sizeOfNumber);
    expect(batches).toEqual([[100_000, 100_000], [70_000, 10_000], [250_000]]);
    for (const batch of batches)
      expect(batch.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(PUT_EVENTS_MAX_BYTES);
  });

  it('sets aside an entry larger than the limit on its own', () => {
    const { batches, oversized } = batchBySize([10, PUT_EVENTS_MAX_BYTES + 1, 20], sizeOfNumber);
    expect(batches).toEqual([[10, 20]]);
    expect(oversized).toEqual([PUT_EVENTS_MAX_BYTES + 1]);
  });

  it('never puts two entries with the same key in one batch', () => {
    const items = ['a1', 'b1', 'a2', 'c1', 'b2'];
    const { batches } = batchBySize(items, () => 1, {
      maxEntries: 10,
      maxBytes: 1000,
      keyOf: (item) => item[0] as string,
    });
    expect(batches).toEqual([
      ['a1', 'b1'],
      ['a2', 'c1', 'b2'],
    ]);
  });
});

describe('putEntrySize', () => {
  it('counts Time, Source, DetailType and the Detail JSON in UTF-8 bytes', () => {
    const event = mapItemChange(itemChange('INSERT', undefined, eventItem(storedEvent())))[0] as ChangeEvent;
    const expected =
      14 +
      Buffer.byteLength('newsevents') +
      Buffer.byteLength('Event Created') +
      Buffer.byteLength(JSON.stringify(event.detail));
    expect(putEntrySize(event)).toBe(expected);
  });

  it('counts multi-byte characters as bytes, not characters', () => {
    const plain = mapItemChange(itemChange('INSERT', undefined, eventItem(storedEvent())))[0] as ChangeEvent;
    const accented = mapItemChange(
      itemChange(
        'INSERT',
        undefined,
        eventItem(
          storedEvent({
            source: { id: 'TUR-GOV-erdogan', name: 'Recep Erdoğan', country: 'TUR', sector: 'GOV' },
          }),
        ),
      ),
    )[0] as ChangeEvent;
    const extraChars = JSON.stringify(accented.detail).length - JSON.stringify(plain.detail).length;
    expect(putEntrySize(accented) - putEntrySize(plain)).toBe(extraChars + 1);
  });
});
