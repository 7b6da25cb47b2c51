import { randomUUID } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deleteTable } from '../../adapters/dynamodb/table';
import { pipelineFromStack } from '../../bin/commands/support/pipeline';
import { recodeArticles } from '../../bin/commands/support/recode-articles';
import type { ArticleInput, Coder, Extraction } from '../../core/ports';
import type { BusEvent } from '../../local/bus/bus-event';
import { loadLocalConfig } from '../../local/config';
import { type ArticleOutcome, type LocalStack, startLocalStack } from '../../local/stack';
import { createTestCoder } from './fixtures/test-coder';

const ARTICLE = [
  'MOSCOW (Wire) — Sergey Lavrov visited North Korea on Monday for talks on trade and transport.',
  'Washington condemned Russia over the trip, a State Department official said.',
  'Washington imposed sanctions on North Korea on Tuesday, targeting two shipping firms.',
  'Lavrov visited North Korea again on the way back from Beijing, officials said.',
].join('\n\n');

/** A coder that can be swapped mid-test, as if the code had been changed and the stack kept running. */
const switchableCoder = (initial: Coder): Coder & { use(next: Coder): void } => {
  let current = initial;
  return {
    get version() {
      return current.version;
    },
    extract: (input: ArticleInput) => current.extract(input),
    use(next) {
      current = next;
    },
  };
};

/** The test coder with some codes left out and, optionally, one mention per event: an "older coder". */
const variant = (version: string, options: { without: string; firstMentionOnly: boolean }): Coder => {
  const base = createTestCoder(version);
  return {
    version,
    extract(input): Extraction {
      const extraction = base.extract(input);
      const events = extraction.events
        .filter((event) => event.code !== options.without)
        .map((event) =>
          options.firstMentionOnly ? { ...event, mentions: event.mentions.slice(0, 1) } : event,
        );
      return { ...extraction, events };
    },
  };
};

const countByType = (events: BusEvent[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const event of events) counts[event['detail-type']] = (counts[event['detail-type']] ?? 0) + 1;
  return counts;
};

describe('local stack: S3 notification -> ingest -> DynamoDB stream -> bus', () => {
  const coder = switchableCoder(variant('coder-A', { without: '163', firstMentionOnly: true }));
  const tableName = `stack-${randomUUID().slice(0, 8)}`;
  let stack: LocalStack;
  const changes: BusEvent[] = [];
  const outcomes: ArticleOutcome[] = [];

  beforeAll(async () => {
    stack = await startLocalStack(loadLocalConfig({ inMemory: true, tableName }), {
      dynamodbEndpoint: inject('dynamoEndpoint'),
      coder,
    });
    stack.onChange((event) => changes.push(event));
    stack.onOutcome((outcome) => outcomes.push(outcome));
  });
  afterAll(async () => {
    await stack?.stop();
    if (stack) await deleteTable(stack.clients.dynamodb, tableName);
  });

  const put = (key: string, body: string | Uint8Array) =>
    stack.clients.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body }));
  const outcomeFor = async (key: string): Promise<ArticleOutcome> => {
    for (let waited = 0; waited < 20_000; waited += 50) {
      const found = outcomes.find((outcome) => outcome.key === key);
      if (found) return found;
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error(`no outcome for ${key}`);
  };

  it('processes an upload and a binary file, and delivers their change events', async () => {
    await put('inbox/lavrov.txt', ARTICLE);
    await put(
      'inbox/scan.txt',
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff, 0xfe]),
    );
    // Outside the articles prefix: not an article, as with the cloud bucket's notification filter.
    await put('exports/report.txt', ARTICLE);

    expect(await outcomeFor('inbox/lavrov.txt')).toMatchObject({
      status: 'PROCESSED',
      events: 2,
      duplicate: false,
    });
    expect(await outcomeFor('inbox/scan.txt')).toMatchObject({
      status: 'FAILED',
      reason: 'UNSUPPORTED_TYPE',
    });
    await stack.settle();

    expect(outcomes.map((outcome) => outcome.key).sort()).toEqual(['inbox/lavrov.txt', 'inbox/scan.txt']);
    const counts = countByType(changes);
    expect(counts['Event Created']).toBe(2);
    expect(counts['Article Processed']).toBe(1);
    expect(counts['Article Failed']).toBe(1);
    const created = changes.filter((event) => event['detail-type'] === 'Event Created');
    expect(created.map((event) => (event.detail.data as { code: string }).code).sort()).toEqual([
      '042',
      '111',
    ]);
  });

  it('recode applies what a new coder version changes, and only that', async () => {
    coder.use(variant('coder-B', { without: '111', firstMentionOnly: false }));
    changes.length = 0;

    const report = await recodeArticles(pipelineFromStack(stack), { timeoutMs: 30_000 });

    const lavrov = report.rows.find((row) => row.key === 'inbox/lavrov.txt');
    expect(lavrov).toMatchObject({ status: 'PROCESSED', recoded: true, eventsBefore: 2, events: 2 });
    // The binary file fails the same way with any coder, but the new version still looked at it.
    expect(report.rows.find((row) => row.key === 'inbox/scan.txt')).toMatchObject({ status: 'FAILED' });

    const byCode = (type: string) =>
      changes
        .filter((event) => event['detail-type'] === type)
        .map((event) => (event.detail.data as { code: string }).code)
        .sort();
    expect(byCode('Event Created')).toEqual(['163']);
    expect(byCode('Event Retracted')).toEqual(['111']);
    // Same visit, now with both sentences that report it: a corroboration, not a new event.
    expect(byCode('Event Updated')).toEqual(['042']);
    expect(report.changes['Event Created']).toBe(1);
    expect(report.changes['Event Retracted']).toBe(1);
  });

  it('a second recode with the same coder changes and publishes nothing', async () => {
    changes.length = 0;
    const report = await recodeArticles(pipelineFromStack(stack), { timeoutMs: 30_000 });
    expect(report.rows.every((row) => !row.recoded)).toBe(true);
    expect(changes).toEqual([]);
    expect(report.changes).toEqual({});
  });
});
