import { Match } from 'aws-cdk-lib/assertions';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { TTL_ATTRIBUTE as LOCAL_TTL_ATTRIBUTE, tableDefinition } from '../../adapters/dynamodb/table';
import { CHANGE_EVENT_SOURCE as CORE_SOURCE, DETAIL_TYPES } from '../../core/model/change-event';
import { CHANGE_EVENT_SOURCE, NOTIFIED_DETAIL_TYPES } from '../../lib/newsevents-stack';
import { type Grant, grantsOf, may, render, type Synthesized, synthesize } from './synth';

// Non-default values throughout, so each assertion proves the context reached the template.
const context = {
  stage: 'prod',
  maxReceiveCount: '7',
  maxArticleBytes: 1_048_576,
  logRetentionDays: 14,
  noncurrentVersionDays: 45,
  archiveRetentionDays: 120,
  notificationEmail: 'desk@example.org',
  alarmEmail: 'ops@example.org',
};

type Resource = { Properties: Record<string, unknown>; DeletionPolicy?: string };

let s: Synthesized;
let ids: Record<
  | 'bucket'
  | 'logs'
  | 'queue'
  | 'table'
  | 'bus'
  | 'topic'
  | 'alarmTopic'
  | 'topicKey'
  | 'ingest'
  | 'publish'
  | 'notify',
  string
>;
let roles: Record<'ingest' | 'publish' | 'notify', Grant[]>;

const resource = (logicalId: string): Resource => s.template.toJSON().Resources[logicalId] as Resource;

beforeAll(() => {
  s = synthesize(context);
  const { functions } = s.stack;
  ids = {
    bucket: s.id(s.stack.articles.bucket),
    logs: s.id(s.stack.articles.accessLogs),
    queue: s.id(s.stack.ingestQueue),
    table: s.id(s.stack.table),
    bus: s.id(s.stack.bus),
    topic: s.id(s.stack.topics.notifications),
    alarmTopic: s.id(s.stack.topics.alarms),
    topicKey: s.id(s.stack.topics.key),
    ingest: s.id(functions.ingest.fn),
    publish: s.id(functions.publish.fn),
    notify: s.id(functions.notify.fn),
  };
  roles = {
    ingest: grantsOf(s.template, s.id(functions.ingest.role)),
    publish: grantsOf(s.template, s.id(functions.publish.role)),
    notify: grantsOf(s.template, s.id(functions.notify.role)),
  };
});

describe('articles bucket', () => {
  it('is encrypted, private, versioned, access-logged and expires old versions after the configured days', () => {
    const bucket = resource(ids.bucket).Properties;
    expect(bucket.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    });
    expect(bucket.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(render((bucket.LoggingConfiguration as Record<string, unknown>).DestinationBucketName)).toBe(
      ids.logs,
    );
    const rules = (bucket.LifecycleConfiguration as { Rules: Record<string, unknown>[] }).Rules;
    expect(rules).toContainEqual(
      expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 45 } }),
    );
  });

  it('refuses requests that are not over TLS, on both buckets', () => {
    for (const bucket of [ids.bucket, ids.logs]) {
      s.template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: bucket },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 's3:*',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    }
  });

  it('sends ObjectCreated notifications for inbox/ only, to the ingest queue', () => {
    const [notifications] = Object.values(s.template.findResources('Custom::S3BucketNotifications'));
    const config = notifications?.Properties.NotificationConfiguration;
    expect(render(notifications?.Properties.BucketName)).toBe(ids.bucket);
    expect(config.QueueConfigurations).toEqual([
      {
        Events: ['s3:ObjectCreated:*'],
        Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'inbox/' }] } },
        QueueArn: { 'Fn::GetAtt': [ids.queue, 'Arn'] },
      },
    ]);
    expect(config.LambdaFunctionConfigurations ?? []).toEqual([]);
    expect(config.TopicConfigurations ?? []).toEqual([]);
  });
});

describe('queues', () => {
  it('keeps an ingest message invisible for at least six times the ingest timeout', () => {
    const timeout = resource(ids.ingest).Properties.Timeout as number;
    expect(resource(ids.queue).Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * timeout);
  });

  it('moves an ingest message to the DLQ after maxReceiveCount receives from context', () => {
    const redrive = resource(ids.queue).Properties.RedrivePolicy as Record<string, unknown>;
    expect(redrive.maxReceiveCount).toBe(7);
  });

  it('encrypts every queue and refuses plain-HTTP access to it', () => {
    const queues = s.template.findResources('AWS::SQS::Queue');
    expect(Object.keys(queues).length).toBeGreaterThanOrEqual(4);
    for (const [queueId, queue] of Object.entries(queues)) {
      expect(queue.Properties.SqsManagedSseEnabled, queueId).toBe(true);
      s.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: queueId }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });
});

describe('table', () => {
  it('has the generic keys and three ALL-projection indexes the store designs on', () => {
    const table = resource(ids.table).Properties;
    expect(table.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(table.GlobalSecondaryIndexes).toEqual(
      ['gsi1', 'gsi2', 'gsi3'].map((name) => ({
        IndexName: name,
        KeySchema: [
          { AttributeName: `${name}pk`, KeyType: 'HASH' },
          { AttributeName: `${name}sk`, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    const attributes = table.AttributeDefinitions as { AttributeName: string; AttributeType: string }[];
    expect(attributes.every((attribute) => attribute.AttributeType === 'S')).toBe(true);
  });

  it('matches the table local runs create, so handlers are tested against the deployed shape', () => {
    const local = tableDefinition('local');
    const table = resource(ids.table).Properties;
    expect(table.KeySchema).toEqual(local.KeySchema);
    expect(table.AttributeDefinitions).toEqual(expect.arrayContaining(local.AttributeDefinitions ?? []));
    expect((table.AttributeDefinitions as unknown[]).length).toBe(local.AttributeDefinitions?.length);
    expect(table.GlobalSecondaryIndexes).toEqual(local.GlobalSecondaryIndexes);
    expect((table.StreamSpecification as Record<string, unknown>).StreamViewType).toBe(
      local.StreamSpecification?.StreamViewType,
    );
    expect((table.TimeToLiveSpecification as Record<string, unknown>).AttributeName).toBe(
      LOCAL_TTL_ATTRIBUTE,
    );
  });

  it('is on-demand, recoverable, streams both images, expires on expiresAt and is protected in prod', () => {
    const table = resource(ids.table);
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      DeletionProtectionEnabled: true,
    });
    expect(table.DeletionPolicy).toBe('Retain');
  });
});

describe('functions', () => {
  it('run on the newest Node.js runtime of the installed aws-cdk-lib, on ARM64, traced, with source maps', () => {
    const nodeVersion = (runtime: Runtime): number => Number(/^nodejs(\d+)\.x$/.exec(runtime.name)?.[1] ?? 0);
    const newest = Math.max(...Runtime.ALL.map(nodeVersion));
    for (const fn of [ids.ingest, ids.publish, ids.notify]) {
      const props = resource(fn).Properties;
      expect(props.Runtime, fn).toBe(`nodejs${newest}.x`);
      expect(props.Runtime, fn).toBe('nodejs24.x');
      expect(props.Architectures, fn).toEqual(['arm64']);
      expect(props.TracingConfig, fn).toEqual({ Mode: 'Active' });
      expect(props.Handler, fn).toBe('index.handler');
      expect((props.Environment as { Variables: Record<string, unknown> }).Variables).toMatchObject({
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_METRICS_NAMESPACE: 'newsevents',
        LOG_LEVEL: 'INFO',
        POWERTOOLS_SERVICE_NAME: expect.stringMatching(/^newsevents-(ingest|publish|notify)$/),
      });
    }
  });

  it('log to their own named group, kept for the configured retention', () => {
    const groups = [
      [ids.ingest, '/newsevents/prod/ingest'],
      [ids.publish, '/newsevents/prod/publish'],
      [ids.notify, '/newsevents/prod/notify'],
    ] as const;
    for (const [fn, name] of groups) {
      const logGroupId = render((resource(fn).Properties.LoggingConfig as Record<string, unknown>).LogGroup);
      expect(resource(logGroupId).Properties, fn).toMatchObject({ LogGroupName: name, RetentionInDays: 14 });
    }
  });

  it('give each handler the names it reads from its environment', () => {
    const env = (fn: string) =>
      (resource(fn).Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(env(ids.ingest)).toMatchObject({
      POWERTOOLS_SERVICE_NAME: 'newsevents-ingest',
      TABLE_NAME: { Ref: ids.table },
      MAX_ARTICLE_BYTES: '1048576',
    });
    expect(env(ids.publish)).toMatchObject({ BUS_NAME: { Ref: ids.bus } });
    expect(env(ids.notify)).toMatchObject({ TOPIC_ARN: { Ref: ids.topic } });
  });
});

describe('event sources', () => {
  it('feeds ingest from its queue, reporting failures per message', () => {
    s.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: ids.ingest },
      EventSourceArn: { 'Fn::GetAtt': [ids.queue, 'Arn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: Match.anyValue() },
    });
  });

  it('feeds publish from the stream with bisection, bounded retries and age, and an on-failure queue', () => {
    const mappings = s.template.findResources('AWS::Lambda::EventSourceMapping', {
      Properties: { FunctionName: { Ref: ids.publish } },
    });
    const [mapping] = Object.values(mappings);
    const props = mapping?.Properties;
    expect(props.EventSourceArn).toEqual({ 'Fn::GetAtt': [ids.table, 'StreamArn'] });
    expect(props.BisectBatchOnFunctionError).toBe(true);
    expect(props.MaximumRetryAttempts).toBeGreaterThanOrEqual(1);
    expect(props.MaximumRetryAttempts).toBeLessThanOrEqual(10);
    // Under the stream's 24 h retention, so the failure record still points at readable data.
    expect(props.MaximumRecordAgeInSeconds).toBeLessThan(24 * 3600);
    expect(props.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    expect(props.StartingPosition).toBe('TRIM_HORIZON');
    const destination = render(props.DestinationConfig.OnFailure.Destination);
    expect(s.template.toJSON().Resources[destination.replace(/\.Arn$/, '')].Type).toBe('AWS::SQS::Queue');
  });
});

describe('permissions', () => {
  it('let ingest read inbox objects and list keys, but not write or delete anything in the bucket', () => {
    const bucketArn = `${ids.bucket}.Arn`;
    expect(roles.ingest).toContainEqual({ action: 's3:GetObject', resource: `${bucketArn}/inbox/*` });
    // Without ListBucket S3 reports a deleted upload as 403, which the handler cannot tell from a real denial.
    expect(roles.ingest).toContainEqual({ action: 's3:ListBucket', resource: bucketArn });
    for (const action of [
      's3:PutObject',
      's3:DeleteObject',
      's3:DeleteObjectVersion',
      's3:PutBucketPolicy',
    ]) {
      expect(may(roles.ingest, action, ids.bucket), action).toBe(false);
    }
    const bucketGrants = roles.ingest.filter((grant) => grant.resource.includes(ids.bucket));
    expect(new Set(bucketGrants.map((grant) => grant.action))).toEqual(
      new Set(['s3:GetObject', 's3:GetObjectVersion', 's3:ListBucket']),
    );
    const objectGrants = bucketGrants.filter((grant) => grant.resource !== bucketArn);
    expect(objectGrants.every((grant) => grant.resource === `${bucketArn}/inbox/*`)).toBe(true);
  });

  it('let ingest read and write items in the table', () => {
    // Transactions are authorised by these item actions; there is no separate IAM action to grant.
    for (const action of ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query']) {
      expect(may(roles.ingest, action, ids.table), action).toBe(true);
    }
    expect(may(roles.ingest, 'events:PutEvents', ids.bus)).toBe(false);
  });

  it('let publish put events on the bus and touch nothing in the bucket, table items or topics', () => {
    expect(roles.publish).toContainEqual({ action: 'events:PutEvents', resource: `${ids.bus}.Arn` });
    expect(roles.publish.some((grant) => grant.resource.includes(ids.bucket))).toBe(false);
    for (const action of [
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
      'dynamodb:GetItem',
    ]) {
      expect(may(roles.publish, action, ids.table), action).toBe(false);
    }
    expect(may(roles.publish, 'sns:Publish', ids.topic)).toBe(false);
  });

  it('let notify publish to the notifications topic (and use its key) but not to the alarm topic', () => {
    expect(roles.notify).toContainEqual({ action: 'sns:Publish', resource: ids.topic });
    expect(may(roles.notify, 'kms:GenerateDataKey', ids.topicKey)).toBe(true);
    expect(may(roles.notify, 'sns:Publish', ids.alarmTopic)).toBe(false);
    for (const target of [ids.bucket, ids.table, ids.bus]) {
      expect(
        roles.notify.some((grant) => grant.resource.includes(target)),
        target,
      ).toBe(false);
    }
  });

  it('grant no service-wide actions, and "*" resources only where AWS offers nothing narrower', () => {
    const all = [...roles.ingest, ...roles.publish, ...roles.notify];
    expect(all.filter((grant) => grant.action === '*' || grant.action.endsWith(':*'))).toEqual([]);
    const anyResource = new Set(all.filter((grant) => grant.resource === '*').map((grant) => grant.action));
    expect([...anyResource].sort()).toEqual([
      'dynamodb:ListStreams',
      'xray:PutTelemetryRecords',
      'xray:PutTraceSegments',
    ]);
  });
});

describe('bus and notifications', () => {
  it('names the bus from context and archives every change event for replay', () => {
    expect(resource(ids.bus).Properties.Name).toBe('newsevents');
    s.template.hasResourceProperties('AWS::Events::Archive', {
      SourceArn: { 'Fn::GetAtt': [ids.bus, 'Arn'] },
      EventPattern: { source: [CORE_SOURCE] },
      RetentionDays: 120,
    });
  });

  it('routes the notified detail-types, as the core names them, to notify with a DLQ', () => {
    expect(CHANGE_EVENT_SOURCE).toBe(CORE_SOURCE);
    for (const detailType of NOTIFIED_DETAIL_TYPES) expect(DETAIL_TYPES).toContain(detailType);
    s.template.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: { Ref: ids.bus },
      EventPattern: {
        source: [CORE_SOURCE],
        'detail-type': ['Event Created', 'Event Updated', 'Event Retracted', 'Article Failed'],
      },
      Targets: [
        Match.objectLike({ Arn: { 'Fn::GetAtt': [ids.notify, 'Arn'] }, DeadLetterConfig: Match.anyValue() }),
      ],
    });
  });

  it('encrypts both topics with a rotated customer key and refuses plain-HTTP publishing', () => {
    expect(resource(ids.topicKey).Properties.EnableKeyRotation).toBe(true);
    for (const topic of [ids.topic, ids.alarmTopic]) {
      expect(resource(topic).Properties.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [ids.topicKey, 'Arn'] });
      s.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
        Topics: [{ Ref: topic }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('subscribes the e-mail addresses from context', () => {
    s.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'desk@example.org',
      TopicArn: { Ref: ids.topic },
    });
    s.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.org',
      TopicArn: { Ref: ids.alarmTopic },
    });
  });
});

describe('alarms', () => {
  type Alarm = { Properties: Record<string, unknown> };
  const alarms = () => Object.values(s.template.findResources('AWS::CloudWatch::Alarm')) as Alarm[];
  const watched = (alarm: Alarm) =>
    (alarm.Properties.Dimensions as { Value: unknown }[]).map((dimension) => render(dimension.Value)).join();

  it('fires on the first message in every dead-letter queue, wherever it is wired', () => {
    type Wiring = {
      RedrivePolicy?: { deadLetterTargetArn?: unknown };
      DestinationConfig?: { OnFailure?: { Destination?: unknown } };
      Targets?: { DeadLetterConfig?: { Arn?: unknown } }[];
    };
    const resources = s.template.toJSON().Resources as Record<string, { Properties?: Wiring }>;
    const deadLetterQueues = new Set<string>();
    for (const r of Object.values(resources)) {
      const targets = [
        r.Properties?.RedrivePolicy?.deadLetterTargetArn,
        r.Properties?.DestinationConfig?.OnFailure?.Destination,
        ...(r.Properties?.Targets ?? []).map((target) => target.DeadLetterConfig?.Arn),
      ];
      for (const target of targets) if (target) deadLetterQueues.add(render(target).replace(/\.Arn$/, ''));
    }
    expect(deadLetterQueues.size).toBe(3);
    for (const queue of deadLetterQueues) {
      const queueName = `${queue}.QueueName`;
      const alarm = alarms().find(
        (candidate) =>
          candidate.Properties.MetricName === 'ApproximateNumberOfMessagesVisible' &&
          watched(candidate) === queueName,
      );
      expect(alarm?.Properties, queue).toMatchObject({
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        AlarmActions: [{ Ref: ids.alarmTopic }],
      });
    }
  });

  it('fires on errors of each function and on a lagging stream consumer', () => {
    for (const fn of [ids.ingest, ids.publish, ids.notify]) {
      const alarm = alarms().find((a) => a.Properties.MetricName === 'Errors' && watched(a) === fn);
      expect(alarm?.Properties, fn).toMatchObject({ Threshold: 0, AlarmActions: [{ Ref: ids.alarmTopic }] });
    }
    const lag = alarms().find((a) => a.Properties.MetricName === 'IteratorAge' && watched(a) === ids.publish);
    expect(lag?.Properties).toMatchObject({ Statistic: 'Maximum', AlarmActions: [{ Ref: ids.alarmTopic }] });
  });
});

describe('outputs', () => {
  it('name the bucket, bus, topic, table, archive and ingest DLQ', () => {
    const outputs = s.template.toJSON().Outputs as Record<string, { Value: unknown }>;
    const [archiveId] = Object.keys(s.template.findResources('AWS::Events::Archive'));
    const redrive = resource(ids.queue).Properties.RedrivePolicy as { deadLetterTargetArn: unknown };
    expect(render(outputs.ArchiveArn?.Value)).toBe(`${archiveId}.Arn`);
    expect(render(outputs.IngestDlqArn?.Value)).toBe(render(redrive.deadLetterTargetArn));
    expect(render(outputs.AlarmTopicArn?.Value)).toBe(ids.alarmTopic);
    expect(render(outputs.BucketName?.Value)).toBe(ids.bucket);
    expect(render(outputs.BusName?.Value)).toBe(ids.bus);
    expect(render(outputs.BusArn?.Value)).toBe(`${ids.bus}.Arn`);
    expect(render(outputs.TopicArn?.Value)).toBe(ids.topic);
    expect(render(outputs.TableName?.Value)).toBe(ids.table);
  });
});
