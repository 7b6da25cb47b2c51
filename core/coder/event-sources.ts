/*
 * Clause-shape checks the driver uses to find an act's doer: the subject a participle shares, an
 * agreement named before its passive verb, quantified nobodies, and noun triggers inside a phrase.
 * Separate from the driver so its loop reads as the order of decisions, not their word lists.
 */

import { WORD_CLASSES } from '../lexicon/word-classes';
import type { ClauseReader } from './clauses';
import type { Token } from './nlp';
import type { SentenceAnalysis } from './phrase-types';
import { QUOTE_MARKS, RELATIVE_PRONOUNS } from './sentence-context';

const AGREEMENT_WORDS = new Set([
  ...(WORD_CLASSES.AGREEMENT?.words ?? []),
  'convention',
  'conventions',
  'charter',
  'protocol',
]);

/** "a convention signed by", "the accord, which was signed by": an agreement noun just before the verb. */
export const agreementBefore = (tokens: readonly { lower: string; pos: string }[], i: number): boolean => {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const token = tokens[k];
    if (!token) return false;
    if (AGREEMENT_WORDS.has(token.lower)) return true;
    if (
      token.lower !== ',' &&
      token.lower !== 'which' &&
      token.lower !== 'that' &&
      token.pos !== 'AUX' &&
      token.pos !== 'ADV'
    )
      return false;
  }
  return false;
};

/** Quantifiers that make a phrase nobody in particular: "any government", "no country". */
export const NOBODY = new Set(['any', 'no']);

/**
 * "..., the ministry said, urging the gangs to ...", "expelled three diplomats, accusing Algeria of
 * ...": a participle after a comma shares the subject of the clause before it, not its object.
 */
export const participleSubject = (analysis: SentenceAnalysis, reader: ClauseReader, i: number) => {
  const { tokens, phraseAt } = analysis;
  if (!tokens[i]?.lower.endsWith('ing') || tokens[i - 1]?.lower !== ',') return null;
  for (let k = i - 2; k >= 0 && k >= i - 30; k--) {
    const token = tokens[k] as Token;
    if (QUOTE_MARKS.has(token.text) || token.lower === ';') return null;
    if (token.pos !== 'VERB' || (phraseAt[k] ?? -1) >= 0 || token.lower.endsWith('ing')) continue;
    // "fired at supporters who had gathered outside, killing four": the relative clause's verb
    // describes the victims; the participle belongs to the main clause before it.
    if (relativeVerb(tokens, k)) continue;
    return reader.subject(k);
  }
  return null;
};

/**
 * "met on Wednesday, with both sides pledging to deepen cooperation": in an absolute clause the
 * phrase right after "with" does what the participle says, not the main clause's subject.
 */
export const absoluteSubject = (
  analysis: SentenceAnalysis,
  i: number,
): { phrase: number; start: number } | null => {
  const { tokens, phraseAt, phrases } = analysis;
  if (!tokens[i]?.lower.endsWith('ing')) return null;
  const p = phraseAt[i - 1] ?? -1;
  const phrase = phrases[p];
  if (!phrase || phrase.start < 1) return null;
  // Phrases may start on a determiner or not: step over "both"/"the" before looking for "with".
  let k = phrase.start - 1;
  while (k >= 0 && (tokens[k]?.lower === 'both' || tokens[k]?.lower === 'the')) k--;
  return tokens[k]?.lower === 'with' ? { phrase: p, start: phrase.start } : null;
};

/** Whether the verb at k opens a relative clause ("who had gathered", "which was"). */
const relativeVerb = (tokens: readonly Token[], k: number): boolean => {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const token = tokens[j] as Token;
    if (RELATIVE_PRONOUNS.has(token.lower)) return true;
    if (token.pos !== 'AUX' && token.pos !== 'ADV' && token.pos !== 'PART') return false;
  }
  return false;
};

/** Noun triggers ("strikes", "attack") may sit inside a phrase's span only as its last word. */
export const isNounTriggerCandidate = (analysis: SentenceAnalysis, i: number): boolean => {
  const token = analysis.tokens[i];
  return token !== undefined && (token.pos === 'NOUN' || token.pos === 'PROPN');
};
