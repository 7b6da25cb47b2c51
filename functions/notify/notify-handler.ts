import type { EventBridgeEvent } from 'aws-lambda';
import { type NotificationPublisher, notificationFor } from '../../core/change/notification';
import { ChangeEventSchema } from '../../core/model/change-event';

/** The rule delivered something that is not one of our change events: retrying will not help, the DLQ will. */
export class NotifyInputError extends Error {
  override readonly name = 'NotifyInputError';
}

export interface NotifyLogger {
  info(message: string, extra: Record<string, unknown>): void;
}

export interface NotifyDeps {
  notifier: NotificationPublisher;
  logger?: NotifyLogger;
}

/** EventBridge rule target: validates the change event, then publishes its one-line summary with filterable attributes. */
export const createNotifyHandler = (deps: NotifyDeps) => async (event: EventBridgeEvent<string, unknown>) => {
  const parsed = ChangeEventSchema.safeParse({
    source: event.source,
    detailType: event['detail-type'],
    detail: event.detail,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new NotifyInputError(
      `not a newsevents change event (${event.source} / ${event['detail-type']}): ${issue?.path.join('.')} ${issue?.message}`,
    );
  }
  const notification = notificationFor(parsed.data);
  await deps.notifier.publish(notification);
  deps.logger?.info('notification published', {
    detailType: parsed.data.detailType,
    id: parsed.data.detail.id,
    summary: notification.summary,
  });
};
