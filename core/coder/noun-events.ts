import type { Token } from './nlp';
import type { SentenceAnalysis } from './phrase-types';

/** Modifiers that make the act a prospect: "possible sanctions", "threatened strikes". */
const PROSPECT_MODIFIERS = new Set([
  'possible',
  'potential',
  'proposed',
  'planned',
  'threatened',
  'future',
  'any',
  'no',
  'further',
  'more',
]);
/** Verbs (and "for") whose object is an act wished, feared or argued over, not one that happened. */
const PROSPECT_GOVERNORS = new Set([
  'threaten',
  'call',
  'urge',
  'propose',
  'consider',
  'seek',
  'demand',
  'want',
  'fear',
  'warn',
  'weigh',
  'discuss',
  'debate',
  'avoid',
  'avert',
  'prevent',
  'risk',
  'face',
  'plan',
  'push',
  'press',
  'for',
  'against',
  'without',
]);
/**
 * Verbs that stop a measure before it is taken: "Hungary blocked the EU's sanctions package against
 * Russia" tells of no sanctions imposed.
 */
const BLOCKING_GOVERNORS = new Set(['block', 'veto', 'stall', 'delay', 'obstruct', 'derail', 'torpedo']);
/** "the threat of U.S. sanctions", "the prospect of Israeli strikes". */
const PROSPECT_NOUNS = new Set([
  'threat',
  'threats',
  'possibility',
  'prospect',
  'risk',
  'fear',
  'fears',
  'danger',
]);
const MODALS = new Set(['would', 'could', 'might', 'may', 'will', "'ll", 'should', 'must']);

/** Words of a noun phrase that rank or qualify a known act: "the first known attack", "the latest strike". */
const CHARACTERIZING_MODIFIERS = new Set(['first', 'known', 'latest', 'second', 'third', 'last', 'reported']);
/** Pronouns that point back at an act already told: "It was the first attack", "This follows the strike". */
const BACK_POINTERS = new Set(['it', 'this', 'that', 'which']);

/**
 * "It was the first known Israeli attack on Qatar", "It follows last week's air strike": a sentence
 * that ranks or dates an act by pointing back at it (a pronoun subject with a copula, or "follows")
 * tells no new act; the act itself is coded where the story reports it.
 */
const characterizes = (analysis: SentenceAnalysis, governor: number): boolean => {
  const { tokens } = analysis;
  const word = tokens[governor];
  if (!word || (word.lemma !== 'be' && word.lemma !== 'follow' && word.lemma !== 'mark')) return false;
  let k = governor - 1;
  while (k >= 0 && tokens[k]?.pos === 'ADV') k--;
  const subject = tokens[k];
  return subject !== undefined && subject.pos === 'PRON' && BACK_POINTERS.has(subject.lower) && k === 0;
};

/**
 * Whether a noun-phrase event ("Israel's bombardment of Gaza", doer phrase starting at `start`,
 * match ending at `end`) is asserted as having happened, rather than threatened, feared, called for,
 * weighed or denied.
 */
export const nounEventAsserted = (analysis: SentenceAnalysis, start: number, end: number): boolean => {
  const { tokens, phraseAt } = analysis;
  let k = start - 1;
  while (k >= 0) {
    const token = tokens[k] as Token;
    if (PROSPECT_MODIFIERS.has(token.lower)) return false;
    if (token.pos !== 'DET' && token.pos !== 'ADJ' && token.lower !== "'s") break;
    k--;
  }
  // "the first known Israeli attack", "last week's air strike": ranks, participles and times still
  // belong to the noun phrase.
  while (
    k >= 0 &&
    (CHARACTERIZING_MODIFIERS.has(tokens[k]?.lower ?? '') ||
      analysis.time[k] === 1 ||
      tokens[k]?.pos === 'DET' ||
      tokens[k]?.pos === 'ADJ' ||
      tokens[k]?.lower === "'s")
  )
    k--;
  const governor = tokens[k];
  if (governor) {
    if (PROSPECT_GOVERNORS.has(governor.lemma) || PROSPECT_GOVERNORS.has(governor.lower)) return false;
    if (BLOCKING_GOVERNORS.has(governor.lemma)) return false;
    if (characterizes(analysis, k)) return false;
    if (governor.lower === 'of' && PROSPECT_NOUNS.has(tokens[k - 1]?.lower ?? '')) return false;
  }
  // "Russian strikes on Kyiv would be met with force": the noun is the subject of a hypothetical.
  let after = end;
  while (after < tokens.length && (phraseAt[after] ?? -1) >= 0) after++;
  return !MODALS.has(tokens[after]?.lower ?? '');
};

/** Words that undo the act a noun names: "lifts sanctions", "ended the blockade", "scrapping tariffs". */
export const UNDOING: ReadonlySet<string> = new Set([
  'lift',
  'ease',
  'remove',
  'scrap',
  'drop',
  'end',
  'relax',
  'waive',
  'suspend',
  'rescind',
  'revoke',
  'repeal',
  'halt',
  'roll',
]);

/**
 * Whether the noun event at `at` is the object of a word that undoes it ("UN lifts sanctions on Syria"
 * in a headline, where the tagger may read "lifts" as a noun): the undoing is the news, not the act.
 */
export const nounEventUndone = (analysis: SentenceAnalysis, at: number): boolean => {
  const { tokens } = analysis;
  let k = at - 1;
  while (k >= 0 && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NUM')) k--;
  const word = tokens[k];
  if (!word) return false;
  const bare = word.lower.replace(/(ing|ed|es|s)$/, '');
  return UNDOING.has(word.lemma) || UNDOING.has(word.lower) || UNDOING.has(bare) || UNDOING.has(`${bare}e`);
};
