import { open, stat } from 'node:fs/promises';

export interface Follower {
  stop(): Promise<void>;
}

/** Current size of a file, 0 when it does not exist yet: where a follower starts to see only new lines. */
export const sizeOf = async (path: string): Promise<number> =>
  (await stat(path).catch(() => undefined))?.size ?? 0;

/**
 * Calls `onLine` for every complete line appended to `path` after `offset`, like `tail -f`.
 * Polling rather than fs.watch: watch events are unreliable on network and container filesystems,
 * and a 100 ms poll is cheap. A file that shrinks (rotated, deleted) is read again from the start.
 */
export const followJsonLines = (
  path: string,
  offset: number,
  onLine: (value: unknown) => void,
  intervalMs = 100,
): Follower => {
  let position = offset;
  let partial = '';
  let running = true;
  const decoder = new TextDecoder();

  const readNew = async (): Promise<void> => {
    const size = await sizeOf(path);
    if (size < position) {
      position = 0;
      partial = '';
    }
    if (size === position) return;
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(size - position);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      position += bytesRead;
      partial += decoder.decode(buffer.subarray(0, bytesRead), { stream: true });
    } finally {
      await handle.close();
    }
    const lines = partial.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (line.trim() === '') continue;
      try {
        onLine(JSON.parse(line));
      } catch {
        // A line that is not JSON is not ours to interpret; skip it.
      }
    }
  };

  const loop = (async () => {
    while (running) {
      await readNew().catch(() => {});
      if (running) await new Promise((done) => setTimeout(done, intervalMs));
    }
    await readNew().catch(() => {});
  })();

  return {
    async stop() {
      running = false;
      await loop;
    },
  };
};
