import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../local/dynamodb-local';

declare module 'vitest' {
  interface ProvidedContext {
    /** http://127.0.0.1:PORT of the one in-memory DynamoDB Local of this `npm test` run. */
    dynamoEndpoint: string;
  }
}

/**
 * One DynamoDB Local per run (a JVM start costs ~3 s and ~300 MB); every integration test file creates its
 * own uniquely named table in it with createTable() from adapters/dynamodb/table.ts, so files never see each
 * other's items or stream records.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Its ready check uses the SDK in this process, where vitest's test.env does not apply.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const dynamo = await startDynamoDbLocal({ port: 0, inMemory: true });
  project.provide('dynamoEndpoint', dynamo.endpoint);
  return () => dynamo.stop();
}
