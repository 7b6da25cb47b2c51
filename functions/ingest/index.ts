import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { createCoder } from '../../core/coder';
import { systemClock } from '../../core/ports';
import { coderOptionsOf, readIngestEnv } from './config';
import { createIngestHandler } from './handler';

// Built once per container: clients keep their connections warm and the coder loads its lexicons once.
const env = readIngestEnv();
const tracer = new Tracer({ serviceName: env.POWERTOOLS_SERVICE_NAME });
const s3 = tracer.captureAWSv3Client(new S3Client({}));
const dynamodb = tracer.captureAWSv3Client(new DynamoDBClient({}));

export const handler = createIngestHandler({
  s3,
  dynamodb,
  tableName: env.TABLE_NAME,
  coder: createCoder(coderOptionsOf(env)),
  clock: systemClock,
  maxArticleBytes: env.MAX_ARTICLE_BYTES,
  logger: new Logger({ serviceName: env.POWERTOOLS_SERVICE_NAME }),
  metrics: new Metrics({
    namespace: env.POWERTOOLS_METRICS_NAMESPACE,
    serviceName: env.POWERTOOLS_SERVICE_NAME,
  }),
  tracer,
});
