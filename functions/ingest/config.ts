import { z } from 'zod';
import type { CoderOptions } from '../../core/coder';

export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/** The coder's own defaults, repeated so the deployed value is visible in the environment schema. */
export const DEFAULT_MAX_EVENTS_PER_ARTICLE = 500;
export const DEFAULT_MAX_SENTENCE_CHARS = 2000;

/** The function's environment, validated once per container: a bad deploy fails loudly at cold start. */
export const IngestEnvSchema = z.object({
  TABLE_NAME: z.string().min(3).max(255),
  MAX_ARTICLE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(DEFAULT_MAX_ARTICLE_BYTES),
  /** A runaway article (a list, a table of figures) cannot flood the store with events. */
  MAX_EVENTS_PER_ARTICLE: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_MAX_EVENTS_PER_ARTICLE),
  /** Longer sentences are cut; below 100 characters ordinary sentences would be split mid-clause. */
  MAX_SENTENCE_CHARS: z.coerce.number().int().min(100).max(20_000).default(DEFAULT_MAX_SENTENCE_CHARS),
  POWERTOOLS_SERVICE_NAME: z.string().default('ingest'),
  POWERTOOLS_METRICS_NAMESPACE: z.string().default('newsevents'),
});
export type IngestEnv = z.infer<typeof IngestEnvSchema>;

export class IngestConfigError extends Error {
  constructor(issues: string[]) {
    super(`invalid ingest environment: ${issues.join('; ')}`);
    this.name = 'IngestConfigError';
  }
}

export function readIngestEnv(env: NodeJS.ProcessEnv = process.env): IngestEnv {
  const parsed = IngestEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new IngestConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  return parsed.data;
}

/** The coder's limits from the environment; the byte limit too, so the coder never refuses what S3 let in. */
export const coderOptionsOf = (env: IngestEnv): CoderOptions => ({
  maxEvents: env.MAX_EVENTS_PER_ARTICLE,
  article: { maxBytes: env.MAX_ARTICLE_BYTES, maxSentenceChars: env.MAX_SENTENCE_CHARS },
});
