import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../core/article/dateline';
import { prepare, STORY } from './helpers';

describe('datelines', () => {
  it.each([
    [
      'SEOUL, South Korea (AP) — North Korea fired a missile.',
      'Seoul, South Korea',
      'SEOUL, South Korea (AP) — ',
      null,
    ],
    ['BRUSSELS (Reuters) - NATO ministers met on Thursday.', 'Brussels', 'BRUSSELS (Reuters) - ', null],
    [
      'MOSCOW, Oct 19 (Reuters) - Russia said on Thursday.',
      'Moscow',
      'MOSCOW, Oct 19 (Reuters) - ',
      'Oct 19',
    ],
    [
      'KYIV, Ukraine, Oct. 19, 2023 (AP) — Ukraine said.',
      'Kyiv, Ukraine',
      'KYIV, Ukraine, Oct. 19, 2023 (AP) — ',
      'Oct. 19, 2023',
    ],
    ['WASHINGTON — The White House said on Friday.', 'Washington', 'WASHINGTON — ', null],
    ['UNITED NATIONS (AP) — The Security Council voted.', 'United Nations', 'UNITED NATIONS (AP) — ', null],
    [
      'ST. PETERSBURG, Russia -- Officials said.',
      'St. Petersburg, Russia',
      'ST. PETERSBURG, Russia -- ',
      null,
    ],
    ['NEW DELHI: India said on Monday.', 'New Delhi', 'NEW DELHI: ', null],
    ['Seoul (AFP) – South Korea said on Monday.', 'Seoul', 'Seoul (AFP) – ', null],
  ])('reads %s', (paragraph, place, prefix, date) => {
    expect(findDateline(paragraph)).toEqual({ place, length: prefix.length, date });
  });

  it.each([
    'The minister said — and then left the room.',
    'NATO — the alliance said nothing.',
    'U.S. officials said on Monday that talks would resume.',
    'Officials said the talks would resume — perhaps next week.',
    'WASHINGTON —',
  ])('finds none in %s', (paragraph) => {
    expect(findDateline(paragraph)).toBeNull();
  });

  it('gives offsets into the article text, after a plain-text headline', () => {
    const { article } = prepare(
      `Missile test condemned\n\nTOKYO (AP) — Japan protested on Monday.\n\n${STORY}`,
    );
    const { dateline, text } = article;
    expect(dateline?.place).toBe('Tokyo');
    expect(text.slice(dateline?.start, dateline?.end)).toBe('TOKYO (AP) — ');
  });

  it('dates the article from a dateline date, using the object time for a missing year', () => {
    const { article } = prepare(
      `MOSCOW, Oct 19 (Reuters) - Russia said on Thursday it would hold talks.\n\n${STORY}`,
      {
        objectTime: new Date('2024-01-05T12:00:00Z'),
      },
    );
    expect(article).toMatchObject({ publishedAt: '2023-10-19', publishedFrom: 'dateline' });
  });

  it('finishes fast on long capitalised runs and dashes', () => {
    for (const paragraph of [
      `${'ABC '.repeat(5_000)}— x`,
      `${'Abc '.repeat(5_000)}(AP) — X`,
      '-'.repeat(10_000),
    ]) {
      findDateline(paragraph);
    }
  });
});
