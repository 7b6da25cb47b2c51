import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIngestRunner, type DeadLetter } from '../../local/ingest-runner';
import { LAVROV_VISIT, LAVROV_VISIT_OTHER_OUTLET, SANCTIONS } from './fixtures/articles';
import { type IngestStack, startIngestStack } from './fixtures/ingest-stack';

describe('local ingest runner: s3rver notifications -> SQS-shaped batches -> the real handler', () => {
  let stack: IngestStack;
  let dlqDir: string;
  beforeAll(async () => {
    stack = await startIngestStack('ingest-runner');
    dlqDir = await mkdtemp(join(tmpdir(), 'newsevents-dlq-'));
  });
  afterAll(async () => {
    await stack?.stop();
    await rm(dlqDir, { recursive: true, force: true });
  });

  it('processes every upload, retries failed records and dead-letters a message that keeps failing', async () => {
    const runner = createIngestRunner({
      handler: stack.handler,
      dlqDir,
      maxReceiveCount: 3,
      batchSize: 2,
      backoff: { baseMs: 5, maxMs: 20 },
    });
    const letters: DeadLetter[] = [];
    runner.onDeadLetter((letter) => letters.push(letter));
    const unsubscribe = stack.s3local.onNotification((notification) => runner.send(notification));
    runner.start();
    const articles = {
      'inbox/r1.txt': LAVROV_VISIT,
      'inbox/r 2.txt': LAVROV_VISIT_OTHER_OUTLET,
      'inbox/r3.txt': SANCTIONS,
    };
    for (const [key, body] of Object.entries(articles)) {
      await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body }));
    }
    const poison = runner.send('{"Records": "not an S3 event"}');
    // s3rver emits its event after replying; give the last one a moment to arrive before draining.
    for (let i = 0; i < 200 && runner.stats().sent < 4; i += 1)
      await new Promise((done) => setTimeout(done, 5));
    await runner.drain();
    unsubscribe();
    await runner.stop();

    for (const key of Object.keys(articles)) {
      expect(await stack.article(key), key).toMatchObject({ status: 'PROCESSED' });
    }
    expect(runner.stats()).toMatchObject({
      sent: 4,
      succeeded: 3,
      deadLettered: 1,
      retried: 2,
      waiting: 0,
      inFlight: 0,
    });
    expect(letters.map((letter) => letter.messageId)).toEqual([poison]);
    expect(await readdir(dlqDir)).toEqual([`${poison}.json`]);
    const stored = JSON.parse(await readFile(join(dlqDir, `${poison}.json`), 'utf8'));
    expect(stored).toMatchObject({
      messageId: poison,
      receiveCount: 3,
      body: '{"Records": "not an S3 event"}',
    });
  });
});
