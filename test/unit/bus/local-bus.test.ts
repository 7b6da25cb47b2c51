import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapItemChange } from '../../../core/change/map-change';
import type { ChangeEvent } from '../../../core/model/change-event';
import type { BusEvent } from '../../../local/bus/bus-event';
import { createLocalBus } from '../../../local/bus/local-bus';
import { signBody, verifySignature } from '../../../local/bus/signature';
import { parseSubscribersConfig } from '../../../local/bus/subscribers-config';
import { deliverToWebhook } from '../../../local/bus/webhook-target';
import { eventItem, itemChange, storedEvent } from '../change/fixtures';

const created = (overrides = {}, sequence = '1') =>
  mapItemChange(
    itemChange('INSERT', undefined, eventItem(storedEvent(overrides)), sequence),
  )[0] as ChangeEvent;

const busEvent = (): BusEvent => ({
  version: '0',
  id: 'env-1',
  'detail-type': 'Event Created',
  source: 'newsevents',
  account: '000000000000',
  time: '2023-10-19T08:00:01Z',
  region: 'local',
  resources: [],
  detail: created().detail,
});

describe('signature', () => {
  it('verifies the exact body and nothing else', () => {
    const body = JSON.stringify(busEvent());
    const header = signBody('topsecret', body);
    expect(header).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifySignature('topsecret', body, header)).toBe(true);
    expect(verifySignature('topsecret', `${body} `, header)).toBe(false);
    expect(verifySignature('othersecret', body, header)).toBe(false);
    expect(verifySignature('topsecret', body, undefined)).toBe(false);
  });
});

describe('webhook delivery', () => {
  const target = (dir: string) => ({
    type: 'webhook' as const,
    url: 'http://127.0.0.1:1/hook',
    secret: 'topsecret',
    headers: { 'x-team': 'analysts' },
    timeoutMs: 1000,
    retry: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000 },
    deadLetterPath: join(dir, 'dead.jsonl'),
  });
  const scripted = (statuses: (number | 'network')[]) => {
    const requests: { headers: Record<string, string>; body: string }[] = [];
    const fetch = (async (_url: string, init: RequestInit) => {
      requests.push({ headers: init.headers as Record<string, string>, body: init.body as string });
      const next = statuses[requests.length - 1] ?? 200;
      if (next === 'network') throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
      return new Response('', { status: next, headers: next === 429 ? { 'retry-after': '0.5' } : {} });
    }) as typeof globalThis.fetch;
    return { fetch, requests };
  };
  const deps = (fetch: typeof globalThis.fetch, sleeps: number[]) => ({
    fetch,
    sleep: async (ms: number) => {
      sleeps.push(ms);
    },
    random: () => 0,
    now: () => new Date('2023-10-19T08:00:05Z'),
  });

  it('retries network errors, 5xx and 429 with growing delays, then succeeds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hook-'));
    const { fetch, requests } = scripted(['network', 503, 429, 200]);
    const sleeps: number[] = [];
    const outcome = await deliverToWebhook('prk', target(dir), busEvent(), deps(fetch, sleeps));
    expect(outcome).toEqual({ delivered: true, attempts: 4 });
    // Equal jitter with random() = 0 gives half the ceiling; the 429 asked for 500 ms.
    expect(sleeps).toEqual([50, 100, 500]);
    const first = requests[0];
    expect(first?.headers['x-newsevents-signature']).toBe(signBody('topsecret', first?.body ?? ''));
    expect(first?.headers['x-newsevents-id']).toBe(busEvent().detail.id);
    expect(first?.headers['x-team']).toBe('analysts');
    expect(requests.map((request) => request.headers['x-newsevents-attempt'])).toEqual(['1', '2', '3', '4']);
    expect(new Set(requests.map((request) => request.body)).size).toBe(1);
  });

  it('dead-letters at once on a 4xx that retrying cannot fix, with the event intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hook-'));
    const { fetch, requests } = scripted([410]);
    const outcome = await deliverToWebhook('prk', target(dir), busEvent(), deps(fetch, []));
    expect(requests).toHaveLength(1);
    expect(outcome.delivered).toBe(false);
    const line = JSON.parse(readFileSync(join(dir, 'dead.jsonl'), 'utf8').trim());
    expect(line).toMatchObject({ subscriber: 'prk', reason: 'rejected', lastStatus: 410, attempts: 1 });
    expect(line.event).toEqual(busEvent());
  });

  it('dead-letters after the last attempt when the endpoint keeps failing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hook-'));
    const { fetch, requests } = scripted([500, 500, 500, 500]);
    const outcome = await deliverToWebhook('prk', target(dir), busEvent(), deps(fetch, []));
    expect(requests).toHaveLength(4);
    expect(outcome).toMatchObject({
      delivered: false,
      deadLetter: { reason: 'exhausted', attempts: 4, lastStatus: 500 },
    });
  });
});

describe('local bus', () => {
  const subscribers = parseSubscribersConfig(
    {
      subscribers: [
        {
          name: 'conflict',
          pattern: { detail: { quadClass: [4] } },
          target: { type: 'stdout', format: 'json' },
        },
        { name: 'lines', pattern: { source: ['newsevents'] }, target: { type: 'stdout' } },
      ],
    },
    { baseDir: '/tmp' },
  );

  it('delivers each event to the subscribers whose pattern matches, and reports the envelope id', async () => {
    const written: string[] = [];
    let n = 0;
    const bus = createLocalBus({
      subscribers,
      stdout: { write: (text: string) => written.push(text) },
      newId: () => `env-${++n}`,
    });
    const conflict = created(
      { id: 'evt-c', code: '190', root: '19', quadClass: 4, goldstein: -10, plover: 'ASSAULT' },
      '1',
    );
    const visit = created({ id: 'evt-v' }, '2');
    const results = await bus.put([conflict, visit]);
    expect(results).toEqual([
      { ok: true, busEventId: 'env-1' },
      { ok: true, busEventId: 'env-2' },
    ]);
    const json = written.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as BusEvent);
    expect(json.map((event) => event.detail.id)).toEqual([conflict.detail.id]);
    expect(json[0]).toMatchObject({
      version: '0',
      id: 'env-1',
      source: 'newsevents',
      'detail-type': 'Event Created',
      time: '2023-10-19T08:00:01Z',
    });
    expect(written.filter((line) => !line.startsWith('{'))).toHaveLength(2);
  });

  it('keeps each subscriber in put order even when deliveries take different times', async () => {
    const bus = createLocalBus({ subscribers: [], stdout: { write: () => true } });
    const seen: string[] = [];
    bus.subscribe(null, async (event) => {
      const id = (event.detail.data as { id: string }).id;
      // The first event is the slowest: a bus that did not queue per subscriber would let the others overtake it.
      await new Promise((resolve) => setTimeout(resolve, id === 'evt-1' ? 30 : 1));
      seen.push(id);
    });
    const events = ['evt-1', 'evt-2', 'evt-3'].map((id, i) => created({ id }, String(i + 1)));
    await Promise.all([bus.put(events.slice(0, 2)), bus.put(events.slice(2))]);
    expect(seen).toEqual(['evt-1', 'evt-2', 'evt-3']);
  });

  it('reports an entry failed when a subscriber could not take it, and the others still get it', async () => {
    const bus = createLocalBus({ subscribers: [], stdout: { write: () => true } });
    const got: string[] = [];
    bus.subscribe({ detail: { quadClass: [1] } }, () => {
      throw new Error('disk full');
    });
    bus.subscribe(null, (event) => {
      got.push(event.detail.id);
    });
    const [result] = await bus.put([created()]);
    expect(result).toEqual({ ok: false, errorCode: 'DeliveryFailed', errorMessage: 'disk full' });
    expect(got).toHaveLength(1);
  });
});
