import { type BackoffOptions, backoffDelay } from '../../core/change/backoff';
import type { ChangeEventPublisher, PutResult } from '../../core/change/ports';
import type { ChangeEvent } from '../../core/model/change-event';

export interface RetryOptions extends BackoffOptions {
  /** Total tries per entry, the first included. */
  maxAttempts: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export type FinalResult = PutResult & { attempts: number };

const thrownAsResults = (count: number, error: unknown): PutResult[] =>
  Array.from({ length: count }, () => ({
    ok: false as const,
    errorCode: error instanceof Error ? error.name : 'PutError',
    errorMessage: error instanceof Error ? error.message : String(error),
  }));

/**
 * Puts one batch, then re-puts only the entries that failed (EventBridge reports them one by one
 * through FailedEntryCount), with exponential backoff, until each entry succeeded or ran out of attempts.
 * A `put` that throws counts as every entry of that call failing.
 */
export const putWithRetry = async (
  bus: ChangeEventPublisher,
  events: readonly ChangeEvent[],
  options: RetryOptions,
): Promise<FinalResult[]> => {
  const final: (FinalResult | undefined)[] = new Array(events.length);
  let pending = events.map((_, index) => index);
  for (let attempt = 1; pending.length > 0; attempt += 1) {
    if (attempt > 1) await options.sleep(backoffDelay(attempt - 1, options, options.random));
    const batch = pending.map((index) => events[index] as ChangeEvent);
    const results = await bus.put(batch).catch((error: unknown) => thrownAsResults(batch.length, error));
    const retry: number[] = [];
    pending.forEach((eventIndex, position) => {
      const result: PutResult = results[position] ?? {
        ok: false,
        errorCode: 'MissingResult',
        errorMessage: 'the publisher returned fewer results than entries',
      };
      if (result.ok || attempt >= options.maxAttempts) final[eventIndex] = { ...result, attempts: attempt };
      else retry.push(eventIndex);
    });
    pending = retry;
  }
  return final as FinalResult[];
};
