import { describe, expect, it } from 'vitest';
import { extract, summaries } from './helpers';

const sources = (text: string): string[] =>
  extract(text).events.map((event) => `${event.source.country}-${event.source.sector}`);

describe('party and opposition offices speak for the opposition, not the government', () => {
  it('makes an "opposition spokesman" OPP, so his attack on the government is coded', () => {
    for (const text of [
      'ISLAMABAD (Reuters) - Opposition spokesman Farid Qasimi criticised the government on Monday for rushing the budget through parliament.',
      'LAGOS (Reuters) - An opposition spokeswoman, Ada Nwosu, accused the government on Tuesday of rigging the census.',
    ]) {
      const [event] = extract(text).events;
      expect(event?.source.sector).toBe('OPP');
      expect(event?.source.country).toBe(event?.target.country);
      expect(event?.target.sector).toBe('GOV');
    }
  });

  it('makes the leader or chairman of an unknown party OPP ("Labour leader", "CHP leader")', () => {
    expect(
      sources(
        'ANKARA (Reuters) - CHP leader Ozgur Ozel accused President Tayyip Erdogan on Sunday of staging a judicial coup.',
      ),
    ).toEqual(['TUR-OPP']);
    expect(
      sources(
        'CANBERRA (Reuters) - Liberal leader Tom Harwood criticised Prime Minister Anthony Albanese on Wednesday over the housing plan.',
      ),
    ).toEqual(['AUS-OPP']);
  });

  it('keeps a state body or a known organization before the same office with its own sector', () => {
    expect(
      sources('MOSCOW (Reuters) - Kremlin spokesman Dmitry Peskov accused Ukraine on Friday of sabotage.'),
    ).toEqual(['RUS-GOV']);
    expect(
      sources(
        'BEIJING (Reuters) - Foreign Ministry spokesman Lin Jian criticised Japan on Monday for its new defence paper.',
      ),
    ).toEqual(['CHN-GOV']);
    // A minister is never a party office, whatever name precedes him.
    const [minister] = extract(
      'TOKYO (Reuters) - Defence Minister Gen Nakatani criticised China on Friday over the carrier drills.',
    ).events;
    expect(minister?.source.sector).toBe('GOV');
  });
});

describe('an opposition figure is placed where the sentence is, not at the dateline', () => {
  it('places "In Ottawa, Conservative leader X" in Canada under a Washington dateline', () => {
    expect(
      summaries(
        'WASHINGTON (AP) — President Donald Trump said on Friday he was ending trade talks with Canada. In Ottawa, Conservative leader Paul Lebrun blamed Prime Minister Mark Carney for failing to secure a deal.',
      ),
    ).toContain('CAN>CAN:112');
    expect(
      summaries(
        'BRUSSELS (Reuters) — EU ministers met on Monday to discuss tariffs. In Warsaw, opposition leader Marek Nowicki accused the government of giving in to Brussels.',
      ),
    ).toContain('POL>POL:112');
  });

  it('does not move a dissident or critic abroad to the place of the sentence', () => {
    // Dissidents often live in exile: the sentence's place (Tehran) is where they were taken, not theirs.
    const events = extract(
      'BERLIN (Reuters) — Germany summoned Iran’s envoy on Tuesday after Tehran announced the execution of Karim Sadeghi, a German-Iranian dissident. He was seized by Iranian agents in 2021 while travelling through Dubai.',
    ).events;
    for (const event of events) {
      if (event.target.sector === 'OPP') expect(event.target.country).not.toBe('IRN');
    }
  });
});

describe('an unplaced party quarrelling with a known office-holder is of that office-holder’s country', () => {
  it('places the party by the president it accuses, not by the dateline', () => {
    const [event] = extract(
      'PHNOM PENH (Reuters) - The main opposition People Power Party accused President Lee Jae-myung on Monday of ignoring warnings from families.',
    ).events;
    expect(event?.source.country).toBe('KOR');
    expect(event?.source.sector).toBe('OPP');
    expect(event?.target.country).toBe('KOR');
    const [possessive] = extract(
      'LONDON (Reuters) - The Orange Democratic Movement party criticised President William Ruto’s government on Tuesday for raising fuel taxes.',
    ).events;
    expect(possessive ? `${possessive.source.country}>${possessive.target.country}` : null).toBe('KEN>KEN');
  });

  it('reads "People" opening a party name as part of the name, not as a crowd', () => {
    const [event] = extract(
      'ABUJA (Reuters) - The opposition Peoples Democratic Party accused President Bola Tinubu on Monday of rigging the vote.',
    ).events;
    expect(event?.source.sector).toBe('OPP');
    expect(event?.source.id).toContain('peoples-democratic-party');
  });

  it('leaves a party that attacks a government named only by its country word where it is', () => {
    // "the Tanzanian government" says nothing about the critic's own country: a foreign critic is common.
    for (const event of extract(
      'NAIROBI (Reuters) - Opposition leader Grace Wanjiru accused the Tanzanian government on Monday of persecuting activists.',
    ).events) {
      expect(event.source.country).toBe('KEN');
    }
    // Praise is no quarrel: the tie is only for demands, criticism, rejection and threats.
    for (const event of extract(
      'PHNOM PENH (Reuters) - The Candlelight Party praised President Lee Jae-myung on Monday for his help with the investigation.',
    ).events) {
      expect(event.source.country).not.toBe('KOR');
    }
  });
});
