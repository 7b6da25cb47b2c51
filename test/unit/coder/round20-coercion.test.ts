import { describe, expect, it } from 'vitest';
import { summaries, summariesMatching } from './helpers';

// Round 20, roots 12, 13, 17 and 07: mechanisms that left long wire sentences of these roots silent.

describe('a promise of unnamed measures is a threat (130)', () => {
  it.each([
    ['India said it would take all necessary measures against Pakistan.', 'IND>PAK:130'],
    ['China vowed to take resolute measures against the United States.', 'CHN>USA:130'],
    ['Beijing will take countermeasures against Washington, the ministry said on Friday.', 'CHN>USA:130'],
    [
      'The minister vowed that Nigeria would take "definitive measures" against South Africa if the attacks continued.',
      'NGA>ZAF:130',
    ],
  ])('the side named after "against" is the target: %s', (text, expected) => {
    expect(summaries(text)).toContain(expected);
  });

  it.each([
    ['Estonia detained a Russian tanker. Moscow said it would take all necessary measures.', 'RUS>EST:130'],
    [
      'Washington imposed tariffs on India. India said it would take all actions necessary to protect its interests.',
      'IND>USA:130',
    ],
  ])('with no side named, the threat is aimed at the other side of the row: %s', (text, expected) => {
    expect(summaries(text)).toContain(expected);
  });

  it.each([
    'China took countermeasures against Lithuania last year.',
    'The central bank said it would take decisive action to curb inflation.',
    'The government said it would take measures to curb inflation.',
    'Pakistan said it would take all necessary measures to protect its sovereignty.',
    'Pyongyang fired a missile. Seoul said it would take all necessary steps to protect its citizens.',
  ])('measures already taken, or promised with no adversary, threaten no one: %s', (text) => {
    expect(summariesMatching(text, /:13\d$/)).toEqual([]);
  });
});

describe('a rejection aimed at whoever made the criticism or the offer', () => {
  it.each([
    ['Russia rejected criticism from Germany over the arrests.', 'RUS>DEU:120'],
    ['Venezuela dismissed the condemnation by Brazil as interference.', 'VEN>BRA:120'],
  ])('the critic named after "from"/"by" is the target: %s', (text, expected) => {
    expect(summaries(text)).toContain(expected);
  });

  it.each([
    ['Russia attacked Ukraine on Monday. Ukraine rejected the offer.', 'UKR>RUS:125'],
    ['Russia attacked Ukraine on Monday. Kyiv turned down the offer of a truce.', 'UKR>RUS:125'],
    ['Israeli jets struck Gaza on Tuesday. Hamas rebuffed the proposal.', 'PSE>ISR:125'],
  ])('with no one named, the offer came from the other side of the row: %s', (text, expected) => {
    expect(summaries(text)).toContain(expected);
  });

  it.each([
    'Voters rejected the plan in a referendum.',
    'The Senate rejected the budget plan on Tuesday.',
    'The company rejected the offer from its rival.',
  ])('a rejection outside any row between sides codes nothing: %s', (text) => {
    expect(summariesMatching(text, /:12\d$/)).toEqual([]);
  });
});

describe('money released or set aside for a country is aid', () => {
  it.each([
    ['The UN released $5 million from its emergency fund for Afghanistan.', 'IGO-united-nations>AFG:073'],
    [
      'The European Union released 10 million euros in humanitarian aid for Sudan.',
      'IGO-european-union>SDN:073',
    ],
    ['The World Bank allocated $200 million to Pakistan for flood relief.', 'IGO-world-bank>PAK:073'],
  ])('an emergency or humanitarian marker makes it humanitarian aid (073): %s', (text, expected) => {
    expect(summaries(text)).toContain(expected);
  });

  it.each([
    ['The EU unlocked 50 billion euros for Ukraine.', 'IGO-european-union>UKR:071'],
    ['The IMF released a $1 billion tranche to Pakistan on Friday.', 'IGO-imf>PAK:071'],
  ])('otherwise it is economic aid (071): %s', (text, expected) => {
    expect(summaries(text)).toContain(expected);
  });

  it.each([
    'The company released its quarterly results on Monday.',
    'Police released the suspects to their families.',
    'The government allocated $5 million for road repairs.',
    'The ministry released an emergency statement to the press.',
  ])('releasing results, people or a budget line is no aid: %s', (text) => {
    expect(summariesMatching(text, /:07\d$/)).toEqual([]);
  });
});

describe('police repressing a crowd named anywhere in the sentence (175)', () => {
  it.each([
    [
      'NAIROBI (Reuters) - Police fired tear gas after some protesters threw stones at the electoral office.',
      'KEN>KEN:175',
    ],
    [
      'TEGUCIGALPA (Reuters) - Police fired tear gas as demonstrators tried to break through a fence.',
      'HND>HND:175',
    ],
    ['BELGRADE (Reuters) - Riot police charged at the protesters.', 'SRB>SRB:175'],
    [
      'Opposition supporters marched in Belgrade on Tuesday. Riot police used batons and pepper spray.',
      'SRB>SRB:175',
    ],
  ])('%s', (text, expected) => {
    expect(summaries(text)).toContain(expected);
  });

  it.each([
    'Police fired tear gas during a training exercise.',
    'Ukrainian troops charged into the village.',
    'The prosecutor charged the protesters with rioting.',
  ])('no crowd, or no charge at one, is no repression: %s', (text) => {
    expect(summariesMatching(text, /:175$/)).toEqual([]);
  });
});

describe('an arrest with no agent, of people whose nationality is stated (173)', () => {
  it.each([
    ['NAIROBI (Reuters) - A Ugandan activist was arrested at his hotel on Monday.', 'KEN>UGA:173'],
    [
      'NAIROBI (Reuters) - A Ugandan activist was arrested by plainclothes officers at his hotel.',
      'KEN>UGA:173',
    ],
    ['NAIROBI (Reuters) - Two Kenyan protesters were arrested in Kampala.', 'UGA>KEN:173'],
    [
      'NAIROBI (Reuters) - Three Ugandans were detained on Monday in connection with the killing, police said.',
      'KEN>UGA:173',
    ],
  ])('the state where it happened holds them: %s', (text, expected) => {
    expect(summaries(text)).toContain(expected);
  });

  it.each([
    'A journalist was detained on Monday.',
    'NAIROBI (Reuters) - Three suspects were arrested on Monday.',
    'Two Chinese nationals were arrested on Monday.',
    'Two Chinese citizens were arrested on Monday.',
  ])('no nationality, or no place, codes nothing: %s', (text) => {
    expect(summariesMatching(text, /:173$/)).toEqual([]);
  });
});

describe("rejecting an election's results is aimed at one's own state (120)", () => {
  it.each([
    ['NAIROBI (Reuters) - The opposition rejected the election results on Tuesday.', 'KEN>KEN:120'],
    ["NAIROBI (Reuters) - Kenya's opposition leader dismissed the provisional tally.", 'KEN>KEN:120'],
    ["Venezuela's opposition rejected the outcome of the July election.", 'VEN>VEN:120'],
  ])('%s', (text, expected) => {
    expect(summaries(text)).toContain(expected);
  });

  it.each([
    'The company rejected the results of the audit.',
    'Fans rejected the results of the vote for the team captain.',
  ])('a company or fans rejecting results code nothing: %s', (text) => {
    expect(summariesMatching(text, /:12\d$/)).toEqual([]);
  });
});
