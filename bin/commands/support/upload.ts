import { readFile } from 'node:fs/promises';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { ArticleOutcome } from '../../../local/stack';
import type { ArticleFile } from './article-files';
import { contentTypeFor } from './article-input';
import { CliError } from './cli-error';
import type { Pipeline } from './pipeline';

/** One line of `ingest --json`: the interface scripts rely on (DESIGN.md). */
export interface IngestResult {
  key: string;
  articleId: string;
  status: 'PROCESSED' | 'FAILED';
  reason?: string;
  events: number;
}

export const toIngestResult = (outcome: ArticleOutcome): IngestResult => ({
  key: outcome.key,
  articleId: outcome.articleId,
  status: outcome.status,
  ...(outcome.reason ? { reason: outcome.reason } : {}),
  events: outcome.events,
});

export interface WaitOptions {
  timeoutMs: number;
  /** Called as each article settles, in the order they settle. */
  onSettled?: (outcome: ArticleOutcome) => void;
  /** Deliveries at once. */
  concurrency?: number;
}

/**
 * Calls `deliver` for every key (an upload, a copy in place) and resolves with one outcome per key, in
 * the order given, once each article is PROCESSED or FAILED. Listening starts before the first delivery,
 * so no outcome can be missed.
 */
export const deliverAndWait = async (
  pipeline: Pipeline,
  keys: string[],
  deliver: (key: string) => Promise<void>,
  options: WaitOptions,
): Promise<ArticleOutcome[]> => {
  const pending = new Set(keys);
  const outcomes = new Map<string, ArticleOutcome>();
  let wake: () => void = () => {};
  const allSettled = new Promise<void>((done) => {
    wake = done;
  });
  const unwatch = await pipeline.watchOutcomes((outcome) => {
    if (outcome.bucket !== pipeline.bucket || !pending.has(outcome.key)) return;
    pending.delete(outcome.key);
    outcomes.set(outcome.key, outcome);
    options.onSettled?.(outcome);
    if (pending.size === 0) wake();
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    const queue = [...keys];
    const workers = Array.from({ length: Math.min(options.concurrency ?? 8, keys.length) }, async () => {
      for (let key = queue.shift(); key !== undefined; key = queue.shift()) await deliver(key);
    });
    await Promise.all(workers);
    const timedOut = new Promise<never>((_, fail) => {
      timer = setTimeout(() => {
        const left = [...pending];
        fail(
          new CliError(
            `${left.length} article(s) not processed within ${options.timeoutMs / 1000} s: ${left.slice(0, 5).join(', ')}${left.length > 5 ? ', ...' : ''}`,
            {
              hint: 'the pipeline may be busy or stuck: check the dev terminal and the dead-letter folder, or pass a longer --timeout',
            },
          ),
        );
      }, options.timeoutMs);
    });
    if (pending.size > 0) await Promise.race([allSettled, timedOut]);
  } finally {
    if (timer) clearTimeout(timer);
    await unwatch();
  }
  return keys.map((key) => outcomes.get(key) as ArticleOutcome);
};

/** Uploads every file to the pipeline's bucket and waits for each article's outcome. */
export const uploadAndWait = (
  pipeline: Pipeline,
  files: ArticleFile[],
  options: WaitOptions,
): Promise<ArticleOutcome[]> => {
  const byKey = new Map(files.map((file) => [file.key, file.path]));
  return deliverAndWait(
    pipeline,
    files.map((file) => file.key),
    async (key) => {
      const path = byKey.get(key) ?? '';
      const contentType = contentTypeFor(path);
      await pipeline.s3.send(
        new PutObjectCommand({
          Bucket: pipeline.bucket,
          Key: key,
          Body: await readFile(path),
          ...(contentType ? { ContentType: contentType } : {}),
        }),
      );
    },
    options,
  );
};
