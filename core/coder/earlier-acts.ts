/*
 * Back-references to acts the story has already told: the event noun that points at one ("condemned
 * the attack"), the accusation that alleges one, and the denial that answers it. They are separate
 * because they read the article's history of coded events, not the sentence's own clause structure.
 */

import { EVENT_NOUNS, type EventNounEntry, NOUN_TRIGGER_STEMS } from '../lexicon/event-nouns';
import { WORD_CLASSES } from '../lexicon/word-classes';
import { type ActorRecord, root } from './actor-registry';
import type { ClauseReader } from './clauses';
import { matchAt, type RuleIndex } from './patterns';
import type { SentenceAnalysis } from './phrase-types';
import {
  type AllegedAct,
  type Candidate,
  COOPERATIVE_ROOTS,
  groupActors,
  type SentenceContext,
  STATE_ARMS,
} from './sentence-context';

const EVENT_NOUN_INDEX = new Map<string, EventNounEntry>();
for (const entry of EVENT_NOUNS) for (const noun of entry.nouns) EVENT_NOUN_INDEX.set(noun, entry);

const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d', "'", '\u2018', '\u2019']);

/** "condemned the attack": the actors of the latest earlier event the noun can refer to. */
export const referredActors = (
  context: SentenceContext,
  from: number,
  end: number,
  exclude: readonly ActorRecord[],
): ActorRecord[] => {
  const { tokens } = context.analysis;
  // "Russia condemned the attack" after Russian forces shelled a city: a state does not condemn its
  // own arms' act abroad. At home it may ("the president condemned the police killings").
  const ownSideAbroad = (earlier: Candidate): boolean => {
    const doer = root(earlier.source);
    return (
      STATE_ARMS.has(doer.sector) &&
      root(earlier.target).country !== doer.country &&
      exclude.some((reactor) => STATE_ARMS.has(reactor.sector) && reactor.country === doer.country)
    );
  };
  // Quote marks, epithets and the stock "in the strongest (possible) terms" do not push the noun out
  // of reach: 'condemned the "barbaric" killings', 'condemned in the strongest terms the attack'.
  let limit = end + 4;
  for (let k = from; k < tokens.length && k < limit; k++) {
    const token = tokens[k];
    if (!token) break;
    const filler = QUOTE_MARKS.has(token.text) || token.pos === 'ADJ' || token.pos === 'CCONJ';
    if (k >= end && filler && !EVENT_NOUN_INDEX.has(token.lower)) {
      if (token.pos === 'CCONJ' && tokens[k - 1]?.pos !== 'ADJ') break;
      limit++;
      continue;
    }
    if (token.lower === 'in' && tokens[k + 2]?.lower === 'strongest') {
      const terms = tokens[k + 3]?.lower === 'terms' ? k + 3 : tokens[k + 4]?.lower === 'terms' ? k + 4 : -1;
      if (terms > 0) {
        limit += terms - k + 1;
        k = terms;
        continue;
      }
    }
    const entry = EVENT_NOUN_INDEX.get(token.lower);
    if (entry) {
      // "the Israeli strikes": the doer is named right before the noun.
      const owner = context.analysis.phraseAt[k - 1] ?? -1;
      if (owner >= 0 && k - 1 >= from) {
        const named = groupActors(context, owner).filter((actor) => !exclude.includes(actor));
        if (named.length > 0) return named;
      }
      // The roots are in order of preference: the latest event of the first listed kind wins.
      const kinds = entry.roots.length === 0 ? [''] : entry.roots;
      const ordered: Candidate[] = [];
      if (entry.latest) {
        // "Kabul welcomed the move" right after Moscow accepted its envoy: the act just told, of any
        // listed kind, not an older act of a kind listed first.
        for (let h = context.history.length - 1; h >= 0; h--) {
          const earlier = context.history[h] as Candidate;
          if (kinds.some((prefix) => earlier.code.startsWith(prefix))) ordered.push(earlier);
        }
      } else
        for (const prefix of kinds) {
          for (let h = context.history.length - 1; h >= 0; h--) {
            const earlier = context.history[h] as Candidate;
            if (earlier.code.startsWith(prefix)) ordered.push(earlier);
          }
        }
      const stems = NOUN_TRIGGER_STEMS.get(token.lower);
      if (stems) {
        const told = (earlier: Candidate): boolean =>
          stems.some((stem) => earlier.trigger.toLowerCase().startsWith(stem));
        ordered.sort((a, b) => Number(told(b)) - Number(told(a)));
      } else {
        // "welcomed the treaty" after "signed a mutual defence treaty" and a later "signed a security
        // pact": the act told with the same noun is the one meant.
        const told = (earlier: Candidate): boolean =>
          earlier.trigger
            .toLowerCase()
            .split(/[^\p{L}\p{N}]+/u)
            .includes(token.lower);
        ordered.sort((a, b) => Number(told(b)) - Number(told(a)));
      }
      for (const earlier of ordered) {
        const actors = entry.parties === 'both' ? [earlier.source, earlier.target] : [earlier.source];
        if (entry.parties === 'source' && ownSideAbroad(earlier)) continue;
        const out = actors.map(root).filter((actor) => !exclude.includes(actor));
        if (out.length > 0) {
          // Both sides of a pact: take every pair the history holds for that same act.
          if (entry.parties === 'both') {
            for (const other of context.history) {
              if (other.code === earlier.code && other.trigger === earlier.trigger) {
                for (const actor of [other.source, other.target].map(root)) {
                  if (!out.includes(actor) && !exclude.includes(actor)) out.push(actor);
                }
              }
            }
          }
          return out;
        }
      }
      return [];
    }
    if (
      k >= end &&
      token.pos !== 'DET' &&
      token.pos !== 'ADJ' &&
      token.pos !== 'PRON' &&
      context.analysis.time[k] !== 1 &&
      // "condemned Monday's attack": the day owns the noun.
      !(token.lower === "'s" && context.analysis.time[k - 1] === 1)
    )
      break;
  }
  return [];
};

const CLAIM_NOUNS: ReadonlySet<string> = new Set(WORD_CLASSES.CLAIMS?.words ?? []);

/**
 * How a denial rule met its accusation: as its object ("rejected the accusation", "denied any role"),
 * or as the noun a relative clause hangs on ("a charge Kigali denies"); null when it is neither, or
 * when a that-clause tells the act itself ("denied reports that it had ...", coded negated there).
 */
export const accusationShape = (
  analysis: SentenceAnalysis,
  elements: number,
  subjectStart: number,
  end: number,
): 'object' | 'relative' | null => {
  const { tokens, phraseAt } = analysis;
  if (elements > 0) {
    let k = end;
    const claimant = analysis.phrases[phraseAt[k + 1] ?? -1];
    if ((tokens[k]?.lower === 'by' || tokens[k]?.lower === 'from') && claimant) k = claimant.end;
    return tokens[k]?.lower === 'that' || tokens[k]?.lower === 'of' ? null : 'object';
  }
  // The clause must end at the verb: "a charge Kigali denies." has nothing after it.
  if ((phraseAt[end] ?? -1) >= 0 || tokens[end]?.pos === 'VERB') return null;
  let h = subjectStart - 1;
  if (tokens[h]?.lower === 'that' || tokens[h]?.lower === 'which') h--;
  return CLAIM_NOUNS.has(tokens[h]?.lower ?? '') ? 'relative' : null;
};

/** The latest accusation aimed at one of `accused` (or at their country): whom it accused, of what. */
export const latestAllegation = (
  events: readonly Candidate[],
  accused: readonly ActorRecord[],
): { accused: ActorRecord; alleged: AllegedAct | null } | null => {
  const countries = new Set(accused.map((actor) => actor.country).filter((country) => country !== null));
  for (let k = events.length - 1; k >= 0; k--) {
    const event = events[k] as Candidate;
    if (event.code.slice(0, 3) !== '112') continue;
    const target = root(event.target);
    if (accused.includes(target) || (target.country !== null && countries.has(target.country)))
      return { accused: target, alleged: event.alleged ?? null };
  }
  return null;
};

/** Roots an accusation can allege and a denial deny: no statements, appeals or verbal disputes. */
const ALLEGED_ROOTS = /^(0[3-9]|1[3-9]|20)/;

/**
 * "accused India of backing the rebels": the -ing act right after the accusation and whom it was
 * aimed at (the object named, else the doers of the act its noun refers to: "of sponsoring the attack").
 */
export const allegedAct = (
  context: SentenceContext,
  reader: ClauseReader,
  rules: RuleIndex,
  from: number,
  accused: readonly ActorRecord[],
): AllegedAct | null => {
  const { tokens } = context.analysis;
  let g = from;
  while (tokens[g]?.pos === 'ADV') g++;
  if (!tokens[g]?.lower.endsWith('ing')) return null;
  const match = matchAt(context.analysis, g, rules);
  if (!match || match.compiled.noun || match.compiled.rule.mediator) return null;
  const code = match.compiled.rule.code;
  if (!ALLEGED_ROOTS.test(code)) return null;
  const phrase = match.target ?? (match.compiled.hasTarget ? null : reader.objectAfter(match.end));
  let targets = phrase === null ? [] : groupActors(context, phrase);
  if (targets.length === 0) targets = referredActors(context, g + 1, match.end, accused);
  // "of attacking its own people" is a domestic charge, but a state is never charged with acting on
  // itself, nor with backing its own.
  const own = new Set(accused);
  const homes = new Set(accused.map((actor) => actor.country));
  const cooperative = COOPERATIVE_ROOTS.has(code.slice(0, 2));
  targets = targets.filter(
    (actor) =>
      !own.has(actor) &&
      !(homes.has(actor.country) && (cooperative || actor.kind === 'STATE' || STATE_ARMS.has(actor.sector))),
  );
  if (targets.length === 0) return null;
  // "of backing the M23 rebels": backing an armed group is arming it, not praise.
  const armed = targets.every((actor) => actor.sector === 'REB' || actor.sector === 'MIL');
  return { code: armed && code.startsWith('05') ? '072' : code, targets };
};

/** Conflictual acts whose report by someone else is an accusation. */
export const ACCUSABLE_ROOTS = new Set(['07', '11', '12', '13', '15', '16', '17', '18', '19', '20']);
