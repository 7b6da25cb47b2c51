import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { encodeS3EventKey } from '../adapters/s3/event-keys';

/** The part of s3rver's API used here (the package ships no types). */
interface S3rverRecord {
  eventName: string;
  eventTime: string;
  s3: { bucket: { name: string }; object: { key: string; size?: number; eTag?: string; sequencer?: string } };
}
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
  on(event: 'event', listener: (event: { Records: S3rverRecord[] }) => void): void;
}
type S3rverConstructor = new (options: Record<string, unknown>) => S3rverInstance;
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverConstructor;

export interface S3LocalOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Buckets to create; default ['newsevents-articles']. */
  buckets?: string[];
  /** Where objects are kept; default a fresh temporary folder, removed on stop. */
  directory?: string;
  region?: string;
}

/** An S3 event notification exactly as S3 sends it to SQS (the SQS message body). */
export interface S3EventNotification {
  Records: Array<{
    eventVersion: string;
    eventSource: 'aws:s3';
    awsRegion: string;
    eventTime: string;
    eventName: string;
    userIdentity: { principalId: string };
    requestParameters: { sourceIPAddress: string };
    responseElements: { 'x-amz-request-id': string; 'x-amz-id-2': string };
    s3: {
      s3SchemaVersion: '1.0';
      configurationId: string;
      bucket: { name: string; ownerIdentity: { principalId: string }; arn: string };
      object: { key: string; size?: number; eTag?: string; sequencer?: string };
    };
  }>;
}

export interface S3Local {
  endpoint: string;
  port: number;
  buckets: string[];
  /** The first bucket, where articles go. */
  bucket: string;
  region: string;
  /** A new SDK v3 client configured for this server (path style, dummy credentials, no default checksums). */
  createClient(): S3Client;
  /** Every ObjectCreated notification, shaped like real S3 -> SQS bodies; returns an unsubscribe function. */
  onNotification(listener: (notification: S3EventNotification) => void): () => void;
  stop(): Promise<void>;
}

const LOCAL_ACCOUNT = 'A1LOCALNEWSEVENTS';

/** Converts s3rver's event to what real S3 sends: key URL-encoded (space as "+"), schema 2.1, real ARN. */
export function toS3Notification(record: S3rverRecord, region: string): S3EventNotification {
  const object: S3EventNotification['Records'][number]['s3']['object'] = {
    key: encodeS3EventKey(record.s3.object.key),
  };
  if (record.s3.object.size !== undefined) object.size = record.s3.object.size;
  if (record.s3.object.eTag !== undefined) object.eTag = record.s3.object.eTag;
  object.sequencer = record.s3.object.sequencer ?? Date.now().toString(16).toUpperCase();
  const requestId = randomBytes(8).toString('hex').toUpperCase();
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: region,
        eventTime: new Date(record.eventTime || Date.now()).toISOString(),
        eventName: record.eventName,
        userIdentity: { principalId: `AWS:${LOCAL_ACCOUNT}` },
        requestParameters: { sourceIPAddress: '127.0.0.1' },
        responseElements: {
          'x-amz-request-id': requestId,
          'x-amz-id-2': createHash('sha256').update(requestId).digest('base64'),
        },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'newsevents-ingest',
          bucket: {
            name: record.s3.bucket.name,
            ownerIdentity: { principalId: LOCAL_ACCOUNT },
            arn: `arn:aws:s3:::${record.s3.bucket.name}`,
          },
          object,
        },
      },
    ],
  };
}

/** s3rver on loopback: the local bucket, whose in-process events play the part of S3 -> SQS notifications. */
export async function startS3Local(options: S3LocalOptions = {}): Promise<S3Local> {
  const buckets = options.buckets ?? ['newsevents-articles'];
  const region = options.region ?? 'us-east-1';
  const ownsDirectory = options.directory === undefined;
  const directory = options.directory ?? (await mkdtemp(join(tmpdir(), 'newsevents-s3-')));
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port ?? 0,
    silent: true,
    directory,
    configureBuckets: buckets.map((name) => ({ name })),
  });
  let address: AddressInfo;
  try {
    address = await server.run();
  } catch (error) {
    if (ownsDirectory) await rm(directory, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'EADDRINUSE'
        ? `Port ${options.port} is already in use: stop the other local S3 (or "newsevents dev") or choose another port.`
        : `Could not start the local S3: ${(error as Error).message}`,
    );
  }
  const listeners = new Set<(notification: S3EventNotification) => void>();
  server.on('event', (event) => {
    for (const record of event.Records) {
      if (!record.eventName.startsWith('ObjectCreated:')) continue;
      const notification = toS3Notification(record, region);
      for (const listener of listeners) listener(notification);
    }
  });
  const endpoint = `http://127.0.0.1:${address.port}`;
  return {
    endpoint,
    port: address.port,
    buckets,
    bucket: buckets[0] ?? 'newsevents-articles',
    region,
    createClient: () =>
      new S3Client({
        endpoint,
        region,
        forcePathStyle: true,
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
        // s3rver predates the SDK's default CRC32 checksums and rejects or mangles them.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      }),
    onNotification: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: async () => {
      listeners.clear();
      await server.close();
      if (ownsDirectory) await rm(directory, { recursive: true, force: true });
    },
  };
}
