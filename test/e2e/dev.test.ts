import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningCli, runCli, startCli } from './run-cli';

/**
 * One `newsevents dev` (one DynamoDB Local) serves every test here, as a user would run it: other
 * commands in other processes find it through <data-dir>/dev.json.
 */
describe('newsevents dev with ingest, tail and query in other processes', () => {
  let dir: string;
  let dataDir: string;
  let dev: RunningCli;
  let articleId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsevents-e2e-dev-'));
    dataDir = join(dir, 'data');
    writeFileSync(
      join(dir, 'talks.txt'),
      "ANKARA, Sept. 3, 2024 (Newswire) - Turkey's foreign minister met his Iranian counterpart in Ankara on Tuesday, the ministry said.\n\n" +
        'Iran accused Israel of violating its airspace, the Iranian foreign ministry said.\n',
    );
    // Ports 0: free ports, so the test never collides with a developer's own `newsevents dev`.
    dev = startCli(['dev', '--data-dir', dataDir, '--port-dynamodb', '0', '--port-s3', '0']);
    await dev.waitFor('stdout', /Ctrl-C to stop/, 90_000);
  });
  afterAll(async () => {
    await dev?.stop('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints where things listen and writes the state file other commands read', () => {
    const banner = dev.output().stdout;
    expect(banner).toMatch(/DynamoDB Local\s+http:\/\/127\.0\.0\.1:\d+/);
    expect(banner).toMatch(/S3 \(s3rver\)\s+http:\/\/127\.0\.0\.1:\d+\s+bucket newsevents-inbox/);
    expect(banner).toContain('subscribers');
    const state = JSON.parse(readFileSync(join(dataDir, 'dev.json'), 'utf8')) as {
      pid: number;
      inMemory: boolean;
    };
    expect(state.inMemory).toBe(false);
    expect(state.pid).toBeGreaterThan(0);
  });

  it('ingest uses the running stack; tail and dev see the change events', async () => {
    const tail = startCli([
      'tail',
      '--json',
      '--data-dir',
      dataDir,
      '--pattern',
      '{"detail-type":["Article Processed"]}',
    ]);
    try {
      // tail is following once it has read the state file; give it that moment.
      await new Promise((done) => setTimeout(done, 1_500));
      const ingest = await runCli(['ingest', join(dir, 'talks.txt'), '--json', '--data-dir', dataDir]);
      expect(ingest.code, ingest.stderr).toBe(0);
      const result = JSON.parse(ingest.stdout.trim()) as {
        key: string;
        articleId: string;
        status: string;
        events: number;
      };
      expect(result).toMatchObject({ key: 'inbox/talks.txt', status: 'PROCESSED' });
      expect(result.events).toBeGreaterThan(0);
      articleId = result.articleId;

      const tailed = await tail.waitFor('stdout', /Article Processed/, 20_000);
      const events = tailed
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      // The pattern let through only what it names.
      expect(events.every((event) => event['detail-type'] === 'Article Processed')).toBe(true);
      expect((events[0]?.detail as { data?: { id: string } } | undefined)?.data?.id).toBe(articleId);
      await dev.waitFor('stdout', /ingested inbox\/talks\.txt/, 10_000);
    } finally {
      await tail.stop();
    }
  });

  it('query reads the running stack', async () => {
    const article = await runCli(['query', 'article', articleId, '--json', '--data-dir', dataDir]);
    expect(article.code, article.stderr).toBe(0);
    const parsed = JSON.parse(article.stdout) as {
      article: { id: string; status: string };
      events: unknown[];
    };
    expect(parsed.article).toMatchObject({ id: articleId, status: 'PROCESSED' });
    expect(parsed.events.length).toBeGreaterThan(0);

    const events = await runCli([
      'query',
      'events',
      '--from',
      '2024-09-01',
      '--to',
      '2024-09-30',
      '--json',
      '--data-dir',
      dataDir,
    ]);
    expect(events.code, events.stderr).toBe(0);
    const lines = events.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { date: string | null });
    expect(lines.length).toBeGreaterThan(0);
    for (const event of lines) expect(event.date).toMatch(/^2024-09-/);
  });

  it('a second dev on the same data dir is refused with the fix', async () => {
    const second = await runCli(['dev', '--data-dir', dataDir]);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/already running .*\(pid \d+\)/);
    expect(second.stderr).toContain('hint:');
  });

  it('stops cleanly on Ctrl-C and removes its state file', async () => {
    expect(await dev.stop('SIGINT')).toBe(0);
    expect(dev.output().stderr).toContain('newsevents dev: stopped');
    expect(existsSync(join(dataDir, 'dev.json'))).toBe(false);
    // The data stays for the next run.
    expect(existsSync(join(dataDir, 'dynamodb'))).toBe(true);
  });
});
