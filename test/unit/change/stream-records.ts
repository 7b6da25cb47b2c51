import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';

type Item = Record<string, unknown>;

const image = (item: Item) =>
  marshall(item, { removeUndefinedValues: true }) as NonNullable<DynamoDBRecord['dynamodb']>['NewImage'];

/** A Lambda-shaped DynamoDB stream record (NEW_AND_OLD_IMAGES) for an item change. */
export const streamRecord = (
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE',
  oldItem: Item | undefined,
  newItem: Item | undefined,
  sequenceNumber: string,
): DynamoDBRecord => {
  const item = (newItem ?? oldItem) as Item;
  return {
    eventID: `e${sequenceNumber}`,
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'eu-west-1',
    eventSourceARN: 'arn:aws:dynamodb:eu-west-1:123456789012:table/newsevents/stream/2023-10-19T08:00:00.000',
    dynamodb: {
      ApproximateCreationDateTime: 1697702401,
      Keys: image({ pk: item.pk, sk: item.sk }),
      ...(newItem ? { NewImage: image(newItem) } : {}),
      ...(oldItem ? { OldImage: image(oldItem) } : {}),
      SequenceNumber: sequenceNumber,
      SizeBytes: 512,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
};
