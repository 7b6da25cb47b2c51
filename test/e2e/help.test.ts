import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from './run-cli';

const COMMANDS = ['extract', 'demo', 'dev', 'ingest', 'tail', 'query', 'recode'];

describe.concurrent('newsevents --help', () => {
  it('lists every command', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it.each([...COMMANDS, 'query events', 'query actor', 'query article'])(
    'documents `%s`',
    async (command) => {
      const result = await runCli([...command.split(' '), '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: newsevents ${command}`);
      expect(result.stderr).toBe('');
    },
  );

  it('fails on an unknown command without a stack trace', async () => {
    const result = await runCli(['frobnicate']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("unknown command 'frobnicate'");
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});
