import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DeleteTableCommand,
  type DynamoDBClient,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';

/**
 * The one table, as local runs and tests create it. It must match the CDK definition in
 * lib/newsevents-stack.ts exactly (keys pk/sk, indexes gsi1..gsi3 with ALL projection, stream
 * NEW_AND_OLD_IMAGES, TTL on `expiresAt`): the ingest and publish code are tested against this copy.
 */
export const INDEX_NAMES = ['gsi1', 'gsi2', 'gsi3'] as const;
export type IndexName = (typeof INDEX_NAMES)[number];
export const TTL_ATTRIBUTE = 'expiresAt';

export const tableDefinition = (tableName: string): CreateTableCommandInput => ({
  TableName: tableName,
  BillingMode: 'PAY_PER_REQUEST',
  AttributeDefinitions: [
    { AttributeName: 'pk', AttributeType: 'S' },
    { AttributeName: 'sk', AttributeType: 'S' },
    ...INDEX_NAMES.flatMap((index) => [
      { AttributeName: `${index}pk`, AttributeType: 'S' as const },
      { AttributeName: `${index}sk`, AttributeType: 'S' as const },
    ]),
  ],
  KeySchema: [
    { AttributeName: 'pk', KeyType: 'HASH' },
    { AttributeName: 'sk', KeyType: 'RANGE' },
  ],
  GlobalSecondaryIndexes: INDEX_NAMES.map((index) => ({
    IndexName: index,
    KeySchema: [
      { AttributeName: `${index}pk`, KeyType: 'HASH' as const },
      { AttributeName: `${index}sk`, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
  })),
  StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
});

/** Creates the table (if absent) and turns on TTL; returns the stream ARN. */
export async function createTable(client: DynamoDBClient, tableName: string): Promise<string> {
  let streamArn: string | undefined;
  try {
    const created = await client.send(new CreateTableCommand(tableDefinition(tableName)));
    streamArn = created.TableDescription?.LatestStreamArn;
  } catch (error) {
    if ((error as Error).name !== 'ResourceInUseException') throw error;
  }
  const waited = await waitUntilTableExists({ client, maxWaitTime: 60 }, { TableName: tableName });
  streamArn ??= (waited.reason as { Table?: { LatestStreamArn?: string } } | undefined)?.Table
    ?.LatestStreamArn;
  await client
    .send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
      }),
    )
    .catch((error: Error) => {
      // Enabling TTL twice is refused; the table already has it.
      if (!/already enabled|TimeToLive is already/i.test(error.message)) throw error;
    });
  if (!streamArn) throw new Error(`table ${tableName} has no stream`);
  return streamArn;
}

export async function deleteTable(client: DynamoDBClient, tableName: string): Promise<void> {
  await client.send(new DeleteTableCommand({ TableName: tableName })).catch((error: Error) => {
    if (error.name !== 'ResourceNotFoundException') throw error;
  });
}
