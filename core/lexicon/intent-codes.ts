/**
 * CAMEO codes statements about the future as intentions, not as the act itself: "Japan would
 * provide patrol boats" is 033 (intent to provide aid), "Russia would respond with force" is 138
 * (threaten force), "Guyana would not negotiate" is 125 (reject talks). This table maps the root of
 * the act a rule found to the code for its announced, threatened or refused version.
 */
export interface IntentEntry {
  root: string;
  /** Said it will / plans to / pledged to do it. */
  intent: string;
  /** Said it will not do it: a refusal (12x), or for violence a pledge of restraint. */
  refusal: string;
  /** Threatened to do it (13x). */
  threat: string;
  reason: string;
}

export const INTENT_CODES: readonly IntentEntry[] = [
  { root: '01', intent: '010', refusal: '011', threat: '130', reason: 'Future statements are statements.' },
  { root: '02', intent: '020', refusal: '120', threat: '130', reason: 'An appeal is already a request.' },
  {
    root: '04',
    intent: '036',
    refusal: '125',
    threat: '134',
    reason: '"will meet/visit" = intent to meet (036).',
  },
  {
    root: '05',
    intent: '032',
    refusal: '120',
    threat: '1313',
    reason: '"will recognize/sign" = diplomatic intent.',
  },
  { root: '06', intent: '031', refusal: '121', threat: '1313', reason: '"will cooperate/trade" = 031.' },
  {
    root: '07',
    intent: '033',
    refusal: '122',
    threat: '1311',
    reason: '"would deliver aid/arms" = intent to aid (033).',
  },
  {
    root: '08',
    intent: '035',
    refusal: '124',
    threat: '130',
    reason: '"will release/withdraw" = intent to yield (035).',
  },
  {
    root: '09',
    intent: '030',
    refusal: '120',
    threat: '130',
    reason: 'Announced investigations are intent.',
  },
  { root: '10', intent: '100', refusal: '120', threat: '139', reason: 'A future demand is a demand.' },
  { root: '11', intent: '111', refusal: '120', threat: '130', reason: 'Criticism stays criticism.' },
  { root: '12', intent: '120', refusal: '120', threat: '130', reason: 'Rejection stays rejection.' },
  {
    root: '14',
    intent: '133',
    refusal: '120',
    threat: '133',
    reason: '"will protest" = threaten dissent (133).',
  },
  {
    root: '15',
    intent: '138',
    refusal: '035',
    threat: '138',
    reason: '"will deploy forces against" = threat of force.',
  },
  {
    root: '16',
    intent: '131',
    refusal: '124',
    threat: '131',
    reason: '"will impose sanctions/cut ties" = threat (131).',
  },
  {
    root: '17',
    intent: '137',
    refusal: '035',
    threat: '137',
    reason: '"vowed to crush/arrest" = threat of repression.',
  },
  {
    root: '18',
    intent: '138',
    refusal: '035',
    threat: '138',
    reason: '"would attack" = threat of force (138).',
  },
  {
    root: '19',
    intent: '138',
    refusal: '035',
    threat: '138',
    reason: '"would respond with force" = 138; "not to use force" = 035.',
  },
  {
    root: '20',
    intent: '138',
    refusal: '035',
    threat: '138',
    reason: 'Threats of mass violence are threats of force.',
  },
];
