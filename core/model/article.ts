import { z } from 'zod';
import { DatePrecisionSchema, IdSchema, IsoDateSchema, IsoTimestampSchema, NameSchema } from './common';

export const ARTICLE_FORMATS = ['text', 'html', 'json'] as const;
export const ARTICLE_STATUSES = ['RECEIVED', 'PROCESSED', 'FAILED'] as const;
export const FAILURE_REASONS = [
  'TOO_LARGE',
  'UNSUPPORTED_TYPE',
  'UNDECODABLE',
  'NO_TEXT',
  'CODER_ERROR',
] as const;
export const FailureReasonSchema = z.enum(FAILURE_REASONS);
export type FailureReason = z.infer<typeof FailureReasonSchema>;

export const DatelineSchema = z.object({
  place: NameSchema,
  /** Offsets of the dateline in `text`, so it can be shown or skipped. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** The article after decoding and cleaning: the text every evidence offset points into. */
export const ArticleSchema = z.object({
  id: IdSchema,
  format: z.enum(ARTICLE_FORMATS),
  title: NameSchema.nullable(),
  text: z.string(),
  publishedAt: IsoDateSchema.nullable(),
  publishedPrecision: DatePrecisionSchema.nullable(),
  publishedFrom: z
    .enum(['option', 'metadata', 'json', 'html-meta', 'dateline', 'text', 'object-time'])
    .nullable(),
  url: z.url().nullable(),
  source: NameSchema.nullable(),
  language: z.string().min(2).max(8).nullable(),
  dateline: DatelineSchema.nullable(),
  contentHash: z.string().regex(/^[a-f0-9]{64}$/, 'sha-256 hex'),
  sentenceCount: z.number().int().nonnegative(),
});
export type Article = z.infer<typeof ArticleSchema>;

/** What the store keeps about an uploaded object, whatever became of it. */
export const ArticleRecordSchema = z.object({
  id: IdSchema,
  bucket: z.string().min(1),
  key: z.string().min(1),
  status: z.enum(ARTICLE_STATUSES),
  reason: FailureReasonSchema.nullable(),
  detail: z.string().max(1000).nullable(),
  title: NameSchema.nullable(),
  publishedAt: IsoDateSchema.nullable(),
  source: NameSchema.nullable(),
  url: z.url().nullable(),
  contentHash: z.string().nullable(),
  coderVersion: z.string().nullable(),
  eventIds: z.array(IdSchema),
  updatedAt: IsoTimestampSchema,
});
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;
