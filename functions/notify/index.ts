import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import { SNSClient } from '@aws-sdk/client-sns';
import middy from '@middy/core';
import { z } from 'zod';
import { createSnsNotifier } from '../../adapters/sns/sns-notifier';
import { createNotifyHandler } from './notify-handler';

const env = z.object({ TOPIC_ARN: z.string().min(1) }).parse(process.env);

const logger = new Logger({ serviceName: 'newsevents-notify' });
const tracer = new Tracer({ serviceName: 'newsevents-notify' });
const client = tracer.captureAWSv3Client(new SNSClient({}));

export const handler = middy(
  createNotifyHandler({ notifier: createSnsNotifier({ client, topicArn: env.TOPIC_ARN }), logger }),
)
  .use(captureLambdaHandler(tracer))
  .use(injectLambdaContext(logger));
