import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { type CapacityUsage, IngestStore } from '../../adapters/dynamodb/ingest-store';
import type { Clock, Coder } from '../../core/ports';
import { DEFAULT_MAX_ARTICLE_BYTES } from './config';
import { parseNotification } from './notification';
import { type ObjectResult, processObject } from './process-object';

export interface IngestDeps {
  s3: S3Client;
  dynamodb: DynamoDBClient;
  tableName: string;
  coder: Coder;
  clock: Clock;
  maxArticleBytes?: number;
  /** Lower than DynamoDB's 100 only in tests, to exercise commits that span several transactions. */
  maxItemsPerTransaction?: number;
  logger?: Logger;
  metrics?: Metrics;
  tracer?: Tracer;
  /** Accumulates consumed capacity (benchmark). */
  usage?: CapacityUsage;
  /** Called with each object's result (local runner, CLI progress). */
  onResult?: (result: ObjectResult & { bucket: string; key: string }) => void;
}

export type IngestHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

/**
 * Built once per container (index.ts) or per test/local stack with injected clients, clock and coder.
 * Each SQS record is one S3 notification; a record fails (and SQS retries it) only on infrastructure errors
 * or when it is not an S3 notification at all; a bad article is stored FAILED and its record succeeds.
 */
export function createIngestHandler(deps: IngestDeps): IngestHandler {
  const logger = deps.logger ?? new Logger({ serviceName: 'ingest' });
  const metrics = deps.metrics ?? new Metrics({ namespace: 'newsevents', serviceName: 'ingest' });
  const tracer = deps.tracer ?? new Tracer({ serviceName: 'ingest' });
  const doc = DynamoDBDocumentClient.from(deps.dynamodb, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const storeOptions = {
    doc,
    tableName: deps.tableName,
    ...(deps.maxItemsPerTransaction ? { maxItemsPerTransaction: deps.maxItemsPerTransaction } : {}),
    ...(deps.usage ? { usage: deps.usage } : {}),
  };
  const store = new IngestStore(storeOptions);
  const maxArticleBytes = deps.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const processor = new BatchProcessor(EventType.SQS);

  const recordHandler = async (record: SQSRecord): Promise<void> => {
    try {
      const notification = parseNotification(record);
      if (notification.kind === 'test-event') {
        logger.info('s3:TestEvent ignored', { messageId: record.messageId });
        return;
      }
      for (const ref of notification.objects) {
        const result = await processObject(ref, {
          s3: deps.s3,
          store,
          coder: deps.coder,
          clock: deps.clock,
          maxArticleBytes,
          logger,
        });
        if (result.status === 'PROCESSED') metrics.addMetric('ArticlesProcessed', MetricUnit.Count, 1);
        if (result.status === 'FAILED') metrics.addMetric('ArticlesFailed', MetricUnit.Count, 1);
        if (result.status === 'DUPLICATE') metrics.addMetric('DuplicateDeliveries', MetricUnit.Count, 1);
        if (result.events > 0 && result.status === 'PROCESSED') {
          metrics.addMetric('EventsExtracted', MetricUnit.Count, result.events);
        }
        if (result.extractMs !== undefined)
          metrics.addMetric('ExtractMs', MetricUnit.Milliseconds, result.extractMs);
        deps.onResult?.({ ...result, bucket: ref.bucket, key: ref.key });
      }
    } catch (error) {
      logger.warn('record failed; SQS will retry it', {
        messageId: record.messageId,
        receiveCount: record.attributes?.ApproximateReceiveCount,
        error: error as Error,
      });
      throw error;
    }
  };

  const handler = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
    processPartialResponse(event, recordHandler, processor, { context, throwOnFullBatchFailure: false });

  return middy(handler)
    .use(captureLambdaHandler(tracer))
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics, { captureColdStartMetric: true })) as unknown as IngestHandler;
}
