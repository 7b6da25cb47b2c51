import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DynamoDbLocalError, ensureDynamoDbLocal, startDynamoDbLocal } from '../../../local/dynamodb-local';

/** The launcher's failures must say what to do; none of these cases starts a JVM. */
describe('startDynamoDbLocal failures', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('explains how to install Java when it is missing', async () => {
    process.env.PATH = '/nonexistent';
    const error = await startDynamoDbLocal({ cacheDir: '/nonexistent' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DynamoDbLocalError);
    expect(error).toMatchObject({
      code: 'JAVA_MISSING',
      message: expect.stringContaining('apt-get install openjdk-17-'),
    });
  });

  it('names a busy port instead of hanging', async () => {
    const server: Server = createServer();
    const port = await new Promise<number>((done) =>
      server.listen({ port: 0, host: '0.0.0.0' }, () => done((server.address() as { port: number }).port)),
    );
    try {
      await expect(startDynamoDbLocal({ port })).rejects.toMatchObject({
        code: 'PORT_IN_USE',
        message: expect.stringContaining(String(port)),
      });
    } finally {
      server.close();
    }
  });

  it('reports a failed download with the way out', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'ddb-cache-'));
    process.env.npm_config_registry = 'http://127.0.0.1:9/';
    process.env.npm_config_fetch_retries = '0';
    process.env.npm_config_offline = 'false';
    process.env.npm_config_cache = join(cacheDir, 'npm-cache');
    try {
      await expect(ensureDynamoDbLocal(cacheDir)).rejects.toMatchObject({
        code: 'DOWNLOAD_FAILED',
        message: expect.stringContaining('npm ping'),
      });
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});
