import {
  type EventBridgeClient,
  PutEventsCommand,
  type PutEventsRequestEntry,
} from '@aws-sdk/client-eventbridge';
import type { ChangeEventPublisher, PutResult } from '../../core/change/ports';
import type { ChangeEvent } from '../../core/model/change-event';

export interface EventBridgePublisherOptions {
  client: EventBridgeClient;
  /** Name or ARN of the custom bus (env BUS_NAME in the function). */
  busName: string;
}

/** One PutEvents entry; Time is the change's own time, so archives and replays keep when it happened. */
export const toPutEventsEntry = (event: ChangeEvent, busName: string): PutEventsRequestEntry => ({
  EventBusName: busName,
  Source: event.source,
  DetailType: event.detailType,
  Detail: JSON.stringify(event.detail),
  Time: new Date(event.detail.occurredAt),
});

/**
 * The cloud side of the ChangeEventPublisher port: one PutEvents call per `put` (the caller keeps
 * batches within 10 entries and 256 KB). EventBridge answers per entry, in order; an entry with an
 * ErrorCode failed and may be retried on its own.
 */
export const createEventBridgePublisher = (options: EventBridgePublisherOptions): ChangeEventPublisher => ({
  async put(events) {
    if (events.length === 0) return [];
    const response = await options.client.send(
      new PutEventsCommand({ Entries: events.map((event) => toPutEventsEntry(event, options.busName)) }),
    );
    const entries = response.Entries ?? [];
    return events.map((_, index): PutResult => {
      const entry = entries[index];
      if (entry === undefined) {
        return {
          ok: false,
          errorCode: 'MissingEntry',
          errorMessage: 'PutEvents returned no result for this entry',
        };
      }
      if (entry.ErrorCode !== undefined || entry.EventId === undefined) {
        return {
          ok: false,
          errorCode: entry.ErrorCode ?? 'Unknown',
          errorMessage: entry.ErrorMessage ?? 'PutEvents rejected the entry without a message',
        };
      }
      return { ok: true, busEventId: entry.EventId };
    });
  },
});
