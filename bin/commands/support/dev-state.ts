import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/** What `dev` tells other commands (and other terminals) about the stack it runs. */
export const DevStateSchema = z.object({
  pid: z.number().int().positive(),
  startedAt: z.string(),
  inMemory: z.boolean(),
  dataDir: z.string(),
  endpoints: z.object({ dynamodb: z.url(), s3: z.url() }),
  region: z.string(),
  tableName: z.string(),
  bucket: z.string(),
  prefix: z.string(),
  changesFile: z.string(),
  resultsFile: z.string(),
  subscribersFile: z.string(),
  dlqDir: z.string(),
});
export type DevState = z.infer<typeof DevStateSchema>;

export const writeDevState = (file: string, state: DevState): void => {
  writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
};

export const removeDevState = (file: string, pid = process.pid): void => {
  // Only the owner removes it: a second `dev` that failed to start must not orphan the first.
  const state = readDevStateFile(file);
  if (state?.pid === pid) rmSync(file, { force: true });
};

const readDevStateFile = (file: string): DevState | undefined => {
  try {
    const parsed = DevStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
};

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; it is alive all the same.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The running dev stack, or undefined when there is none (no file, stale file, dead process). */
export const findRunningDev = (file: string): DevState | undefined => {
  const state = readDevStateFile(file);
  return state && isAlive(state.pid) ? state : undefined;
};
