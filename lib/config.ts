import { z } from 'zod';

/** CloudWatch Logs accepts only these retention periods; anything else fails at deploy time, so fail at synth. */
const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

/** Context values arrive as strings from `-c key=value` and as JSON numbers from cdk.json. */
const integer = (min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value),
    z
      .number({ error: `must be a whole number between ${min} and ${max}` })
      .int({ error: `must be a whole number between ${min} and ${max}` })
      .min(min, { error: `must be at least ${min}` })
      .max(max, { error: `must be at most ${max}` }),
  );

/** `-c notificationEmail=` (empty) means "not set", not "invalid". */
const optionalEmail = z.preprocess(
  (value) => (value === '' || value === null ? undefined : value),
  z.email({ error: 'must be an e-mail address such as ops@example.com' }).optional(),
);

const ConfigSchema = z
  .object({
    stage: z
      .string({ error: 'is required (e.g. -c stage=dev or -c stage=prod)' })
      .regex(/^[a-z][a-z0-9-]{0,19}$/, {
        error: 'must start with a lowercase letter and hold only a-z, 0-9 and "-" (at most 20 characters)',
      }),
    busName: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,256}$/, { error: 'must hold only letters, digits, ".", "_" and "-"' })
      .refine((name) => name !== 'default', { error: 'cannot be "default" (that is the account bus)' })
      .default('newsevents'),
    removalPolicy: z.enum(['destroy', 'retain'], { error: 'must be "destroy" or "retain"' }).optional(),
    logRetentionDays: integer(1, 3653)
      .refine((days) => (LOG_RETENTION_DAYS as readonly number[]).includes(days), {
        error: `must be one of CloudWatch's retention periods: ${LOG_RETENTION_DAYS.join(', ')}`,
      })
      .default(30),
    archiveRetentionDays: integer(1, 3650).default(90),
    noncurrentVersionDays: integer(1, 3650).default(30),
    notificationEmail: optionalEmail,
    alarmEmail: optionalEmail,
    // S3 accepts 5 TB; the ingest function holds an article in memory, so cap well under its memory size.
    maxArticleBytes: integer(1024, 100 * 1024 * 1024).default(5 * 1024 * 1024),
    maxReceiveCount: integer(1, 1000).default(5),
    // The coder's limits (functions/ingest/config.ts checks the same bounds at cold start).
    maxEventsPerArticle: integer(1, 10_000).default(500),
    maxSentenceChars: integer(100, 20_000).default(2000),
  })
  .refine((config) => config.stage === 'dev' || config.removalPolicy !== 'destroy', {
    path: ['removalPolicy'],
    error: (issue) =>
      `"destroy" is only allowed in the dev stage; stage ${JSON.stringify((issue.input as { stage?: unknown }).stage)} keeps its data (RETAIN and deletion protection)`,
    // Report this together with unrelated mistakes instead of one round-trip per mistake.
    when: (payload) => {
      const input = payload.value as { stage?: unknown; removalPolicy?: unknown };
      return typeof input.stage === 'string' && input.removalPolicy === 'destroy';
    },
  });

type ParsedConfig = z.output<typeof ConfigSchema>;

export interface NewsEventsConfig extends Omit<ParsedConfig, 'removalPolicy'> {
  removalPolicy: 'destroy' | 'retain';
  /** Deletion protection and RETAIN go together: everything but dev keeps its data. */
  protectData: boolean;
}

/** Every context key the app reads; anything else in context (feature flags) is CDK's business. */
export const CONFIG_KEYS = Object.keys(ConfigSchema.shape) as (keyof ParsedConfig)[];

/** Defaults a reader can see in cdk.json; a test keeps that file and this schema in step. */
export const CONFIG_DEFAULTS = ConfigSchema.parse({ stage: 'dev' });

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid CDK context:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const describe = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));

/**
 * Reads and validates the app's context once; everything downstream receives typed values.
 * `readContext` is `app.node.tryGetContext` in the app and a plain lookup in tests.
 */
export const loadConfig = (readContext: (key: string) => unknown): NewsEventsConfig => {
  const raw = Object.fromEntries(CONFIG_KEYS.map((key) => [key, readContext(key)]));
  const result = ConfigSchema.safeParse(raw);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const key = issue.path.join('.') || '(context)';
        const got = issue.path.length > 0 ? raw[String(issue.path[0])] : undefined;
        return `${key} ${issue.message} (got ${describe(got)}; set it with -c ${key}=...)`;
      }),
    );
  }
  const removalPolicy = result.data.removalPolicy ?? (result.data.stage === 'dev' ? 'destroy' : 'retain');
  return { ...result.data, removalPolicy, protectData: result.data.stage !== 'dev' };
};
