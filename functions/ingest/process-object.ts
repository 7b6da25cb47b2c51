import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { S3Client } from '@aws-sdk/client-s3';
import { desiredMentions } from '../../adapters/dynamodb/ingest-plan';
import type { IngestStore, Outcome } from '../../adapters/dynamodb/ingest-store';
import { stableIdFor } from '../../adapters/s3/object-id';
import { headObject, readObjectCapped } from '../../adapters/s3/object-reader';
import { ArticleError, articleIdFor } from '../../core/article';
import { type Actor, ActorSchema } from '../../core/model/actor';
import type { ArticleRecord, FailureReason } from '../../core/model/article';
import { EventSchema } from '../../core/model/event';
import type { ArticleInput, Clock, Coder, Extraction } from '../../core/ports';
import type { ObjectRef } from './notification';

export interface ObjectResult {
  articleId: string;
  /** DUPLICATE: already stored from this very object and coder version; MISSING: the object is gone. */
  status: 'PROCESSED' | 'FAILED' | 'DUPLICATE' | 'MISSING';
  reason?: FailureReason;
  events: number;
  extractMs?: number;
}

export interface ProcessDeps {
  s3: S3Client;
  store: IngestStore;
  coder: Coder;
  clock: Clock;
  maxArticleBytes: number;
  logger: Logger;
}

const sha256 = (value: Uint8Array | string): string => createHash('sha256').update(value).digest('hex');

/** Same object bytes (by ETag and size), same coder, same limit: the stored result cannot differ. */
const fingerprintOf = (eTag: string | null, size: number, coderVersion: string, maxBytes: number): string =>
  sha256(JSON.stringify([eTag, size, coderVersion, maxBytes])).slice(0, 32);

/** Kept here too because local/stack.ts imports it from this module. */
export { stableIdFor };

const TERMINAL = new Set(['PROCESSED', 'FAILED']);

interface Coded {
  extraction?: Extraction;
  failure?: { reason: FailureReason; detail: string };
  objectHash: string | null;
  fingerprint: string;
  extractMs?: number;
}

/** The user-facing S3 metadata an uploader may set (x-amz-meta-title etc.) becomes coder hints. */
const hintsFrom = (metadata: Record<string, string>): Partial<ArticleInput> => {
  const hints: Partial<ArticleInput> = {};
  if (metadata.title) hints.title = metadata.title;
  if (metadata.url) hints.url = metadata.url;
  if (metadata.source) hints.source = metadata.source;
  if (metadata.published) hints.published = metadata.published;
  return hints;
};

/**
 * One S3 object -> one Article item (PROCESSED or FAILED) and its mentions, events and actors.
 * Bad input ends as FAILED with a reason and returns normally; only infrastructure errors (S3, DynamoDB,
 * a lost claim) throw, so the queue retries them and parks them in the DLQ if they persist.
 */
export async function processObject(ref: ObjectRef, deps: ProcessDeps): Promise<ObjectResult> {
  const { store, coder, maxArticleBytes } = deps;
  const stableId = stableIdFor(ref.bucket, ref.key);
  const articleId = articleIdFor(stableId);
  // Correlation keys on every line; a child logger per record would not do, records run in parallel.
  const keys = { bucket: ref.bucket, key: ref.key, articleId };
  const logger = {
    info: (message: string, extra: Record<string, unknown> = {}) =>
      deps.logger.info(message, { ...keys, ...extra }),
    warn: (message: string, extra: Record<string, unknown> = {}) =>
      deps.logger.warn(message, { ...keys, ...extra }),
  };

  const [existing, head] = await Promise.all([
    store.getArticle(articleId),
    headObject(deps.s3, ref.bucket, ref.key),
  ]);
  if (!head) {
    logger.warn('object no longer exists; nothing to ingest');
    return { articleId, status: 'MISSING', events: 0 };
  }
  const headFingerprint = fingerprintOf(head.eTag, head.size, coder.version, maxArticleBytes);
  if (existing && TERMINAL.has(existing.status) && existing.fingerprint === headFingerprint) {
    logger.info('duplicate delivery: already stored', { status: existing.status });
    return { articleId, status: 'DUPLICATE', events: existing.eventIds.length };
  }

  const claim = await store.claim(
    articleId,
    existing,
    { bucket: ref.bucket, key: ref.key },
    deps.clock.now().toISOString(),
  );
  const coded = await readAndCode(ref, head, stableId, deps);
  if (!coded) {
    logger.warn('object deleted while being ingested; left RECEIVED');
    return { articleId, status: 'MISSING', events: 0 };
  }

  const now = deps.clock.now().toISOString();
  const extraction = coded.extraction;
  const article = extraction?.article;
  const mentions = desiredMentions(extraction?.events ?? []);
  const record: ArticleRecord = {
    id: articleId,
    bucket: ref.bucket,
    key: ref.key,
    status: coded.failure ? 'FAILED' : 'PROCESSED',
    reason: coded.failure?.reason ?? null,
    detail: coded.failure ? coded.failure.detail.slice(0, 1000) : null,
    title: article?.title ?? null,
    publishedAt: article?.publishedAt ?? null,
    source: article?.source ?? null,
    url: article?.url ?? null,
    contentHash: article?.contentHash ?? null,
    coderVersion: coder.version,
    eventIds: [...mentions.keys()].sort(),
    updatedAt: now,
  };
  const outcome: Outcome = {
    record,
    fingerprint: coded.fingerprint,
    objectHash: coded.objectHash,
    mentions,
    actors: extraction?.actors ?? [],
    context: {
      articleId,
      contentHash: article?.contentHash ?? '',
      source: article?.source ?? null,
      now,
    },
  };
  const written = await store.commit(claim, outcome);
  const result: ObjectResult = {
    articleId,
    status: record.status as 'PROCESSED' | 'FAILED',
    events: mentions.size,
  };
  if (record.reason) result.reason = record.reason;
  if (coded.extractMs !== undefined) result.extractMs = coded.extractMs;
  logger.info('article stored', {
    status: record.status,
    reason: record.reason,
    events: mentions.size,
    ...written,
  });
  return result;
}

async function readAndCode(
  ref: ObjectRef,
  head: NonNullable<Awaited<ReturnType<typeof headObject>>>,
  stableId: string,
  deps: ProcessDeps,
): Promise<Coded | null> {
  const { coder, maxArticleBytes } = deps;
  const tooLarge = (size: number) => ({
    failure: {
      reason: 'TOO_LARGE' as const,
      detail: `${size} bytes exceeds the limit of ${maxArticleBytes}`,
    },
    objectHash: null,
    fingerprint: fingerprintOf(head.eTag, head.size, coder.version, maxArticleBytes),
  });
  // Checked before any byte is downloaded: a 2 GB upload must cost one HEAD, not a function's memory.
  if (head.size > maxArticleBytes) return tooLarge(head.size);
  const read = await readObjectCapped(deps.s3, ref.bucket, ref.key, maxArticleBytes);
  if (read.kind === 'missing') return null;
  if (read.kind === 'too-large') return tooLarge(read.seenBytes);

  const objectHash = sha256(read.bytes);
  const fingerprint = fingerprintOf(
    read.eTag ?? head.eTag,
    read.bytes.byteLength,
    coder.version,
    maxArticleBytes,
  );
  const input: ArticleInput = {
    bytes: read.bytes,
    id: stableId,
    fileName: basename(ref.key),
    ...hintsFrom(head.metadata),
  };
  if (head.contentType) input.contentType = head.contentType;
  if (head.lastModified) input.objectTime = head.lastModified;
  const started = performance.now();
  try {
    const extraction = validated(coder.extract(input));
    return { extraction, objectHash, fingerprint, extractMs: performance.now() - started };
  } catch (error) {
    const extractMs = performance.now() - started;
    if (error instanceof ArticleError) {
      return { failure: { reason: error.reason, detail: error.detail }, objectHash, fingerprint, extractMs };
    }
    // A coder bug on one article must not block the queue: record it, keep the object, move on.
    deps.logger.error('coder failed unexpectedly', {
      bucket: ref.bucket,
      key: ref.key,
      articleId: articleIdFor(stableId),
      error: error as Error,
    });
    return {
      failure: {
        reason: 'CODER_ERROR',
        detail: `${(error as Error).name}: ${(error as Error).message}`.slice(0, 500),
      },
      objectHash,
      fingerprint,
      extractMs,
    };
  }
}

/** The store trusts nothing: an extraction that breaks the model is the coder's error, not a retryable one. */
function validated(extraction: Extraction): Extraction {
  const events = extraction.events.map((event) => EventSchema.parse(event));
  const actors: Actor[] = extraction.actors.map((actor) => ActorSchema.parse(actor));
  return { ...extraction, events, actors };
}
