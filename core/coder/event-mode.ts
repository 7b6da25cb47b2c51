/*
 * Whether a matched act is reported as done: conditions and questions, demands, standing background
 * told in relative clauses, present-simple negation, purpose clauses restating an act, and the code
 * an intended, refused or threatened act takes. Separate because these gate and recode an act after
 * its actors are known, without looking at who the actors are.
 */

import { WEEKDAYS } from '../lexicon/calendar-words';
import { INTENT_CODES, type IntentEntry } from '../lexicon/intent-codes';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs';
import type { EventMode } from '../lexicon/verb-pattern-types';
import type { ActorRecord } from './actor-registry';
import type { Token } from './nlp';
import type { SentenceAnalysis } from './phrase-types';
import { type Candidate, QUOTE_MARKS, RELATIVE_PRONOUNS } from './sentence-context';

/** "does not recognise", "do not formally recognize": present-simple negation before the trigger. */
export const standingNegation = (
  tokens: readonly { lower: string }[],
  from: number,
  trigger: number,
): boolean => {
  for (let k = Math.max(from, trigger - 4); k < trigger; k++) {
    const word = tokens[k]?.lower;
    if (
      (word === 'does' || word === 'do') &&
      (tokens[k + 1]?.lower === 'not' || tokens[k + 1]?.lower === "n't")
    )
      return true;
  }
  return false;
};

const INTENT_BY_ROOT = new Map<string, IntentEntry>(INTENT_CODES.map((entry) => [entry.root, entry]));

/** The code for an announced, refused or threatened act (see intent-codes.ts). */
export const adjustCode = (
  code: string,
  mode: EventMode,
  negated: boolean,
  refused: boolean,
): { code: string; negated: boolean } => {
  const rootCode = code.slice(0, 2);
  if (rootCode === '03' || rootCode === '13') return { code, negated: negated || refused };
  const entry = INTENT_BY_ROOT.get(rootCode);
  if (!entry) return { code, negated };
  if (refused || (negated && (mode === 'future' || mode === 'planned')))
    return { code: entry.refusal, negated: false };
  if (mode === 'threatened') return { code: entry.threat, negated };
  if (mode === 'future' || mode === 'planned' || mode === 'proposed') return { code: entry.intent, negated };
  return { code, negated };
};

/** Modifiers of an object that place the acts before the story: "brokered previous truces". */
export const EARLIER_OBJECT = new Set(['previous', 'past', 'earlier', 'prior']);

/** Verbs whose "that" clause states what must happen, not what did. */
const MANDATIVE_VERBS = new Set([
  'demand',
  'urge',
  'ask',
  'request',
  'propose',
  'recommend',
  'require',
  'insist',
]);

/**
 * "demanded that Ankara withdraw", "insisted that Moscow return the vessels": a that-clause under a
 * verb of demanding. For "insist", only a bare verb is a demand ("insisted that it had not attacked" is a claim).
 */
export const mandatedBefore = (
  analysis: SentenceAnalysis,
  subjectStart: number,
  trigger: number,
): boolean => {
  const { tokens } = analysis;
  let k = subjectStart - 1;
  if (tokens[k]?.lower !== 'that') return false;
  k--;
  while (k >= 0 && analysis.time[k] === 1) k--;
  const verb = tokens[k];
  if (verb === undefined || verb.pos !== 'VERB' || !MANDATIVE_VERBS.has(verb.lemma)) return false;
  if (verb.lemma !== 'insist') return true;
  const act = tokens[trigger];
  return act !== undefined && act.lower === act.lemma && tokens[trigger - 1]?.pos !== 'AUX';
};

/** Words that open a condition or an open question: what the clause says is not reported as done. */
const CONDITION_OPENERS = new Set(['if', 'unless', 'whether', 'lest']);
/** "Had Israel struck Iran, ...", "Should Moscow cut gas, ...", "Were Russia to invade, ...". */
const INVERTED_CONDITION = new Set(['had', 'should', 'were']);
const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–']);

/** The trigger at i sits in an if/unless/whether clause, or in a sentence-initial inverted condition. */
export const inCondition = (analysis: SentenceAnalysis, i: number): boolean => {
  const { tokens, phraseAt } = analysis;
  for (let k = i - 1; k >= 0; k--) {
    const token = tokens[k] as Token;
    if (CONDITION_OPENERS.has(token.lower)) return true;
    if (CLAUSE_MARKS.has(token.text) || QUOTE_MARKS.has(token.text)) break;
    // "... would respond if attacked and fired missiles at Kyiv": a second verb leaves the condition.
    if ((token.lower === 'and' || token.lower === 'but') && tokens[k + 1]?.pos === 'VERB') break;
  }
  let first = 0;
  while (QUOTE_MARKS.has(tokens[first]?.text ?? '')) first++;
  // The subject must follow right away: "Had Israel struck", not "Had been warned".
  if (!INVERTED_CONDITION.has(tokens[first]?.lower ?? '') || (phraseAt[first + 1] ?? -1) < 0) return false;
  for (let k = first + 1; k < i; k++) if (CLAUSE_MARKS.has(tokens[k]?.text ?? '')) return false;
  return true;
};

/**
 * First token of a direct question the sentence ends in ("Would China invade Taiwan?"), from the
 * start or the last clause break before it; the sentence length when it asks nothing.
 */
export const questionStart = (analysis: SentenceAnalysis): number => {
  const { tokens } = analysis;
  let last = tokens.length - 1;
  while (last >= 0 && QUOTE_MARKS.has(tokens[last]?.text ?? '')) last--;
  if (tokens[last]?.text !== '?') return tokens.length;
  for (let k = last - 1; k >= 0; k--) {
    const lower = tokens[k]?.lower ?? '';
    if (lower === ';' || lower === ':' || lower === '—' || lower === 'but' || QUOTE_MARKS.has(lower))
      return k + 1;
  }
  return 0;
};

export const isConflictRoot = (root: string): boolean => Number(root) >= 10;

/**
 * "summoned the envoy to protest", "met to discuss": a purpose infinitive pointing the same way
 * (cooperation or conflict) as the act its verb already coded for the same source only says why
 * that act was done; it is no second event.
 */
export const restatesPurposeHead = (
  out: readonly Candidate[],
  head: number | null,
  pairs: ReadonlyArray<[ActorRecord, ActorRecord]>,
  rootCode: string,
): boolean => {
  if (head === null) return false;
  const sources = new Set(pairs.map(([source]) => source));
  return out.some(
    (event) =>
      event.triggerToken === head &&
      sources.has(event.source) &&
      isConflictRoot(event.code.slice(0, 2)) === isConflictRoot(rootCode),
  );
};

const DAY_NAMES = new Set<string>([...WEEKDAYS, 'today', 'tomorrow', 'tonight']);

/**
 * "Iran, which backs Hezbollah", "a country that supplies arms to Russia": a present-simple verb
 * opening a relative clause describes what the actor habitually is or does, not what it did today.
 */
export const characterizingRelative = (tokens: readonly Token[], i: number): boolean => {
  const token = tokens[i];
  // The trigger itself: "back" is often tagged an adverb, so its part of speech is not asked.
  if (token && token.lower === token.lemma && /^[a-z]+$/.test(token.lower))
    return pluralCharacterizing(tokens, i);
  if (!token || token.lower === token.lemma || !/^[a-z]+$/.test(token.lower)) return false;
  const presentThird = token.lower === `${token.lemma}s` || token.lower === `${token.lemma}es`;
  let j = i - 1;
  while (j >= 0 && j >= i - 3 && tokens[j]?.pos === 'ADV') j--;
  if (presentThird) return RELATIVE_PRONOUNS.has(tokens[j]?.lower ?? '') || tokens[j]?.lower === 'that';
  // "Boko Haram, which has pledged allegiance to IS, ...": a perfect in an aside is the actor's record.
  if (tokens[j]?.lower !== 'has' && tokens[j]?.lower !== 'have') return false;
  j--;
  while (j >= 0 && tokens[j]?.pos === 'ADV') j--;
  return RELATIVE_PRONOUNS.has(tokens[j]?.lower ?? '') && tokens[j - 1]?.lower === ',';
};

/**
 * "Russia, whose forces back the Syrian government, ...", "the Houthis, who control the capital, ...":
 * a plural present in an aside set off by a comma is the same standing description.
 */
const pluralCharacterizing = (tokens: readonly Token[], i: number): boolean => {
  // "whose ministers meet in Tehran on Monday": a dated present is a scheduled act, not a description.
  for (let k = i + 1; k < tokens.length && tokens[k]?.lower !== ','; k++) {
    if (DAY_NAMES.has(tokens[k]?.lower ?? '')) return false;
  }
  // "which cut its funding": a past that looks like the base form is no present.
  if (IRREGULAR_VERBS[tokens[i]?.lemma ?? '']?.includes(tokens[i]?.lower ?? '')) return false;
  let j = i - 1;
  while (j >= 0 && j >= i - 3 && tokens[j]?.pos === 'ADV') j--;
  const before = tokens[j]?.lower ?? '';
  if ((before === 'who' || before === 'which') && tokens[j - 1]?.lower === ',') return true;
  for (let k = j; k >= 0 && k >= j - 2; k--) {
    const word = tokens[k];
    if (word?.lower === 'whose') return tokens[k - 1]?.lower === ',';
    if (word?.pos !== 'NOUN' && word?.pos !== 'ADJ') return false;
  }
  return false;
};
