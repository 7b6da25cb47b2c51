/*
 * What every part of coding one sentence shares: the candidate event and sentence context types,
 * and the few primitives (the actors of a coordinated group, the nearest place, the owner of an event
 * noun, the state's armed sectors) that the driver and each concern module all lean on. Kept apart so
 * the concern modules can import them without importing the driver, which imports them.
 */

import type { EventMode } from '../lexicon/verb-pattern-types';
import type { DatePrecision } from '../model/common';
import type { Location } from '../model/event';
import { type ActorRecord, root } from './actor-registry';
import type { DateMention, DayPick } from './dates';
import type { Phrase, SentenceAnalysis } from './phrase-types';

export interface PlaceMention {
  token: number;
  location: Location;
}

/** One coded event before dedup: actors are still registry records. */
export interface Candidate {
  source: ActorRecord;
  target: ActorRecord;
  code: string;
  rule: string;
  trigger: string;
  triggerToken: number;
  date: string | null;
  datePrecision: DatePrecision | null;
  location: Location | null;
  negated: boolean;
  mode: EventMode;
  /** For an accusation ("accused India of backing the rebels"): the act alleged, for a later denial. */
  alleged?: AllegedAct;
}

/** The act an accusation says its target did: the code and whom it was aimed at. */
export interface AllegedAct {
  code: string;
  targets: readonly ActorRecord[];
}

export interface SentenceContext {
  analysis: SentenceAnalysis;
  /** Actors each phrase refers to (same indexes as analysis.phrases). */
  resolved: ReadonlyArray<readonly ActorRecord[]>;
  dates: readonly DateMention[];
  /** The day the story is at when this sentence gives none (see dates.ts sceneOf). */
  scene?: DayPick | null;
  places: readonly PlaceMention[];
  published: string | null;
  datelineLocation: Location | null;
  maxEvents: number;
  /** Events coded so far in the article, oldest first: what "the attack" or "the pact" refers to. */
  history: readonly Candidate[];
  /** The latest court named in the story so far (this sentence included), for reactions to "the ruling". */
  court?: () => ActorRecord | null;
  /** The state actor of a country, for protests aimed at their own government and attacks on places. */
  stateOf: (iso3: string) => ActorRecord;
  /** Country of a place name, if the gazetteer knows it. */
  placeOf: (name: string) => string | null;
  /** The country the article is about (see focus.ts). */
  focus: string | null;
  /** The two sides of the latest exchange between two countries, for "the parties" of a mediation. */
  sides: () => readonly ActorRecord[];
  /** Resolves a phrase (and its coordination) again, placing unplaced domestic actors in `iso3`. */
  resolveIn: (phrase: number, iso3: string) => ActorRecord[];
}

/** Roots whose wished-for version is an intent to cooperate (03x). */
export const COOPERATIVE_ROOTS = new Set(['03', '04', '05', '06', '07', '08']);

export const groupActors = (context: SentenceContext, p: number): ActorRecord[] => {
  const { phrases } = context.analysis;
  const group = phrases[p]?.group;
  let first = p;
  while (first > 0 && phrases[first - 1]?.group === group) first--;
  const out: ActorRecord[] = [];
  for (let k = first; k < phrases.length && phrases[k]?.group === group; k++) {
    // "marched on parliament and police fired": the last conjunct is the next clause's subject.
    if (k > first && newClauseConjunct(context.analysis, k)) {
      if (k === p) return [...new Set((context.resolved[k] ?? []).map(root))];
      break;
    }
    for (const record of context.resolved[k] ?? []) {
      const actor = root(record);
      if (!out.includes(actor)) out.push(actor);
    }
  }
  return out;
};

const NOT_CLAUSAL = new Set(['between', 'among', 'amongst', 'of']);

/**
 * "marched on parliament and police fired": the conjunct right before the verb starts a new clause
 * when the earlier conjuncts are a preposition's object after another verb; they are not its subject.
 */
export const newClauseConjunct = (analysis: SentenceAnalysis, p: number): boolean => {
  const { tokens, phrases } = analysis;
  const phrase = phrases[p];
  const previous = phrases[p - 1];
  if (!phrase || !previous || previous.group !== phrase.group) return false;
  if (tokens[phrase.start - 1]?.lower !== 'and' || phrases[p + 1]?.group === phrase.group) return false;
  let v = phrase.end;
  while (tokens[v]?.pos === 'ADV' || tokens[v]?.pos === 'AUX') v++;
  if (tokens[v]?.pos !== 'VERB') return false;
  let first = p - 1;
  while (first > 0 && phrases[first - 1]?.group === phrase.group) first--;
  const start = phrases[first]?.start ?? 0;
  const before = tokens[start - 1];
  if (before?.pos !== 'ADP' || NOT_CLAUSAL.has(before.lower)) return false;
  for (let k = start - 2; k >= 0 && k >= start - 8; k--) {
    if (tokens[k]?.pos === 'VERB' && (analysis.phraseAt[k] ?? -1) < 0) return true;
  }
  return false;
};

export const nearestPlace = (items: readonly PlaceMention[], at: number): PlaceMention | null => {
  let best: PlaceMention | null = null;
  for (const item of items) if (!best || Math.abs(item.token - at) < Math.abs(best.token - at)) best = item;
  return best;
};

export const STATE_ARMS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'SPY']);

export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whom']);

export const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', '„']);

/** A person not yet placed in a sector speaks for the government (as the output codes them). */
export const governmental = (actor: ActorRecord): boolean => actor.sector === 'GOV' || actor.sector === 'UNK';

/** Who did what a noun names: "Russia's attack", "Israeli airstrikes", "a Taliban suicide bombing". */
export const ownerOf = (analysis: SentenceAnalysis, i: number): number | null => {
  const { tokens, phraseAt, phrases } = analysis;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const p = phraseAt[k] ?? -1;
    if (p >= 0) {
      const phrase = phrases[p] as Phrase;
      return phrase.end >= k + 1 ? p : null;
    }
    const token = tokens[k];
    if (!token) return null;
    if (
      token.lower === "'s" ||
      token.pos === 'ADJ' ||
      token.pos === 'NUM' ||
      token.pos === 'ADV' ||
      token.pos === 'NOUN'
    )
      continue;
    return null;
  }
  return null;
};
