import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { CliError } from './cli-error';

export interface ArticleFile {
  path: string;
  key: string;
}

const walk = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    // Dotfiles (.DS_Store, .gitkeep) are never articles.
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
};

/**
 * Files and folders (recursively) to upload. A file becomes `<prefix><name>`; a folder's files keep
 * their path under the folder's name (`articles/2024/a.txt` -> `<prefix>articles/2024/a.txt`).
 */
export const collectArticleFiles = async (paths: string[], prefix: string): Promise<ArticleFile[]> => {
  const files: ArticleFile[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => {
      throw new CliError(`no such file or folder: ${path}`);
    });
    if (info.isDirectory()) {
      const root = resolve(path);
      const name = basename(root);
      for (const file of await walk(root)) {
        files.push({ path: file, key: `${prefix}${[name, ...relative(root, file).split(sep)].join('/')}` });
      }
    } else {
      files.push({ path, key: `${prefix}${basename(path)}` });
    }
  }
  const seen = new Map<string, string>();
  for (const file of files) {
    const other = seen.get(file.key);
    if (other !== undefined) {
      throw new CliError(`${file.path} and ${other} would both be stored as ${file.key}`, {
        hint: 'rename one of them, or ingest their folders instead of the files',
      });
    }
    seen.set(file.key, file.path);
  }
  if (files.length === 0) throw new CliError(`nothing to ingest in ${paths.join(', ')}`);
  return files;
};
