import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';

const BLOCK = 512;
const gunzipAsync = promisify(gunzip);

const readString = (block: Buffer, start: number, length: number): string => {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? raw.length : end).toString('utf8');
};

const readOctal = (block: Buffer, start: number, length: number): number => {
  const text = readString(block, start, length).trim();
  return text === '' ? 0 : Number.parseInt(text, 8);
};

/** Pax extended headers ("len key=value\n" records) carry paths longer than the 100-byte name field. */
const paxPath = (data: Buffer): string | undefined => {
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    if (space === -1) break;
    const length = Number.parseInt(data.subarray(offset, space).toString('utf8'), 10);
    if (!Number.isFinite(length) || length <= 0) break;
    const record = data.subarray(space + 1, offset + length - 1).toString('utf8');
    const equals = record.indexOf('=');
    if (record.slice(0, equals) === 'path') return record.slice(equals + 1);
    offset += length;
  }
  return undefined;
};

/**
 * Extracts the regular files of a .tgz whose path starts with `prefix` into `destination`, the prefix removed.
 * A tiny reader instead of a dependency: npm tarballs only use ustar, pax and GNU long-name entries.
 */
export async function extractTgz(tgz: Buffer, prefix: string, destination: string): Promise<number> {
  const tar = await gunzipAsync(tgz);
  const root = normalize(destination);
  let offset = 0;
  let longName: string | undefined;
  let written = 0;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const size = readOctal(header, 124, 12);
    const type = String.fromCharCode(header[156] ?? 0);
    const ustarPrefix = readString(header, 257, 6) === 'ustar' ? readString(header, 345, 155) : '';
    const headerName = readString(header, 0, 100);
    const name = longName ?? (ustarPrefix ? `${ustarPrefix}/${headerName}` : headerName);
    const data = tar.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x' || type === 'L') {
      longName = type === 'x' ? paxPath(data) : readString(data, 0, data.length);
      continue;
    }
    longName = undefined;
    if ((type !== '0' && type !== '\0') || !name.startsWith(prefix)) continue;
    const target = normalize(join(root, name.slice(prefix.length)));
    // A hostile archive could name "../x": never write outside the destination.
    if (!target.startsWith(root + sep)) throw new Error(`refusing to extract ${name} outside ${destination}`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, data);
    written += 1;
  }
  return written;
}
