import { createHash } from 'node:crypto';
import type { DetailType } from '../model/change-event';
import type { ItemChange } from './item-change';

/** Key attributes in name order, so {pk, sk} and {sk, pk} give the same id. */
const canonicalKeys = (keys: Record<string, unknown>): string =>
  JSON.stringify(
    Object.keys(keys)
      .sort()
      .map((name) => [name, keys[name]]),
  );

/**
 * The dedupe id of the change event made from one stream record.
 * Everything hashed belongs to the stream record itself (item key, sequence number, record id), so a
 * retried or re-read record yields the same id and subscribers can drop the duplicate; the detail-type
 * is included because one record could in principle yield more than one change event.
 */
export const changeEventId = (change: ItemChange, detailType: DetailType): string => {
  const material = [
    canonicalKeys(change.keys),
    change.sequenceNumber,
    change.recordId ?? '',
    detailType,
  ].join('\n');
  return `chg-${createHash('sha256').update(material, 'utf8').digest('hex').slice(0, 40)}`;
};
