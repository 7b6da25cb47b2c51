import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PreparedArticle, prepareArticle } from '../../../core/article';
import { ArticleError } from '../../../core/article/article-error';
import { continuesAfter, splitSentences } from '../../../core/article/sentences';
import { ArticleSchema } from '../../../core/model/article';
import { prepare, STORY, utf8 } from './helpers';

/** Every invariant the coder relies on: offsets slice the text exactly, in order, within bounds. */
const expectConsistent = ({ article, sentences }: PreparedArticle, maxChars = 2000): void => {
  expect(ArticleSchema.parse(article)).toEqual(article);
  expect(article.sentenceCount).toBe(sentences.length);
  let previousEnd = 0;
  sentences.forEach((sentence, index) => {
    expect(sentence.index).toBe(index);
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    expect(sentence.end).toBeGreaterThan(sentence.start);
    expect(sentence.end).toBeLessThanOrEqual(article.text.length);
    expect(sentence.end - sentence.start).toBeLessThanOrEqual(maxChars + 1);
    expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentence.text).toBe(sentence.text.trim());
    previousEnd = sentence.end;
  });
  if (article.dateline) expect(article.dateline.end).toBeLessThanOrEqual(article.text.length);
};

const WIRE_WORDS = [
  'U.S.',
  'U.N.',
  'Oct.',
  'Mr.',
  'said',
  'the',
  '“No,”',
  '—',
  'Seoul',
  'on',
  'Thursday.',
  '3.5%',
  'Kim',
  '?',
  '!',
];

describe('sentences', () => {
  it('keeps "Oct.", "U.S." and "U.N." inside their sentences', () => {
    const text = 'The U.S. and the U.N. met on Thursday, Oct. 19, 2023, in Geneva. Mr. Kim left early.';
    expect(splitSentences(text, 2000).map((sentence) => sentence.text)).toEqual([
      'The U.S. and the U.N. met on Thursday, Oct. 19, 2023, in Geneva.',
      'Mr. Kim left early.',
    ]);
  });

  it('never ends a sentence on a title, a month before its day, or half of a dotted acronym', () => {
    const text =
      'Lt. Gen. Omar Haddad met Maj. Gen. Kim Yong Bok and Sen. Ruth Adler on Sept. 3 at No. 10 Downing St. ' +
      'In the coming weeks, U.S. and South Korean fighter jets will fly drills. The U.N. Security Council met. ' +
      'Rep. Dana Cole and Col. Ivan Petrov left for St. Petersburg on Aug. 14. He later returned to the U.S. ' +
      'The next day the E.U. and the U.K. imposed sanctions.';
    expect(splitSentences(text, 2000).map((sentence) => sentence.text)).toEqual([
      'Lt. Gen. Omar Haddad met Maj. Gen. Kim Yong Bok and Sen. Ruth Adler on Sept. 3 at No. 10 Downing St.',
      'In the coming weeks, U.S. and South Korean fighter jets will fly drills.',
      'The U.N. Security Council met.',
      'Rep. Dana Cole and Col. Ivan Petrov left for St. Petersburg on Aug. 14.',
      'He later returned to the U.S.',
      'The next day the E.U. and the U.K. imposed sanctions.',
    ]);
  });

  it('joins a proposed boundary inside an abbreviation but keeps real ones', () => {
    const joined = (left: string, right: string): boolean =>
      continuesAfter(`${left} ${right}`, left.length, left.length + 1);
    expect(joined('in the coming weeks, U.', 'S. and South Korean jets')).toBe(true);
    expect(joined('in the coming weeks, U.S.', 'and South Korean jets')).toBe(true);
    expect(joined('a statement by the U.N.', 'Security Council')).toBe(true);
    expect(joined('talks with Maj.', 'Gen. Lee')).toBe(true);
    expect(joined('on Dec.', '12, officials said')).toBe(true);
    expect(joined('he returned to the U.S.', 'The next day he left.')).toBe(false);
    expect(joined('the talks ended in Dec.', 'Officials said')).toBe(false);
    expect(joined('The talks failed.', 'Officials said')).toBe(false);
  });

  it('ends a sentence at every paragraph break', () => {
    const { sentences } = prepare('Talks ended without a deal\n\nBoth sides blamed the other');
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'Talks ended without a deal',
      'Both sides blamed the other',
    ]);
  });

  it('cuts a 50,000-character sentence into pieces of at most maxSentenceChars', () => {
    const text = `${'the delegation waited '.repeat(2_300)}.`;
    expect(text.length).toBeGreaterThan(50_000);
    const prepared = prepare(text, {}, { maxSentenceChars: 2000 });
    expectConsistent(prepared, 2000);
    expect(prepared.sentences.length).toBeGreaterThanOrEqual(25);
  });

  it('cuts a 50,000-character run without spaces, and never splits a surrogate pair', () => {
    const prepared = prepare('🙂'.repeat(25_000), {}, { maxSentenceChars: 999 });
    expectConsistent(prepared, 999);
    const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    for (const sentence of prepared.sentences) expect(loneSurrogate.test(sentence.text)).toBe(false);
  });

  it.each([
    ['spaces', `a${' '.repeat(100_000)}b`],
    ['dots', `a${'.'.repeat(100_000)}b`],
    ['letters', 'A'.repeat(100_000)],
    ['dashes', '-'.repeat(100_000)],
    ['dots and spaces', '. '.repeat(50_000)],
    ['capitals and dashes', `${'ABC '.repeat(25_000)}— X`],
    ['open parentheses', `${'('.repeat(50_000)}x`],
    ['newlines', 'Talks resumed.\n'.repeat(5_000)],
    ['angle brackets', `<p>${'<'.repeat(50_000)}`],
    ['quotes', '"“'.repeat(50_000)],
  ])('finishes on adversarial input: %s', (_name, text) => {
    expectConsistent(prepare(text));
  });

  it('matches the schema and slices exactly for any input (property)', () => {
    const arbitraryText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc
        .array(fc.constantFrom(...WIRE_WORDS, ' ', '  ', '\n', '\n\n', '\r\n', '\u00a0', '\u200b'), {
          maxLength: 120,
        })
        .map((words) => words.join(' ')),
      fc
        .array(
          fc.constantFrom(
            '<p>',
            '</p>',
            '<div class="share">',
            '</div>',
            'Full Screen',
            '1 / 11',
            'SEOUL (AP) — ',
            'Kim met Putin.',
            '{"text": "',
          ),
          { maxLength: 40 },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(arbitraryText, (text) => {
        try {
          expectConsistent(prepareArticle({ bytes: utf8(text), id: 'fuzz' }));
        } catch (error) {
          if (!(error instanceof ArticleError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('matches the schema and slices exactly for arbitrary bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          expectConsistent(prepareArticle({ bytes, id: 'fuzz' }));
        } catch (error) {
          if (!(error instanceof ArticleError)) throw error;
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('determinism', () => {
  it('gives byte-identical output for the same input', () => {
    const html = `<html><head><meta property="article:published_time" content="2024-03-12"></head><body><article>${STORY.split(
      '\n\n',
    )
      .map((paragraph) => `<p>${paragraph}</p>`)
      .join('')}</article></body></html>`;
    for (const content of [STORY, html, JSON.stringify({ title: 'T', text: STORY })]) {
      const first = JSON.stringify(prepare(content));
      expect(JSON.stringify(prepare(content))).toBe(first);
    }
  });

  it('derives the id from the stable id and the hash from the text', () => {
    const a = prepare(STORY, { id: 'bucket/a.txt' }).article;
    const b = prepare(STORY, { id: 'bucket/b.txt' }).article;
    expect(a.id).toMatch(/^art-[0-9a-f]{20}$/);
    expect(a.id).not.toBe(b.id);
    expect(a.contentHash).toBe(b.contentHash);
    expect(prepare(`${STORY} More.`, { id: 'bucket/a.txt' }).article.contentHash).not.toBe(a.contentHash);
  });
});

describe('language', () => {
  it.each([
    ['en', STORY],
    [
      'de',
      'Die Außenminister der beiden Länder trafen sich am Dienstag in Berlin, um über die Lage in der Region zu sprechen. Sie sagte, das Treffen sei nicht einfach gewesen.',
    ],
    [
      'fr',
      'Les ministres des affaires étrangères se sont rencontrés mardi à Paris pour discuter de la situation dans la région, a indiqué le ministère.',
    ],
    ['ru', 'Министр иностранных дел России прибыл в Пхеньян в среду с двухдневным визитом.'],
    ['ko', '러시아 외무장관이 평양을 방문해 김정은 위원장과 회담했다.'],
  ])('labels %s text', (code, text) => {
    expect(prepare(text).article.language).toBe(code);
  });
});
