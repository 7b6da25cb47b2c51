import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Coder } from '../../core/ports';
import { createLambdaContext } from '../../local/ingest-runner';
import { LAVROV_VISIT, SANCTIONS } from './fixtures/articles';
import { type IngestStack, sqsEventOf, startIngestStack } from './fixtures/ingest-stack';

const samples = join(import.meta.dirname, '../../events/samples/s3-sqs');
const sample = (name: string): SQSEvent => JSON.parse(readFileSync(join(samples, `${name}.json`), 'utf8'));

/** A sample's S3 notification body pointed at the test bucket. */
const retargeted = (event: SQSEvent, bucket: string): string =>
  event.Records[0]?.body.replaceAll('newsevents-articles', bucket) ?? '';

const PNG = Uint8Array.from([
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  ...Array.from({ length: 600 }, (_, i) => i % 251),
]);
const LIMIT = 4096;

describe('ingest: bad input ends FAILED with a reason, and the object stays', () => {
  let stack: IngestStack;
  const s3Commands: string[] = [];
  let watchedS3: S3Client;

  beforeAll(async () => {
    stack = await startIngestStack('ingest-failures', { maxArticleBytes: LIMIT });
    watchedS3 = stack.s3local.createClient();
    watchedS3.middlewareStack.add(
      (next, context) => (args) => {
        s3Commands.push(String(context.commandName));
        return next(args);
      },
      { step: 'initialize', name: 'recordCommands' },
    );
  });
  afterAll(async () => {
    watchedS3?.destroy();
    await stack?.stop();
  });

  const objectStillThere = async (key: string) =>
    (await stack.s3.send(new HeadObjectCommand({ Bucket: stack.bucket, Key: key }))).ContentLength;

  it('an object over the limit is FAILED TOO_LARGE after a HEAD, without downloading it', async () => {
    const big = `${LAVROV_VISIT}\n\n`.repeat(Math.ceil((LIMIT * 1.5) / LAVROV_VISIT.length));
    const notification = await stack.upload('inbox/too-large.txt', big);
    const handler = stack.handlerWith({ s3: watchedS3 });
    expect((await stack.invoke([notification], handler)).batchItemFailures).toEqual([]);
    expect(await stack.article('inbox/too-large.txt')).toMatchObject({
      status: 'FAILED',
      reason: 'TOO_LARGE',
      eventIds: [],
      detail: expect.stringContaining(`limit of ${LIMIT}`),
    });
    expect(s3Commands).toEqual(['HeadObjectCommand']);
    expect(await objectStillThere('inbox/too-large.txt')).toBe(Buffer.byteLength(big));
  });

  it('binary data is FAILED UNSUPPORTED_TYPE and the object is kept', async () => {
    const notification = await stack.upload('inbox/photo.png', PNG);
    expect((await stack.invoke([notification])).batchItemFailures).toEqual([]);
    expect(await stack.article('inbox/photo.png')).toMatchObject({
      status: 'FAILED',
      reason: 'UNSUPPORTED_TYPE',
    });
    expect(await objectStillThere('inbox/photo.png')).toBe(PNG.length);
  });

  it('whitespace only is FAILED NO_TEXT', async () => {
    const notification = await stack.upload('inbox/blank.txt', ' \n\t\n   \n');
    expect((await stack.invoke([notification])).batchItemFailures).toEqual([]);
    expect(await stack.article('inbox/blank.txt')).toMatchObject({ status: 'FAILED', reason: 'NO_TEXT' });
  });

  it('a coder crash is FAILED CODER_ERROR, not a retry loop', async () => {
    const crashing: Coder = {
      version: 'crashing-1',
      extract: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'tokens')");
      },
    };
    const notification = await stack.upload('inbox/crash.txt', SANCTIONS);
    const response = await stack.invoke([notification], stack.handlerWith({ coder: crashing }));
    expect(response.batchItemFailures).toEqual([]);
    expect(await stack.article('inbox/crash.txt')).toMatchObject({
      status: 'FAILED',
      reason: 'CODER_ERROR',
      coderVersion: 'crashing-1',
      detail: expect.stringContaining('TypeError'),
    });
  });

  it("S3's s3:TestEvent is a no-op", async () => {
    const before = await stack.scan();
    const event = sample('test-event');
    const response = await stack.handler(event, createLambdaContext());
    expect(response.batchItemFailures).toEqual([]);
    expect(await stack.scan()).toEqual(before);
  });

  it('a URL-encoded key with spaces and unicode is decoded the way S3 encodes it', async () => {
    const key = 'inbox/Lavrov in Pyongyang — édition spéciale (2).txt';
    const local = await stack.upload(key, LAVROV_VISIT);
    const body = retargeted(sample('url-encoded-key'), stack.bucket);
    // The local bucket encodes keys exactly like the recorded S3 sample.
    expect(local.Records[0]?.s3.object.key).toBe(JSON.parse(body).Records[0].s3.object.key);
    expect((await stack.invoke([body])).batchItemFailures).toEqual([]);
    expect(await stack.article(key)).toMatchObject({ status: 'PROCESSED', key });
  });

  it('a batch with bad records reports exactly those as failed and processes the rest', async () => {
    const good = await stack.upload('inbox/batch-good.txt', SANCTIONS);
    const binary = await stack.upload('inbox/batch-binary.png', PNG);
    const event = sqsEventOf([good, retargeted(sample('invalid'), stack.bucket), binary, 'not json at all']);
    const response = await stack.handler(event, createLambdaContext());
    expect(response.batchItemFailures.map((failure) => failure.itemIdentifier).sort()).toEqual(
      [event.Records[1]?.messageId, event.Records[3]?.messageId].sort(),
    );
    expect(await stack.article('inbox/batch-good.txt')).toMatchObject({ status: 'PROCESSED' });
    expect(await stack.article('inbox/batch-binary.png')).toMatchObject({
      status: 'FAILED',
      reason: 'UNSUPPORTED_TYPE',
    });
  });

  it('logs carry bucket, key and article id and never the article text; metrics are emitted', async () => {
    const lines = stack.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    const stored = lines.filter((line) => line.message === 'article stored');
    expect(stored.length).toBeGreaterThan(3);
    for (const line of stored) {
      expect(line).toMatchObject({
        bucket: stack.bucket,
        key: expect.any(String),
        articleId: expect.any(String),
      });
    }
    const sentences = [...LAVROV_VISIT.split(/(?<=\.)\s+/), ...SANCTIONS.split(/(?<=\.)\s+/)].filter(
      (s) => s.length > 30,
    );
    for (const sentence of sentences) expect(stack.logs.join('\n')).not.toContain(sentence.slice(0, 40));
    const emf = stack.metrics.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(emf.some((entry) => entry.ArticlesProcessed !== undefined)).toBe(true);
    expect(emf.some((entry) => entry.ArticlesFailed !== undefined)).toBe(true);
    expect(emf.some((entry) => entry.ExtractMs !== undefined)).toBe(true);
  });
});

describe('ingest: objects that vanish', () => {
  it('a notification for a deleted object succeeds without writing anything', async () => {
    const stack = await startIngestStack('ingest-missing');
    try {
      const body = retargeted(sample('base'), stack.bucket);
      expect((await stack.invoke([body])).batchItemFailures).toEqual([]);
      expect(await stack.scan()).toEqual([]);
    } finally {
      await stack.stop();
    }
  });
});
