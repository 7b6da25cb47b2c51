/*
 * "Guterres called it a flagrant violation": a label rule whose object is a bare pronoun names no
 * actor; the pronoun is the act the story told last, and the label criticizes whoever did it.
 */

import { type ActorRecord, root } from './actor-registry';
import type { Candidate, SentenceContext } from './sentence-context';

const ACT_PRONOUNS = new Set(['it', 'this']);

/**
 * The doer of the latest act of coercion or force before the pronoun, else of the latest force
 * posture: a threat or a reply told after a strike is not what a label like "violation" names.
 */
export const labelledPronounDoer = (
  context: SentenceContext,
  out: readonly Candidate[],
  trigger: number,
  sources: readonly ActorRecord[],
): ActorRecord[] => {
  const { tokens } = context.analysis;
  if (!ACT_PRONOUNS.has(tokens[trigger + 1]?.lower ?? '')) return [];
  // "rejected a proposal by France, calling it interference": a participle's pronoun is the object
  // its own sentence just named, not an act told before.
  if (tokens[trigger]?.lower.endsWith('ing')) return [];
  const events = [...context.history, ...out].filter((event) => !event.negated && event.code >= '15');
  const forceful = events.filter((event) => event.code >= '17');
  const ordered = forceful.length > 0 ? forceful : events;
  const latest = ordered[ordered.length - 1];
  if (!latest) return [];
  const doer = root(latest.source);
  // A side does not label its own act a violation: the pronoun points elsewhere, so code nothing.
  const own = sources.some(
    (source) => source === doer || (source.country !== null && source.country === doer.country),
  );
  return own ? [] : [doer];
};
