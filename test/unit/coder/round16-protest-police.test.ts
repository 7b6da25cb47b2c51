import { describe, expect, it } from 'vitest';
import { summaries, summariesMatching } from './helpers';

/** Protest and repression codes (14x, 175). */
const PROTEST_CODES = /:(14\d|175)$/;
const protestEvents = (text: string): string[] => summariesMatching(text, PROTEST_CODES);

describe('a protest told as a noun after a light verb, or as taking to the streets', () => {
  it('codes "staged/held a protest" like "protested", aimed at the own government when no one is named', () => {
    expect(protestEvents('Thousands of Armenian opposition supporters staged a sit-in in Yerevan.')).toEqual([
      'ARM>ARM:141',
    ]);
    expect(protestEvents('Chilean students held a demonstration against the pension reform.')).toEqual([
      'CHL>CHL:141',
    ]);
    expect(protestEvents('Hundreds of Bangladeshis took to the streets of Dhaka on Friday.')).toEqual([
      'BGD>BGD:141',
    ]);
  });

  it('aims a protest staged outside a foreign mission at the state the mission belongs to', () => {
    expect(
      protestEvents(
        'Some 200 Ugandan activists held a vigil outside the Rwandan High Commission in Kampala.',
      ),
    ).toEqual(['UGA>RWA:141']);
    expect(
      protestEvents('Filipino fishermen staged a protest outside the Chinese Embassy in Manila.'),
    ).toEqual(['PHL>CHN:141']);
  });

  it('aims a protest outside a building that names no actor at the own government', () => {
    expect(
      protestEvents("Hundreds of opposition supporters rallied outside the ECZ's headquarters in Lusaka."),
    ).toEqual(['ZMB>ZMB:141']);
    expect(
      protestEvents(
        "Hundreds of Malawian opposition supporters demonstrated outside the MEC's offices in Lilongwe.",
      ),
    ).toEqual(['MWI>MWI:141']);
  });

  it('does not make a campaign rally or a ruling party rally into a protest', () => {
    expect(protestEvents('The opposition candidate held a campaign rally in Accra on Sunday.')).toEqual([]);
    expect(protestEvents('The ruling party held a rally in Harare to launch its manifesto.')).toEqual([]);
    expect(protestEvents('Ukrainian troops held the line near Pokrovsk.')).toEqual([]);
  });
});

describe('bare police at a protest outside a foreign mission', () => {
  it("are the host country's police, firing on the host country's protesters", () => {
    expect(
      protestEvents(
        'About 40 activists staged a demonstration outside the Ethiopian Embassy in Nairobi. Police fired tear gas to disperse them.',
      ),
    ).toEqual(['KEN>ETH:141', 'KEN>KEN:175']);
    expect(
      protestEvents(
        'Georgian activists protested outside the Russian embassy in Tbilisi on Monday. Police used water cannon against the crowd.',
      ),
    ).toEqual(['GEO>GEO:175', 'GEO>RUS:141']);
  });

  it('keep a country the text gives them, and code nothing with no protest in the story', () => {
    expect(
      protestEvents(
        'Serbian students protested outside the Hungarian embassy in Belgrade. Serbian police fired tear gas.',
      ),
    ).toEqual(['SRB>HUN:141', 'SRB>SRB:175']);
    expect(protestEvents('Russian forces shelled Kharkiv on Monday. Police fired tear gas.')).toEqual([]);
  });
});

describe('state forces beating protesters', () => {
  it('codes it as repression of the protest (175), not a plain assault', () => {
    expect(
      protestEvents('Riot police beat demonstrators in central Kinshasa on Thursday.').filter((e) =>
        e.endsWith(':175'),
      ),
    ).toEqual(['COD>COD:175']);
    expect(summaries('Belarusian security forces assaulted protesters in Minsk.')).toEqual(['BLR>BLR:175']);
  });

  it('keeps an assault when the victims are no crowd, or the crowd does the beating', () => {
    expect(summaries('Belarusian security forces assaulted two journalists in Minsk.')).toEqual([
      'BLR>BLR:182',
    ]);
    expect(summaries('Protesters beat two policemen in Lagos.')).toEqual(['NGA>NGA:182']);
  });
});

describe('an arrest told in the passive with no agent', () => {
  const arrests = (text: string): string[] => summaries(text).filter((e) => e.endsWith(':173'));

  it('is the act of the state where it happened, on the named person', () => {
    expect(arrests('Ugandan opposition leader Kizza Besigye was detained in Nairobi on Saturday.')).toEqual([
      'KEN>UGA:173',
    ]);
  });

  it('codes nothing when no one is named by name', () => {
    expect(arrests('Three suspects were arrested in Nairobi on Monday.')).toEqual([]);
    expect(arrests('Dozens of people were detained in Kampala overnight.')).toEqual([]);
  });
});
