/*
 * Reactions told from the side of whom they are aimed at: "Israel drew condemnation from France",
 * "The strike met with criticism from Germany", "was condemned by Egypt" with an act as subject.
 * The reactors come after the verb; whom they react to is the subject, or the doer of the act the
 * subject names. Kept apart from the driver because it reads the clause before the verb, not after.
 */

import type { ActorRecord } from './actor-registry';
import type { ClauseReader } from './clauses';
import { referredActors } from './earlier-acts';
import { absoluteSubject, participleSubject } from './event-sources';
import { groupActors, type SentenceContext } from './sentence-context';

/** Words that end the clause a reaction's subject can stand in. */
const CLAUSE_EDGES = new Set([',', ';', ':', '.', 'that', 'which', 'who', 'after', 'when', 'while', 'but']);

/** The first token of the clause that ends right before token i. */
const clauseStartBefore = (context: SentenceContext, i: number): number => {
  const { tokens } = context.analysis;
  let start = i;
  while (start > 0 && !CLAUSE_EDGES.has(tokens[start - 1]?.lower ?? '')) start--;
  return start;
};

/**
 * The doers of an act the clause before token i names ("The Russian strike on Kharkiv drew ...",
 * "The raid was condemned by ..."), other than the reactors, with where that clause starts.
 */
export const doersOfActBefore = (
  context: SentenceContext,
  i: number,
  reactors: readonly ActorRecord[],
): { targets: ActorRecord[]; subjectStart: number } => {
  const start = clauseStartBefore(context, i);
  return { targets: start < i ? referredActors(context, start, i, reactors) : [], subjectStart: start };
};

/**
 * Whom a reaction at token i is aimed at: the doer of an act the clause before the verb names ("The
 * Russian strike on Kharkiv drew ...", "The raid was condemned by ..."), else the subject when it is
 * an actor ("Israel drew ...", "North Korea fired a missile, drawing a rebuke from Japan").
 */
export const reactedTo = (
  context: SentenceContext,
  reader: ClauseReader,
  i: number,
  reactors: readonly ActorRecord[],
): { targets: ActorRecord[]; subjectStart: number } => {
  const act = doersOfActBefore(context, i, reactors);
  if (act.targets.length > 0) return act;
  const subject =
    absoluteSubject(context.analysis, i) ??
    participleSubject(context.analysis, reader, i) ??
    reader.subject(i);
  if (!subject) return act;
  const targets = groupActors(context, subject.phrase).filter((actor) => !reactors.includes(actor));
  return { targets, subjectStart: subject.start };
};
