import { CopyObjectCommand, HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { createQueries } from '../../../adapters/dynamodb/queries';
import type { BusEvent } from '../../../local/bus/bus-event';
import type { ArticleOutcome } from '../../../local/stack';
import type { Pipeline } from './pipeline';
import { deliverAndWait } from './upload';

export interface RecodeRow {
  key: string;
  articleId: string;
  status: 'PROCESSED' | 'FAILED';
  reason?: string;
  eventsBefore: number;
  events: number;
  /** False when the article was already coded by this coder version (the pipeline left it alone). */
  recoded: boolean;
}

export interface RecodeReport {
  rows: RecodeRow[];
  /** Change events the bus delivered during the run, by detail-type. */
  changes: Record<string, number>;
}

/** How long the bus of another process must stay quiet before its change events are counted as complete. */
const QUIET_MS = 1_500;

export const listArticleKeys = async (pipeline: Pipeline): Promise<string[]> => {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await pipeline.s3.send(
      new ListObjectsV2Command({
        Bucket: pipeline.bucket,
        Prefix: pipeline.prefix,
        ContinuationToken: token,
      }),
    );
    for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return keys;
};

/**
 * A copy in place fires the same ObjectCreated notification as an upload, so the article goes through
 * the very path a new upload takes: same bytes and ETag, and only the coder version decides whether
 * the handler codes it again.
 */
const copyInPlace = async (pipeline: Pipeline, key: string): Promise<void> => {
  const head = await pipeline.s3.send(new HeadObjectCommand({ Bucket: pipeline.bucket, Key: key }));
  // S3 refuses a copy onto itself that changes nothing; REPLACE with the same metadata is allowed.
  await pipeline.s3.send(
    new CopyObjectCommand({
      Bucket: pipeline.bucket,
      Key: key,
      CopySource: `${pipeline.bucket}/${key.split('/').map(encodeURIComponent).join('/')}`,
      MetadataDirective: 'REPLACE',
      ...(head.ContentType ? { ContentType: head.ContentType } : {}),
      ...(head.Metadata ? { Metadata: head.Metadata } : {}),
    }),
  );
};

export const recodeArticles = async (
  pipeline: Pipeline,
  options: {
    timeoutMs: number;
    /** Called once the articles are listed, with how many there are. */
    onStart?: (total: number) => void;
    onSettled?: (outcome: ArticleOutcome) => void;
  },
): Promise<RecodeReport> => {
  const keys = await listArticleKeys(pipeline);
  if (keys.length === 0) return { rows: [], changes: {} };
  options.onStart?.(keys.length);
  const queries = createQueries(pipeline.dynamodb, pipeline.tableName);
  const before = new Map<string, number>();
  for (const key of keys) {
    before.set(key, (await queries.getArticleByObject(pipeline.bucket, key))?.eventIds.length ?? 0);
  }
  const changes: Record<string, number> = {};
  let lastChange = Date.now();
  const unwatch = await pipeline.watchChanges((event: BusEvent) => {
    lastChange = Date.now();
    changes[event['detail-type']] = (changes[event['detail-type']] ?? 0) + 1;
  });
  let outcomes: ArticleOutcome[];
  try {
    outcomes = await deliverAndWait(pipeline, keys, (key) => copyInPlace(pipeline, key), {
      timeoutMs: options.timeoutMs,
      ...(options.onSettled ? { onSettled: options.onSettled } : {}),
    });
    if (pipeline.stack) {
      await pipeline.stack.settle();
    } else {
      // Another process publishes: wait until its bus has been quiet for a moment.
      const deadline = Date.now() + 30_000;
      while (Date.now() - lastChange < QUIET_MS && Date.now() < deadline) {
        await new Promise((done) => setTimeout(done, 200));
      }
    }
  } finally {
    await unwatch();
  }
  return {
    rows: outcomes.map((outcome) => ({
      key: outcome.key,
      articleId: outcome.articleId,
      status: outcome.status,
      ...(outcome.reason ? { reason: outcome.reason } : {}),
      eventsBefore: before.get(outcome.key) ?? 0,
      events: outcome.events,
      recoded: !outcome.duplicate,
    })),
    changes,
  };
};
