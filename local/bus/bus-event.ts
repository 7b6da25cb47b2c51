import type { ChangeEvent } from '../../core/model/change-event';

/** What a subscriber receives: the EventBridge event envelope around a change event's detail. */
export interface BusEvent {
  version: '0';
  /** Assigned by the bus per delivery attempt (as EventBridge does); dedupe on `detail.id` instead. */
  id: string;
  'detail-type': ChangeEvent['detailType'];
  source: ChangeEvent['source'];
  account: string;
  /** When the change happened, to the second, as EventBridge formats it. */
  time: string;
  region: string;
  resources: string[];
  detail: ChangeEvent['detail'];
}

export interface EnvelopeContext {
  id: string;
  account: string;
  region: string;
}

export const toBusEvent = (event: ChangeEvent, context: EnvelopeContext): BusEvent => ({
  version: '0',
  id: context.id,
  'detail-type': event.detailType,
  source: event.source,
  account: context.account,
  time: new Date(event.detail.occurredAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  region: context.region,
  resources: [],
  detail: event.detail,
});

/** The change event inside an envelope (the detail was validated when the envelope was made). */
export const fromBusEvent = (event: BusEvent): ChangeEvent =>
  ({ source: event.source, detailType: event['detail-type'], detail: event.detail }) as ChangeEvent;
