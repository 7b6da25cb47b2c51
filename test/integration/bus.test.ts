import { mkdtempSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mapItemChange } from '../../core/change/map-change';
import type { ChangeEvent } from '../../core/model/change-event';
import type { BusEvent } from '../../local/bus/bus-event';
import { createLocalBus } from '../../local/bus/local-bus';
import { loadSubscribersFile } from '../../local/bus/subscribers-config';
import { startWebhookReceiver, type WebhookReceiver } from '../../local/bus/webhook-receiver';
import { eventItem, itemChange, storedEvent } from '../unit/change/fixtures';

const SECRET = 'integration-secret';
const dir = mkdtempSync(join(tmpdir(), 'bus-it-'));
const receivers: WebhookReceiver[] = [];
afterAll(async () => {
  await Promise.all(receivers.map((receiver) => receiver.close()));
});

const created = (id: string, sequence: string, overrides = {}) =>
  mapItemChange(
    itemChange('INSERT', undefined, eventItem(storedEvent({ id, ...overrides })), sequence),
  )[0] as ChangeEvent;
const conflict = (id: string, sequence: string) =>
  created(id, sequence, { code: '190', root: '19', quadClass: 4, goldstein: -10, plover: 'ASSAULT' });

/** A port nobody listens on: bind one, then let it go. */
const closedPort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
};

const busFrom = async (name: string, subscribers: unknown[]) => {
  const path = join(dir, `${name}.json`);
  await writeFile(path, JSON.stringify({ subscribers }));
  return createLocalBus({ subscribers: await loadSubscribersFile(path), stdout: { write: () => true } });
};

const readLines = (path: string) =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

describe('local bus over real files and HTTP', () => {
  it('delivers matching events to a JSONL file and a signed webhook, and only those', async () => {
    const receiver = await startWebhookReceiver({ secret: SECRET });
    receivers.push(receiver);
    const bus = await busFrom('both', [
      {
        name: 'everything',
        pattern: { source: ['newsevents'] },
        target: { type: 'jsonl', path: 'out/all.jsonl' },
      },
      {
        name: 'prk-conflict',
        pattern: {
          source: ['newsevents'],
          'detail-type': ['Event Created'],
          detail: { countries: ['PRK'], quadClass: [4] },
        },
        target: { type: 'webhook', url: receiver.url, secret: SECRET },
      },
    ]);
    const events = [created('evt-visit', '1'), conflict('evt-clash', '2')];
    const results = await bus.put(events);
    expect(results.every((result) => result.ok)).toBe(true);

    const lines = readLines(join(dir, 'out/all.jsonl')) as BusEvent[];
    expect(lines.map((line) => line.detail.id)).toEqual(events.map((event) => event.detail.id));
    // put resolves only after delivery, so the webhook already has it: no waiting needed.
    expect(receiver.received.map((delivery) => delivery.event.detail.id)).toEqual([events[1]?.detail.id]);
    expect(receiver.rejected).toBe(0);
    const headers = receiver.received[0]?.headers ?? {};
    expect(headers['x-newsevents-id']).toBe(events[1]?.detail.id);
    expect(headers['x-newsevents-event']).toBe('Event Created');
    expect(Number(headers['x-newsevents-timestamp'])).toBeGreaterThan(1_600_000_000);
  });

  it('retries a webhook answering 503 and then delivers', async () => {
    const receiver = await startWebhookReceiver({
      secret: SECRET,
      respond: ({ attempt }) => (attempt < 3 ? 503 : 200),
    });
    receivers.push(receiver);
    const bus = await busFrom('flaky', [
      {
        name: 'flaky',
        pattern: { source: ['newsevents'] },
        target: {
          type: 'webhook',
          url: receiver.url,
          secret: SECRET,
          retry: { maxAttempts: 5, baseDelayMs: 20, maxDelayMs: 100 },
        },
      },
    ]);
    const attempts: number[] = [];
    bus.onDelivery((record) => record.outcome === 'delivered' && attempts.push(record.attempts));
    const [result] = await bus.put([created('evt-a', '3')]);
    expect(result?.ok).toBe(true);
    expect(attempts).toEqual([3]);
    expect(receiver.received).toHaveLength(1);
  });

  it('a webhook that is down is retried with backoff, then dead-lettered with the payload intact', async () => {
    const port = await closedPort();
    const bus = await busFrom('down', [
      {
        name: 'down',
        pattern: { source: ['newsevents'] },
        target: {
          type: 'webhook',
          url: `http://127.0.0.1:${port}/hook`,
          secret: SECRET,
          timeoutMs: 500,
          retry: { maxAttempts: 3, baseDelayMs: 50, maxDelayMs: 200 },
        },
      },
    ]);
    const event = conflict('evt-lost', '4');
    const started = performance.now();
    const [result] = await bus.put([event]);
    const elapsed = performance.now() - started;
    // Nothing is dropped: the put succeeds because the event is safely in the dead-letter file.
    expect(result?.ok).toBe(true);
    // Two backoff pauses of at least half their ceiling (equal jitter): 25 + 50 ms.
    expect(elapsed).toBeGreaterThanOrEqual(75);
    const [letter] = readLines(join(dir, 'dead-letter/down.jsonl'));
    expect(letter).toMatchObject({ subscriber: 'down', reason: 'exhausted', attempts: 3, lastStatus: null });
    expect(letter.lastError).toMatch(/ECONNREFUSED|fetch failed/);
    expect(letter.event.detail).toEqual(JSON.parse(JSON.stringify(event.detail)));
    expect(letter.event['detail-type']).toBe('Event Created');
  });

  it('a webhook that rejects the request (4xx) is dead-lettered at once', async () => {
    const receiver = await startWebhookReceiver({ secret: SECRET, respond: () => 422 });
    receivers.push(receiver);
    const bus = await busFrom('rejects', [
      {
        name: 'rejects',
        pattern: { source: ['newsevents'] },
        target: { type: 'webhook', url: receiver.url, secret: SECRET },
      },
    ]);
    await bus.put([created('evt-b', '5')]);
    const [letter] = readLines(join(dir, 'dead-letter/rejects.jsonl'));
    expect(letter).toMatchObject({ reason: 'rejected', attempts: 1, lastStatus: 422 });
  });

  it('a receiver with another secret refuses the delivery, which ends up dead-lettered', async () => {
    const receiver = await startWebhookReceiver({ secret: 'not-the-same-secret' });
    receivers.push(receiver);
    const bus = await busFrom('wrong-secret', [
      {
        name: 'wrong-secret',
        pattern: { source: ['newsevents'] },
        target: { type: 'webhook', url: receiver.url, secret: SECRET },
      },
    ]);
    await bus.put([created('evt-c', '6')]);
    expect(receiver.rejected).toBe(1);
    expect(receiver.received).toHaveLength(0);
    expect(readLines(join(dir, 'dead-letter/wrong-secret.jsonl'))[0]).toMatchObject({ lastStatus: 401 });
  });
});
