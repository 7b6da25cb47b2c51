import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import middy from '@middy/core';
import { z } from 'zod';
import { createEventBridgePublisher } from '../../adapters/eventbridge/eventbridge-publisher';
import { systemClock } from '../../core/ports';
import { createPublishHandler } from './publish-handler';

/** Configuration is read once, at cold start, and a missing variable fails loudly there. */
const env = z.object({ BUS_NAME: z.string().min(1) }).parse(process.env);

const logger = new Logger({ serviceName: 'newsevents-publish' });
const metrics = new Metrics({ namespace: 'newsevents', serviceName: 'publish' });
const tracer = new Tracer({ serviceName: 'newsevents-publish' });
const client = tracer.captureAWSv3Client(new EventBridgeClient({}));

const publish = createPublishHandler({
  bus: createEventBridgePublisher({ client, busName: env.BUS_NAME }),
  clock: systemClock,
  logger,
  metrics: { count: (name, value) => metrics.addMetric(name, MetricUnit.Count, value) },
});

export const handler = middy(publish)
  .use(captureLambdaHandler(tracer))
  .use(injectLambdaContext(logger))
  .use(logMetrics(metrics));
