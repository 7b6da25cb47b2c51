import { describe, expect, it } from 'vitest';
import { mapItemChange } from '../../../core/change/map-change';
import { notificationFor } from '../../../core/change/notification';
import { subjectForChange, summarizeChange } from '../../../core/change/summary';
import { cameoInfo } from '../../../core/lexicon/cameo';
import type { ChangeEvent } from '../../../core/model/change-event';
import { actor, actorItem, articleItem, articleRecord, eventItem, itemChange, storedEvent } from './fixtures';

const created = (overrides = {}) =>
  mapItemChange(itemChange('INSERT', undefined, eventItem(storedEvent(overrides))))[0] as ChangeEvent;

describe('summarizeChange', () => {
  it('reads like "RUS -> PRK  042 <CAMEO name>  date  who -> whom in where"', () => {
    const line = summarizeChange(created());
    expect(line).toBe(
      `RUS -> PRK  042 ${cameoInfo('042').name}  2023-10-18  Sergey Lavrov -> North Korea in Pyongyang  [created, 1 article]`,
    );
  });

  it('names the count changes of an update', () => {
    const update = mapItemChange(
      itemChange(
        'MODIFY',
        eventItem(storedEvent()),
        eventItem(storedEvent({ articleCount: 2, sourceCount: 2, version: 2 })),
      ),
    )[0] as ChangeEvent;
    expect(summarizeChange(update)).toMatch(/\[updated: articles 1->2, sources 1->2\]$/);
  });

  it('marks denials, non-actual modes, undated events and actors without a country', () => {
    const line = summarizeChange(
      created({
        code: '173',
        root: '17',
        quadClass: 4,
        goldstein: -5,
        plover: 'COERCE',
        negated: true,
        mode: 'threatened',
        date: null,
        datePrecision: null,
        location: null,
        source: { id: 'REB-x', name: 'the rebels', country: null, sector: 'REB' },
      }),
    );
    expect(line).toBe(
      `the rebels -> PRK  173 ${cameoInfo('173').name} (denied, threatened)  undated  the rebels -> North Korea  [created, 1 article]`,
    );
  });

  it('summarises articles, failures and actors', () => {
    const processed = mapItemChange(
      itemChange('INSERT', undefined, articleItem(articleRecord())),
    )[0] as ChangeEvent;
    expect(summarizeChange(processed)).toBe(
      'Article processed  2023-10-19  Lavrov arrives in Pyongyang for talks  [1 event]  s3://newsevents-inbox/inbox/lavrov-pyongyang.txt',
    );
    const failed = mapItemChange(
      itemChange(
        'INSERT',
        undefined,
        articleItem(articleRecord({ status: 'FAILED', reason: 'TOO_LARGE', detail: '12 MB', eventIds: [] })),
      ),
    )[0] as ChangeEvent;
    expect(summarizeChange(failed)).toBe(
      'Article FAILED  TOO_LARGE  s3://newsevents-inbox/inbox/lavrov-pyongyang.txt  12 MB',
    );
    const newActor = mapItemChange(itemChange('INSERT', undefined, actorItem(actor())))[0] as ChangeEvent;
    expect(summarizeChange(newActor)).toBe('New actor  RUS GOV  Sergey Lavrov (person)');
  });

  it('keeps a line bounded however long the names are', () => {
    const long = 'A'.repeat(280);
    const line = summarizeChange(created({ location: { name: long, country: 'PRK', lat: null, lon: null } }));
    expect(line.length).toBeLessThanOrEqual(240);
    expect(line.endsWith('...')).toBe(true);
  });
});

describe('subjectForChange', () => {
  it('is printable ASCII under 100 characters, accents folded', () => {
    const subject = subjectForChange(
      created({
        source: { id: 'TUR-GOV-erdogan', name: 'Recep Tayyip Erdoğan', country: 'TUR', sector: 'GOV' },
      }),
    );
    expect(subject.length).toBeLessThan(100);
    expect(subject).toMatch(/^[\x20-\x7E]+$/);
    expect(subject.startsWith('newsevents Event Created: TUR -> PRK  '.replace(/\s+/g, ' '))).toBe(true);
  });
});

describe('notificationFor', () => {
  it('carries the filterable fields of an event as attributes', () => {
    const notification = notificationFor(created());
    expect(notification.attributes).toEqual({
      detailType: 'Event Created',
      countries: ['PRK', 'RUS'],
      sectors: ['GOV'],
      quadClass: 1,
      root: '04',
      plover: 'CONSULT',
      goldstein: 1.9,
    });
  });

  it('leaves out empty lists and event-only fields for articles', () => {
    const processed = mapItemChange(
      itemChange('INSERT', undefined, articleItem(articleRecord())),
    )[0] as ChangeEvent;
    expect(notificationFor(processed).attributes).toEqual({ detailType: 'Article Processed' });
  });
});
