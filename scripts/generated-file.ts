import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Brings a generated, committed file up to date: writes `wanted` to `path` unless it already holds it,
 * or with `check` only reports. Returns whether the file was stale (missing counts as stale).
 */
export const syncGeneratedFile = (path: string, wanted: string, check: boolean): boolean => {
  let current: string | null = null;
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (current === wanted) return false;
  if (!check) writeFileSync(path, wanted);
  return true;
};
