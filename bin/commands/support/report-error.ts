import { CliError } from './cli-error';

/** `DEBUG=newsevents` (or `DEBUG=*`) shows stacks; users otherwise see one line per problem. */
export const debugEnabled = (env: NodeJS.ProcessEnv = process.env): boolean =>
  (env.DEBUG ?? '')
    .split(/[\s,]+/)
    .some((name) => name === '*' || name === 'newsevents' || name.startsWith('newsevents:'));

const isArticleError = (error: unknown): error is Error & { reason: string; detail?: string } =>
  error instanceof Error &&
  error.name === 'ArticleError' &&
  typeof (error as { reason?: unknown }).reason === 'string';

/** Node's own error codes carry the cause a user can act on (ENOENT, EACCES, EADDRINUSE). */
const systemMessage = (error: NodeJS.ErrnoException): string | undefined => {
  const where = error.path ? `: ${error.path}` : '';
  switch (error.code) {
    case 'ENOENT':
      return `no such file or directory${where}`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied${where}`;
    case 'EISDIR':
      return `is a directory, expected a file${where}`;
    case 'EADDRINUSE': {
      const port = (error as { port?: number }).port;
      return `address already in use${port === undefined ? '' : ` (port ${port})`}`;
    }
    default:
      return undefined;
  }
};

/**
 * Errors from the local runtime that explain themselves (busy port, missing Java, bad subscribers file):
 * the user needs their message and hint, not a stack.
 */
const USER_FACING = new Set([
  'CliError',
  'LocalStackError',
  'LocalConfigError',
  'DynamoDbLocalError',
  'SubscribersConfigError',
  'EventPatternError',
]);

const hintOf = (error: unknown): string | undefined => {
  const hint = (error as { hint?: unknown } | null)?.hint;
  return typeof hint === 'string' && hint !== '' ? hint : undefined;
};

/** Turns any error into the lines the user sees, whether it is a known user error, and the exit code. */
export const describeError = (error: unknown): { lines: string[]; exitCode: number; expected: boolean } => {
  if (isArticleError(error)) {
    // The reason code first: scripts and people both key on it (UNSUPPORTED_TYPE, NO_TEXT, ...).
    return {
      lines: [`cannot read the article (${error.reason}): ${error.detail ?? error.message}`],
      exitCode: 1,
      expected: true,
    };
  }
  if (error instanceof Error) {
    const hint = hintOf(error);
    const system = systemMessage(error as NodeJS.ErrnoException);
    return {
      lines: [system ?? error.message, ...(hint ? [`hint: ${hint}`] : [])],
      exitCode: error instanceof CliError ? error.exitCode : 1,
      expected: USER_FACING.has(error.name) || system !== undefined,
    };
  }
  return { lines: [String(error)], exitCode: 1, expected: false };
};

export const reportError = (error: unknown, stderr: NodeJS.WritableStream = process.stderr): number => {
  const { lines, exitCode, expected } = describeError(error);
  const [first = 'unknown error', ...rest] = lines;
  stderr.write(`newsevents: ${first}\n`);
  for (const line of rest) stderr.write(`  ${line}\n`);
  if (debugEnabled() && error instanceof Error && error.stack) {
    stderr.write(`${error.stack}\n`);
    if (error.cause instanceof Error)
      stderr.write(`caused by: ${error.cause.stack ?? error.cause.message}\n`);
  }
  // Unexpected failures are bugs: say how to get the detail a bug report needs.
  else if (!expected) stderr.write('  (run with DEBUG=newsevents for the stack trace)\n');
  return exitCode;
};
