/*
 * Domestic quarrels: a party or opposition figure with no country of its own in the text ("the X
 * Party", "opposition leader Y") that accuses, criticises or rejects a known office-holder is of that
 * office-holder's country, not of the dateline or the story's focus. Separate because it corrects a
 * source after both sides of an event are known.
 */

import { type ActorRecord, root } from './actor-registry';
import type { SentenceContext } from './sentence-context';

/** Parties and their people: the actors whose country an unknown name alone cannot give. */
const PARTY_SECTORS = new Set(['OPP', 'POL']);
/** Demand, disapprove, reject, threaten: the roots of a quarrel at home. */
const QUARREL_ROOTS = new Set(['10', '11', '12', '13']);

/**
 * Moves the one unplaced party source to the country of the one office-holder it quarrels with, when
 * that office-holder is a person named in the target phrase ("President Lee", "Ruto's government").
 * A target placed only by a country word ("the Tanzanian government") may well be foreign: untouched.
 */
export const tieToOpponent = (
  context: SentenceContext,
  rootCode: string,
  sources: readonly ActorRecord[],
  targets: readonly ActorRecord[],
  subjectPhrase: number,
  targetPhrase: number,
): void => {
  if (!QUARREL_ROOTS.has(rootCode) || sources.length !== 1 || targets.length !== 1) return;
  const subject = context.analysis.phrases[subjectPhrase];
  const object = context.analysis.phrases[targetPhrase];
  if (!subject || !object || subject.country !== null || subject.known || subject.possessorName) return;
  const personNamed =
    object.known || (object.possessorName !== null && object.personName === null && object.country !== null);
  if (!personNamed) return;
  const source = root(sources[0] as ActorRecord);
  const target = root(targets[0] as ActorRecord);
  if (source.kind === 'STATE' || source.kind === 'GROUP' || !PARTY_SECTORS.has(source.sector)) return;
  if (target.sector !== 'GOV' || target.country === null || target.country === source.country) return;
  source.country = target.country;
};
