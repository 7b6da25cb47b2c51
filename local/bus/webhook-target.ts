import { backoffDelay } from '../../core/change/backoff';
import type { BusEvent } from './bus-event';
import { appendJsonLine } from './jsonl-file';
import { signBody } from './signature';
import type { ResolvedTarget } from './subscribers-config';

type WebhookConfig = Extract<ResolvedTarget, { type: 'webhook' }>;

export interface WebhookDeps {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => Date;
}

/** What ended up in the dead-letter file: the event intact, plus why and after how many tries. */
export interface DeadLetter {
  deadLetteredAt: string;
  subscriber: string;
  url: string;
  attempts: number;
  /** `rejected` (a 4xx other than 408/429: retrying cannot help) or `exhausted` (retries used up). */
  reason: 'rejected' | 'exhausted';
  lastStatus: number | null;
  lastError: string;
  event: BusEvent;
}

export type WebhookOutcome =
  | { delivered: true; attempts: number }
  | { delivered: false; deadLetter: DeadLetter };

const RETRYABLE_STATUS = (status: number): boolean => status === 408 || status === 429 || status >= 500;

/** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
const retryAfterMs = (header: string | null, now: Date): number | null => {
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now.getTime());
};

/**
 * POSTs the event JSON, signed, retrying network errors, timeouts, 408, 429 and 5xx with exponential
 * backoff and jitter (a Retry-After is honoured up to the maximum delay). When retrying is pointless or
 * exhausted, the event goes to the dead-letter file; only a failure to write that file rejects.
 */
export const deliverToWebhook = async (
  subscriberName: string,
  config: WebhookConfig,
  event: BusEvent,
  deps: WebhookDeps,
): Promise<WebhookOutcome> => {
  const body = JSON.stringify(event);
  const signature = signBody(config.secret, body);
  let lastStatus: number | null = null;
  let lastError = '';
  let attempt = 0;
  let reason: DeadLetter['reason'] = 'exhausted';
  while (attempt < config.retry.maxAttempts) {
    attempt += 1;
    let waitHint: number | null = null;
    try {
      const response = await deps.fetch(config.url, {
        method: 'POST',
        body,
        signal: AbortSignal.timeout(config.timeoutMs),
        headers: {
          ...config.headers,
          'content-type': 'application/json',
          'user-agent': 'newsevents-local-bus',
          'x-newsevents-signature': signature,
          'x-newsevents-id': event.detail.id,
          'x-newsevents-event': event['detail-type'],
          'x-newsevents-timestamp': String(Math.floor(deps.now().getTime() / 1000)),
          'x-newsevents-attempt': String(attempt),
        },
      });
      // Drain the body so the keep-alive connection can be reused.
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) return { delivered: true, attempts: attempt };
      lastStatus = response.status;
      lastError = `HTTP ${response.status}`;
      if (!RETRYABLE_STATUS(response.status)) {
        reason = 'rejected';
        break;
      }
      waitHint = retryAfterMs(response.headers.get('retry-after'), deps.now());
    } catch (error) {
      lastStatus = null;
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      lastError = `${(error as Error).name}: ${(error as Error).message}${cause ? ` (${cause})` : ''}`;
    }
    if (attempt < config.retry.maxAttempts) {
      const delay = backoffDelay(attempt, config.retry, deps.random);
      await deps.sleep(
        waitHint === null ? delay : Math.min(Math.max(delay, waitHint), config.retry.maxDelayMs),
      );
    }
  }
  const deadLetter: DeadLetter = {
    deadLetteredAt: deps.now().toISOString(),
    subscriber: subscriberName,
    url: config.url,
    attempts: attempt,
    reason,
    lastStatus,
    lastError,
    event,
  };
  await appendJsonLine(config.deadLetterPath, deadLetter);
  return { delivered: false, deadLetter };
};
