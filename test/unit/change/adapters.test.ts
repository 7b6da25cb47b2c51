import type { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EventBridgeEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createEventBridgePublisher } from '../../../adapters/eventbridge/eventbridge-publisher';
import { createSnsNotifier } from '../../../adapters/sns/sns-notifier';
import { mapItemChange } from '../../../core/change/map-change';
import type { ChangeEvent } from '../../../core/model/change-event';
import { createNotifyHandler, NotifyInputError } from '../../../functions/notify/notify-handler';
import { eventItem, itemChange, storedEvent } from './fixtures';

const created = (id: string) =>
  mapItemChange(itemChange('INSERT', undefined, eventItem(storedEvent({ id }))))[0] as ChangeEvent;

describe('EventBridge publisher', () => {
  it('sends one PutEvents with Source, DetailType, Detail JSON, Time and the bus, and maps per-entry results', async () => {
    const sent: PutEventsCommand[] = [];
    const client = {
      send: async (command: PutEventsCommand) => {
        sent.push(command);
        return {
          FailedEntryCount: 1,
          Entries: [{ EventId: 'eb-1' }, { ErrorCode: 'ThrottlingException', ErrorMessage: 'Rate exceeded' }],
        };
      },
    } as unknown as EventBridgeClient;
    const publisher = createEventBridgePublisher({ client, busName: 'newsevents' });
    const events = [created('evt-a'), created('evt-b')];
    const results = await publisher.put(events);
    expect(results).toEqual([
      { ok: true, busEventId: 'eb-1' },
      { ok: false, errorCode: 'ThrottlingException', errorMessage: 'Rate exceeded' },
    ]);
    const entries = sent[0]?.input.Entries ?? [];
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      EventBusName: 'newsevents',
      Source: 'newsevents',
      DetailType: 'Event Created',
    });
    expect(JSON.parse(entries[0]?.Detail ?? '{}')).toEqual(events[0]?.detail);
    expect(entries[0]?.Time?.toISOString()).toBe(events[0]?.detail.occurredAt);
  });
});

describe('notify handler + SNS notifier', () => {
  const capture = () => {
    const sent: PublishCommand[] = [];
    const client = { send: async (command: PublishCommand) => sent.push(command) } as unknown as SNSClient;
    return {
      sent,
      handler: createNotifyHandler({ notifier: createSnsNotifier({ client, topicArn: 'arn:topic' }) }),
    };
  };
  const asEventBridge = (event: ChangeEvent): EventBridgeEvent<string, unknown> => ({
    version: '0',
    id: 'e1',
    'detail-type': event.detailType,
    source: event.source,
    account: '123456789012',
    time: '2023-10-19T08:00:01Z',
    region: 'eu-west-1',
    resources: [],
    detail: JSON.parse(JSON.stringify(event.detail)),
  });

  it('publishes the summary with filter-policy attributes typed for SNS', async () => {
    const { sent, handler } = capture();
    await handler(asEventBridge(created('evt-a')));
    const input = sent[0]?.input;
    expect(input?.TopicArn).toBe('arn:topic');
    expect(input?.MessageAttributes).toEqual({
      detailType: { DataType: 'String', StringValue: 'Event Created' },
      countries: { DataType: 'String.Array', StringValue: '["PRK","RUS"]' },
      sectors: { DataType: 'String.Array', StringValue: '["GOV"]' },
      quadClass: { DataType: 'Number', StringValue: '1' },
      root: { DataType: 'String', StringValue: '04' },
      plover: { DataType: 'String', StringValue: 'CONSULT' },
      goldstein: { DataType: 'Number', StringValue: '1.9' },
    });
    expect(input?.MessageStructure).toBe('json');
    const message = JSON.parse(input?.Message ?? '{}');
    expect(message.default).toMatch(/^RUS -> PRK {2}042 /);
    expect(message.email.startsWith(message.default)).toBe(true);
    expect(JSON.parse(message.sqs)).toMatchObject({
      'detail-type': 'Event Created',
      summary: message.default,
    });
    expect(input?.Subject?.length).toBeLessThan(100);
  });

  it('refuses an event that is not a valid change event', async () => {
    const { sent, handler } = capture();
    const bad = asEventBridge(created('evt-a'));
    (bad.detail as { quadClass: number }).quadClass = 9;
    await expect(handler(bad)).rejects.toBeInstanceOf(NotifyInputError);
    expect(sent).toHaveLength(0);
  });
});
