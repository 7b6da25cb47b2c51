/**
 * Nouns that refer back to an event already reported ("condemned the attack", "rejected the
 * demand", "welcomed the decision"). When a reaction has no actor as its object, its target is the
 * actor who did the referred event: the latest earlier event in the article whose root is listed.
 * `parties: 'both'` makes both sides of that event targets ("criticized the pact").
 */
export interface EventNounEntry {
  nouns: readonly string[];
  /** CAMEO roots (or full codes) the referred event may have; empty = any event. */
  roots: readonly string[];
  parties: 'source' | 'both';
  /** The noun names no kind of act ("the move"): it means the latest act of any listed root. */
  latest?: boolean;
  reason: string;
}

export const EVENT_NOUNS: readonly EventNounEntry[] = [
  {
    nouns: [
      'attack',
      'attacks',
      'strike',
      'strikes',
      'airstrike',
      'airstrikes',
      'shelling',
      'shellings',
      'bombing',
      'bombings',
      'bombardment',
      'bombardments',
      'offensive',
      'assault',
      'killing',
      'killings',
      'invasion',
      'incursion',
      'downing',
    ],
    roots: ['18', '19', '20'],
    parties: 'source',
    reason: '"Syria condemned the attack": the attacker is criticized.',
  },
  {
    nouns: ['raid', 'raids', 'break-in'],
    roots: ['18', '19', '20', '17'],
    parties: 'source',
    reason: '"condemned the raid": a police raid on premises (17x) as much as an armed one.',
  },
  {
    nouns: ['pact', 'agreement', 'deal', 'accord', 'treaty', 'alliance'],
    roots: ['057', '030', '031', '06'],
    parties: 'both',
    reason: '"China criticized the pact": both signatories are criticized.',
  },
  {
    nouns: ['ceasefire', 'ceasefires', 'cease-fire', 'truce', 'armistice'],
    roots: ['0871', '087', '057'],
    parties: 'both',
    reason: '"Beijing welcomed the ceasefire": both sides that agreed to the truce.',
  },
  {
    nouns: ['sanctions', 'measures', 'penalties', 'restrictions', 'embargo', 'ban', 'tariffs'],
    roots: ['16', '17'],
    parties: 'source',
    reason: '"Belarus condemned the measures": the one who imposed them.',
  },
  {
    nouns: ['exercises', 'drills', 'maneuvers', 'manoeuvres', 'deployment'],
    roots: ['15', '062'],
    parties: 'source',
    reason: '"Taiwan condemned the exercises": the one holding them.',
  },
  {
    nouns: [
      'expulsion',
      'expulsions',
      'deportation',
      'deportations',
      'repatriation',
      'repatriations',
      'detention',
      'detentions',
      'arrest',
      'arrests',
      'crackdown',
      'seizure',
      'seizures',
    ],
    roots: ['17', '16'],
    parties: 'source',
    reason: '"criticized the detention": the detaining side.',
  },
  {
    nouns: ['demand', 'demands', 'ultimatum', 'request', 'appeal', 'call'],
    roots: ['10', '02', '139', '13'],
    parties: 'source',
    reason: '"rejected the demand": the one who demanded.',
  },
  {
    nouns: ['threat', 'threats', 'warning', 'warnings'],
    roots: ['13'],
    parties: 'source',
    reason: '"rejected the threat": the one who threatened.',
  },
  {
    nouns: ['proposal', 'offer', 'plan', 'initiative', 'invitation'],
    roots: ['03'],
    parties: 'source',
    reason: '"dismissed the proposal": the one who proposed.',
  },
  {
    nouns: [
      'accusation',
      'accusations',
      'allegation',
      'allegations',
      'charges',
      'claims',
      'criticism',
      'criticisms',
      'account',
    ],
    roots: ['11'],
    parties: 'source',
    reason:
      '"rejected the accusations", "rejected the criticism", "rejected the account": the accuser or critic.',
  },
  {
    nouns: ['incident', 'incidents', 'boarding', 'interception'],
    roots: ['17', '18', '19', '20', '15', '16', '14'],
    parties: 'source',
    reason:
      '"NATO condemned the incident", "called the boarding piracy": whoever did the latest hostile act.',
  },
  {
    nouns: ['decision', 'move', 'step', 'announcement', 'recognition'],
    roots: ['16', '17', '08', '05', '06', '07', '03', '19', '15'],
    parties: 'source',
    latest: true,
    reason: '"welcomed the decision": whoever made the last reported move.',
  },
];

/**
 * Beginnings of the trigger words a specific noun names ("condemned the shelling" is about the latest
 * act told with "shelled", not a later air strike): among the acts the noun may refer to, one told
 * with such a word is preferred to a later one told otherwise.
 */
export const NOUN_TRIGGER_STEMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['shelling', ['shell']],
  ['shellings', ['shell']],
  ['bombing', ['bomb']],
  ['bombings', ['bomb']],
  ['bombardment', ['bomb']],
  ['bombardments', ['bomb']],
  ['airstrike', ['strike', 'struck', 'airstrike', 'air strike', 'bomb']],
  ['airstrikes', ['strike', 'struck', 'airstrike', 'air strike', 'bomb']],
  ['killing', ['kill', 'murder', 'assassinat', 'shot dead', 'execut']],
  ['killings', ['kill', 'murder', 'assassinat', 'shot dead', 'execut']],
  ['arrest', ['arrest', 'detain']],
  ['arrests', ['arrest', 'detain']],
  ['detention', ['detain', 'arrest', 'held', 'hold']],
  ['detentions', ['detain', 'arrest', 'held', 'hold']],
  ['expulsion', ['expel', 'expul']],
  ['expulsions', ['expel', 'expul']],
  ['seizure', ['seiz', 'captur', 'board']],
  ['seizures', ['seiz', 'captur', 'board']],
]);
