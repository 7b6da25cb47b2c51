import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** Operator alarms; each one notifies the alarm topic when it fires and when it clears. */
export class Alarms extends Construct {
  constructor(
    scope: Construct,
    id: string,
    private readonly topic: ITopic,
  ) {
    super(scope, id);
  }

  /** Anything in a dead-letter queue is work that did not happen: one message is enough. */
  deadLetters(id: string, queue: IQueue, what: string): Alarm {
    return this.add(
      id,
      queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }),
      0,
      `${what} has messages: inspect, fix, then redrive`,
    );
  }

  functionErrors(id: string, fn: IFunction, what: string): Alarm {
    return this.add(
      id,
      fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
      0,
      `${what} threw errors (whole invocations, not single batch items)`,
    );
  }

  /** The stream keeps records for 24 hours: a growing iterator age means change events are late or at risk. */
  streamIteratorAge(id: string, fn: IFunction, limit: Duration): Alarm {
    return this.add(
      id,
      fn.metric('IteratorAge', { period: Duration.minutes(5), statistic: 'Maximum' }),
      limit.toMilliseconds(),
      `Stream consumer is more than ${limit.toHumanString()} behind`,
    );
  }

  queueAge(id: string, queue: IQueue, limit: Duration, what: string): Alarm {
    return this.add(
      id,
      queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' }),
      limit.toSeconds(),
      `${what} has waited more than ${limit.toHumanString()}`,
    );
  }

  private add(id: string, metric: Metric, threshold: number, description: string): Alarm {
    const alarm = new Alarm(this, id, {
      metric,
      threshold,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      alarmDescription: description,
      // No data means no messages or no invocations: that is healthy, not unknown.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const action = new SnsAction(this.topic);
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
    return alarm;
  }
}
