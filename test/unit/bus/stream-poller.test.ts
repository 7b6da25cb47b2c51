import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  type _Record,
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { createStreamPoller, type StreamPoller } from '../../../local/stream-poller';

/** An in-memory stream: shards with records, optionally closed, answering the three calls the poller makes. */
const fakeStream = (shards: { id: string; parent?: string; closed?: boolean; records: string[] }[]) => {
  const record = (sequence: string): _Record => ({
    eventID: `id-${sequence}`,
    eventName: 'INSERT',
    dynamodb: {
      ApproximateCreationDateTime: new Date('2023-10-19T08:00:00Z'),
      Keys: { pk: { S: `ITEM#${sequence}` }, sk: { S: 'X' } },
      NewImage: { pk: { S: `ITEM#${sequence}` }, sk: { S: 'X' }, blob: { B: new Uint8Array([1, 2, 3]) } },
      SequenceNumber: sequence,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  });
  const streams = {
    async send(command: unknown) {
      if (command instanceof DescribeStreamCommand) {
        return {
          StreamDescription: {
            Shards: shards.map((shard) => ({
              ShardId: shard.id,
              ParentShardId: shard.parent,
              SequenceNumberRange: {
                StartingSequenceNumber: '1',
                ...(shard.closed ? { EndingSequenceNumber: '9' } : {}),
              },
            })),
          },
        };
      }
      if (command instanceof GetShardIteratorCommand) {
        const shard = shards.find((candidate) => candidate.id === command.input.ShardId);
        const start =
          command.input.ShardIteratorType === 'LATEST'
            ? (shard?.records.length ?? 0)
            : command.input.ShardIteratorType === 'AFTER_SEQUENCE_NUMBER'
              ? (shard?.records.indexOf(command.input.SequenceNumber ?? '') ?? -1) + 1
              : 0;
        return { ShardIterator: `${command.input.ShardId}@${start}` };
      }
      if (command instanceof GetRecordsCommand) {
        const [id, at] = (command.input.ShardIterator ?? '').split('@');
        const shard = shards.find((candidate) => candidate.id === id);
        const from = Number(at);
        const page = (shard?.records ?? []).slice(from, from + (command.input.Limit ?? 100));
        const next = from + page.length;
        const atEnd = next >= (shard?.records.length ?? 0);
        return {
          Records: page.map(record),
          NextShardIterator: shard?.closed && atEnd ? undefined : `${id}@${next}`,
        };
      }
      throw new Error('unexpected command');
    },
  } as unknown as DynamoDBStreamsClient;
  const dynamodb = {
    send: async () => ({
      Table: {
        LatestStreamArn: 'arn:aws:dynamodb:local:000000000000:table/t/stream/1',
        StreamSpecification: { StreamEnabled: true },
      },
    }),
  } as unknown as DynamoDBClient;
  return { streams, dynamodb };
};

const sequences = (event: DynamoDBStreamEvent) =>
  event.Records.map((record) => record.dynamodb?.SequenceNumber ?? '');
const noFailures: DynamoDBBatchResponse = { batchItemFailures: [] };

let poller: StreamPoller | undefined;
afterEach(async () => {
  await poller?.stop();
  poller = undefined;
});

const start = async (
  shards: Parameters<typeof fakeStream>[0],
  handler: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>,
  extra: Partial<Parameters<typeof createStreamPoller>[0]> = {},
) => {
  const { streams, dynamodb } = fakeStream(shards);
  poller = createStreamPoller({
    streams,
    dynamodb,
    tableName: 't',
    handler,
    pollIntervalMs: 1,
    sleep: async () => {},
    logger: { warn: () => {}, error: () => {} },
    ...extra,
  });
  await poller.start();
  await poller.caughtUp(5_000);
  return poller;
};

describe('stream poller', () => {
  it('reads a parent shard to its end before its child, in Lambda event shape', async () => {
    const seen: DynamoDBStreamEvent[] = [];
    const started = await start(
      [
        { id: 'child', parent: 'parent', records: ['3', '4'] },
        { id: 'parent', closed: true, records: ['1', '2'] },
      ],
      async (event) => {
        seen.push(event);
        return noFailures;
      },
    );
    expect(seen.flatMap(sequences)).toEqual(['1', '2', '3', '4']);
    const record = seen[0]?.Records[0];
    expect(record?.eventSourceARN).toBe('arn:aws:dynamodb:local:000000000000:table/t/stream/1');
    expect(record?.dynamodb?.ApproximateCreationDateTime).toBe(Date.parse('2023-10-19T08:00:00Z') / 1000);
    expect(record?.dynamodb?.NewImage?.blob).toEqual({ B: Buffer.from([1, 2, 3]).toString('base64') });
    expect(started.stats()).toMatchObject({ records: 4, deadLettered: 0 });
  });

  it('retries from the first failed record, as Lambda does with reportBatchItemFailures', async () => {
    const calls: string[][] = [];
    await start([{ id: 's', records: ['1', '2', '3'] }], async (event) => {
      calls.push(sequences(event));
      return calls.length === 1 ? { batchItemFailures: [{ itemIdentifier: '2' }] } : noFailures;
    });
    expect(calls).toEqual([
      ['1', '2', '3'],
      ['2', '3'],
    ]);
  });

  it('after the last attempt, dead-letters the records still failing and moves on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'poller-'));
    const calls: string[][] = [];
    const started = await start(
      [{ id: 's', records: ['1', '2', '3'] }],
      async (event) => {
        calls.push(sequences(event));
        return { batchItemFailures: [{ itemIdentifier: '2' }] };
      },
      { maxAttempts: 3, deadLetterPath: join(dir, 'stream.jsonl') },
    );
    expect(calls).toEqual([
      ['1', '2', '3'],
      ['2', '3'],
      ['2', '3'],
    ]);
    const letter = JSON.parse(readFileSync(join(dir, 'stream.jsonl'), 'utf8'));
    expect(letter).toMatchObject({ shardId: 's', attempts: 3 });
    expect(
      letter.records.map(
        (record: { dynamodb: { SequenceNumber: string } }) => record.dynamodb.SequenceNumber,
      ),
    ).toEqual(['2']);
    expect(started.stats().deadLettered).toBe(1);
  });

  it('a handler that throws fails the whole batch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'poller-'));
    let calls = 0;
    await start(
      [{ id: 's', records: ['1', '2'] }],
      async () => {
        calls += 1;
        throw new Error('bus down');
      },
      { maxAttempts: 2, deadLetterPath: join(dir, 'stream.jsonl') },
    );
    expect(calls).toBe(2);
    const letter = JSON.parse(readFileSync(join(dir, 'stream.jsonl'), 'utf8'));
    expect(letter.error).toBe('Error: bus down');
    expect(letter.records).toHaveLength(2);
  });

  it('LATEST skips what the stream held before start and reads what comes after', async () => {
    const seen: string[] = [];
    const shards = [{ id: 's', records: ['1', '2'] }];
    const started = await start(
      shards,
      async (event) => {
        seen.push(...sequences(event));
        return noFailures;
      },
      { startFrom: 'LATEST' },
    );
    expect(seen).toEqual([]);
    shards[0]?.records.push('3');
    await started.caughtUp(5_000);
    expect(seen).toEqual(['3']);
  });
});
