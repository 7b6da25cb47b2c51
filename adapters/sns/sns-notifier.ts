import { type MessageAttributeValue, PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type {
  Notification,
  NotificationAttributes,
  NotificationPublisher,
} from '../../core/change/notification';

export interface SnsNotifierOptions {
  client: SNSClient;
  topicArn: string;
}

/** SNS filter policies read message attributes: arrays as String.Array, numbers as Number. */
export const toMessageAttributes = (
  attributes: NotificationAttributes,
): Record<string, MessageAttributeValue> => {
  const result: Record<string, MessageAttributeValue> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) result[name] = { DataType: 'String.Array', StringValue: JSON.stringify(value) };
    else if (typeof value === 'number') result[name] = { DataType: 'Number', StringValue: String(value) };
    else result[name] = { DataType: 'String', StringValue: String(value) };
  }
  return result;
};

/**
 * One message per protocol: people (e-mail, SMS) get the one-line summary, with the event beneath it in
 * e-mail; machines (SQS, Lambda, HTTPS, Firehose) get JSON they can parse, the summary included.
 */
export const toMessage = (notification: Notification): string => {
  const machine = JSON.stringify({
    summary: notification.summary,
    'detail-type': notification.event.detailType,
    source: notification.event.source,
    detail: notification.event.detail,
  });
  return JSON.stringify({
    default: notification.summary,
    email: `${notification.summary}\n\n${JSON.stringify(notification.event.detail, null, 2)}\n`,
    sms: notification.summary,
    sqs: machine,
    lambda: machine,
    http: machine,
    https: machine,
    firehose: machine,
  });
};

export const createSnsNotifier = (options: SnsNotifierOptions): NotificationPublisher => ({
  async publish(notification) {
    await options.client.send(
      new PublishCommand({
        TopicArn: options.topicArn,
        Subject: notification.subject,
        MessageStructure: 'json',
        Message: toMessage(notification),
        MessageAttributes: toMessageAttributes(notification.attributes),
      }),
    );
  },
});
