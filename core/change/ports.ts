import type { ChangeEvent } from '../model/change-event';

/** What became of one entry of a `put`: same index as the entry sent. */
export type PutResult =
  | { ok: true; busEventId: string | null }
  | { ok: false; errorCode: string; errorMessage: string };

/**
 * Where change events go: EventBridge in the cloud, the in-process bus locally.
 * `put` never throws for a per-entry problem; it reports it in that entry's result so the caller
 * can retry exactly the entries that failed.
 */
export interface ChangeEventPublisher {
  put(events: readonly ChangeEvent[]): Promise<PutResult[]>;
}
