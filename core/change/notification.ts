import type { ChangeEvent, DetailType } from '../model/change-event';
import { subjectForChange, summarizeChange } from './summary';

/** Values a subscriber's filter policy can match on, each kept only when the change has it. */
export interface NotificationAttributes {
  detailType: DetailType;
  countries?: string[];
  sectors?: string[];
  quadClass?: number;
  root?: string;
  plover?: string;
  goldstein?: number;
}

export interface Notification {
  subject: string;
  summary: string;
  attributes: NotificationAttributes;
  event: ChangeEvent;
}

/** What people and services subscribed to the notifications topic receive for one change event. */
export const notificationFor = (event: ChangeEvent): Notification => {
  const detail = event.detail;
  const attributes: NotificationAttributes = { detailType: event.detailType };
  // An empty list matches no filter anyway; leaving it out keeps "exists": false policies meaningful.
  if (detail.countries.length > 0) attributes.countries = detail.countries;
  if (detail.sectors.length > 0) attributes.sectors = detail.sectors;
  if ('quadClass' in detail) {
    attributes.quadClass = detail.quadClass;
    attributes.root = detail.root;
    attributes.plover = detail.plover;
    attributes.goldstein = detail.goldstein;
  }
  return { subject: subjectForChange(event), summary: summarizeChange(event), attributes, event };
};

/** Port: where notifications go (an SNS topic in the cloud). */
export interface NotificationPublisher {
  publish(notification: Notification): Promise<void>;
}
