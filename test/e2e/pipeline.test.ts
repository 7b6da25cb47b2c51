import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, repoRoot, runCli } from './run-cli';

// Each test starts a real in-memory stack through the CLI (one DynamoDB Local JVM each): keep them few.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsevents-e2e-pipeline-'));
  const articles = join(dir, 'articles');
  mkdirSync(join(articles, 'nested'), { recursive: true });
  writeFileSync(
    join(articles, 'nested', 'summit.txt'),
    "BEIJING, May 14, 2024 (Newswire) - China's foreign minister met his Brazilian counterpart in Beijing on Tuesday, the foreign ministry said.\n\n" +
      'Brazil signed an agreement with China to expand soybean exports, officials said.\n',
  );
  // A gzip header and deflate noise: an upload that is not an article at all.
  writeFileSync(
    join(articles, 'archive.txt'),
    Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0xed, 0xc1, 0x01, 0x0d]),
  );
  // Dotfiles are never articles.
  writeFileSync(join(articles, '.DS_Store'), 'x');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newsevents ingest (no dev running: an in-memory stack in the CLI process)', () => {
  it('prints one JSON line per article with its outcome, and exits 0 though one article failed', async () => {
    // A data dir of our own, so a developer's running `newsevents dev` is never used by the test.
    const result = await runCli(
      ['ingest', join(dir, 'articles'), '--json', '--data-dir', join(dir, 'data')],
      {
        timeoutMs: 120_000,
      },
    );
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    const results = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const byKey = new Map(results.map((entry) => [entry.key, entry]));
    expect([...byKey.keys()].sort()).toEqual([
      'inbox/articles/archive.txt',
      'inbox/articles/nested/summit.txt',
    ]);

    const good = byKey.get('inbox/articles/nested/summit.txt');
    expect(good).toMatchObject({ status: 'PROCESSED' });
    expect(good?.events).toBeGreaterThan(0);
    expect(good?.articleId).toMatch(/^art-[0-9a-f]+$/);
    expect(good?.reason).toBeUndefined();

    expect(byKey.get('inbox/articles/archive.txt')).toMatchObject({
      status: 'FAILED',
      reason: 'UNSUPPORTED_TYPE',
      events: 0,
    });
    // Nothing is kept by an in-memory run.
    expect(existsSync(join(dir, 'data', 'dynamodb'))).toBe(false);
  });

  it('fails with a clear message when a path does not exist, before starting anything', async () => {
    const result = await runCli(['ingest', join(dir, 'missing'), '--data-dir', join(dir, 'data')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no such file or folder');
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});

describe('npm run demo', () => {
  it('processes the bundled samples end to end, prints events and change events, and exits 0', async () => {
    const result = await runCli(['demo'], { timeoutMs: 120_000, cwd: repoRoot });
    expect(result.code, result.stderr).toBe(0);
    const samples = readdirSync(join(repoRoot, 'samples')).filter((name) => !name.startsWith('.'));
    // A section per sample article, with its event table.
    for (const sample of samples) expect(result.stdout).toContain(`samples/${sample}:`);
    expect(result.stdout).toMatch(/^DATE\s+SOURCE\s+EVENT\s+TARGET\s+EVIDENCE$/m);
    // Rows: a date (or ?), then a CAMEO code in the EVENT column.
    expect(result.stdout).toMatch(/^(\d{4}-\d{2}-\d{2}|\?)\s+.+\s\d{3,4}\s/m);
    const delivered = /change events delivered by the bus \((\d+)\)/.exec(result.stdout);
    expect(Number(delivered?.[1])).toBeGreaterThan(0);
    expect(result.stdout).toMatch(/^\s+Event Created\s/m);
    expect(result.stdout).toMatch(/^\s+Article Processed\s/m);
    expect(result.stdout).toMatch(/\d+ articles \(\d+ processed, 0 failed\)/);
  });
});
