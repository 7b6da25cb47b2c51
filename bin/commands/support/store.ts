import { existsSync, readdirSync } from 'node:fs';
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createQueries, type StoreQueries } from '../../../adapters/dynamodb/queries';
import { loadLocalConfig } from '../../../local/config';
import { startDynamoDbLocal } from '../../../local/dynamodb-local';
import { CliError } from './cli-error';
import { findRunningDev } from './dev-state';
import { closeOnInterrupt } from './interrupt';
import { localDynamoDbClient } from './local-clients';

export interface Store {
  queries: StoreQueries;
  /** Bucket the articles were uploaded to: keys given by the user are looked up there. */
  bucket: string;
  prefix: string;
  close(): Promise<void>;
}

const tableExists = async (client: DynamoDBClient, tableName: string): Promise<boolean> =>
  client.send(new DescribeTableCommand({ TableName: tableName })).then(
    () => true,
    (error: Error) => {
      if (error.name === 'ResourceNotFoundException') return false;
      throw error;
    },
  );

/**
 * The store of the running dev stack, or the persistent data in the data dir (DynamoDB Local is started
 * on it for as long as the command runs). Read-only: nothing is created when there is no data.
 */
export const openStore = async (dataDir: string, log?: (line: string) => void): Promise<Store> => {
  const config = loadLocalConfig({ dataDir });
  const running = findRunningDev(config.paths.stateFile);
  if (running) {
    const client = localDynamoDbClient(running.endpoints.dynamodb, running.region);
    return {
      queries: createQueries(client, running.tableName),
      bucket: running.bucket,
      prefix: running.prefix,
      close: async () => client.destroy(),
    };
  }
  const noData = new CliError(`no local data in ${config.paths.dataDir}`, {
    hint: 'run `newsevents dev` and `newsevents ingest <files>` first (`demo` and `ingest` without dev keep nothing)',
  });
  if (!existsSync(config.paths.dynamodbDir) || readdirSync(config.paths.dynamodbDir).length === 0)
    throw noData;
  log?.(`no \`newsevents dev\` running: reading ${config.paths.dynamodbDir} with a temporary DynamoDB Local`);
  const dynamo = await startDynamoDbLocal({
    dbPath: config.paths.dynamodbDir,
    cacheDir: config.paths.cacheDir,
  });
  const client = localDynamoDbClient(dynamo.endpoint, 'us-east-1');
  const stop = async () => {
    client.destroy();
    await dynamo.stop();
  };
  const release = closeOnInterrupt(stop);
  const close = async () => {
    release();
    await stop();
  };
  try {
    if (!(await tableExists(client, config.tableName))) throw noData;
  } catch (error) {
    await close();
    throw error;
  }
  return {
    queries: createQueries(client, config.tableName),
    bucket: config.bucket,
    prefix: config.prefix,
    close,
  };
};
