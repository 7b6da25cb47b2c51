import { randomUUID } from 'node:crypto';
import type { ChangeEventPublisher, PutResult } from '../../core/change/ports';
import { summarizeChange } from '../../core/change/summary';
import type { ChangeEvent } from '../../core/model/change-event';
import type { Clock } from '../../core/ports';
import { type BusEvent, fromBusEvent, toBusEvent } from './bus-event';
import { appendJsonLine } from './jsonl-file';
import { compilePattern, type EventMatcher } from './pattern';
import type { Subscriber } from './subscribers-config';
import { type DeadLetter, deliverToWebhook } from './webhook-target';

export interface LocalBusOptions {
  subscribers: readonly Subscriber[];
  clock?: Clock;
  /** Envelope ids; random UUIDs by default. */
  newId?: () => string;
  account?: string;
  region?: string;
  /** Where stdout subscribers write (tests pass a collector). */
  stdout?: { write(text: string): unknown };
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export type DeliveryRecord =
  | { subscriber: string; eventId: string; outcome: 'delivered'; attempts: number }
  | { subscriber: string; eventId: string; outcome: 'dead-lettered'; deadLetter: DeadLetter };

export type Listener = (event: BusEvent) => void | Promise<void>;

export interface LocalBus extends ChangeEventPublisher {
  /**
   * In-process subscription (CLI `tail`, tests, benchmarks). `pattern` null receives everything.
   * A listener that throws fails the put, like any other subscriber. Returns the unsubscribe function.
   */
  subscribe(pattern: Record<string, unknown> | null, listener: Listener): () => void;
  /** Called after each delivery to a configured subscriber, delivered or dead-lettered. */
  onDelivery(listener: (record: DeliveryRecord) => void): () => void;
  /** Resolves when every delivery started so far has finished. */
  drain(): Promise<void>;
}

interface Route {
  name: string;
  matches: EventMatcher;
  deliver: (event: BusEvent) => Promise<void>;
  /** Deliveries to one subscriber run one after another, so it sees events in the order they were put. */
  tail: Promise<void>;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The in-process EventBridge stand-in: the same ChangeEventPublisher port as the cloud adapter, so the
 * publish handler runs unchanged. `put` resolves only when every matching subscriber has the event or
 * it is in that subscriber's dead-letter file; an entry whose delivery could not even be dead-lettered is
 * reported failed, so the publish handler retries it and, failing that, the stream record is retried.
 */
export const createLocalBus = (options: LocalBusOptions): LocalBus => {
  const now = () => (options.clock ?? { now: () => new Date() }).now();
  const newId = options.newId ?? randomUUID;
  const stdout = options.stdout ?? process.stdout;
  const webhookDeps = {
    fetch: options.fetch ?? globalThis.fetch,
    sleep: options.sleep ?? realSleep,
    random: options.random ?? Math.random,
    now,
  };
  const deliveryListeners = new Set<(record: DeliveryRecord) => void>();
  const notify = (record: DeliveryRecord) => {
    for (const listener of deliveryListeners) listener(record);
  };

  const routeFor = (subscriber: Subscriber): Route => {
    const { target, name } = subscriber;
    let deliver: (event: BusEvent) => Promise<void>;
    if (target.type === 'jsonl') {
      deliver = async (event) => {
        await appendJsonLine(target.path, event);
        notify({ subscriber: name, eventId: event.detail.id, outcome: 'delivered', attempts: 1 });
      };
    } else if (target.type === 'stdout') {
      deliver = async (event) => {
        stdout.write(
          `${target.format === 'json' ? JSON.stringify(event) : summarizeChange(fromBusEvent(event))}\n`,
        );
        notify({ subscriber: name, eventId: event.detail.id, outcome: 'delivered', attempts: 1 });
      };
    } else {
      deliver = async (event) => {
        const outcome = await deliverToWebhook(name, target, event, webhookDeps);
        notify(
          outcome.delivered
            ? { subscriber: name, eventId: event.detail.id, outcome: 'delivered', attempts: outcome.attempts }
            : {
                subscriber: name,
                eventId: event.detail.id,
                outcome: 'dead-lettered',
                deadLetter: outcome.deadLetter,
              },
        );
      };
    }
    return { name, matches: subscriber.matches, deliver, tail: Promise.resolve() };
  };

  const routes = options.subscribers.map(routeFor);
  const inFlight = new Set<Promise<unknown>>();

  const enqueue = (route: Route, event: BusEvent): Promise<void> => {
    const run = route.tail.then(() => route.deliver(event));
    route.tail = run.catch(() => {});
    inFlight.add(run);
    void run.catch(() => {}).finally(() => inFlight.delete(run));
    return run;
  };

  const putOne = async (changeEvent: ChangeEvent): Promise<PutResult> => {
    const event = toBusEvent(changeEvent, {
      id: newId(),
      account: options.account ?? '000000000000',
      region: options.region ?? 'local',
    });
    const deliveries = routes.filter((route) => route.matches(event)).map((route) => enqueue(route, event));
    const outcomes = await Promise.allSettled(deliveries);
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed !== undefined) {
      const reason = (failed as PromiseRejectedResult).reason;
      return {
        ok: false,
        errorCode: 'DeliveryFailed',
        errorMessage: reason instanceof Error ? reason.message : String(reason),
      };
    }
    return { ok: true, busEventId: event.id };
  };

  return {
    async put(events) {
      // Entries are delivered in order: each subscriber's queue keeps them so, and awaiting them together
      // lets different subscribers work in parallel.
      return Promise.all(events.map(putOne));
    },
    subscribe(pattern, listener) {
      const route: Route = {
        name: 'listener',
        matches: pattern === null ? () => true : compilePattern(pattern),
        deliver: async (event) => listener(event),
        tail: Promise.resolve(),
      };
      routes.push(route);
      return () => {
        const index = routes.indexOf(route);
        if (index >= 0) routes.splice(index, 1);
      };
    },
    onDelivery(listener) {
      deliveryListeners.add(listener);
      return () => deliveryListeners.delete(listener);
    },
    async drain() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
};
