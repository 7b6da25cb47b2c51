import { describe, expect, it } from 'vitest';
import { forcesCountryIn } from '../../../core/lexicon/countries';
import { findPlace } from '../../../core/lexicon/places';
import { extract, summaries } from './helpers';

describe('conflict towns in the gazetteer', () => {
  it('finds front-line and crisis towns under their wire spellings', () => {
    expect(findPlace('Gaza City')?.country).toBe('PSE');
    expect(findPlace('Khan Younis')?.country).toBe('PSE');
    expect(findPlace('Jenin')?.country).toBe('PSE');
    expect(findPlace('Pokrovsk')?.country).toBe('UKR');
    expect(findPlace('Kupiansk')?.country).toBe('UKR');
    expect(findPlace('Hodeidah')?.country).toBe('YEM');
  });

  it('places an attack on such a town in its country', () => {
    expect(summaries('Israeli troops attacked Gaza City on Monday.')).toEqual(['ISR>PSE:190']);
    expect(summaries('Russian troops attacked Pokrovsk on Monday.')).toEqual(['RUS>UKR:190']);
    expect(summaries('Israeli strikes on Rafah and Khan Younis killed 20 people on Sunday.')[0]).toMatch(
      /^ISR>PSE:19/,
    );
  });

  it('places a story filed from the United Nations without giving it a home state', () => {
    const extraction = extract('UNITED NATIONS (AP) — The United Nations condemned Russia on Tuesday.');
    expect(extraction.events[0]?.location).toMatchObject({
      name: 'United Nations Headquarters',
      country: null,
    });
    // Unnamed police there belong to no state the dateline could give.
    expect(summaries('UNITED NATIONS (AP) — Police arrested 12 protesters on Tuesday.')).toEqual([]);
  });

  it('does not make a person of a listed town name', () => {
    expect(summaries('Beni Gantz criticized Netanyahu on Monday.')).toEqual(['ISR>ISR:111']);
  });
});

describe('victims of an attack on a named town', () => {
  it('belong to the town, not to the attacker', () => {
    expect(summaries('Russian forces shelled Kharkiv on Monday, killing three civilians.')).toContain(
      'RUS>UKR:190',
    );
    expect(summaries('Russian forces shelled Kharkiv on Monday, killing three civilians.')).not.toContain(
      'RUS>RUS:190',
    );
    expect(summaries('Ukrainian drones struck Belgorod overnight, killing two people.')).not.toContain(
      'UKR>UKR:190',
    );
  });

  it('leaves a capital named as a government alone', () => {
    // "criticized Beijing" is the government, not the scene of the act.
    expect(summaries('Police in Nairobi criticized Beijing on Monday.')).not.toContain('CHN>CHN:111');
  });
});

describe('forces in a territory that is not a state', () => {
  it('codes unnamed police and troops in New Caledonia as France, the crowd as the territory', () => {
    expect(summaries('Police arrested 200 rioters in Noumea, New Caledonia, on Tuesday.')).toEqual([
      'FRA>NCL:173',
    ]);
    expect(forcesCountryIn('NCL', 'MIL')).toBe('FRA');
    expect(forcesCountryIn('NCL', 'CVL')).toBe('NCL');
  });

  it('keeps territorial police where policing is local, and states untouched', () => {
    expect(summaries('Police arrested 20 protesters in San Juan, Puerto Rico, on Tuesday.')).toEqual([
      'PRI>PRI:173',
    ]);
    expect(forcesCountryIn('PRI', 'MIL')).toBe('USA');
    expect(summaries('Police arrested 20 protesters in Nairobi on Tuesday.')).toEqual(['KEN>KEN:173']);
  });
});

describe('military role words and command names', () => {
  it('reads aircraft and personnel of a country as its military', () => {
    const [strike] = extract('Russian aircraft bombed rebel positions in Idlib on Sunday.').events;
    expect(strike).toMatchObject({ code: '195', source: { country: 'RUS', sector: 'MIL' } });
    const [killing] = extract(
      'Pakistani security personnel killed five militants in Bannu on Sunday.',
    ).events;
    expect(killing?.source).toMatchObject({ country: 'PAK', sector: 'MIL' });
  });

  it('does not make embassy staff or a passenger helicopter an armed actor', () => {
    expect(summaries('Embassy personnel were expelled by Russia on Monday.')).toEqual([]);
    expect(summaries('The president left Dhaka on a military helicopter on Monday.')).toEqual([]);
  });

  it('resolves "it" after a military command that speaks to the command', () => {
    expect(
      summaries('The U.S. Africa Command said it attacked al-Shabab fighters near Mogadishu on Tuesday.'),
    ).toEqual(['USA>SOM:190']);
    const [event] = extract(
      'The U.S. Africa Command said it attacked al-Shabab fighters near Mogadishu on Tuesday.',
    ).events;
    expect(event?.source.sector).toBe('MIL');
  });
});

describe('speakers, coined names and groups named in passing', () => {
  it('reads "they" after a speech verb as a collective speaker', () => {
    expect(
      summaries('The Taliban said they had arrested 12 Islamic State fighters in Kabul on Sunday.'),
    ).toEqual(['AFG>AFG:173']);
    // A person's "they" is someone else: nothing is coded without knowing whom.
    expect(summaries('Macron said they would meet again on Saturday.')).toEqual([]);
  });

  it('learns a bracketed short name and reads its later mentions', () => {
    const text =
      'Rebels from the Allied Democratic Forces (ADF) killed 38 civilians in Beni on Monday. ' +
      'The ADF attacked a village near Butembo on Tuesday.';
    const events = extract(text).events;
    expect(events.filter((event) => event.source.name === 'Allied Democratic Forces')).toHaveLength(
      events.length,
    );
    expect(events.some((event) => event.evidence.sentence.startsWith('The ADF'))).toBe(true);
    // An unexplained short name stays unplaced.
    expect(summaries('The ADF attacked a village near Butembo on Tuesday.')).toEqual([]);
  });

  it('finds a group whose name opens with a lowercase Arabic article', () => {
    expect(summaries('Kenyan troops killed 12 al-Shabab militants in Lamu on Monday.')).toEqual([
      'KEN>SOM:190',
    ]);
    expect(summaries('The army attacked al-Shabaab fighters on Tuesday.')[0]).toMatch(/>SOM:190$/);
  });

  it('codes the named affiliate, not its parent', () => {
    const [event] = extract(
      'An Islamic State affiliate, ISWAP, attacked a military base in Borno on Friday.',
    ).events;
    expect(event?.source.name).toBe('Islamic State West Africa Province');
  });

  it('does not take a conjunct or a place as the antecedent of a later "it"', () => {
    const text =
      'The International Court of Justice ruled on Monday. The court, based in The Hague, found that a ' +
      "treaty signed by France and Spain in Paris governs the border. It rejected Gabon's argument.";
    const rejection = extract(text).events.find((event) => event.code === '120');
    expect(rejection?.source.name).toBe('International Court of Justice');
    expect(summaries(text)).not.toContain('FRA>GAB:120');
  });
});

describe('ethnic groups as demonyms of their state', () => {
  it('codes a people to the state or territory they belong to', () => {
    expect(summaries("Vanuatu's government expressed solidarity with the Kanak people on Monday.")).toEqual([
      'VUT>NCL:051',
    ]);
    expect(summaries('Bangladesh police arrested 30 Rohingya refugees in Chittagong on Monday.')).toEqual([
      'BGD>MMR:173',
    ]);
    expect(summaries('Baloch separatists attacked a police station in Turbat on Monday.')).toEqual([
      'PAK>PAK:190',
    ]);
  });

  it('keeps the group inside its state when it accuses that state', () => {
    const [event] = extract('Uyghur activists accused China of genocide on Monday.').events;
    expect(event).toMatchObject({ code: '112', source: { country: 'CHN', sector: 'CVL' } });
  });
});
