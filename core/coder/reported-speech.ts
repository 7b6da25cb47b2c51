/*
 * Reported speech and attribution: quotations, their speakers and first-person "we", speech verbs
 * that lead a clause, and the warners and commentators a clause is told by. Separate because who said
 * something decides whose act it is, or that it is no act at all, independently of the act's rule.
 */

import type { ActorRecord } from './actor-registry';
import type { ClauseReader } from './clauses';
import type { Token } from './nlp';
import type { SentenceAnalysis } from './phrase-types';
import { groupActors, QUOTE_MARKS, type SentenceContext } from './sentence-context';

/** Roles that comment on events rather than act in them (their warnings and criticism are not coded). */
export const COMMENTATOR_ROLES = new Set([
  'analyst',
  'expert',
  'researcher',
  'scholar',
  'professor',
  'think tank',
]);

const WARNING_VERBS = new Set(['warn', 'threaten', 'caution']);

/** "analysts warn that X would ...", "experts say X has ...": a clause told by a commentator. */
export const toldByCommentator = (
  reader: ClauseReader,
  analysis: SentenceAnalysis,
  subjectStart: number,
): boolean => {
  const { tokens, phrases } = analysis;
  let k = subjectStart - 1;
  if (tokens[k]?.lower === 'that') k--;
  while (k >= 0 && analysis.time[k] === 1) k--;
  if (tokens[k]?.pos !== 'VERB') return false;
  const speaker = reader.subject(k)?.phrase;
  return speaker !== undefined && COMMENTATOR_ROLES.has(phrases[speaker]?.role?.toLowerCase() ?? '');
};

/** Who warned of the clause starting at `subjectStart` ("Israel warned on Monday that ..."), if anyone. */
export const warnerOf = (
  reader: ClauseReader,
  analysis: SentenceAnalysis,
  subjectStart: number,
): number | null => {
  const { tokens } = analysis;
  let k = subjectStart - 1;
  if (tokens[k]?.lower === 'that') k--;
  while (k >= 0 && analysis.time[k] === 1) k--;
  const verb = tokens[k];
  if (verb === undefined || verb.pos !== 'VERB' || !WARNING_VERBS.has(verb.lemma)) return null;
  return reader.subject(k)?.phrase ?? null;
};

const OPENING_QUOTES = new Set(['“', '«', '„']);
const CLOSING_QUOTES = new Set(['”', '»']);
/** Quotations shorter than this are scare quotes ("buffer zone"), not reported speech. */
const MIN_QUOTE_TOKENS = 6;

/**
 * Tokens inside a quotation of a few words or more: what someone said in their own words is their
 * statement, not a report of an act ("Moscow is set to commit further violations ...").
 */
export const quotedTokens = (analysis: SentenceAnalysis): Uint8Array => {
  const { tokens } = analysis;
  const quoted = new Uint8Array(tokens.length);
  let open = -1;
  const close = (end: number): void => {
    if (open >= 0 && end - open - 1 >= MIN_QUOTE_TOKENS) quoted.fill(1, open + 1, end);
    open = -1;
  };
  tokens.forEach((token, k) => {
    const text = token.text;
    if (OPENING_QUOTES.has(text)) open = k;
    else if (CLOSING_QUOTES.has(text)) close(k);
    else if (text === '"') {
      if (open < 0) open = k;
      else close(k);
    }
  });
  // A quotation still open at the end of the sentence runs on into the next one.
  if (open >= 0) close(tokens.length);
  return quoted;
};

/** Only "we" speaks for an institution; "I" is a person's feeling or plan far more often than an act. */
const FIRST_PERSON = new Set(['we']);
/** Not the indicative: "we could respond", "we must act" state options and duties, not acts. */
const NON_INDICATIVE = new Set(['would', 'could', 'should', 'might', 'may', 'must', 'can', 'ought']);
/** "if we ...", "unless we ...": a condition, not a report of what the speaker does. */
const CONDITIONAL = new Set(['if', 'unless', 'until', 'whether', 'once', 'when', 'should']);

/** "We strongly condemn", "we will not accept": the index of the first-person subject of the verb at i, or -1. */
export const firstPersonBefore = (analysis: SentenceAnalysis, i: number): number => {
  const { tokens } = analysis;
  if (tokens[i]?.pos !== 'VERB') return -1;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const token = tokens[k] as Token;
    if (FIRST_PERSON.has(token.lower)) return CONDITIONAL.has(tokens[k - 1]?.lower ?? '') ? -1 : k;
    if (NON_INDICATIVE.has(token.lower)) return -1;
    if (token.pos !== 'ADV' && token.pos !== 'AUX' && token.pos !== 'PART') return -1;
  }
  return -1;
};

/**
 * Who speaks the quotation holding token i: '"We condemn ...," the State Department said' or
 * 'a spokesperson for the ministry said'; else 'X said: "We ...'. Null when the sentence does not say.
 */
export const quotationSpeaker = (
  analysis: SentenceAnalysis,
  reader: ClauseReader,
  i: number,
): number | null => {
  const { tokens, phraseAt } = analysis;
  let close = i + 1;
  while (close < tokens.length && !QUOTE_MARKS.has(tokens[close]?.text ?? '')) close++;
  if (close < tokens.length) {
    for (let k = close + 1; k < tokens.length && k <= close + 12; k++) {
      const token = tokens[k] as Token;
      if (QUOTE_MARKS.has(token.text)) break;
      if (token.pos !== 'VERB' || !SPEECH_VERBS.has(token.lemma) || (phraseAt[k] ?? -1) >= 0) continue;
      // "..., the ministry said" or "..., said the ministry".
      for (let p = k - 1; p > close; p--) if ((phraseAt[p] ?? -1) >= 0) return phraseAt[p] ?? null;
      const after = phraseAt[k + 1] ?? -1;
      return after >= 0 ? after : null;
    }
  }
  let open = i - 1;
  while (open >= 0 && !QUOTE_MARKS.has(tokens[open]?.text ?? '')) open--;
  for (let k = open - 1; k >= 0 && k >= open - 3; k--) {
    const token = tokens[k] as Token;
    if (token.pos === 'VERB' && SPEECH_VERBS.has(token.lemma)) return reader.subject(k)?.phrase ?? null;
  }
  return null;
};

export const SPEECH_VERBS = new Set([
  'say',
  'tell',
  'claim',
  'allege',
  'insist',
  'charge',
  'report',
  'announce',
  'state',
  'assert',
  'write',
  'add',
]);

/**
 * "Xi told Blinken that China was willing to cooperate", "Pistorius said Berlin would deliver":
 * a speaker who names their own state as the doer is the most specific actor of that act.
 */
export const speakerForOwnState = (
  context: SentenceContext,
  reader: ClauseReader,
  subjectStart: number,
  sources: ActorRecord[],
): ActorRecord[] => {
  if (sources.length !== 1 || sources[0]?.kind !== 'STATE') return sources;
  const speaker = speakerOf(reader, context.analysis, subjectStart);
  if (speaker === null) return sources;
  const speakers = groupActors(context, speaker);
  const only = speakers[0];
  if (speakers.length !== 1 || !only || only.country !== sources[0].country || only.kind === 'STATE')
    return sources;
  return [only];
};

/** The phrase that said the clause starting at `subjectStart`, when a speech verb leads it. */
export const speakerOf = (
  reader: ClauseReader,
  analysis: SentenceAnalysis,
  subjectStart: number,
): number | null => {
  const { tokens, phraseAt, phrases } = analysis;
  let k = subjectStart - 1;
  if (tokens[k]?.lower === 'that') k--;
  // "said in La Paz on Monday that", "told reporters on Friday that", "told Blinken that".
  for (let hops = 0; hops < 3 && k >= 0; hops++) {
    while (k >= 0 && analysis.time[k] === 1) k--;
    const p = phraseAt[k] ?? -1;
    if (p >= 0 && tokens[(phrases[p]?.start ?? 0) - 1]?.lemma === 'tell') {
      k = (phrases[p]?.start ?? 0) - 1;
      break;
    }
    if (tokens[k]?.lower === 'reporters' || tokens[k]?.lower === 'journalists') {
      k--;
      continue;
    }
    if (
      p >= 0 &&
      (tokens[(phrases[p]?.start ?? 0) - 1]?.lower === 'in' ||
        tokens[(phrases[p]?.start ?? 0) - 1]?.lower === 'at')
    ) {
      k = (phrases[p]?.start ?? 0) - 2;
      continue;
    }
    break;
  }
  while (k >= 0 && analysis.time[k] === 1) k--;
  const verb = tokens[k];
  if (verb?.pos !== 'VERB' || !SPEECH_VERBS.has(verb.lemma)) return null;
  return reader.subject(k)?.phrase ?? null;
};
