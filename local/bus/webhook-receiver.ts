import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BusEvent } from './bus-event';
import { SIGNATURE_HEADER, verifySignature } from './signature';

export interface ReceivedWebhook {
  event: BusEvent;
  headers: IncomingMessage['headers'];
  body: string;
  receivedAt: number;
}

export interface WebhookReceiverOptions {
  secret: string;
  /** Decides the status for each request (after the signature check); 204 by default. */
  respond?: (request: { event: BusEvent; attempt: number; index: number }) => number;
}

export interface WebhookReceiver {
  url: string;
  /** Correctly signed deliveries, in arrival order. */
  received: ReceivedWebhook[];
  /** Requests refused because the signature did not verify. */
  rejected: number;
  /** Resolves when `count` deliveries have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

/**
 * A minimal subscriber endpoint on 127.0.0.1, for trying webhooks locally, for tests and for the latency
 * benchmark: it verifies X-Newsevents-Signature over the raw body exactly as a real subscriber should.
 */
export const startWebhookReceiver = async (options: WebhookReceiverOptions): Promise<WebhookReceiver> => {
  const received: ReceivedWebhook[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let rejected = 0;
  let index = 0;

  const handle = (request: IncomingMessage, response: ServerResponse, body: string) => {
    const header = request.headers[SIGNATURE_HEADER];
    if (!verifySignature(options.secret, body, typeof header === 'string' ? header : undefined)) {
      rejected += 1;
      response.writeHead(401).end();
      return;
    }
    const event = JSON.parse(body) as BusEvent;
    const status =
      options.respond?.({
        event,
        attempt: Number(request.headers['x-newsevents-attempt'] ?? 1),
        index: index++,
      }) ?? 204;
    if (status >= 200 && status < 300) {
      received.push({ event, headers: request.headers, body, receivedAt: performance.now() });
      for (const waiter of waiters.filter((w) => received.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
    response.writeHead(status).end();
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handle(request, response, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    get rejected() {
      return rejected;
    },
    waitFor(count, timeoutMs = 10_000) {
      if (received.length >= count) return Promise.resolve(received.slice());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(`webhook receiver got ${received.length} of ${count} deliveries in ${timeoutMs} ms`),
            ),
          timeoutMs,
        );
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(received.slice());
          },
        });
      });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
