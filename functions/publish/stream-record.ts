import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { ItemChange } from '../../core/change/item-change';

/** A stream record without the parts every DynamoDB stream record has: nothing sensible can be done with it. */
export class StreamRecordError extends Error {
  override readonly name = 'StreamRecordError';
}

type Image = Record<string, AttributeValue>;

const decode = (image: unknown): Record<string, unknown> | undefined =>
  image === undefined ? undefined : unmarshall(image as Image, { wrapNumbers: false });

/** Identifies the table item a record is about, so later records of a failed item can be held back. */
export const itemKeyOf = (record: DynamoDBRecord): string => {
  const keys = record.dynamodb?.Keys ?? {};
  return JSON.stringify(
    Object.keys(keys)
      .sort()
      .map((name) => [name, keys[name]]),
  );
};

/**
 * Decodes one Lambda-shaped stream record into the store change the core maps.
 * ApproximateCreationDateTime is epoch seconds in Lambda events; `fallbackTime` covers a source that omits it.
 */
export const toItemChange = (record: DynamoDBRecord, fallbackTime: Date): ItemChange => {
  const stream = record.dynamodb;
  if (record.eventName === undefined || stream?.SequenceNumber === undefined || stream.Keys === undefined) {
    throw new StreamRecordError('stream record lacks eventName, dynamodb.SequenceNumber or dynamodb.Keys');
  }
  const seconds = stream.ApproximateCreationDateTime;
  return {
    kind: record.eventName,
    keys: decode(stream.Keys) ?? {},
    oldImage: decode(stream.OldImage),
    newImage: decode(stream.NewImage),
    sequenceNumber: stream.SequenceNumber,
    recordId: record.eventID ?? null,
    occurredAt: typeof seconds === 'number' ? new Date(seconds * 1000) : fallbackTime,
  };
};
