import { readFile, stat } from 'node:fs/promises';
import { basename, extname, relative, resolve, sep } from 'node:path';
import type { ArticleInput } from '../../../core/ports';
import { CliError } from './cli-error';

const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.json': 'application/json',
};

export const contentTypeFor = (path: string): string | undefined =>
  CONTENT_TYPES[extname(path).toLowerCase()];

export interface ArticleFlags {
  published?: string;
  title?: string;
  url?: string;
  source?: string;
}

/**
 * The id is the path relative to the working directory, not the absolute path, so the same
 * checkout gives the same article and event ids on every machine.
 */
export const stableIdFor = (path: string, cwd = process.cwd()): string => {
  const absolute = resolve(cwd, path);
  const fromCwd = relative(cwd, absolute);
  const id = fromCwd.startsWith('..') ? absolute : fromCwd;
  return id.split(sep).join('/');
};

export const readArticleInput = async (path: string, flags: ArticleFlags): Promise<ArticleInput> => {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new CliError(`no such file: ${path}`);
    throw new CliError(`cannot read ${path}: ${error.code ?? error.message}`);
  });
  if (info.isDirectory()) throw new CliError(`${path} is a directory; extract takes one file`);
  const bytes = new Uint8Array(await readFile(path));
  const contentType = contentTypeFor(path);
  return {
    bytes,
    id: stableIdFor(path),
    fileName: basename(path),
    objectTime: info.mtime,
    ...(contentType === undefined ? {} : { contentType }),
    ...(flags.published === undefined ? {} : { published: flags.published }),
    ...(flags.title === undefined ? {} : { title: flags.title }),
    ...(flags.url === undefined ? {} : { url: flags.url }),
    ...(flags.source === undefined ? {} : { source: flags.source }),
  };
};
