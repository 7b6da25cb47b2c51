import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

export interface TopicsProps {
  removalPolicy: 'destroy' | 'retain';
  notificationEmail?: string | undefined;
  alarmEmail?: string | undefined;
}

/**
 * The two SNS topics: notifications (one line per change, for people and services that
 * filter on message attributes) and alarms (for operators). Both are encrypted with one
 * customer key because CloudWatch can publish to a KMS-encrypted topic only if the key
 * policy lets it, which the AWS-managed aws/sns key never does.
 */
export class Topics extends Construct {
  readonly key: Key;
  readonly notifications: Topic;
  readonly alarms: Topic;

  constructor(scope: Construct, id: string, props: TopicsProps) {
    super(scope, id);
    this.key = new Key(this, 'Key', {
      description: 'newsevents SNS topics',
      enableKeyRotation: true,
      removalPolicy: props.removalPolicy === 'destroy' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsPublish',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );

    this.notifications = new Topic(this, 'Notifications', {
      displayName: 'newsevents notifications',
      masterKey: this.key,
      enforceSSL: true,
    });
    this.alarms = new Topic(this, 'Alarms', {
      displayName: 'newsevents alarms',
      masterKey: this.key,
      enforceSSL: true,
    });
    if (props.notificationEmail) {
      this.notifications.addSubscription(new EmailSubscription(props.notificationEmail));
    }
    if (props.alarmEmail) {
      this.alarms.addSubscription(new EmailSubscription(props.alarmEmail));
    }
  }
}
