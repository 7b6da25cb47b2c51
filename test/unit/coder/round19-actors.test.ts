import { describe, expect, it } from 'vitest';
import { summaries, summariesMatching } from './helpers';

describe('round 19: an official its demonym places is received "in" another country', () => {
  it.each([
    ['President Erdogan received the Brazilian president in Ankara on Tuesday.', 'TUR>BRA:043'],
    ['Xi received the visiting Kenyan foreign minister in Beijing on Monday.', 'CHN>KEN:043'],
    ['Macron welcomed the Indian prime minister in Paris on Friday.', 'FRA>IND:043'],
  ])('%s', (text, expected) => {
    expect(summariesMatching(text, /:04/)).toEqual([expected]);
  });

  it('keeps the envoy in the host capital the same actor', () => {
    expect(summaries('The Taliban summoned the Pakistani ambassador in Kabul on Monday.')).toEqual([
      'AFG>PAK:114',
    ]);
  });

  it('codes no hosting when what was received is not an actor', () => {
    expect(
      summariesMatching('Ukraine received the first Patriot batteries in Kyiv on Tuesday.', /:04/),
    ).toEqual([]);
  });
});

describe('round 19: stacked counts and trade or sex before a demonym group', () => {
  it.each([
    ['Tens of thousands of Serbian students protested in Belgrade on Sunday.', 'SRB>SRB:141'],
    ['Hundreds of thousands of Georgian protesters marched in Tbilisi on Friday.', 'GEO>GEO:141'],
    ['Hundreds of Kenyan doctors marched through Nairobi on Thursday.', 'KEN>KEN:141'],
    ['Iranian women protested in Tehran on Monday.', 'IRN>IRN:141'],
  ])('%s', (text, expected) => {
    expect(summariesMatching(text, /:14/)).toEqual([expected]);
  });

  it('finds the crowd a force acted on behind stacked counts', () => {
    expect(
      summariesMatching(
        'Police fired tear gas at tens of thousands of Serbian students in Belgrade on Sunday.',
        /:17/,
      ),
    ).toEqual(['SRB>SRB:175']);
  });

  it('codes nothing for victims named by sex in a casualty report', () => {
    expect(summaries('Women and children were among the dead.')).toEqual([]);
  });
});

describe('round 19: an armed raid or storming of a place takes the place as target', () => {
  it.each([
    ['Israeli troops raided a village in Lebanon on Tuesday.', 'ISR>LBN:190'],
    ['Israeli troops stormed a village in southern Lebanon on Tuesday.', 'ISR>LBN:190'],
    [
      'Israeli forces raided a refugee camp near Jenin in the occupied West Bank on Wednesday.',
      'ISR>PSE:190',
    ],
  ])('%s', (text, expected) => {
    expect(summariesMatching(text, /:19/)).toEqual([expected]);
  });

  it('names no target for a raid at home', () => {
    expect(summaries('Russian special forces stormed a prison in Rostov on Sunday.')).toEqual([]);
  });

  it('leaves police raids and crowds storming buildings to their own codes', () => {
    expect(
      summariesMatching('Protesters stormed a police station in southern Iraq on Monday.', /:19/),
    ).toEqual([]);
    expect(
      summariesMatching(
        'Turkish police raided the offices of an opposition newspaper in Istanbul on Monday.',
        /:19/,
      ),
    ).toEqual([]);
  });
});

describe('round 19: "is on a visit to X" with the visitor as subject', () => {
  it.each([
    ['The Egyptian foreign minister is on a visit to Ankara.', 'EGY>TUR:042'],
    ['Prime Minister Modi is on a visit to Japan this week.', 'IND>JPN:042'],
    ['Modi was on a three-day state visit to France when the news broke.', 'IND>FRA:042'],
    ['The Egyptian foreign minister arrived on an official visit to Turkey on Monday.', 'EGY>TUR:042'],
  ])('%s', (text, expected) => {
    expect(summariesMatching(text, /:04/)).toEqual([expected]);
  });

  it.each([
    'Tourists on a visit to Egypt were injured.',
    'The prime minister is on a visit to the flood zone.',
    'The focus is on a visit to Japan next year.',
  ])('codes no visit: %s', (text) => {
    expect(summariesMatching(text, /:04/)).toEqual([]);
  });
});
