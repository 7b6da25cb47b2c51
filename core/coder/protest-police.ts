/*
 * Who the police are at a protest. A bare "Police fired tear gas" carries no country of its own, so
 * the registry guesses the story's focus; at a protest outside a foreign embassy or high commission
 * that guess is the state the protest was aimed at, whereas the police who fire are the host's.
 */

import type { ActorRecord } from './actor-registry';
import { type Candidate, type SentenceContext, STATE_ARMS } from './sentence-context';

/** How many events back a protest can still be the scene bare police act at. */
const SCENE_REACH = 4;

/**
 * The police re-read as the host country's when the phrase names no country, the latest protest in
 * the story was held where its own protesters live, and the police were guessed to be of another state.
 * Returns null when nothing needs to change.
 */
export const hostPolice = (
  context: SentenceContext,
  out: readonly Candidate[],
  subjectPhrase: number,
  sources: readonly ActorRecord[],
): ActorRecord[] | null => {
  const phrase = context.analysis.phrases[subjectPhrase];
  if (!phrase || phrase.country !== null || phrase.possessive || phrase.personName) return null;
  if (sources.length === 0 || !sources.every((source) => STATE_ARMS.has(source.sector))) return null;
  const recent = [...context.history, ...out].slice(-SCENE_REACH).reverse();
  const protest = recent.find((event) => event.code.startsWith('14'));
  const host = protest?.location?.country;
  if (!protest || !host || protest.source.country !== host) return null;
  if (sources.every((source) => source.country === host)) return null;
  const reread = context.resolveIn(subjectPhrase, host);
  return reread.length > 0 ? reread : null;
};

/** Words that name the people at a protest. */
const CROWD_WORDS = new Set([
  'protester',
  'protesters',
  'protestor',
  'protestors',
  'demonstrator',
  'demonstrators',
  'marcher',
  'marchers',
  'crowd',
  'crowds',
]);

/**
 * Force the state's own arms use on protesters ("beat demonstrators", "shot dead three protesters")
 * is repression of the protest (175), as the gold codes every such scene, not an assault or a
 * military attack. Returns the code to use.
 */
export const repressionCode = (
  code: string,
  tokens: ReadonlyArray<{ lower: string }>,
  from: number,
  end: number,
  sources: readonly ActorRecord[],
): string => {
  if (!code.startsWith('18') || sources.length === 0) return code;
  if (!sources.every((source) => STATE_ARMS.has(source.sector))) return code;
  for (let k = from; k < end; k++) if (CROWD_WORDS.has(tokens[k]?.lower ?? '')) return '175';
  return code;
};

/**
 * "Opposition leader X was arrested in April": an arrest told with no agent is the state's where it
 * happened (a place named after the verb), else the person's own state. Otherwise only for people
 * whose nationality is stated, arrested where a place or the dateline says, so "three suspects were
 * arrested" or "a journalist was detained" stay uncoded. Returns the arresting state, or null.
 */
export const arrestingState = (
  context: SentenceContext,
  i: number,
  subjectPhrase: number,
  targets: readonly ActorRecord[],
): ActorRecord | null => {
  const phrase = context.analysis.phrases[subjectPhrase];
  if (!phrase || phrase.pronoun) return null;
  const [person] = targets;
  if (targets.length !== 1 || !person?.country) return null;
  const place = context.places.find((mention) => mention.token > i && mention.token < i + 12);
  if (phrase.personName) return context.stateOf(place?.location.country ?? person.country);
  // "a Ugandan activist was arrested at his hotel": unnamed people whose nationality is stated are held
  // by the state where it happened (a place after the verb, else the dateline), never guessed.
  if (phrase.country === null || phrase.state || phrase.roleKind === null) return null;
  const where = place?.location.country ?? context.datelineLocation?.country ?? null;
  return where === null ? null : context.stateOf(where);
};
