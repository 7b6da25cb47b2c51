import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { DynamoDBStreamEvent, EventBridgeEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createSnsNotifier } from '../../../adapters/sns/sns-notifier';
import type { ChangeEventPublisher } from '../../../core/change/ports';
import type { ChangeEvent } from '../../../core/model/change-event';
import { createNotifyHandler } from '../../../functions/notify/notify-handler';
import { createPublishHandler } from '../../../functions/publish/publish-handler';

/** Real stream records captured from DynamoDB Local (events/samples/dynamodb-stream/capture.ts). */
const samples = join(import.meta.dirname, '../../../events/samples');
const load = <T>(path: string): T => JSON.parse(readFileSync(join(samples, path), 'utf8')) as T;

const publishSample = async (file: string): Promise<ChangeEvent[]> => {
  const sent: ChangeEvent[] = [];
  const bus: ChangeEventPublisher = {
    async put(events) {
      sent.push(...events);
      return events.map(() => ({ ok: true, busEventId: null }));
    },
  };
  const handler = createPublishHandler({ bus, clock: { now: () => new Date() } });
  const response = await handler(load<DynamoDBStreamEvent>(`dynamodb-stream/${file}.json`));
  expect(response.batchItemFailures).toEqual([]);
  return sent;
};

describe('captured DynamoDB stream records', () => {
  const expected: [string, string[]][] = [
    ['article-received-insert', []],
    ['article-processed-modify', ['Article Processed']],
    ['article-failed-modify', ['Article Failed']],
    ['event-insert', ['Event Created']],
    ['event-corroborated-modify', ['Event Updated']],
    ['event-bookkeeping-modify', []],
    ['event-retracted-modify', ['Event Retracted']],
    ['mention-insert', []],
    ['actor-insert', ['Actor Created']],
    ['batch-article-commit', ['Event Created', 'Event Created', 'Actor Created', 'Article Processed']],
  ];

  it.each(expected)('%s -> %j', async (file, detailTypes) => {
    const events = await publishSample(file);
    expect(events.map((event) => event.detailType).sort()).toEqual([...detailTypes].sort());
  });

  it('the corroboration shows the counts that moved', async () => {
    const [updated] = await publishSample('event-corroborated-modify');
    expect(updated?.detail.changes).toMatchObject({
      articleCount: { old: 1, new: 2 },
      sourceCount: { old: 1, new: 2 },
      mentionCount: { old: 1, new: 2 },
    });
  });
});

describe('captured EventBridge events', () => {
  const files = readdirSync(join(samples, 'eventbridge')).filter((file) => file.endsWith('.json'));

  it('cover every detail-type', () => {
    expect(files.sort()).toEqual(
      [
        'actor-created',
        'article-failed',
        'article-processed',
        'event-created',
        'event-retracted',
        'event-updated',
      ].map((name) => `${name}.json`),
    );
  });

  it.each(files)('%s is accepted by the notify function and published with attributes', async (file) => {
    const sent: PublishCommand[] = [];
    const client = { send: async (command: PublishCommand) => sent.push(command) } as unknown as SNSClient;
    const handler = createNotifyHandler({ notifier: createSnsNotifier({ client, topicArn: 'arn:topic' }) });
    const event = load<EventBridgeEvent<string, unknown>>(`eventbridge/${file}`);
    await handler(event);
    expect(sent[0]?.input.MessageAttributes?.detailType?.StringValue).toBe(event['detail-type']);
  });
});
