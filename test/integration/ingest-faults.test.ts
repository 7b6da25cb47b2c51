import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  LAVROV_VISIT,
  LAVROV_VISIT_CORRECTED,
  LAVROV_VISIT_OTHER_OUTLET,
  SANCTIONS,
} from './fixtures/articles';
import { type IngestStack, localCredentials, startIngestStack } from './fixtures/ingest-stack';

const WRITES = new Set([
  'PutItemCommand',
  'TransactWriteItemsCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
]);

class InjectedFaultError extends Error {
  constructor(step: number, when: string) {
    super(`injected fault ${when} write ${step}`);
    this.name = 'InjectedFaultError';
  }
}

/**
 * A real DynamoDB client whose nth write fails once: 'before' = the write never happens (a network error),
 * 'after' = the write commits and then the process "dies" (the handler sees an error and stops there).
 */
const faultyClient = (failAt: number, when: 'before' | 'after', writes: { count: number }) => {
  const client = new DynamoDBClient({
    endpoint: inject('dynamoEndpoint'),
    region: 'us-east-1',
    credentials: localCredentials,
  });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (!WRITES.has(String(context.commandName))) return next(args);
      writes.count += 1;
      const step = writes.count;
      if (step === failAt && when === 'before') throw new InjectedFaultError(step, when);
      const result = await next(args);
      if (step === failAt && when === 'after') throw new InjectedFaultError(step, when);
      return result;
    },
    { step: 'initialize', name: 'injectFault' },
  );
  return client;
};

/** `rev` counts claims (attempts), so it legitimately differs after a retry; everything else must not. */
const comparable = (items: Record<string, unknown>[]) => items.map(({ rev: _rev, ...rest }) => rest);

const V1 = { published: '2023-10-18', source: 'Wire' };

/** Three transactions of at most 4 items each, so every boundary between writes can be cut. */
const TX_ITEMS = 4;

async function runScenario(stack: IngestStack, fault?: { at: number; when: 'before' | 'after' }) {
  const other = await stack.upload('inbox/other.txt', LAVROV_VISIT_OTHER_OUTLET, {
    published: '2023-10-18',
    source: 'Other',
  });
  await stack.invoke([other]);
  const v1 = await stack.upload('inbox/story.txt', LAVROV_VISIT, V1);
  await stack.invoke([v1]);
  const v2 = await stack.upload('inbox/story.txt', LAVROV_VISIT_CORRECTED, V1);
  const writes = { count: 0 };
  const client = faultyClient(fault?.at ?? -1, fault?.when ?? 'before', writes);
  const handler = stack.handlerWith({ dynamodb: client, maxItemsPerTransaction: TX_ITEMS });
  const first = await stack.invoke([v2], handler);
  let retries = 0;
  // SQS redelivers a failed record; one retry must be enough to converge.
  if (first.batchItemFailures.length > 0) {
    retries += 1;
    expect((await stack.invoke([v2], handler)).batchItemFailures).toEqual([]);
  }
  client.destroy();
  return { writes: writes.count, failed: first.batchItemFailures.length, retries };
}

describe('ingest: a failure at any write converges on retry', () => {
  let reference: Record<string, unknown>[];
  let writeSteps: number;

  beforeAll(async () => {
    const stack = await startIngestStack('ingest-ref', { maxItemsPerTransaction: TX_ITEMS });
    try {
      const run = await runScenario(stack);
      writeSteps = run.writes;
      reference = comparable(await stack.scan());
    } finally {
      await stack.stop();
    }
  });

  it('the scenario spans several write steps (claim, transactions, close)', () => {
    expect(writeSteps).toBeGreaterThanOrEqual(4);
  });

  for (const when of ['before', 'after'] as const) {
    it(`fails each write step once (${when} the write) and ends with the reference table`, async () => {
      for (let at = 1; at <= writeSteps; at += 1) {
        const stack = await startIngestStack(`fault-${when}-${at}`, { maxItemsPerTransaction: TX_ITEMS });
        try {
          const run = await runScenario(stack, { at, when });
          expect(run.failed, `step ${at}`).toBe(1);
          expect(comparable(await stack.scan()), `fault ${when} write ${at}`).toEqual(reference);
        } finally {
          await stack.stop();
        }
      }
    });
  }
});

describe('ingest: concurrent workers', () => {
  let stack: IngestStack;
  beforeAll(async () => {
    stack = await startIngestStack('ingest-concurrency');
  });
  afterAll(() => stack?.stop());

  it('two workers on the same article end in one outcome; the loser no-ops on its retry', async () => {
    const notification = await stack.upload('inbox/race.txt', SANCTIONS);
    const [a, b] = [stack.handlerWith({}), stack.handlerWith({})];
    const results = await Promise.all([stack.invoke([notification], a), stack.invoke([notification], b)]);
    const failures = results.filter((result) => result.batchItemFailures.length > 0).length;
    expect(failures).toBeLessThanOrEqual(1);
    const settled = await stack.scan();
    const streamBefore = (await stack.streamRecords()).length;
    expect((await stack.invoke([notification], a)).batchItemFailures).toEqual([]);
    expect(await stack.scan()).toEqual(settled);
    expect((await stack.streamRecords()).length).toBe(streamBefore);

    // rev depends on the interleaving (a claim may be taken over); the claim itself is always released.
    const article = await stack.article('inbox/race.txt');
    expect(article).toMatchObject({ status: 'PROCESSED' });
    expect(article).not.toHaveProperty('claimId');
    const events = settled.filter((item) => item.type === 'Event');
    expect(events).toHaveLength(2);
    for (const event of events) expect(event).toMatchObject({ articleCount: 1, mentionCount: 1, version: 1 });
    expect(settled.filter((item) => item.type === 'Mention')).toHaveLength(2);
  });

  it('an event changed between our read and our write is re-read and counted, not overwritten', async () => {
    const first = await stack.upload('inbox/late-1.txt', SANCTIONS, {
      published: '2023-12-05',
      source: 'Wire A',
    });
    const second = await stack.upload('inbox/late-2.txt', SANCTIONS, {
      published: '2023-12-05',
      source: 'Wire B',
    });
    const codes: string[][] = [];
    const client = new DynamoDBClient({
      endpoint: inject('dynamoEndpoint'),
      region: 'us-east-1',
      credentials: localCredentials,
    });
    let interleaved = false;
    client.middlewareStack.add(
      (next, context) => async (args) => {
        // The first article has planned its writes from what it read; the second one commits first.
        if (context.commandName === 'TransactWriteItemsCommand' && !interleaved) {
          interleaved = true;
          expect((await stack.invoke([second])).batchItemFailures).toEqual([]);
        }
        try {
          return await next(args);
        } catch (error) {
          const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
          if (reasons) codes.push(reasons.map((reason) => reason.Code ?? ''));
          throw error;
        }
      },
      { step: 'initialize', name: 'interleave' },
    );
    expect((await stack.invoke([first], stack.handlerWith({ dynamodb: client }))).batchItemFailures).toEqual(
      [],
    );
    client.destroy();
    expect(codes.length).toBe(1);
    expect(codes[0]).toContain('ConditionalCheckFailed');
    const events = (await stack.scan()).filter((item) => item.type === 'Event' && item.date === '2023-12-05');
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(event).toMatchObject({ articleCount: 2, mentionCount: 2, sourceCount: 2, version: 2 });
    }
  });

  it('two articles corroborating the same events at once both count (version races are retried)', async () => {
    const first = await stack.upload('inbox/same-1.txt', SANCTIONS, {
      published: '2023-11-02',
      source: 'Wire A',
    });
    const second = await stack.upload('inbox/same-2.txt', SANCTIONS, {
      published: '2023-11-02',
      source: 'Wire B',
    });
    const results = await Promise.all([
      stack.invoke([first], stack.handlerWith({})),
      stack.invoke([second], stack.handlerWith({})),
    ]);
    expect(results.flatMap((result) => result.batchItemFailures)).toEqual([]);
    const events = (await stack.scan()).filter((item) => item.type === 'Event' && item.date === '2023-11-02');
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(event).toMatchObject({ articleCount: 2, mentionCount: 2, sourceCount: 2, version: 2 });
    }
  });
});
