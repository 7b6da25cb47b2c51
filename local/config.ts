import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';

/** Port 0 asks the launcher for a free port: in-process stacks (ingest, demo, tests) use it. */
const PortSchema = z.number().int().min(0).max(65535);

/** Well-known ports of `newsevents dev`, so SDK scripts and other terminals can find it. */
export const DEFAULT_DEV_PORTS = { dynamodb: 8000, s3: 4568 } as const;

export const LocalConfigSchema = z
  .object({
    /** Everything local lives here: DynamoDB data, bucket files, jar cache, DLQ, state file. */
    dataDir: z.string().min(1).default('.newsevents'),
    /** A throwaway run: DynamoDB Local -inMemory and the bucket in a temporary folder. */
    inMemory: z.boolean().default(false),
    /** Local services never listen beyond this machine. */
    host: z.literal('127.0.0.1').default('127.0.0.1'),
    dynamodbPort: PortSchema.default(0),
    s3Port: PortSchema.default(0),
    tableName: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{3,255}$/)
      .default('newsevents'),
    bucket: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name')
      .default('newsevents-inbox'),
    /** Uploads under this prefix are articles, as in the cloud bucket's notification filter. */
    prefix: z.string().default('inbox/'),
    /** Where the DynamoDB Local download is kept; default the checkout's .newsevents/cache, whatever dataDir is. */
    cacheDir: z.string().min(1).optional(),
    /** Subscribers of the local bus (JSONL files, stdout, webhooks); created with defaults if missing. */
    subscribersFile: z.string().optional(),
    /** How often the stream poller asks DynamoDB Local for new records. */
    pollIntervalMs: z.number().int().min(10).max(60_000).default(200),
    /** Ingest attempts before an article's notification goes to the local DLQ folder. */
    maxAttempts: z.number().int().min(1).max(20).default(3),
  })
  .strict();

export type LocalConfigInput = z.input<typeof LocalConfigSchema>;

export interface LocalPaths {
  dataDir: string;
  /** DynamoDB Local -dbPath (persistent runs only). */
  dynamodbDir: string;
  /** s3rver's directory (persistent runs only; in-memory runs use a temporary folder). */
  s3Dir: string;
  /** Downloaded DynamoDB Local jar: kept across in-memory runs so only the first run fetches it. */
  cacheDir: string;
  dlqDir: string;
  subscribersFile: string;
  /** The JSONL subscriber every default configuration has: `tail` follows it. */
  changesFile: string;
  /** Written by `dev` so other commands can find the running stack. */
  stateFile: string;
}

export type LocalConfig = z.output<typeof LocalConfigSchema> & { paths: LocalPaths };

/**
 * The jar cache belongs to the checkout, not to a data dir: a throwaway --data-dir (tests, experiments)
 * must not download DynamoDB Local again. Same folder as local/dynamodb-local.ts's default.
 */
const CHECKOUT_CACHE_DIR = resolve(import.meta.dirname, '..', '.newsevents', 'cache');

/** Validates once, resolves every path against `cwd`, and fails with the field that is wrong. */
export const loadLocalConfig = (input: LocalConfigInput = {}, cwd = process.cwd()): LocalConfig => {
  const parsed = LocalConfigSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LocalConfigError(`${issue?.path.join('.') || 'config'}: ${issue?.message ?? 'invalid'}`);
  }
  const config = parsed.data;
  const dataDir = isAbsolute(config.dataDir) ? config.dataDir : resolve(cwd, config.dataDir);
  return {
    ...config,
    paths: {
      dataDir,
      dynamodbDir: join(dataDir, 'dynamodb'),
      s3Dir: join(dataDir, 's3'),
      cacheDir: config.cacheDir ? resolve(cwd, config.cacheDir) : CHECKOUT_CACHE_DIR,
      dlqDir: join(dataDir, 'dlq'),
      subscribersFile: config.subscribersFile
        ? resolve(cwd, config.subscribersFile)
        : join(dataDir, 'subscribers.json'),
      changesFile: join(dataDir, 'changes.jsonl'),
      stateFile: join(dataDir, 'dev.json'),
    },
  };
};

export class LocalConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalConfigError';
  }
}
