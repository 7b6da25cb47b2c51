import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectArticleFiles } from '../../../bin/commands/support/article-files';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsevents-files-'));
  mkdirSync(join(dir, 'wire', '2024', '.git'), { recursive: true });
  writeFileSync(join(dir, 'wire', 'a.txt'), 'a');
  writeFileSync(join(dir, 'wire', '2024', 'b c.html'), 'b');
  writeFileSync(join(dir, 'wire', '.DS_Store'), 'x');
  writeFileSync(join(dir, 'wire', '2024', '.git', 'HEAD'), 'x');
  writeFileSync(join(dir, 'a.txt'), 'other a');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('collectArticleFiles', () => {
  it('walks folders recursively under the folder name, skipping dotfiles and dot-folders', async () => {
    const files = await collectArticleFiles([join(dir, 'wire')], 'inbox/');
    expect(files.map((file) => file.key)).toEqual(['inbox/wire/2024/b c.html', 'inbox/wire/a.txt']);
    expect(files[0]?.path).toBe(join(dir, 'wire', '2024', 'b c.html'));
  });

  it('refuses two files that would get the same key', async () => {
    await expect(
      collectArticleFiles([join(dir, 'a.txt'), join(dir, 'wire', 'a.txt')], 'inbox/'),
    ).rejects.toThrow(/would both be stored as inbox\/a\.txt/);
  });

  it('names the path that does not exist', async () => {
    await expect(collectArticleFiles([join(dir, 'nope')], '')).rejects.toThrow(
      /no such file or folder: .*nope/,
    );
  });
});
