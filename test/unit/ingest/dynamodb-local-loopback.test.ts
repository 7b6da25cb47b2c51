import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  CreateTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  PutItemCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  type DynamoDbLocal,
  ensureDynamoDbLocal,
  ensureLoopbackLauncher,
  startDynamoDbLocal,
} from '../../../local/dynamodb-local';
import { externalAddresses, reachable } from '../../support/network';

/**
 * The launcher's two modes, each on its own JVM with real SDK clients: the loopback launcher (built with
 * javac) must behave as DynamoDB Local, streams included, while refusing other interfaces; without javac
 * the plain jar must still start and the fallback must be announced with its fix.
 */
const hasJavac = spawnSync('javac', ['-version'], { stdio: 'ignore' }).status === 0;
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const started: DynamoDbLocal[] = [];

afterAll(async () => {
  await Promise.all(started.map((dynamo) => dynamo.stop()));
});

describe('DynamoDB Local launcher', () => {
  it.skipIf(!hasJavac)('runs the loopback launcher when javac exists, streams included', async () => {
    const dynamo = await startDynamoDbLocal({ inMemory: true });
    started.push(dynamo);
    expect(dynamo.bindAddress).toBe('127.0.0.1');
    expect(new URL(dynamo.endpoint).hostname).toBe('127.0.0.1');
    for (const address of externalAddresses()) {
      expect(await reachable(address, dynamo.port), `${address}:${dynamo.port}`).toBe(false);
    }

    const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials });
    const streams = new DynamoDBStreamsClient({
      endpoint: dynamo.endpoint,
      region: 'us-east-1',
      credentials,
    });
    try {
      const created = await client.send(
        new CreateTableCommand({
          TableName: 'loopback',
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
          StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
        }),
      );
      await waitUntilTableExists({ client, maxWaitTime: 30 }, { TableName: 'loopback' });
      await client.send(
        new PutItemCommand({
          TableName: 'loopback',
          Item: { pk: { S: 'article#1' }, headline: { S: 'Talks resume in Geneva' } },
        }),
      );

      const streamArn = created.TableDescription?.LatestStreamArn;
      expect(streamArn).toBeTruthy();
      const described = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
      const shardId = described.StreamDescription?.Shards?.[0]?.ShardId;
      expect(shardId).toBeTruthy();
      const { ShardIterator } = await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shardId,
          ShardIteratorType: 'TRIM_HORIZON',
        }),
      );
      const { Records } = await streams.send(new GetRecordsCommand({ ShardIterator }));
      expect(Records?.map((record) => [record.eventName, record.dynamodb?.NewImage?.headline?.S])).toEqual([
        ['INSERT', 'Talks resume in Geneva'],
      ]);
    } finally {
      client.destroy();
      streams.destroy();
    }
  });

  it('falls back to the plain jar without javac, says so once, and still answers', async () => {
    // A cache of its own (sharing the extracted jar) so no launcher compiled earlier is found.
    const home = await ensureDynamoDbLocal();
    const cacheDir = await mkdtemp(join(tmpdir(), 'ddb-nojavac-'));
    await symlink(home, join(cacheDir, basename(home)));
    const javac = join(cacheDir, 'no-such-javac');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await ensureLoopbackLauncher(home, cacheDir, javac)).toEqual({
        reason: expect.stringContaining('no-such-javac'),
      });
      const dynamo = await startDynamoDbLocal({ inMemory: true, cacheDir, javac });
      started.push(dynamo);
      expect(dynamo.bindAddress).toBe('0.0.0.0');
      const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials });
      await expect(client.send(new ListTablesCommand({}))).resolves.toMatchObject({ TableNames: [] });
      client.destroy();
      // The probe the loopback test relies on does see a port open on every interface.
      for (const address of externalAddresses()) {
        expect(await reachable(address, dynamo.port), `${address}:${dynamo.port}`).toBe(true);
      }

      const warnings = stderr.mock.calls
        .map(([text]) => String(text))
        .filter((text) => /DynamoDB Local/.test(text));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('EVERY interface');
      expect(warnings[0]).toContain('apt-get install openjdk-17-jdk-headless');
    } finally {
      stderr.mockRestore();
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});
