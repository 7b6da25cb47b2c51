import type { Readable } from 'node:stream';
import {
  GetObjectCommand,
  type GetObjectCommandOutput,
  HeadObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';

export interface ObjectHead {
  size: number;
  eTag: string | null;
  contentType: string | null;
  lastModified: Date | null;
  /** User metadata (x-amz-meta-*), lower-cased keys: lets an uploader pass title, url, source, published. */
  metadata: Record<string, string>;
}

const isNotFound = (error: unknown): boolean => {
  const name = (error as { name?: string }).name;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return name === 'NotFound' || name === 'NoSuchKey' || status === 404;
};

/** `null` when the object is gone (deleted after the notification was sent). */
export async function headObject(client: S3Client, bucket: string, key: string): Promise<ObjectHead | null> {
  try {
    const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return {
      size: head.ContentLength ?? 0,
      eTag: head.ETag ?? null,
      contentType: head.ContentType ?? null,
      lastModified: head.LastModified ?? null,
      metadata: head.Metadata ?? {},
    };
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

export type ReadResult =
  | { kind: 'ok'; bytes: Uint8Array; eTag: string | null }
  | { kind: 'too-large'; seenBytes: number }
  | { kind: 'missing' };

/**
 * Streams the body and stops as soon as it passes `maxBytes`: the HEAD size can be stale (the object was
 * replaced in between) and a body is never trusted to be the size announced.
 */
export async function readObjectCapped(
  client: S3Client,
  bucket: string,
  key: string,
  maxBytes: number,
): Promise<ReadResult> {
  let response: GetObjectCommandOutput;
  try {
    response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  } catch (error) {
    if (isNotFound(error)) return { kind: 'missing' };
    throw error;
  }
  const body = response.Body as (Readable & AsyncIterable<Uint8Array>) | undefined;
  if (!body) return { kind: 'ok', bytes: new Uint8Array(), eTag: response.ETag ?? null };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      body.destroy();
      return { kind: 'too-large', seenBytes: total };
    }
    chunks.push(chunk);
  }
  return { kind: 'ok', bytes: Buffer.concat(chunks), eTag: response.ETag ?? null };
}
