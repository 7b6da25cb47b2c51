import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { compilePattern, type EventMatcher, EventPatternError } from './pattern';

/**
 * The local subscribers file (by default .newsevents/subscribers.json). Relative paths are resolved
 * against the folder of the file; webhook secrets can stay out of it via `secretEnv`.
 */
const PatternSchema = z.record(z.string(), z.unknown()).superRefine((pattern, context) => {
  try {
    compilePattern(pattern);
  } catch (error) {
    if (!(error instanceof EventPatternError)) throw error;
    context.addIssue({ code: 'custom', message: error.message });
  }
});

const RetrySchema = z
  .object({
    /** Tries in all, the first included. */
    maxAttempts: z.number().int().min(1).max(20).default(6),
    baseDelayMs: z.number().int().min(1).max(60_000).default(200),
    maxDelayMs: z.number().int().min(1).max(600_000).default(10_000),
  })
  .strict();

const JsonlTargetSchema = z.object({ type: z.literal('jsonl'), path: z.string().min(1) }).strict();
const StdoutTargetSchema = z
  .object({ type: z.literal('stdout'), format: z.enum(['summary', 'json']).default('summary') })
  .strict();
const WebhookTargetSchema = z
  .object({
    type: z.literal('webhook'),
    url: z.url({ protocol: /^https?$/ }),
    /** Shared secret for X-Newsevents-Signature; or name an environment variable with `secretEnv`. */
    secret: z.string().min(8).optional(),
    secretEnv: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
      .optional(),
    headers: z.record(z.string(), z.string()).default({}),
    timeoutMs: z.number().int().min(10).max(120_000).default(5_000),
    retry: RetrySchema.default(RetrySchema.parse({})),
    /** Where undeliverable events go; default dead-letter/<subscriber name>.jsonl next to this file. */
    deadLetterPath: z.string().min(1).optional(),
  })
  .strict()
  .refine((target) => (target.secret === undefined) !== (target.secretEnv === undefined), {
    message: 'a webhook needs exactly one of secret or secretEnv',
  });

export const SubscriberSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'names use letters, digits, _ . - (at most 64)'),
    pattern: PatternSchema,
    target: z.discriminatedUnion('type', [JsonlTargetSchema, StdoutTargetSchema, WebhookTargetSchema]),
    enabled: z.boolean().default(true),
  })
  .strict();

export const SubscribersFileSchema = z
  .object({ $schema: z.string().optional(), subscribers: z.array(SubscriberSchema) })
  .strict()
  .refine((file) => new Set(file.subscribers.map((s) => s.name)).size === file.subscribers.length, {
    message: 'subscriber names must be unique',
  });
export type SubscribersFileInput = z.input<typeof SubscribersFileSchema>;

export type ResolvedTarget =
  | { type: 'jsonl'; path: string }
  | { type: 'stdout'; format: 'summary' | 'json' }
  | {
      type: 'webhook';
      url: string;
      secret: string;
      headers: Record<string, string>;
      timeoutMs: number;
      retry: { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };
      deadLetterPath: string;
    };

/** A subscriber ready to use: pattern compiled, paths absolute, secret resolved. */
export interface Subscriber {
  name: string;
  pattern: Record<string, unknown>;
  matches: EventMatcher;
  target: ResolvedTarget;
}

export class SubscribersConfigError extends Error {
  override readonly name = 'SubscribersConfigError';
}

export interface ResolveOptions {
  /** Folder relative paths are resolved against (the config file's folder). */
  baseDir: string;
  env?: Record<string, string | undefined>;
}

/** Validates a parsed subscribers document and resolves it; disabled subscribers are left out. */
export const parseSubscribersConfig = (input: unknown, options: ResolveOptions): Subscriber[] => {
  const parsed = SubscribersFileSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SubscribersConfigError(
      `subscribers: ${issue?.path.join('.') || '(file)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const env = options.env ?? process.env;
  const absolute = (path: string) => (isAbsolute(path) ? path : resolve(options.baseDir, path));
  return parsed.data.subscribers
    .filter((subscriber) => subscriber.enabled)
    .map((subscriber): Subscriber => {
      const { target } = subscriber;
      let resolved: ResolvedTarget;
      if (target.type === 'webhook') {
        const secret = target.secret ?? env[target.secretEnv ?? ''];
        if (!secret) {
          throw new SubscribersConfigError(
            `subscriber ${subscriber.name}: environment variable ${target.secretEnv} (its webhook secret) is not set`,
          );
        }
        resolved = {
          type: 'webhook',
          url: target.url,
          secret,
          headers: target.headers,
          timeoutMs: target.timeoutMs,
          retry: target.retry,
          deadLetterPath: absolute(target.deadLetterPath ?? `dead-letter/${subscriber.name}.jsonl`),
        };
      } else if (target.type === 'jsonl') {
        resolved = { type: 'jsonl', path: absolute(target.path) };
      } else {
        resolved = target;
      }
      return {
        name: subscriber.name,
        pattern: subscriber.pattern,
        matches: compilePattern(subscriber.pattern),
        target: resolved,
      };
    });
};

/** Reads and resolves a subscribers file. @throws SubscribersConfigError, with the file and the field at fault */
export const loadSubscribersFile = async (
  path: string,
  env: Record<string, string | undefined> = process.env,
): Promise<Subscriber[]> => {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new SubscribersConfigError(`cannot read subscribers file ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SubscribersConfigError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return parseSubscribersConfig(json, { baseDir: dirname(resolve(path)), env });
  } catch (error) {
    if (error instanceof SubscribersConfigError)
      throw new SubscribersConfigError(`${path}: ${error.message}`);
    throw error;
  }
};

/** What a fresh local stack starts with: every change event appended to changes.jsonl (what `tail` follows). */
export const defaultSubscribersFile = (changesFileName = 'changes.jsonl'): SubscribersFileInput => ({
  subscribers: [
    {
      name: 'changes',
      pattern: { source: ['newsevents'] },
      target: { type: 'jsonl', path: changesFileName },
    },
  ],
});
