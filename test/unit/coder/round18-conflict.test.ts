import { describe, expect, it } from 'vitest';
import { summariesMatching } from './helpers';

// Round 18 coverage audit of CAMEO roots 14-20: wordings journalists use for protest, sanctions,
// coercion and force that had no rule, and the same words where nothing political happened.
const CONFLICT = /:(1[4-9]|20)\d*$/;

describe('round 18, roots 14-20: wordings that must code', () => {
  it.each([
    ['Thousands of Chilean students poured into the streets of Santiago on Friday.', 'CHL>CHL:141'],
    ['Pakistani demonstrators chanted slogans against India outside the mosque.', 'PAK>IND:141'],
    ['Greek dock workers went on strike against the government on Monday.', 'GRC>GRC:143'],
    ['Ecuadorian protesters set fire to a government building in Quito.', 'ECU>ECU:145'],
    ['Colombian rebels set fire to a Venezuelan army truck.', 'COL>VEN:190'],
    ['Israeli soldiers stormed the Jenin refugee camp in the West Bank.', 'ISR>PSE:190'],
    ['Beijing halted imports of Australian barley on Tuesday.', 'CHN>AUS:163'],
    ['Washington has placed new export controls on Chinese chip firms.', 'USA>CHN:163'],
    ['South Korea walked out of the talks with North Korea on Wednesday.', 'KOR>PRK:164'],
    ['Israeli forces demolished Palestinian houses near Hebron.', 'ISR>PSE:1712'],
    ['Israel imposed a curfew on the Palestinian village of Beita.', 'ISR>PSE:1721'],
    ['Ukrainian troops ambushed a Russian column near Kupiansk.', 'UKR>RUS:190'],
    ['Saudi warplanes pounded Yemeni positions overnight.', 'SAU>YEM:195'],
    ['Congolese rebels captured the city of Goma on Monday.', 'COD>COD:192'],
    ['Russian forces overran the town of Vuhledar in eastern Ukraine.', 'RUS>UKR:192'],
    ['Lebanese protesters gathered outside the French embassy in Beirut.', 'LBN>FRA:141'],
    ['China flew dozens of warplanes toward Taiwan on Saturday.', 'CHN>TWN:150'],
    ['Washington added several Iranian firms to its sanctions blacklist.', 'USA>IRN:163'],
    ['Egyptian authorities placed an opposition leader under house arrest in Cairo.', 'EGY>EGY:173'],
    ['Iranian security forces fired live ammunition at protesters in Zahedan.', 'IRN>IRN:175'],
    ['Ukraine launched a counteroffensive against Russian forces in the south.', 'UKR>RUS:190'],
    ['Turkey conducted airstrikes inside Iraq on Sunday.', 'TUR>IRQ:190'],
    ['Israeli soldiers raided a Palestinian town near Nablus.', 'ISR>PSE:190'],
  ])('%s', (text, expected) => {
    expect(summariesMatching(text, CONFLICT)).toContain(expected);
  });

  it('codes a rally broken up by police as repression of the crowd told of just before', () => {
    const text =
      'Georgian opposition supporters marched in Tbilisi. Georgian riot police broke up the rally.';
    expect(summariesMatching(text, /:175$/)).toEqual(['GEO>GEO:175']);
  });
});

describe('round 18, roots 14-20: the same words where nothing political happened', () => {
  it.each([
    'Holiday shoppers poured into the streets of London on Saturday.',
    'Football fans chanted slogans against the referee.',
    'Workers went on strike against the company over pay.',
    'The city imposed a curfew on teenagers after a spate of car thefts.',
    'Officials demolished an old stadium in Lagos.',
    'The coach told his players to leave the pitch.',
    'Hurricane winds pounded the coast of Florida.',
    'The band took the city by storm.',
    'Manchester City took the lead in the second half.',
    'The prime minister dissolved parliament and called early elections.',
    'Fans gathered outside the stadium in Madrid.',
    'The pilot flew the jets to an air show in Paris.',
    'The airline added new routes to its summer schedule.',
  ])('%s', (text) => {
    expect(summariesMatching(text, CONFLICT)).toEqual([]);
  });
});
