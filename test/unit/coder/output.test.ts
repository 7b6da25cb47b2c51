import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../../core/article/index';
import { createCoder, eventIdFor } from '../../../core/coder/index';
import { ActorSchema } from '../../../core/model/actor';
import { EventSchema } from '../../../core/model/event';
import type { Extraction } from '../../../core/ports';
import { coder, extract } from './helpers';

const ARTICLE = [
  'MOSCOW (AP) — Russian Foreign Minister Sergey Lavrov met Chinese President Xi Jinping in Beijing on Tuesday.',
  'Lavrov praised China for its support and accused the United States of provoking tensions.',
  'On Wednesday, Lavrov met Xi Jinping again, the Foreign Ministry said.',
  'The European Union imposed sanctions on Russia on Monday.',
].join('\n\n');

const checkInvariants = (extraction: Extraction): void => {
  const { text } = extraction.article;
  for (const actor of extraction.actors) ActorSchema.parse(actor);
  for (const event of extraction.events) {
    EventSchema.parse(event);
    for (const mention of event.mentions) {
      expect(mention.start).toBeGreaterThanOrEqual(0);
      expect(mention.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(mention.start, mention.end)).toBe(mention.sentence);
    }
    expect(event.evidence).toEqual(event.mentions[0]);
  }
};

describe('coder output', () => {
  it('is byte-identical for the same input, and independent of the coder instance', () => {
    const first = JSON.stringify(extract(ARTICLE, '2024-03-07'));
    const second = JSON.stringify(
      createCoder().extract({
        bytes: new TextEncoder().encode(ARTICLE),
        id: `test/${ARTICLE.length}/${ARTICLE.slice(0, 40)}`,
        published: '2024-03-07',
      }),
    );
    expect(second).toBe(first);
  });

  it('keys events by date, actors and code only, so two articles share event ids', () => {
    const a = coder.extract({
      bytes: new TextEncoder().encode(ARTICLE),
      id: 'a.txt',
      published: '2024-03-07',
    });
    const b = coder.extract({
      bytes: new TextEncoder().encode(`${ARTICLE}\n\nMore text.`),
      id: 'b.txt',
      published: '2024-03-07',
    });
    expect(a.article.id).not.toBe(b.article.id);
    expect(b.events.map((event) => event.id)).toEqual(
      expect.arrayContaining(a.events.map((event) => event.id)),
    );
    for (const event of a.events) {
      expect(event.id).toBe(eventIdFor(event.date, event.source.id, event.target.id, event.code));
    }
  });

  it('folds repeated reports of one event into one record with several mentions', () => {
    const text = 'Russia attacked Ukraine on Friday.\n\nOn Friday, Russia attacked Ukraine again.';
    const { events } = extract(text, '2024-03-09');
    expect(events).toHaveLength(1);
    expect(events[0]?.mentions).toHaveLength(2);
  });

  it('sorts events by evidence offset, then id', () => {
    const { events } = extract(ARTICLE, '2024-03-07');
    const keys = events.map((event) => [event.evidence.start, event.id] as const);
    const sorted = [...keys].sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
    expect(keys).toEqual(sorted);
    checkInvariants(extract(ARTICLE, '2024-03-07'));
  });

  it('caps events per article', () => {
    const text = Array.from({ length: 50 }, (_, i) => `France condemned Iran and Syria on day ${i}.`).join(
      ' ',
    );
    const capped = createCoder({ maxEvents: 5 }).extract({
      bytes: new TextEncoder().encode(text),
      id: 'cap',
    });
    expect(capped.events.length).toBeLessThanOrEqual(5);
  });

  it('turns any string into schema-valid output with offsets inside the text, or an ArticleError', () => {
    const words = fc.constantFrom(
      'Russia',
      'attacked',
      'Ukraine',
      'and',
      'France',
      ',',
      'the',
      'U.S.',
      'said',
      'Friday',
      'met',
      'with',
      'Lavrov',
      'his',
      'counterpart',
      '"',
      '.',
      '\n\n',
      'not',
      'by',
      'was',
      'killed',
      "'s",
      'protesters',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.array(words, { maxLength: 80 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(text, (value) => {
        try {
          checkInvariants(
            coder.extract({ bytes: new TextEncoder().encode(value), id: 'prop', published: '2024-01-04' }),
          );
        } catch (error) {
          if (!(error instanceof ArticleError)) throw error;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('stays bounded on a 50,000-character sentence', () => {
    const sentence = `${'Russia attacked Ukraine and '.repeat(1800)}France.`;
    const started = performance.now();
    const out = extract(sentence, '2024-01-04');
    expect(performance.now() - started).toBeLessThan(10_000);
    checkInvariants(out);
  });
});

const SEED = join(process.cwd(), '..', 'shared', 'seeds', '000_f379d34173393ac0.txt');

describe.skipIf(!existsSync(SEED))('the seed article (AP, Lavrov in Pyongyang)', () => {
  // The describe body runs even when skipped, so read the seed only where it exists.
  const { events } = existsSync(SEED)
    ? coder.extract({ bytes: readFileSync(SEED), id: SEED, published: '2023-10-19' })
    : { events: [] };
  const has = (
    source: string,
    target: string,
    root: string,
    extra: (event: (typeof events)[number]) => boolean,
  ) =>
    events.some(
      (event) =>
        event.source.country === source &&
        event.target.country === target &&
        event.root === root &&
        extra(event),
    );

  it('codes the visit of Wednesday and the meetings of Thursday', () => {
    expect(has('RUS', 'PRK', '04', (event) => event.code === '042' && event.date === '2023-10-18')).toBe(
      true,
    );
    expect(has('RUS', 'PRK', '04', (event) => event.code !== '042' && event.date === '2023-10-19')).toBe(
      true,
    );
  });

  it('codes the US accusation and the denied arms shipment', () => {
    expect(has('USA', 'PRK', '11', () => true)).toBe(true);
    expect(has('PRK', 'RUS', '07', (event) => event.negated)).toBe(true);
  });
});
