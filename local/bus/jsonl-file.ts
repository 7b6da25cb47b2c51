import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

const tails = new Map<string, Promise<void>>();

/**
 * Appends one JSON document as one line. Appends to the same file are chained, so lines never
 * interleave and they land in call order even when deliveries run concurrently.
 */
export const appendJsonLine = (path: string, value: unknown): Promise<void> => {
  const line = `${JSON.stringify(value)}\n`;
  const previous = tails.get(path) ?? Promise.resolve();
  const next = previous.then(async () => {
    await mkdir(dirname(path), { recursive: true });
    await appendFile(path, line, 'utf8');
  });
  const settled = next.catch(() => {});
  tails.set(path, settled);
  void settled.then(() => {
    if (tails.get(path) === settled) tails.delete(path);
  });
  return next;
};
