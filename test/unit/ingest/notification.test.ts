import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { InvalidNotificationError, parseNotification } from '../../../functions/ingest/notification';

const samples = join(import.meta.dirname, '../../../events/samples/s3-sqs');
const record = (name: string): SQSRecord => {
  const event = JSON.parse(readFileSync(join(samples, `${name}.json`), 'utf8')) as SQSEvent;
  const first = event.Records[0];
  if (!first) throw new Error(`${name} has no record`);
  return first;
};

describe('parseNotification (events/samples/s3-sqs)', () => {
  it('base: one created object, key as sent', () => {
    expect(parseNotification(record('base'))).toEqual({
      kind: 'objects',
      objects: [
        {
          bucket: 'newsevents-articles',
          key: 'inbox/2023/lavrov-visit.txt',
          eventName: 'ObjectCreated:Put',
          size: 1187,
          eTag: '0f343b0931126a20f133d67c2b018a3b',
        },
      ],
    });
  });

  it('url-encoded-key: "+" becomes a space and escapes become unicode', () => {
    const parsed = parseNotification(record('url-encoded-key'));
    expect(parsed.kind === 'objects' && parsed.objects[0]?.key).toBe(
      'inbox/Lavrov in Pyongyang — édition spéciale (2).txt',
    );
  });

  it('test-event: recognised, nothing to do', () => {
    expect(parseNotification(record('test-event'))).toEqual({ kind: 'test-event' });
  });

  it('invalid: rejected with the failing path', () => {
    expect(() => parseNotification(record('invalid'))).toThrow(InvalidNotificationError);
    expect(() => parseNotification({ ...record('base'), body: '<xml/>' })).toThrow(/not JSON/);
  });

  it('ignores notifications other than object creation', () => {
    const base = record('base');
    const removed = { ...base, body: base.body.replace('ObjectCreated:Put', 'ObjectRemoved:Delete') };
    expect(parseNotification(removed)).toEqual({ kind: 'objects', objects: [] });
  });
});
