import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '../..');
const shim = join(repoRoot, 'bin/newsevents.mjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI exactly as `npx newsevents ...` would: a fresh Node process on the bin shim. */
export const runCli = (
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<CliResult> =>
  new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [shim, ...args], {
      cwd: options.cwd ?? repoRoot,
      // A clean DEBUG so no test sees stack traces it did not ask for.
      env: { ...process.env, DEBUG: '', NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`newsevents ${args.join(' ')} timed out\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });

/** A stack trace has lines like "    at foo (file.ts:1:2)". */
export const hasStackTrace = (text: string): boolean => /^\s+at\s.+:\d+:\d+\)?$/m.test(text);

export interface RunningCli {
  /** Resolves once the text so far matches `pattern`; rejects if the process exits first or time runs out. */
  waitFor(stream: 'stdout' | 'stderr', pattern: RegExp, timeoutMs?: number): Promise<string>;
  output(): { stdout: string; stderr: string };
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** A long-running command (dev, tail), observed while it runs. */
export const startCli = (args: string[], options: { cwd?: string } = {}): RunningCli => {
  const child = spawn(process.execPath, [shim, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, DEBUG: '', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const text = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    text.stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    text.stderr += chunk;
  });
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return {
    async waitFor(stream, pattern, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(text[stream])) {
        if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${text.stderr}`);
        if (Date.now() > deadline)
          throw new Error(`timed out waiting for ${pattern}:\n${text.stdout}\n${text.stderr}`);
        await new Promise((done) => setTimeout(done, 100));
      }
      return text[stream];
    },
    output: () => ({ ...text }),
    async stop(signal = 'SIGINT') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
};
