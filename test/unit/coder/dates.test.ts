import { describe, expect, it } from 'vitest';
import { extract } from './helpers';

// 2023-10-19 is a Thursday.
const PUBLISHED = '2023-10-19';
const dated = (text: string) =>
  extract(text, PUBLISHED).events.map((event) => [event.date, event.datePrecision] as const);

describe('event dates', () => {
  it('resolves a weekday in a past-tense report to the past', () => {
    expect(
      dated('The White House said Friday that North Korea had delivered munitions to Russia.')[0],
    ).toEqual(['2023-10-13', 'day']);
    expect(dated('Lavrov arrived in North Korea on Wednesday.')).toEqual([['2023-10-18', 'day']]);
    expect(dated('Lavrov met Kim Jong Un earlier Thursday.')).toEqual([['2023-10-19', 'day']]);
  });

  it('looks forward for a weekday in a future clause', () => {
    expect(dated('Blinken will visit China on Monday.')).toEqual([['2023-10-23', 'day']]);
  });

  it('keeps month and year precision', () => {
    expect(dated('Last week, Russia accused Ukraine of shelling Donetsk.')).toEqual([
      ['2023-10-01', 'month'],
    ]);
    expect(dated('Kim Jong Un met Putin last month in Russia.')).toEqual([['2023-09-01', 'month']]);
    expect(dated('Russia invaded Ukraine in 2022.')).toEqual([['2022-01-01', 'year']]);
  });

  it('reads explicit dates', () => {
    expect(dated('On Sept. 13, Kim Jong Un met Putin.')).toEqual([['2023-09-13', 'day']]);
  });

  it('falls back to the publication day for a past report, and to null when there is none', () => {
    expect(dated('Lavrov praised North Korea.')).toEqual([['2023-10-19', 'day']]);
    const undated = extract('Lavrov praised North Korea.', '').events;
    expect(undated.length === 0 || undated[0]?.date === null).toBe(true);
  });
});
