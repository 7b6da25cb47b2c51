import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination as LambdaSqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { EventType } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { Alarms } from './alarms';
import { ArticlesBucket } from './articles-bucket';
import { asITable } from './cdk-compat';
import type { NewsEventsConfig } from './config';
import { createEventsTable } from './events-table';
import { NewsEventsFunction } from './newsevents-function';
import { deadLetterQueue, secureQueue } from './secure-queue';
import { Topics } from './topics';

/** Uploads land here; the ingest function may read nothing else in the bucket. */
export const INBOX_PREFIX = 'inbox/';

/** Mirrors core/model/change-event.ts (lib/ never imports core/); test/infra checks they agree. */
export const CHANGE_EVENT_SOURCE = 'newsevents';
export const NOTIFIED_DETAIL_TYPES = ['Event Created', 'Event Updated', 'Event Retracted', 'Article Failed'];

const INGEST_TIMEOUT = Duration.seconds(60);
const INGEST_BATCH_WINDOW = Duration.seconds(5);

export interface NewsEventsStackProps extends StackProps {
  config: NewsEventsConfig;
}

/**
 * S3 inbox -> SQS -> ingest -> DynamoDB -> stream -> publish -> EventBridge -> notify -> SNS,
 * with a dead-letter queue and an alarm wherever work can fail.
 */
export class NewsEventsStack extends Stack {
  readonly articles: ArticlesBucket;
  readonly table: Table;
  readonly bus: EventBus;
  readonly topics: Topics;
  readonly ingestQueue: Queue;
  readonly functions: Record<'ingest' | 'publish' | 'notify', NewsEventsFunction>;

  constructor(scope: Construct, id: string, props: NewsEventsStackProps) {
    super(scope, id, props);
    const { config } = props;
    const removalPolicy = config.removalPolicy === 'destroy' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
    const functionDefaults = {
      logGroupPrefix: `/newsevents/${config.stage}`,
      logRetention: config.logRetentionDays,
      logRemovalPolicy: removalPolicy,
    };

    this.articles = new ArticlesBucket(this, 'Articles', {
      removalPolicy: config.removalPolicy,
      noncurrentVersionDays: config.noncurrentVersionDays,
      accessLogDays: config.logRetentionDays,
    });

    this.table = createEventsTable(this, 'Table', {
      removalPolicy: config.removalPolicy,
      deletionProtection: config.protectData,
    });

    this.bus = new EventBus(this, 'Bus', { eventBusName: config.busName });
    const archive = this.bus.archive('Archive', {
      description: 'Every newsevents change event, for replay to new or repaired subscribers',
      eventPattern: { source: [CHANGE_EVENT_SOURCE] },
      retention: Duration.days(config.archiveRetentionDays),
    });

    this.topics = new Topics(this, 'Topics', {
      removalPolicy: config.removalPolicy,
      notificationEmail: config.notificationEmail,
      alarmEmail: config.alarmEmail,
    });

    // Ingest: S3 -> SQS -> Lambda, so bursts queue up, failures retry, and poison articles park in the DLQ.
    const ingestDlq = deadLetterQueue(this, 'IngestDlq');
    this.ingestQueue = secureQueue(this, 'IngestQueue', {
      // AWS guidance: at least six times the function timeout plus the batching window,
      // so a message is not redelivered while a throttled or retried invocation still holds it.
      visibilityTimeout: Duration.seconds(INGEST_TIMEOUT.toSeconds() * 6 + INGEST_BATCH_WINDOW.toSeconds()),
      deadLetterQueue: { queue: ingestDlq, maxReceiveCount: config.maxReceiveCount },
    });
    this.articles.bucket.addEventNotification(
      EventType.OBJECT_CREATED,
      new SqsDestination(this.ingestQueue),
      {
        prefix: INBOX_PREFIX,
      },
    );
    this.acknowledgeNotificationsHandler();

    const ingest = new NewsEventsFunction(this, 'Ingest', {
      ...functionDefaults,
      name: 'ingest',
      description: 'Codes articles uploaded to the inbox into events and stores them',
      // The coder and its lexicons are CPU-bound: memory buys CPU.
      memorySize: 1024,
      timeout: INGEST_TIMEOUT,
      environment: {
        MAX_ARTICLE_BYTES: String(config.maxArticleBytes),
        MAX_EVENTS_PER_ARTICLE: String(config.maxEventsPerArticle),
        MAX_SENTENCE_CHARS: String(config.maxSentenceChars),
      },
    })
      .bindBucketRead(this.articles.bucket, INBOX_PREFIX)
      .bindTable(this.table, 'RW');
    ingest.fn.addEventSource(
      new SqsEventSource(this.ingestQueue, {
        batchSize: 5,
        maxBatchingWindow: INGEST_BATCH_WINDOW,
        reportBatchItemFailures: true,
        // Bounded so a large upload cannot exhaust the account's concurrency or the table's burst.
        maxConcurrency: 10,
      }),
    );

    // Publish: the stream makes the write and the change event inseparable.
    const publishFailures = deadLetterQueue(this, 'PublishFailures');
    acknowledgeIsDeadLetterQueue(publishFailures, 'on-failure destination of the stream event source');
    const publish = new NewsEventsFunction(this, 'Publish', {
      ...functionDefaults,
      name: 'publish',
      description: 'Turns table changes into change events on the bus',
      memorySize: 512,
      timeout: Duration.seconds(30),
    }).bindBusPut(this.bus);
    publish.fn.addEventSource(
      new DynamoEventSource(asITable(this.table), {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(1),
        bisectBatchOnError: true,
        retryAttempts: 5,
        // The failure record names a shard position, not the data: keep it well inside the
        // stream's 24 h retention so an operator can still read the records it points to.
        maxRecordAge: Duration.hours(6),
        onFailure: new SqsDlq(publishFailures),
        reportBatchItemFailures: true,
        // One batch per shard at a time keeps each item's changes in order.
        parallelizationFactor: 1,
      }),
    );
    Validations.of(publish).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'dynamodb:ListStreams, which the stream event source needs, has no resource-level permissions',
    });

    // Notify: a rule on the bus feeds the human-readable topic.
    const notifyDlq = deadLetterQueue(this, 'NotifyDlq');
    acknowledgeIsDeadLetterQueue(notifyDlq, 'dead-letter queue of the notify rule target and function');
    const notify = new NewsEventsFunction(this, 'Notify', {
      ...functionDefaults,
      name: 'notify',
      description: 'Publishes a one-line summary of each change event to the notifications topic',
      memorySize: 256,
      timeout: Duration.seconds(10),
    }).bindTopicPublish(this.topics.notifications);
    notify.fn.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(1),
      onFailure: new LambdaSqsDestination(notifyDlq),
    });
    new Rule(this, 'NotifyRule', {
      eventBus: this.bus,
      description: 'Change events worth a notification',
      eventPattern: { source: [CHANGE_EVENT_SOURCE], detailType: NOTIFIED_DETAIL_TYPES },
      targets: [
        new LambdaFunction(notify.fn, {
          deadLetterQueue: notifyDlq,
          retryAttempts: 4,
          maxEventAge: Duration.hours(2),
        }),
      ],
    });

    this.functions = { ingest, publish, notify };

    const alarms = new Alarms(this, 'Alarms', this.topics.alarms);
    alarms.deadLetters('IngestDlqNotEmpty', ingestDlq, 'Ingest dead-letter queue');
    alarms.deadLetters('PublishFailuresNotEmpty', publishFailures, 'Publish on-failure queue');
    alarms.deadLetters('NotifyDlqNotEmpty', notifyDlq, 'Notify dead-letter queue');
    alarms.functionErrors('IngestErrors', ingest.fn, 'Ingest function');
    alarms.functionErrors('PublishErrors', publish.fn, 'Publish function');
    alarms.functionErrors('NotifyErrors', notify.fn, 'Notify function');
    alarms.streamIteratorAge('PublishIteratorAge', publish.fn, Duration.minutes(10));
    alarms.queueAge(
      'IngestBacklog',
      this.ingestQueue,
      Duration.minutes(30),
      'Oldest article in the ingest queue',
    );

    new CfnOutput(this, 'BucketName', {
      value: this.articles.bucket.bucketName,
      description: `Upload articles under s3://<bucket>/${INBOX_PREFIX}`,
    });
    new CfnOutput(this, 'BusName', {
      value: this.bus.eventBusName,
      description: 'EventBridge bus of change events',
    });
    new CfnOutput(this, 'BusArn', { value: this.bus.eventBusArn });
    new CfnOutput(this, 'TopicArn', {
      value: this.topics.notifications.topicArn,
      description: 'SNS notifications topic (message attributes: countries, quadClass, root, plover)',
    });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.topics.alarms.topicArn });
    new CfnOutput(this, 'ArchiveArn', {
      value: archive.archiveArn,
      description: 'Replay source (aws events start-replay)',
    });
    new CfnOutput(this, 'IngestDlqArn', {
      value: ingestDlq.queueArn,
      description: 'Articles that failed maxReceiveCount times (aws sqs start-message-move-task to retry)',
    });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
  }

  /** CDK configures bucket notifications through a deploy-time function it defines itself. */
  private acknowledgeNotificationsHandler(): void {
    for (const child of this.node.children) {
      if (!child.node.id.startsWith('BucketNotificationsHandler')) continue;
      Validations.of(child).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          'Role of the aws-cdk-lib handler that sets the bucket notification during deployment; CDK attaches this logs-only policy and offers no way to replace it',
      });
    }
  }
}

/** cdk-nag cannot tell that a queue nothing redrives into is itself the end of the line. */
const acknowledgeIsDeadLetterQueue = (queue: Construct, role: string): void => {
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: `This queue is the ${role}; a dead-letter queue of its own would only move the problem`,
  });
};
