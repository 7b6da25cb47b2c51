import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, hasStackTrace, runCli } from './run-cli';

interface Evidence {
  sentence: string;
  start: number;
  end: number;
}
interface ExtractOutput {
  article: {
    id: string;
    format: string;
    text: string;
    title: string | null;
    publishedAt: string | null;
    url: string | null;
  };
  actors: Array<{ id: string; name: string }>;
  events: Array<{
    id: string;
    code: string;
    root: string;
    quadClass: number;
    date: string | null;
    source: { id: string; name: string; country: string | null };
    target: { id: string; name: string; country: string | null };
    evidence: Evidence;
  }>;
}

const parseOutput = (result: CliResult): ExtractOutput => {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as ExtractOutput;
};

/** What every extraction promises whatever the article: evidence points into the article text. */
const expectConsistent = (output: ExtractOutput): void => {
  expect(output.events.length).toBeGreaterThan(0);
  for (const event of output.events) {
    expect(event.code).toMatch(/^\d{3,4}$/);
    expect(event.code.startsWith(event.root)).toBe(true);
    expect([1, 2, 3, 4]).toContain(event.quadClass);
    expect(output.article.text.slice(event.evidence.start, event.evidence.end)).toBe(event.evidence.sentence);
  }
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsevents-e2e-extract-'));
  writeFileSync(
    join(dir, 'talks.txt'),
    'The foreign minister of Japan met his South Korean counterpart in Seoul on Friday, officials said.\n\n' +
      'China condemned the meeting and accused Japan of stoking tension in the region.\n',
  );
  // The 8-byte PNG signature and the start of an IHDR chunk: unmistakably binary.
  writeFileSync(
    join(dir, 'photo.txt'),
    Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
    ]),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newsevents extract', () => {
  it.each([
    ['samples/moscow-pyongyang-talks.txt', 'text'],
    ['samples/eu-sanctions-belarus.html', 'html'],
    ['samples/sudan-aid-convoy.json', 'json'],
  ])('prints one JSON object with events for %s', async (file, format) => {
    const output = parseOutput(await runCli(['extract', file]));
    expect(output.article.format).toBe(format);
    expectConsistent(output);
    // Every actor on an event is one of the extraction's actors.
    const actorIds = new Set(output.actors.map((actor) => actor.id));
    for (const event of output.events) {
      expect(actorIds.has(event.source.id)).toBe(true);
      expect(actorIds.has(event.target.id)).toBe(true);
    }
  });

  it('takes the title, URL and publication date from flags and anchors relative dates on it', async () => {
    const file = join(dir, 'talks.txt');
    const output = parseOutput(
      await runCli([
        'extract',
        file,
        '--published',
        '2024-05-20',
        '--title',
        'Tokyo and Seoul talk',
        '--url',
        'https://example.com/talks',
        '--compact',
      ]),
    );
    expect(output.article.publishedAt).toBe('2024-05-20');
    expect(output.article.title).toBe('Tokyo and Seoul talk');
    expect(output.article.url).toBe('https://example.com/talks');
    expectConsistent(output);
    // "on Friday" in an article of Monday 2024-05-20 is the Friday before, 2024-05-17.
    const meeting = output.events.find((event) => event.evidence.sentence.includes('met'));
    expect(meeting?.date).toBe('2024-05-17');
  });

  it('gives the same ids for the same file on every run', async () => {
    const [first, second] = await Promise.all([
      runCli(['extract', 'samples/india-pakistan-border.txt', '--compact']),
      runCli(['extract', 'samples/india-pakistan-border.txt', '--compact']),
    ]);
    const ids = (result: CliResult) => parseOutput(result).events.map((event) => event.id);
    expect(ids(first)).toEqual(ids(second));
  });

  it('fails with one line on stderr, no stack trace, when the file does not exist', async () => {
    const result = await runCli(['extract', join(dir, 'nope.txt')]);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^newsevents: no such file: .*nope\.txt/);
  });

  it('rejects a binary file with its reason code', async () => {
    const result = await runCli(['extract', join(dir, 'photo.txt')]);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^newsevents: .*UNSUPPORTED_TYPE/);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('shows the stack with DEBUG=newsevents', async () => {
    const result = await runCli(['extract', join(dir, 'photo.txt')], { env: { DEBUG: 'newsevents' } });
    expect(result.code).not.toBe(0);
    expect(hasStackTrace(result.stderr)).toBe(true);
  });

  it('rejects a malformed --published date naming the flag', async () => {
    const result = await runCli(['extract', join(dir, 'talks.txt'), '--published', '2024-02-30']);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--published');
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});
