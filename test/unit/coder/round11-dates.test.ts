import { describe, expect, it } from 'vitest';
import type { Event } from '../../../core/model/event';
import { extract, summary } from './helpers';

// 2024-06-05 is a Wednesday: Monday is 06-03, Tuesday 06-04, the coming Friday 06-07.
const PUBLISHED = '2024-06-05';

/** "SRC>TGT:CODE date/precision" of every event of a text published on PUBLISHED. */
const dated = (text: string, published = PUBLISHED): string[] =>
  extract(text, published).events.map(
    (event: Event) => `${summary(event)} ${event.date}/${event.datePrecision}`,
  );

/** The date and precision of the event with this "SRC>TGT:CODE" summary. */
const dateOf = (text: string, key: string, published = PUBLISHED): string | undefined =>
  extract(text, published)
    .events.filter((event) => summary(event) === key)
    .map((event) => `${event.date}/${event.datePrecision}`)[0];

describe('weekdays resolve against the publication date by the tense of their own clause', () => {
  it('takes the most recent such day for a reported act', () => {
    expect(dateOf('Poland expelled a Russian diplomat on Tuesday.', 'POL>RUS:174')).toBe('2024-06-04/day');
    expect(dateOf('Poland expelled a Russian diplomat Tuesday.', 'POL>RUS:174')).toBe('2024-06-04/day');
    expect(dateOf('Russia accused Ukraine late on Monday of shelling Belgorod.', 'RUS>UKR:112')).toBe(
      '2024-06-03/day',
    );
    expect(dateOf('Israel struck Hezbollah positions in Lebanon on Monday night.', 'ISR>LBN:190')).toBe(
      '2024-06-03/day',
    );
    // The publication weekday itself is that day, not a week earlier.
    expect(dateOf('Israel struck Hezbollah positions in Lebanon early Wednesday.', 'ISR>LBN:190')).toBe(
      '2024-06-05/day',
    );
    expect(dateOf('Poland expelled a Russian diplomat last Friday.', 'POL>RUS:174')).toBe('2024-05-31/day');
  });

  it('looks ahead for a future or scheduled clause', () => {
    expect(dateOf('Blinken will meet Wang Yi in Beijing on Friday.', 'USA>CHN:036')).toBe('2024-06-07/day');
    expect(dateOf('Macron is due to visit Germany on Monday.', 'FRA>DEU:036')).toBe('2024-06-10/day');
  });

  it('dates a promise by the day it was made when the weekday belongs to the speech verb', () => {
    expect(
      dateOf(
        'Kamikawa told reporters on Monday that Japan would provide the Philippines with radar systems.',
        'JPN>PHL:033',
      ),
    ).toBe('2024-06-03/day');
    expect(dateOf('Germany said on Monday that it would send tanks to Ukraine.', 'DEU>UKR:033')).toBe(
      '2024-06-03/day',
    );
    // "urged ... on Friday to turn": an infinitive after the date does not make it a future Friday.
    expect(dated('Guterres urged Israel on Friday to accept a ceasefire.').join(' ')).toContain(
      '>ISR:020 2024-05-31/day',
    );
  });

  it('gives no date when nothing tells which week a weekday is in', () => {
    expect(
      extract('Poland expelled a Russian diplomat on Tuesday.', '').events.map((event) => event.date),
    ).toEqual([null]);
  });
});

describe('explicit days, months and years', () => {
  it('reads named days in the forms wire copy uses', () => {
    for (const text of [
      'China condemned Japan on June 3.',
      'China condemned Japan on 3 June.',
      'China condemned Japan on Jun. 3.',
      'China condemned Japan on Monday, June 3.',
    ])
      expect(dateOf(text, 'CHN>JPN:111')).toBe('2024-06-03/day');
    expect(dateOf('China condemned Japan yesterday.', 'CHN>JPN:111')).toBe('2024-06-04/day');
    expect(dateOf('China condemned Japan today.', 'CHN>JPN:111')).toBe('2024-06-05/day');
  });

  it('keeps week, month and year precision (no day)', () => {
    expect(dateOf('China condemned Japan last week.', 'CHN>JPN:111')).toBe('2024-05-01/month');
    expect(dateOf('China condemned Japan this month.', 'CHN>JPN:111')).toBe('2024-06-01/month');
    expect(dateOf('China condemned Japan in March.', 'CHN>JPN:111')).toBe('2024-03-01/month');
    expect(dateOf('China condemned Japan in 2019.', 'CHN>JPN:111')).toBe('2019-01-01/year');
  });

  it('puts a month named without a year before publication for a reported act', () => {
    expect(dateOf('Russia invaded Ukraine in October.', 'RUS>UKR:190')).toBe('2023-10-01/month');
    expect(dateOf('China condemned Japan on Dec. 28.', 'CHN>JPN:111', '2025-01-03')).toBe('2024-12-28/day');
  });
});

describe('dates that do not say when the act happened', () => {
  it('never dates a reported act by a later period', () => {
    expect(dateOf('China condemned Japan ahead of elections next year.', 'CHN>JPN:111')).toBe(
      '2024-06-05/day',
    );
    expect(
      dateOf(
        'Iran sanctioned Britain on Monday. Russia and Ukraine agreed to resume talks later this month.',
        'RUS>UKR:036',
      ),
    ).toBe('2024-06-03/day');
  });

  it('reads a possessive date as part of a noun', () => {
    expect(
      dateOf(
        "Iran sanctioned Britain on Monday. Britain rejected Sunday's sanctions and accused Iran of blackmail.",
        'GBR>IRN:112',
      ),
    ).toBe('2024-06-03/day');
  });

  it('keeps the date of a clause about an earlier object to that clause', () => {
    const events = dated('Israeli jets struck a base in Syria, which Russia had built in 2016.');
    expect(events).toContain('ISR>SYR:190 2024-06-05/day');
    expect(events.join(' ')).not.toContain('ISR>SYR:190 2016');
    // A clause about the subject, before the verb, still dates it.
    expect(dateOf('Putin, who arrived in Pyongyang on Tuesday, praised North Korea.', 'RUS>PRK:051')).toBe(
      '2024-06-04/day',
    );
    expect(dateOf('Israel struck Syria after talks with Russia collapsed on Monday.', 'ISR>SYR:190')).toBe(
      '2024-06-05/day',
    );
  });

  it('dates a trailing attribution only when a lead gives no day of its own later', () => {
    const lead =
      'Jihadist fighters killed 100 soldiers in Burkina Faso, security sources said Sunday. The militants attacked the base on Tuesday.';
    expect(dated(lead)[0]).toBe('BFA>BFA:190 2024-06-04/day');
    expect(
      dateOf(
        'Turkey shelled Syria on Tuesday. Syria condemned Turkey, its foreign ministry said on Wednesday.',
        'SYR>TUR:111',
      ),
    ).toBe('2024-06-05/day');
    expect(dateOf('Israel struck Gaza, Palestinian officials said on Monday.', 'ISR>PSE:190')).toBe(
      '2024-06-03/day',
    );
  });
});

describe('days told relative to another day', () => {
  const following = (second: string): string | undefined =>
    dateOf(
      `Iran sanctioned Britain on Monday. ${second}`,
      second.includes('expelled') ? 'GBR>IRN:174' : 'GBR>IRN:111',
    );

  it('resolves against the day the story is at', () => {
    expect(following('Britain condemned Iran the same day.')).toBe('2024-06-03/day');
    expect(following('Later that day, Britain condemned Iran.')).toBe('2024-06-03/day');
    expect(following('Hours later, Britain condemned Iran.')).toBe('2024-06-03/day');
    expect(following('Two days later, Britain expelled Iranian diplomats.')).toBe('2024-06-05/day');
    expect(following('Britain expelled Iranian diplomats the next day.')).toBe('2024-06-04/day');
    expect(following('A day earlier, Britain had condemned Iran.')).toBe('2024-06-02/day');
  });

  it('dates a "days after" clause before the sentence day, and the main act by its own', () => {
    const text =
      'Russia expelled two Polish diplomats on Tuesday, a day after Poland accused Russia of sabotage.';
    expect(dateOf(text, 'RUS>POL:174')).toBe('2024-06-04/day');
    expect(dateOf(text, 'POL>RUS:112')).toBe('2024-06-03/day');
    const two =
      'Russia expelled two Polish diplomats on Tuesday, two days after Poland expelled a Russian diplomat.';
    expect(dateOf(two, 'POL>RUS:174')).toBe('2024-06-02/day');
  });
});

describe('the day carried from sentence to sentence', () => {
  it('carries the scene day to a follow-up sentence without one', () => {
    expect(dateOf('Iran sanctioned Britain on Monday. Britain condemned Iran.', 'GBR>IRN:111')).toBe(
      '2024-06-03/day',
    );
  });

  it('does not carry it into background that opens on a year or a month', () => {
    const text =
      'Iran sanctioned Britain on Monday. In 2022, Britain expelled Iranian diplomats. Britain condemned Iran.';
    expect(dateOf(text, 'GBR>IRN:174')).toBe('2022-01-01/year');
    expect(dateOf(text, 'GBR>IRN:111')).toBe('2024-06-05/day');
  });

  it('is not moved by a day something will happen', () => {
    expect(dateOf('The truce will take effect on Sunday. Russia condemned Ukraine.', 'RUS>UKR:111')).toBe(
      '2024-06-05/day',
    );
  });

  it('dates an undated headline and lead by the first day the next paragraphs give', () => {
    const text = [
      'Poland summons Russian envoy over sabotage',
      '',
      "Poland has summoned Russia's ambassador, the ministry said.",
      '',
      'The ambassador was handed a protest note on Tuesday.',
    ].join('\n');
    expect(dateOf(text, 'POL>RUS:114')).toBe('2024-06-04/day');
  });
});

describe('present perfect after the lead', () => {
  it('keeps the publication day instead of the scene, so a standing denial stays its own event', () => {
    const text =
      'The White House said Friday that North Korea had delivered arms to Russia. ' +
      'North Korea has steadfastly denied it shipped arms to Russia.';
    const denied = extract(text, '2023-10-19').events.filter((event) => event.negated);
    expect(denied.map((event) => `${summary(event)} ${event.date}`)).toEqual(['PRK>RUS:072 2023-10-19']);
  });
});
