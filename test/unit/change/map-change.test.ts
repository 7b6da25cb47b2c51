import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ChangeMappingError } from '../../../core/change/change-mapping-error';
import { changeEventId } from '../../../core/change/dedupe-id';
import { mapItemChange } from '../../../core/change/map-change';
import type { ChangeEvent } from '../../../core/model/change-event';
import {
  actor,
  actorItem,
  articleItem,
  articleRecord,
  eventItem,
  itemChange,
  mentionItem,
  storedEvent,
} from './fixtures';

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
const validators = new Map<string, ValidateFunction>();
const schemaFor = (detailType: string): ValidateFunction => {
  const file = `${detailType.toLowerCase().replace(' ', '-')}.json`;
  let validate = validators.get(file);
  if (validate === undefined) {
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../events/schemas', file), 'utf8'),
    );
    validate = ajv.compile(schema as object);
    validators.set(file, validate);
  }
  return validate;
};

/** Every event the mapper emits must satisfy the published JSON Schema too, not only zod. */
const expectPublishable = (events: ChangeEvent[]) => {
  for (const event of events) {
    const validate = schemaFor(event.detailType);
    expect(validate(JSON.parse(JSON.stringify(event.detail))), JSON.stringify(validate.errors)).toBe(true);
  }
};

const one = (events: ChangeEvent[]): ChangeEvent => {
  expect(events).toHaveLength(1);
  expectPublishable(events);
  return events[0] as ChangeEvent;
};

describe('Event items', () => {
  it('an INSERT is Event Created, with the filterable fields lifted and store attributes stripped', () => {
    const created = one(mapItemChange(itemChange('INSERT', undefined, eventItem(storedEvent()))));
    expect(created.detailType).toBe('Event Created');
    expect(created.source).toBe('newsevents');
    const detail = created.detail as Extract<ChangeEvent, { detailType: 'Event Created' }>['detail'];
    expect(detail).toMatchObject({
      schemaVersion: 1,
      occurredAt: '2023-10-19T08:00:01.000Z',
      countries: ['PRK', 'RUS'],
      sectors: ['GOV'],
      quadClass: 1,
      root: '04',
      plover: 'CONSULT',
      goldstein: 1.9,
    });
    expect(detail.id).toMatch(/^chg-[0-9a-f]{40}$/);
    expect(detail.data).toEqual(storedEvent());
    expect(detail.data).not.toHaveProperty('pk');
    expect(detail.data).not.toHaveProperty('sourceTally');
    expect(detail).not.toHaveProperty('changes');
  });

  it('countries come from the actors only, without duplicates, and skip actors with no country', () => {
    const event = storedEvent({
      source: { id: 'UN', name: 'United Nations', country: null, sector: 'IGO' },
      target: { id: 'PRK', name: 'North Korea', country: 'PRK', sector: 'GOV' },
      location: { name: 'Seoul', country: 'KOR', lat: 37.56, lon: 126.97 },
    });
    const detail = one(mapItemChange(itemChange('INSERT', undefined, eventItem(event)))).detail;
    expect(detail.countries).toEqual(['PRK']);
    expect(detail.sectors).toEqual(['GOV', 'IGO']);
  });

  it('a second article corroborating the event is Event Updated with old and new values', () => {
    const before = storedEvent();
    const after = storedEvent({
      articleCount: 2,
      mentionCount: 3,
      lastSeen: '2023-10-19T09:30:00.000Z',
      version: 2,
    });
    const updated = one(mapItemChange(itemChange('MODIFY', eventItem(before), eventItem(after))));
    expect(updated.detailType).toBe('Event Updated');
    expect(updated.detail.changes).toEqual({
      articleCount: { old: 1, new: 2 },
      mentionCount: { old: 1, new: 3 },
      lastSeen: { old: '2023-10-19T08:00:00.000Z', new: '2023-10-19T09:30:00.000Z' },
      version: { old: 1, new: 2 },
    });
    expect(updated.detail.data).toEqual(after);
  });

  it('a write that changes only bookkeeping (version, tallies, index keys) publishes nothing', () => {
    const before = eventItem(storedEvent());
    const after = {
      ...eventItem(storedEvent({ version: 2 })),
      sourceTally: { Wire: 1, Other: 0 },
      gsi3pk: 'DAY#x',
    };
    expect(mapItemChange(itemChange('MODIFY', before, after))).toEqual([]);
  });

  it('retracted false -> true is Event Retracted', () => {
    const before = storedEvent({ articleCount: 1 });
    const after = storedEvent({ articleCount: 0, mentionCount: 0, retracted: true, version: 2 });
    const retracted = one(mapItemChange(itemChange('MODIFY', eventItem(before), eventItem(after))));
    expect(retracted.detailType).toBe('Event Retracted');
    expect(retracted.detail.changes?.retracted).toEqual({ old: false, new: true });
  });

  it('changes to an event that stays retracted publish nothing', () => {
    const before = storedEvent({ retracted: true, articleCount: 0 });
    const after = storedEvent({ retracted: true, articleCount: 0, lastSeen: '2023-10-20T00:00:00.000Z' });
    expect(mapItemChange(itemChange('MODIFY', eventItem(before), eventItem(after)))).toEqual([]);
  });

  it('an event reported again after its retraction is Event Updated showing retracted true -> false', () => {
    const before = storedEvent({ retracted: true, articleCount: 0, version: 2 });
    const after = storedEvent({ retracted: false, articleCount: 1, version: 3 });
    const updated = one(mapItemChange(itemChange('MODIFY', eventItem(before), eventItem(after))));
    expect(updated.detailType).toBe('Event Updated');
    expect(updated.detail.changes?.retracted).toEqual({ old: true, new: false });
  });

  it('an event inserted already retracted, and a removed event, publish nothing', () => {
    expect(
      mapItemChange(itemChange('INSERT', undefined, eventItem(storedEvent({ retracted: true })))),
    ).toEqual([]);
    expect(mapItemChange(itemChange('REMOVE', eventItem(storedEvent()), undefined))).toEqual([]);
  });

  it('an image that does not match the model is a ChangeMappingError naming the field', () => {
    const broken = { ...eventItem(storedEvent()), quadClass: 7 };
    expect(() => mapItemChange(itemChange('INSERT', undefined, broken))).toThrow(ChangeMappingError);
    expect(() => mapItemChange(itemChange('INSERT', undefined, broken))).toThrow(/quadClass/);
  });
});

describe('Article items', () => {
  it('RECEIVED publishes nothing', () => {
    const received = articleItem(articleRecord({ status: 'RECEIVED', eventIds: [], contentHash: null }));
    expect(mapItemChange(itemChange('INSERT', undefined, received))).toEqual([]);
  });

  it('RECEIVED -> PROCESSED is Article Processed, with the status change', () => {
    const before = articleItem(articleRecord({ status: 'RECEIVED', eventIds: [], contentHash: null }));
    const after = articleItem(articleRecord(), 2);
    const processed = one(mapItemChange(itemChange('MODIFY', before, after)));
    expect(processed.detailType).toBe('Article Processed');
    expect(processed.detail.changes?.status).toEqual({ old: 'RECEIVED', new: 'PROCESSED' });
    expect(processed.detail.countries).toEqual([]);
    expect(processed.detail.data).toEqual(articleRecord());
  });

  it('an article inserted as PROCESSED is Article Processed without changes', () => {
    const processed = one(mapItemChange(itemChange('INSERT', undefined, articleItem(articleRecord()))));
    expect(processed.detailType).toBe('Article Processed');
    expect(processed.detail).not.toHaveProperty('changes');
  });

  it('rewriting a PROCESSED article with the same result (claims, revisions, timestamps) publishes nothing', () => {
    const before = articleItem(articleRecord(), 2);
    const after = {
      ...articleItem(articleRecord({ updatedAt: '2023-10-19T10:00:00.000Z' }), 3),
      claimId: 'w-1',
    };
    expect(mapItemChange(itemChange('MODIFY', before, after))).toEqual([]);
  });

  it('a changed upload processed again is Article Processed with the new hash and events', () => {
    const before = articleItem(articleRecord());
    const after = articleItem(
      articleRecord({ contentHash: 'b'.repeat(64), eventIds: ['evt-1', 'evt-2'] }),
      2,
    );
    const processed = one(mapItemChange(itemChange('MODIFY', before, after)));
    expect(processed.detailType).toBe('Article Processed');
    expect(Object.keys(processed.detail.changes ?? {}).sort()).toEqual(['contentHash', 'eventIds']);
  });

  it('-> FAILED is Article Failed; failing again for the same reason publishes nothing', () => {
    const received = articleItem(articleRecord({ status: 'RECEIVED', eventIds: [], contentHash: null }));
    const failedRecord = articleRecord({
      status: 'FAILED',
      reason: 'NO_TEXT',
      detail: 'the file holds no readable text',
      eventIds: [],
      contentHash: null,
    });
    const failed = one(mapItemChange(itemChange('MODIFY', received, articleItem(failedRecord, 2))));
    expect(failed.detailType).toBe('Article Failed');
    expect(failed.detail.data).toMatchObject({ status: 'FAILED', reason: 'NO_TEXT' });
    expect(
      mapItemChange(itemChange('MODIFY', articleItem(failedRecord, 2), articleItem(failedRecord, 3))),
    ).toEqual([]);
  });
});

describe('Actor, Mention and foreign items', () => {
  it('an Actor INSERT is Actor Created with its country and sector', () => {
    const created = one(mapItemChange(itemChange('INSERT', undefined, actorItem(actor()))));
    expect(created.detailType).toBe('Actor Created');
    expect(created.detail).toMatchObject({ countries: ['RUS'], sectors: ['GOV'] });
  });

  it('an Actor gaining aliases publishes nothing', () => {
    const before = actorItem(actor());
    const after = actorItem(actor({ aliases: ['Lavrov', 'Sergei Lavrov', 'Sergey Lavrov'] }));
    expect(mapItemChange(itemChange('MODIFY', before, after))).toEqual([]);
  });

  it('Mention items, untyped items and unknown types publish nothing', () => {
    expect(mapItemChange(itemChange('INSERT', undefined, mentionItem()))).toEqual([]);
    expect(mapItemChange(itemChange('INSERT', undefined, { pk: 'X', sk: 'Y', value: 1 }))).toEqual([]);
    expect(mapItemChange(itemChange('INSERT', undefined, { pk: 'X', sk: 'Y', type: 'Lock' }))).toEqual([]);
  });
});

describe('dedupe id', () => {
  const change = itemChange('INSERT', undefined, eventItem(storedEvent()), '4200000000000000000001');

  it('is the same when the same stream record is mapped again', () => {
    const first = mapItemChange(change)[0]?.detail.id;
    const again = mapItemChange({ ...change, newImage: { ...change.newImage } })[0]?.detail.id;
    expect(first).toBeDefined();
    expect(again).toBe(first);
  });

  it('differs between records of the same item and between detail-types', () => {
    const later = { ...change, sequenceNumber: '4200000000000000000002' };
    expect(changeEventId(later, 'Event Created')).not.toBe(changeEventId(change, 'Event Created'));
    expect(changeEventId(change, 'Event Updated')).not.toBe(changeEventId(change, 'Event Created'));
  });

  it('does not depend on the order of the key attributes', () => {
    const reordered = { ...change, keys: { sk: change.keys.sk, pk: change.keys.pk } };
    expect(changeEventId(reordered, 'Event Created')).toBe(changeEventId(change, 'Event Created'));
  });
});
