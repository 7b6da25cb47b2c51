import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SQSEvent } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIngestRunner } from '../../../local/ingest-runner';

describe('createIngestRunner (fake handler)', () => {
  let dlqDir: string;
  beforeEach(async () => {
    dlqDir = await mkdtemp(join(tmpdir(), 'runner-unit-'));
  });
  afterEach(() => rm(dlqDir, { recursive: true, force: true }));

  it('batches messages, reports receive counts, and retries only the failed items', async () => {
    const seen: Array<{ body: string; count: string }> = [];
    let failOnce = true;
    const runner = createIngestRunner({
      dlqDir,
      batchSize: 3,
      backoff: { baseMs: 1, maxMs: 2 },
      handler: async (event: SQSEvent) => {
        for (const record of event.Records)
          seen.push({ body: record.body, count: record.attributes.ApproximateReceiveCount });
        const second = event.Records.find((record) => record.body === 'b');
        if (second && failOnce) {
          failOnce = false;
          return { batchItemFailures: [{ itemIdentifier: second.messageId }] };
        }
        return { batchItemFailures: [] };
      },
    });
    for (const body of ['a', 'b', 'c']) runner.send(body);
    runner.start();
    await runner.drain();
    await runner.stop();
    expect(seen).toEqual([
      { body: 'a', count: '1' },
      { body: 'b', count: '1' },
      { body: 'c', count: '1' },
      { body: 'b', count: '2' },
    ]);
    expect(runner.stats()).toMatchObject({ sent: 3, succeeded: 3, retried: 1, deadLettered: 0, batches: 2 });
  });

  it('treats a thrown handler as a failed batch and dead-letters after maxReceiveCount', async () => {
    let calls = 0;
    const runner = createIngestRunner({
      dlqDir,
      maxReceiveCount: 2,
      backoff: { baseMs: 1, maxMs: 1 },
      handler: async () => {
        calls += 1;
        throw new Error('handler crashed');
      },
    });
    runner.start();
    const id = runner.send({ hello: 'world' });
    await runner.drain();
    await runner.stop();
    expect(calls).toBe(2);
    expect(await readdir(dlqDir)).toEqual([`${id}.json`]);
    expect(runner.stats()).toMatchObject({ deadLettered: 1, succeeded: 0, retried: 1, waiting: 0 });
  });

  it('stop() leaves unprocessed messages queued; start() picks them up again', async () => {
    const bodies: string[] = [];
    const runner = createIngestRunner({
      dlqDir,
      handler: async (event) => {
        bodies.push(...event.Records.map((r) => r.body));
        return undefined;
      },
    });
    runner.send('x');
    expect(runner.stats().waiting).toBe(1);
    await runner.stop();
    expect(bodies).toEqual([]);
    runner.start();
    await runner.drain();
    await runner.stop();
    expect(bodies).toEqual(['x']);
  });
});
