import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractTgz } from '../../../local/tar';

const LONG = `${'deep/'.repeat(25)}DynamoDBLocal_lib/sqlite4java.jar`;

describe('extractTgz', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tar-unit-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  for (const format of ['gnu', 'pax', 'ustar'] as const) {
    it(`extracts the files under a prefix from a ${format} archive, long paths included`, async () => {
      const files = {
        'package/emulator/DynamoDBLocal.jar': 'jar bytes',
        [`package/emulator/${LONG}`]: 'lib',
        'package/README.md': 'skip',
      };
      for (const [name, body] of Object.entries(files)) {
        await mkdir(dirname(join(dir, 'src', name)), { recursive: true });
        await writeFile(join(dir, 'src', name), body);
      }
      const tgz = join(dir, 'pkg.tgz');
      execFileSync('tar', ['-czf', tgz, `--format=${format}`, '-C', join(dir, 'src'), 'package']);
      const count = await extractTgz(readFileSync(tgz), 'package/emulator/', join(dir, 'out'));
      expect(count).toBe(2);
      expect(await readFile(join(dir, 'out', 'DynamoDBLocal.jar'), 'utf8')).toBe('jar bytes');
      expect(await readFile(join(dir, 'out', LONG), 'utf8')).toBe('lib');
      expect(existsSync(join(dir, 'out', 'README.md'))).toBe(false);
    });
  }

  it('refuses entries that would land outside the destination', async () => {
    const header = Buffer.alloc(512);
    header.write('package/emulator/../../evil.txt', 0);
    header.write('0000644\0', 100);
    header.write(`${(4).toString(8).padStart(11, '0')}\0`, 124);
    header.write('0', 156);
    const archive = gzipSync(
      Buffer.concat([header, Buffer.from('evil'.padEnd(512, '\0')), Buffer.alloc(1024)]),
    );
    await expect(extractTgz(archive, 'package/emulator/', join(dir, 'out'))).rejects.toThrow(/outside/);
  });
});
