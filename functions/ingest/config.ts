import { z } from 'zod';

export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** The function's environment, validated once per container: a bad deploy fails loudly at cold start. */
export const IngestEnvSchema = z.object({
  TABLE_NAME: z.string().min(3).max(255),
  MAX_ARTICLE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(DEFAULT_MAX_ARTICLE_BYTES),
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
