import { Duration } from 'aws-cdk-lib';
import { Queue, QueueEncryption, type QueueProps } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/**
 * Every queue in the app: encrypted at rest and reachable over TLS only.
 * SQS-managed keys rather than KMS because S3 event notifications cannot write to a queue
 * encrypted with the AWS-managed aws/sqs key, and a customer key adds cost without a reader
 * who needs separate key control.
 */
export const secureQueue = (scope: Construct, id: string, props: QueueProps = {}): Queue =>
  new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    ...props,
  });

/** A dead-letter queue keeps failures for the longest time SQS allows, so nothing expires unseen. */
export const deadLetterQueue = (scope: Construct, id: string): Queue =>
  secureQueue(scope, id, { retentionPeriod: Duration.days(14) });
