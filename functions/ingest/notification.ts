// The s3 module alone: the package's schemas index builds every event schema it knows at import.
import { S3SqsEventNotificationSchema } from '@aws-lambda-powertools/parser/schemas/s3';
import type { SQSRecord } from 'aws-lambda';
import { z } from 'zod';
import { decodeS3EventKey } from '../../adapters/s3/event-keys';

/** One object an S3 notification announces, key decoded. */
export interface ObjectRef {
  bucket: string;
  key: string;
  eventName: string;
  size: number | null;
  eTag: string | null;
}

export type Notification = { kind: 'test-event' } | { kind: 'objects'; objects: ObjectRef[] };

/** A message that is not an S3 notification: no article to mark FAILED, so it goes to the DLQ for a human. */
export class InvalidNotificationError extends Error {
  constructor(detail: string) {
    super(`not an S3 event notification: ${detail}`);
    this.name = 'InvalidNotificationError';
  }
}

// S3 sends this once when the notification is configured; it has no Records and needs no work.
const TestEventSchema = z.object({ Event: z.literal('s3:TestEvent'), Service: z.literal('Amazon S3') });

export function parseNotification(record: SQSRecord): Notification {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch {
    throw new InvalidNotificationError('body is not JSON');
  }
  if (TestEventSchema.safeParse(body).success) return { kind: 'test-event' };
  const parsed = S3SqsEventNotificationSchema.safeParse({ Records: [record] });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidNotificationError(`${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const objects = parsed.data.Records.flatMap((sqsRecord) => sqsRecord.body.Records)
    // Only creations carry an article; a removal or restore notification has nothing to code.
    .filter((s3Record) => s3Record.eventName.startsWith('ObjectCreated:'))
    .map((s3Record) => ({
      bucket: s3Record.s3.bucket.name,
      key: decodeS3EventKey(s3Record.s3.object.key),
      eventName: s3Record.eventName,
      size: s3Record.s3.object.size ?? null,
      eTag: s3Record.s3.object.eTag ?? null,
    }));
  return { kind: 'objects', objects };
}
