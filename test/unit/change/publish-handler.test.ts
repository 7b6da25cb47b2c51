import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { ChangeEventPublisher, PutResult } from '../../../core/change/ports';
import type { ChangeEvent } from '../../../core/model/change-event';
import { createPublishHandler } from '../../../functions/publish/publish-handler';
import {
  actor,
  actorItem,
  articleItem,
  articleRecord,
  eventItem,
  mentionItem,
  storedEvent,
} from './fixtures';
import { streamRecord } from './stream-records';

type Verdict = (event: ChangeEvent, call: number) => PutResult | 'throw';

/** Records every put; `verdict` decides each entry's fate (default: accepted). */
const fakeBus = (verdict: Verdict = () => ({ ok: true, busEventId: 'x' })) => {
  const calls: ChangeEvent[][] = [];
  const bus: ChangeEventPublisher = {
    async put(events) {
      calls.push([...events]);
      const results = events.map((event) => verdict(event, calls.length));
      if (results.includes('throw'))
        throw Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
      return results as PutResult[];
    },
  };
  return { bus, calls };
};

const sleeps: number[] = [];
const handlerWith = (bus: ChangeEventPublisher, maxPutAttempts = 3) =>
  createPublishHandler({
    bus,
    clock: { now: () => new Date('2023-10-19T08:00:02.000Z') },
    maxPutAttempts,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
  });

const eventId = (n: number) => `evt-${String(n).padStart(4, '0')}`;
const insertEvent = (n: number, seq: number): DynamoDBRecord =>
  streamRecord(
    'INSERT',
    undefined,
    eventItem(storedEvent({ id: eventId(n) })),
    String(seq).padStart(21, '0'),
  );
const updateEvent = (n: number, seq: number, articleCount: number): DynamoDBRecord =>
  streamRecord(
    'MODIFY',
    eventItem(storedEvent({ id: eventId(n), articleCount: articleCount - 1, version: articleCount - 1 })),
    eventItem(storedEvent({ id: eventId(n), articleCount, version: articleCount })),
    String(seq).padStart(21, '0'),
  );
const sequenceOf = (record: DynamoDBRecord) => record.dynamodb?.SequenceNumber;

describe('publish handler', () => {
  it('publishes one change event per meaningful record, in stream order, and skips the rest', async () => {
    const { bus, calls } = fakeBus();
    const records = [
      streamRecord(
        'MODIFY',
        articleItem(articleRecord({ status: 'RECEIVED', eventIds: [], contentHash: null })),
        articleItem(articleRecord(), 2),
        '000000000000000000001',
      ),
      insertEvent(1, 2),
      streamRecord('INSERT', undefined, mentionItem(), '000000000000000000003'),
      streamRecord('INSERT', undefined, actorItem(actor()), '000000000000000000004'),
    ];
    const response = await handlerWith(bus)({ Records: records });
    expect(response.batchItemFailures).toEqual([]);
    expect(calls.flat().map((event) => event.detailType)).toEqual([
      'Article Processed',
      'Event Created',
      'Actor Created',
    ]);
    expect(calls.flat()[1]?.detail.occurredAt).toBe(new Date(1697702401 * 1000).toISOString());
  });

  it('sends at most 10 entries per put', async () => {
    const { bus, calls } = fakeBus();
    const records = Array.from({ length: 25 }, (_, i) => insertEvent(i, i + 1));
    await handlerWith(bus)({ Records: records });
    expect(calls.map((call) => call.length)).toEqual([10, 10, 5]);
    expect(calls.flat().map((event) => (event.detail.data as { id: string }).id)).toEqual(
      Array.from({ length: 25 }, (_, i) => eventId(i)),
    );
  });

  it('retries only the entries that failed, after a backoff, and reports no failure once they succeed', async () => {
    sleeps.length = 0;
    const { bus, calls } = fakeBus((event, call) =>
      call === 1 && (event.detail.data as { id: string }).id === eventId(2)
        ? { ok: false, errorCode: 'ThrottlingException', errorMessage: 'Rate exceeded' }
        : { ok: true, busEventId: `b-${call}` },
    );
    const records = [insertEvent(1, 1), insertEvent(2, 2), insertEvent(3, 3)];
    const response = await handlerWith(bus)({ Records: records });
    expect(response.batchItemFailures).toEqual([]);
    expect(calls.map((call) => call.map((event) => (event.detail.data as { id: string }).id))).toEqual([
      [eventId(1), eventId(2), eventId(3)],
      [eventId(2)],
    ]);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThan(0);
  });

  it('a put that throws counts as all its entries failing and is retried', async () => {
    const { bus, calls } = fakeBus((_, call) => (call === 1 ? 'throw' : { ok: true, busEventId: 'b' }));
    const response = await handlerWith(bus)({ Records: [insertEvent(1, 1), insertEvent(2, 2)] });
    expect(response.batchItemFailures).toEqual([]);
    expect(calls.map((call) => call.length)).toEqual([2, 2]);
  });

  it('reports a record whose entry keeps failing, and every later record of the same item, but not other items', async () => {
    const { bus, calls } = fakeBus((event) =>
      (event.detail.data as { id: string }).id === eventId(1) && event.detailType === 'Event Created'
        ? { ok: false, errorCode: 'InternalFailure', errorMessage: 'boom' }
        : { ok: true, busEventId: 'b' },
    );
    const records = [insertEvent(1, 1), insertEvent(2, 2), updateEvent(1, 3, 2), updateEvent(2, 4, 2)];
    const response = await handlerWith(bus, 3)({ Records: records });
    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: sequenceOf(records[0] as DynamoDBRecord) },
      { itemIdentifier: sequenceOf(records[2] as DynamoDBRecord) },
    ]);
    const sent = calls
      .flat()
      .map((event) => `${event.detailType} ${(event.detail.data as { id: string }).id}`);
    expect(sent.filter((line) => line === `Event Created ${eventId(1)}`)).toHaveLength(3);
    expect(sent).not.toContain(`Event Updated ${eventId(1)}`);
    expect(sent).toContain(`Event Updated ${eventId(2)}`);
  });

  it('reports a record whose image does not parse, holds back the same item, and publishes the others', async () => {
    const { bus, calls } = fakeBus();
    const broken = streamRecord(
      'INSERT',
      undefined,
      { ...eventItem(storedEvent({ id: eventId(1) })), plover: 'DANCE' },
      '000000000000000000001',
    );
    const records = [broken, insertEvent(2, 2), updateEvent(1, 3, 2)];
    const response = await handlerWith(bus)({ Records: records });
    expect(response.batchItemFailures.map((failure) => failure.itemIdentifier)).toEqual([
      sequenceOf(broken),
      sequenceOf(records[2] as DynamoDBRecord),
    ]);
    expect(calls.flat().map((event) => (event.detail.data as { id: string }).id)).toEqual([eventId(2)]);
  });

  it('reports a record whose change event is too large for PutEvents without sending it', async () => {
    const { bus, calls } = fakeBus();
    const huge = articleRecord({
      eventIds: Array.from({ length: 12_000 }, (_, i) => `evt-${'0'.repeat(16)}${i}`),
    });
    const record = streamRecord('INSERT', undefined, articleItem(huge), '000000000000000000007');
    const response = await handlerWith(bus)({ Records: [record, insertEvent(1, 8)] });
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: '000000000000000000007' }]);
    expect(calls.flat().map((event) => event.detailType)).toEqual(['Event Created']);
  });

  it('gives the same dedupe ids when the same stream records are delivered again', async () => {
    const first = fakeBus();
    const second = fakeBus();
    const records = [insertEvent(1, 1), updateEvent(1, 2, 2)];
    await handlerWith(first.bus)({ Records: records });
    await handlerWith(second.bus)({ Records: structuredClone(records) });
    const ids = (calls: ChangeEvent[][]) => calls.flat().map((event) => event.detail.id);
    expect(ids(second.calls)).toEqual(ids(first.calls));
    expect(new Set(ids(first.calls)).size).toBe(2);
  });
});
