import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPublishHandler } from '../../functions/publish/publish-handler';
import type { BusEvent } from '../../local/bus/bus-event';
import { createLocalBus } from '../../local/bus/local-bus';
import { parseSubscribersConfig } from '../../local/bus/subscribers-config';
import { startWebhookReceiver, type WebhookReceiver } from '../../local/bus/webhook-receiver';
import { createStreamPoller, type StreamPoller } from '../../local/stream-poller';
import { LAVROV_VISIT, LAVROV_VISIT_CORRECTED, LAVROV_VISIT_OTHER_OUTLET } from './fixtures/articles';
import { type IngestStack, localCredentials, startIngestStack } from './fixtures/ingest-stack';

/**
 * The whole change path on real local services: upload to the local bucket -> the ingest handler writes
 * DynamoDB Local -> its stream -> poller -> publish handler -> local bus -> a signed webhook.
 */
const SECRET = 'e2e-secret';

describe('upload -> change events', () => {
  let stack: IngestStack;
  let streams: DynamoDBStreamsClient;
  let poller: StreamPoller;
  let receiver: WebhookReceiver;
  const events: BusEvent[] = [];

  beforeAll(async () => {
    stack = await startIngestStack('publish-e2e');
    streams = new DynamoDBStreamsClient({
      endpoint: inject('dynamoEndpoint'),
      region: 'us-east-1',
      credentials: localCredentials,
    });
    receiver = await startWebhookReceiver({ secret: SECRET });
    const bus = createLocalBus({
      subscribers: parseSubscribersConfig(
        {
          subscribers: [
            {
              name: 'events',
              pattern: { source: ['newsevents'], 'detail-type': [{ prefix: 'Event ' }] },
              target: { type: 'webhook', url: receiver.url, secret: SECRET },
            },
          ],
        },
        { baseDir: '/tmp' },
      ),
    });
    bus.subscribe(null, (event) => {
      events.push(event);
    });
    poller = createStreamPoller({
      dynamodb: stack.dynamodb,
      streams,
      tableName: stack.tableName,
      pollIntervalMs: 20,
      handler: createPublishHandler({ bus, clock: stack.clock }),
    });
    await poller.start();
  });

  afterAll(async () => {
    await poller?.stop();
    streams?.destroy();
    await receiver?.close();
    await stack?.stop();
  });

  /** Ingests one notification and returns the change events it caused. */
  const ingest = async (notification: object): Promise<BusEvent[]> => {
    const before = events.length;
    stack.clock.advance(60_000);
    expect((await stack.invoke([notification])).batchItemFailures).toEqual([]);
    await poller.caughtUp(20_000);
    return events.slice(before);
  };
  const dataId = (event: BusEvent) => (event.detail.data as { id: string }).id;
  const rootOf = (event: BusEvent | undefined) => (event?.detail as { root?: string } | undefined)?.root;
  const ofType = (batch: BusEvent[], type: string) => batch.filter((event) => event['detail-type'] === type);

  it('an uploaded article yields Article Processed and one Event Created per stored event', async () => {
    const changes = await ingest(await stack.upload('inbox/lavrov.txt', LAVROV_VISIT));
    const article = await stack.article('inbox/lavrov.txt');
    const eventIds = ((article?.eventIds ?? []) as string[]).slice().sort();
    expect(eventIds).toHaveLength(3);

    const [processed, ...otherArticles] = ofType(changes, 'Article Processed');
    expect(otherArticles).toEqual([]);
    expect(
      ((processed?.detail.data as { eventIds?: string[] } | undefined)?.eventIds ?? []).slice().sort(),
    ).toEqual(eventIds);
    expect(ofType(changes, 'Event Created').map(dataId).sort()).toEqual(eventIds);
    expect(ofType(changes, 'Actor Created').length).toBeGreaterThan(0);
    expect(ofType(changes, 'Event Updated')).toEqual([]);

    // The condemnation is verbal conflict (quad class 3) between the US and Russia.
    const condemnation = ofType(changes, 'Event Created').find((event) => rootOf(event) === '11');
    expect(condemnation?.detail).toMatchObject({ countries: ['RUS', 'USA'], quadClass: 3, plover: 'ACCUSE' });

    // Webhook deliveries are signed and were complete when the poller caught up.
    expect(receiver.received.map((delivery) => delivery.event.detail.id).sort()).toEqual(
      ofType(changes, 'Event Created')
        .map((event) => event.detail.id)
        .sort(),
    );
    expect(receiver.rejected).toBe(0);
  });

  it('a second article reporting the same events yields Event Updated with articleCount 2, not new events', async () => {
    const changes = await ingest(
      await stack.upload('inbox/lavrov-second-outlet.txt', LAVROV_VISIT_OTHER_OUTLET),
    );
    expect(ofType(changes, 'Event Created')).toEqual([]);
    const updated = ofType(changes, 'Event Updated');
    expect(updated.length).toBeGreaterThan(0);
    const visit = updated.find((event) => (event.detail.data as { code: string }).code === '042');
    expect(visit?.detail.data).toMatchObject({ articleCount: 2 });
    expect(visit?.detail.changes?.articleCount).toEqual({ old: 1, new: 2 });
    expect(ofType(changes, 'Article Processed')).toHaveLength(1);
  });

  it('the same notification delivered again publishes nothing', async () => {
    const first = stack.notifications[0] as object;
    expect(await ingest(first)).toEqual([]);
    expect(await ingest(first)).toEqual([]);
  });

  it('a corrected article retracts the event it no longer reports', async () => {
    const changes = await ingest(await stack.upload('inbox/lavrov.txt', LAVROV_VISIT_CORRECTED));
    const retracted = ofType(changes, 'Event Retracted');
    expect(retracted.map(rootOf)).toEqual(['11']);
    expect(retracted[0]?.detail.changes?.retracted).toEqual({ old: false, new: true });
    expect(ofType(changes, 'Article Processed')).toHaveLength(1);
    expect(ofType(changes, 'Event Created').length).toBeGreaterThan(0);
  });
});
