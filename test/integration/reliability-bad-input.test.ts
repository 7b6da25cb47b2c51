import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { articleKey } from '../../adapters/dynamodb/keys';
import { deleteTable } from '../../adapters/dynamodb/table';
import { articleIdForObject } from '../../adapters/s3/object-id';
import { FAILURE_REASONS } from '../../core/model/article';
import type { BusEvent } from '../../local/bus/bus-event';
import { loadLocalConfig } from '../../local/config';
import { type ArticleOutcome, type LocalStack, startLocalStack } from '../../local/stack';
import {
  type HostileCase,
  loadHostileCorpus,
  loadHostileManifest,
  type MaterializedCase,
} from '../../scripts/build-hostile-corpus';
import { externalAddresses, reachable } from '../support/network';

/**
 * The hostile corpus (test/fixtures/hostile/manifest.json) through the whole local pipeline with the real
 * coder: s3rver upload -> notification -> ingest runner -> ingest handler -> DynamoDB Local -> stream ->
 * publish -> local bus. One stack for the file; every assertion reads what the pipeline left behind.
 */
const PUBLISHED = '2024-03-12';
/** The per-article cap of core/coder (CoderOptions.maxEvents): no article contributes more mentions. */
const EVENTS_PER_ARTICLE_CAP = 500;

/** Uploaded after the whole corpus: the pipeline must still code it. */
const NEXT_ARTICLE = `Poland and Lithuania pledge joint air defence exercises

VILNIUS, Lithuania (Hostile Wire) — Polish Defence Minister Wladyslaw Kosiniak-Kamysz visited Lithuania on Thursday and met Lithuanian Defence Minister Laurynas Kasciunas at the ministry in Vilnius.

The two ministers signed an agreement on joint air defence exercises along the border with Belarus, the Lithuanian ministry said.

Russia criticized Poland over the agreement, calling it a provocation.`;

const manifest = loadHostileManifest();

const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 40);

describe('reliability: hostile input through the local pipeline', () => {
  const tableName = `reliability-bad-${randomUUID().slice(0, 8)}`;
  let stack: LocalStack;
  let doc: DynamoDBDocumentClient;
  let corpus: MaterializedCase[];
  const outcomes: ArticleOutcome[] = [];
  const changes: BusEvent[] = [];
  const logLines: string[] = [];
  const stackLog: string[] = [];
  const writeStdout = process.stdout.write;
  const keyOf = (entry: Pick<HostileCase, 'key'>) => `${stack.prefix}${entry.key}`;
  const nextKey = () => `${stack.prefix}next-article.txt`;

  const article = async (key: string) =>
    (
      await doc.send(
        new GetCommand({
          TableName: tableName,
          Key: articleKey(articleIdForObject(stack.bucket, key)),
          ConsistentRead: true,
        }),
      )
    ).Item as { status: string; reason: string | null; eventIds: string[]; title: string | null } | undefined;

  beforeAll(async () => {
    // The handlers' Powertools loggers write JSON lines to process.stdout: keep them to inspect.
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      if (text.startsWith('{')) {
        logLines.push(text);
        return true;
      }
      return (writeStdout as (...args: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
    }) as typeof process.stdout.write;

    corpus = loadHostileCorpus();
    stack = await startLocalStack(loadLocalConfig({ inMemory: true, tableName }), {
      dynamodbEndpoint: inject('dynamoEndpoint'),
      handlerLogLevel: 'INFO',
      log: (line) => stackLog.push(line),
    });
    doc = DynamoDBDocumentClient.from(stack.clients.dynamodb);
    stack.onOutcome((outcome) => outcomes.push(outcome));
    stack.onChange((event) => {
      changes.push(event);
    });

    const metadata = { published: PUBLISHED, source: 'Hostile Wire' };
    for (const entry of corpus) {
      await stack.clients.s3.send(
        new PutObjectCommand({
          Bucket: stack.bucket,
          Key: keyOf(entry),
          Body: entry.bytes,
          Metadata: metadata,
          ...(entry.contentType ? { ContentType: entry.contentType } : {}),
        }),
      );
    }
    await stack.clients.s3.send(
      new PutObjectCommand({ Bucket: stack.bucket, Key: nextKey(), Body: NEXT_ARTICLE, Metadata: metadata }),
    );
    const expected = new Set([...corpus.map(keyOf), nextKey()]);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && new Set(outcomes.map((o) => o.key)).size < expected.size) await sleep(50);
    await stack.settle(Math.max(5_000, deadline - Date.now()));
  }, 120_000);

  afterAll(async () => {
    process.stdout.write = writeStdout;
    await stack?.stop();
    if (stack) await deleteTable(stack.clients.dynamodb, tableName);
  });

  it('the manifest has at least 30 cases and covers every failure reason bad input can cause', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(30);
    const reasons = new Set(manifest.map((entry) => entry.expect.reason).filter(Boolean));
    // CODER_ERROR is a bug in the coder, not a property of the input: test/integration/ingest-failures covers it.
    for (const reason of FAILURE_REASONS.filter((r) => r !== 'CODER_ERROR'))
      expect(reasons).toContain(reason);
  });

  it('the big fixtures are generated at test time and really are over the limit', () => {
    const big = corpus.filter((entry) => entry.bytes.byteLength > 5 * 1024 * 1024).map((entry) => entry.name);
    expect(big.sort()).toEqual(['over-limit-6mb', 'text-10mb']);
    for (const entry of manifest.filter((e) => 'file' in e.source)) {
      expect(corpus.find((c) => c.name === entry.name)?.bytes.byteLength).toBeLessThan(100 * 1024);
    }
  });

  it('every upload was accounted for exactly once, none dead-lettered, none retried', async () => {
    const keys = outcomes.map((outcome) => outcome.key).sort();
    expect(keys).toEqual([...corpus.map(keyOf), nextKey()].sort());
    expect(outcomes.filter((outcome) => outcome.reason === 'DEAD_LETTERED')).toEqual([]);
    // The DLQ is for transient errors: bad input never reaches it.
    const dlq = await readdir(stack.files.dlq).catch(() => [] as string[]);
    expect(dlq).toEqual([]);
    const retried = logLines.filter((line) => line.includes('SQS will retry'));
    expect(retried).toEqual([]);
  });

  for (const entry of manifest) {
    const wanted = entry.expect.reason ? `FAILED ${entry.expect.reason}` : entry.expect.status;
    it(`${entry.name}: ${wanted}, object kept`, async () => {
      const stored = await article(keyOf(entry));
      expect(stored, 'an Article item').toBeDefined();
      expect({ status: stored?.status, reason: stored?.reason ?? undefined }).toEqual({
        status: entry.expect.status,
        reason: entry.expect.reason,
      });
      const outcome = outcomes.find((o) => o.key === keyOf(entry));
      expect(outcome).toMatchObject({ status: entry.expect.status });

      const events = stored?.eventIds ?? [];
      if (entry.expect.status === 'FAILED') expect(events).toEqual([]);
      if (entry.expect.minEvents !== undefined)
        expect(events.length).toBeGreaterThanOrEqual(entry.expect.minEvents);
      if (entry.expect.maxEvents !== undefined)
        expect(events.length).toBeLessThanOrEqual(entry.expect.maxEvents);
      if (entry.expect.sameEventsAs) {
        const other = manifest.find((e) => e.name === entry.expect.sameEventsAs);
        const reference = other ? await article(keyOf(other)) : undefined;
        expect(events).toEqual(reference?.eventIds);
      }
      if (entry.expect.title !== undefined) expect(stored?.title).toBe(entry.expect.title);

      // Nothing is lost: the original object is still in the bucket, byte for byte the same size.
      const head = await stack.clients.s3.send(
        new HeadObjectCommand({ Bucket: stack.bucket, Key: keyOf(entry) }),
      );
      const bytes = corpus.find((c) => c.name === entry.name)?.bytes;
      expect(head.ContentLength).toBe(bytes?.byteLength);

      // Subscribers were told, once, with the same outcome.
      const id = articleIdForObject(stack.bucket, keyOf(entry));
      const told = changes.filter(
        (event) =>
          event['detail-type'].startsWith('Article ') && (event.detail.data as { id: string }).id === id,
      );
      expect(told.map((event) => event['detail-type'])).toEqual([
        entry.expect.status === 'FAILED' ? 'Article Failed' : 'Article Processed',
      ]);
    });
  }

  it('keeps processing: an article uploaded after the whole corpus is PROCESSED with events', async () => {
    const stored = await article(nextKey());
    expect(stored?.status).toBe('PROCESSED');
    expect(stored?.eventIds.length).toBeGreaterThan(0);
  });

  it('no article contributes more than the per-article cap, however often it repeats a sentence', async () => {
    const mentions: Array<{ articleId: string; sentences: number }> = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await doc.send(
        new ScanCommand({
          TableName: tableName,
          FilterExpression: '#type = :mention',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: { ':mention': 'Mention' },
          ExclusiveStartKey: start,
        }),
      );
      mentions.push(...((page.Items ?? []) as typeof mentions));
      start = page.LastEvaluatedKey;
    } while (start);
    const repeated = articleIdForObject(stack.bucket, `${stack.prefix}repeated.txt`);
    const ofRepeated = mentions.filter((mention) => mention.articleId === repeated);
    expect(ofRepeated.length).toBeGreaterThan(0);
    const total = (articleId: string) =>
      mentions.filter((m) => m.articleId === articleId).reduce((sum, m) => sum + m.sentences, 0);
    // 20,000 copies of one event sentence: counted up to the cap, not 20,000 times.
    expect(total(repeated)).toBe(EVENTS_PER_ARTICLE_CAP);
    for (const articleId of new Set(mentions.map((m) => m.articleId)))
      expect(total(articleId)).toBeLessThanOrEqual(EVENTS_PER_ARTICLE_CAP);
  });

  describe('security', () => {
    it('at info level the handlers log no article text and no credentials', () => {
      const logged = [...logLines, ...stackLog].join('\n');
      // The capture works: info lines of the ingest handler are there.
      expect(logLines.some((line) => line.includes('"article stored"'))).toBe(true);
      const texts = [
        NEXT_ARTICLE,
        ...corpus
          .filter((entry) => entry.bytes.byteLength < 100_000 && !entry.expect.reason)
          .map((entry) => Buffer.from(entry.bytes).toString('utf8')),
      ];
      const sentences = [...new Set(texts.flatMap(sentencesOf))];
      expect(sentences.length).toBeGreaterThan(20);
      const leaked = sentences.filter((sentence) => logged.includes(sentence.slice(0, 40)));
      expect(leaked).toEqual([]);
      for (const secret of ['secretAccessKey', 'S3RVER', 'X-Amz-Signature', 'Authorization'])
        expect(logged).not.toContain(secret);
    });

    it('the stack reports loopback endpoints, and the bucket does not answer on other interfaces', async () => {
      const s3 = new URL(stack.endpoints.s3);
      const dynamodb = new URL(stack.endpoints.dynamodb);
      expect(s3.hostname).toBe('127.0.0.1');
      expect(dynamodb.hostname).toBe('127.0.0.1');
      for (const address of externalAddresses()) {
        expect(await reachable(address, Number(s3.port)), `s3 on ${address}`).toBe(false);
      }
    });

    // local/dynamodb-local.ts binds 127.0.0.1 through its launcher (local/java), built with javac; on a JRE
    // alone it falls back to the jar on every interface, so this needs a JDK (CI installs one). Skipped where
    // the machine has no other interface to try.
    (externalAddresses().length === 0 ? it.skip : it)(
      'DynamoDB Local does not answer on other interfaces',
      async () => {
        const port = Number(new URL(stack.endpoints.dynamodb).port);
        for (const address of externalAddresses()) {
          expect(await reachable(address, port), `DynamoDB Local on ${address}:${port}`).toBe(false);
        }
      },
    );
  });
});

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
