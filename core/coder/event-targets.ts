/*
 * Whom a coded act is aimed at when the clause names no object: the crowd police dispersed, the holder
 * of captives, the victims of a claimed attack, the parties of a mediation, the other side of the
 * latest exchange; and which source-target pairs are events at all. Separate because each is a
 * fallback the driver tries in order once the plain object search has found nobody.
 */

import { EVENT_NOUNS } from '../lexicon/event-nouns';
import { type ActorRecord, root } from './actor-registry';
import type { ClauseReader } from './clauses';
import { referredActors } from './earlier-acts';
import type { Token } from './nlp';
import type { SentenceAnalysis } from './phrase-types';
import {
  type Candidate,
  governmental,
  groupActors,
  nearestPlace,
  ownerOf,
  type SentenceContext,
  STATE_ARMS,
} from './sentence-context';

/** A leader's own camp, named through a possessive: "his supporters", "their followers". */
const FOLLOWER_WORDS = new Set(['supporters', 'followers', 'backers', 'loyalists', 'members', 'partisans']);
const OWN_POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our']);

export const ownFollowers = (analysis: SentenceAnalysis, p: number): boolean => {
  const phrase = analysis.phrases[p];
  if (!phrase) return false;
  const { tokens } = analysis;
  let owned = OWN_POSSESSIVES.has(tokens[phrase.start - 1]?.lower ?? '');
  let follower = false;
  for (let k = phrase.start; k < phrase.end; k++) {
    const lower = tokens[k]?.lower ?? '';
    if (OWN_POSSESSIVES.has(lower)) owned = true;
    if (FOLLOWER_WORDS.has(lower)) follower = true;
  }
  return owned && follower;
};

/**
 * Who suffered the act a claim refers to: the target of the claimant's latest use of force, else of
 * the latest use of force by anyone not already blamed; with no such act coded, the state where
 * the claimant operates (an armed group claiming a bombing at home).
 */
export const victimsOf = (context: SentenceContext, sources: readonly ActorRecord[]): ActorRecord[] => {
  const violent = context.history.filter((event) => event.code >= '14' && !event.negated);
  const own = violent.filter((event) => sources.includes(root(event.source)));
  const referred = own[own.length - 1] ?? violent[violent.length - 1];
  if (referred) {
    // In a clash between troops and "rebels", the rebels claiming it are the side that attacked.
    const claimant = sources[0];
    const [doer, done] = [root(referred.source), root(referred.target)];
    const sameSide = (actor: ActorRecord): boolean =>
      sources.includes(actor) || (actor.country === claimant?.country && actor.sector === claimant?.sector);
    const victim = sameSide(done) && !sameSide(doer) ? doer : done;
    return sameSide(victim) ? [] : [victim];
  }
  const home = sources[0]?.country;
  return home && sources[0]?.kind !== 'STATE' ? [context.stateOf(home)] : [];
};

const INMATE_ROLES = new Set(['prisoners', 'prisoner', 'detainees', 'detainee', 'inmates', 'inmate']);
const POLITICAL = new Set(['political', 'opposition', 'jailed', 'imprisoned']);

/**
 * "Cuba freed 500 political prisoners": captives of no named country that a state lets go are its own
 * people (084 aimed at them), unless the story is a swap between it and another side.
 * Hostages and captives are always someone else's.
 */
export const ownInmates = (
  context: SentenceContext,
  p: number,
  sources: readonly ActorRecord[],
  home: string,
): boolean => {
  const { tokens, phrases } = context.analysis;
  const phrase = phrases[p];
  if (!phrase || phrase.country !== null || !INMATE_ROLES.has(phrase.role?.toLowerCase() ?? '')) return false;
  if (
    !sources.every(
      (source) => source.country === home && (source.kind === 'STATE' || STATE_ARMS.has(source.sector)),
    )
  )
    return false;
  const swap = context.history.some(
    (event) =>
      event.code.startsWith('08') &&
      event.source.country !== event.target.country &&
      (event.source.country === home || event.target.country === home),
  );
  if (swap) return false;
  let k = phrase.start - 1;
  while (k >= 0 && (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NUM')) {
    if (POLITICAL.has(tokens[k]?.lower ?? '')) return true;
    k--;
  }
  for (let j = phrase.start; j < phrase.end; j++) if (POLITICAL.has(tokens[j]?.lower ?? '')) return true;
  return context.focus === home;
};

const COURT_NAME = /\b(court|tribunal)\b/i;

/** A court: the judiciary of a state or an international court ("the ICJ", "the Constitutional Council"). */
export const isCourt = (actor: ActorRecord): boolean =>
  actor.sector === 'JUD' || [...actor.names, ...actor.aliases].some((name) => COURT_NAME.test(name));

const CROWD_SECTORS = new Set(['CVL', 'OPP']);
const DISPERSING = new Set(['disperse', 'scatter', 'break', 'clear', 'push']);

/** "... to disperse the protesters": the crowd named by the purpose right after the match. */
export const dispersed = (context: SentenceContext, reader: ClauseReader, end: number): number | null => {
  const { tokens } = context.analysis;
  if (tokens[end]?.lower !== 'to' || !DISPERSING.has(tokens[end + 1]?.lemma ?? '')) return null;
  const p = reader.objectAfter(end + 2);
  const phrase = p === null ? undefined : context.analysis.phrases[p];
  if (!phrase || phrase.start > end + 6 || phrase.pronoun) return null;
  return p;
};

/**
 * The crowd police act on when none is named: protesters named earlier in the sentence, else the
 * source of the latest protest (14x) in the story, of the police's own country.
 */
export const crowdOf = (
  context: SentenceContext,
  out: readonly Candidate[],
  i: number,
  sources: readonly ActorRecord[],
  purpose: number | null,
): ActorRecord[] => {
  const home = sources[0]?.country;
  if (!home || !sources.every((source) => STATE_ARMS.has(source.sector) || source.kind === 'STATE'))
    return [];
  if (purpose !== null) {
    const named = context.resolved[purpose] ?? [];
    return named.length > 0 ? named.map(root) : context.resolveIn(purpose, home);
  }
  const { phrases } = context.analysis;
  for (let p = phrases.length - 1; p >= 0; p--) {
    if ((phrases[p]?.end ?? i) > i) continue;
    const crowd = (context.resolved[p] ?? []).filter(
      (actor) => actor.country === home && CROWD_SECTORS.has(actor.sector),
    );
    if (crowd.length > 0) return crowd;
  }
  // "fired tear gas after some protesters threw stones": the crowd is told later in the same sentence.
  for (const [p, phrase] of phrases.entries()) {
    if (phrase.start <= i) continue;
    const crowd = (context.resolved[p] ?? []).filter(
      (actor) => actor.country === home && CROWD_SECTORS.has(actor.sector),
    );
    if (crowd.length > 0) return crowd;
  }
  const protest = [...context.history, ...out]
    .reverse()
    .find((event) => event.code.startsWith('14') && event.source.country === home);
  return protest && CROWD_SECTORS.has(protest.source.sector) ? [protest.source] : [];
};

/** A prison sentence (116), seizure (171), arrest or detention (173), abduction or hostage-taking (181). */
const HOLDING_CODE = /^(116|171|173|181)/;

export const latestHolding = (context: SentenceContext): Candidate | undefined =>
  context.history.findLast((event) => !event.negated && HOLDING_CODE.test(event.code));

const MEETING_PLACE_WORDS = new Set(['in', 'at']);
/** "meeting in Brussels", "speaking in Geneva": a venue; "detained in China" names the holder. */
const MEETING_VERBS = new Set(['meet', 'meeting', 'gather', 'speak', 'speaking', 'convene', 'talk']);

/**
 * Who holds the people or things a release is demanded of: the actor of the latest seizure or
 * detention by another country, else another country named in the sentence ("summoned Iran's
 * ambassador and demanded the release of the ship").
 */
export const holdersOf = (context: SentenceContext, sources: readonly ActorRecord[]): ActorRecord[] => {
  const home = new Set(sources.map((source) => source.country));
  for (let k = context.history.length - 1; k >= 0; k--) {
    const event = context.history[k];
    if (!event || event.negated || !HOLDING_CODE.test(event.code)) continue;
    const holder = root(event.source);
    // A demand goes to the state whose police or navy made the arrest, not to the unit.
    if (holder.country && !home.has(holder.country))
      return [STATE_ARMS.has(holder.sector) ? context.stateOf(holder.country) : holder];
  }
  const { phrases, tokens } = context.analysis;
  for (const [p, records] of context.resolved.entries()) {
    // "ministers, meeting in Brussels, called for the release of journalists in Minsk": where the
    // speakers met holds no one.
    const phrase = phrases[p];
    const venue =
      phrase?.state &&
      MEETING_PLACE_WORDS.has(tokens[phrase.start - 1]?.lower ?? '') &&
      MEETING_VERBS.has(tokens[phrase.start - 2]?.lemma ?? '');
    if (venue) continue;
    for (const record of records) {
      const actor = root(record);
      if (actor.country && !home.has(actor.country) && actor.sector !== 'IGO')
        return [context.stateOf(actor.country)];
    }
  }
  return [];
};

/**
 * Who aid with no named recipient is for: another country named in the sentence ("solidarity with
 * the Cuban people"), else the country the story is about. Only states give to a country this way.
 */
export const beneficiariesOf = (context: SentenceContext, sources: readonly ActorRecord[]): ActorRecord[] => {
  const giver = sources[0];
  if (!giver?.country || !governmental(giver)) return [];
  const own = new Set(sources.map((source) => source.country));
  const { tokens, phrases } = context.analysis;
  for (const [p, records] of context.resolved.entries()) {
    // "..., and the United Kingdom pledged": another giver, the subject of its own verb, gets nothing.
    const after = tokens[phrases[p]?.end ?? -1];
    if (after?.pos === 'VERB' || after?.pos === 'AUX') continue;
    for (const record of records) {
      const actor = root(record);
      if (actor.country && !own.has(actor.country) && actor.sector !== 'IGO')
        return [context.stateOf(actor.country)];
    }
  }
  return context.focus && !own.has(context.focus) ? [context.stateOf(context.focus)] : [];
};

/** Heads that, after "all", mean everyone involved rather than a named party. */
const EVERYONE_HEADS = new Set([
  'parties',
  'sides',
  'states',
  'countries',
  'nations',
  'actors',
  'members',
  'stakeholders',
]);

/** "all parties", "all sides", "all member states": the phrase at p addresses everyone at once. */
export const everyone = (analysis: SentenceAnalysis, p: number): boolean => {
  const phrase = analysis.phrases[p];
  if (!phrase) return false;
  const { tokens } = analysis;
  const head = tokens[phrase.end - 1]?.lower ?? '';
  const first = tokens[phrase.start]?.lower === 'all' || tokens[phrase.start - 1]?.lower === 'all';
  // "all Serbian parties" still names whose.
  return first && EVERYONE_HEADS.has(head) && phrase.country === null;
};

/**
 * Where a forceful act of this sentence lands when that is another country than the doer's: the
 * target of the same doer's earlier act in the sentence, else the nearest place named.
 */
export const sceneAbroad = (
  context: SentenceContext,
  earlier: readonly Candidate[],
  sources: readonly ActorRecord[],
  at: number,
  home: string,
): string | null => {
  for (let k = earlier.length - 1; k >= 0; k--) {
    const event = earlier[k] as Candidate;
    const country = root(event.target).country;
    const sameDoer = sources.some((source) => source === event.source || root(source) === root(event.source));
    if (sameDoer && country && country !== home && event.code >= '15') return country;
  }
  const place = nearestPlace(context.places, at)?.location.country;
  return place && place !== home ? place : null;
};

/** "talks between Congo and Rwanda": the actors of the group right after "between". */
const partiesBetween = (context: SentenceContext): ActorRecord[] => {
  const { tokens, phraseAt, phrases } = context.analysis;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]?.lower !== 'between') continue;
    for (let m = k + 1; m < Math.min(tokens.length, k + 4); m++) {
      const p = phraseAt[m] ?? -1;
      if (p >= 0 && phrases[p]?.start === m) return groupActors(context, p);
      if (tokens[m]?.pos !== 'DET' && tokens[m]?.pos !== 'ADJ') break;
    }
  }
  return [];
};

/** The parties of a mediation: named after "between", else of an exchange earlier in the sentence, else the last one. */
export const partiesOf = (context: SentenceContext, earlier: readonly Candidate[]): ActorRecord[] => {
  const between = partiesBetween(context);
  if (between.length > 0) return between;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const candidate = earlier[k] as Candidate;
    const { source, target } = candidate;
    if (!candidate.negated && source.country && target.country && source.country !== target.country)
      return [root(source), root(target)];
  }
  return [...context.sides()];
};

/** The other side of the latest exchange between two countries, one of them the source's. */
export const counterpartOf = (
  context: SentenceContext,
  out: readonly Candidate[],
  sources: readonly ActorRecord[],
): ActorRecord[] => {
  const own = sources[0]?.country;
  if (!own || sources.some((source) => source.country !== own)) return [];
  const events = [...context.history, ...out];
  for (let k = events.length - 1; k >= 0; k--) {
    const { source, target, negated } = events[k] as Candidate;
    if (negated || !source.country || !target.country || source.country === target.country) continue;
    if (source.country === own) return [context.stateOf(target.country)];
    if (target.country === own) return [context.stateOf(source.country)];
  }
  return [];
};

let eventNounRoots: Map<string, readonly string[]> | undefined;

/**
 * "Hun Manet agreed to fast-track the deportations": a side agreeing to carry on an act told earlier
 * in the story acts toward the other party of that act. Only a definite event noun in the agreed
 * clause points back; "agreed to raise taxes" names no one.
 */
export const agreedActCounterpart = (
  context: SentenceContext,
  from: number,
  sources: readonly ActorRecord[],
): ActorRecord[] => {
  const own = sources[0]?.country;
  if (!own || sources.length !== 1) return [];
  if (!eventNounRoots) {
    eventNounRoots = new Map();
    for (const entry of EVENT_NOUNS) for (const noun of entry.nouns) eventNounRoots.set(noun, entry.roots);
  }
  const { tokens } = context.analysis;
  for (let k = from; k < Math.min(tokens.length, from + 8); k++) {
    const lower = tokens[k]?.lower ?? '';
    if (lower === ',' || lower === ';' || lower === 'and' || lower === 'but') return [];
    const roots = eventNounRoots.get(lower);
    if (!roots) continue;
    if (tokens[k - 1]?.lower !== 'the') return [];
    for (let h = context.history.length - 1; h >= 0; h--) {
      const { source, target, code, negated } = context.history[h] as Candidate;
      if (negated || (roots.length > 0 && !roots.some((prefix) => code.startsWith(prefix)))) continue;
      if (!source.country || !target.country || source.country === target.country) continue;
      if (source.country === own) return [context.stateOf(target.country)];
      if (target.country === own) return [context.stateOf(source.country)];
    }
    return [];
  }
  return [];
};

/** The other side of the latest armed exchange (roots 15-20) the `own` countries took part in. */
export const conflictOpponents = (
  context: SentenceContext,
  own: ReadonlySet<string | null>,
): ActorRecord[] => {
  for (let k = context.history.length - 1; k >= 0; k--) {
    const { source, target, code, negated } = context.history[k] as Candidate;
    if (negated || code < '15' || source.country === target.country) continue;
    if (own.has(source.country) && !own.has(target.country)) return [root(target)];
    if (own.has(target.country) && !own.has(source.country)) return [root(source)];
  }
  return [];
};

/** Reactions that take an act as object: "a plan Niger rejected", "a launch Japan condemned". */
export const RELATIVE_OBJECT_ROOTS = new Set(['03', '04', '05', '06', '10', '11', '12', '13', '16', '17']);
const RELATIVIZERS = new Set(['that', 'which', 'whom']);

/**
 * The doer of the act an object relative clause is about: in "North Korea fired a missile in a
 * launch that South Korea condemned" the clause's verb has no object of its own; its object is
 * "launch", whose doer is named before the noun ("Russia's invasion, which ..."), is the actor
 * of the earlier event the noun refers to, or else is the subject of the main clause.
 */
export const relativeObjectDoers = (
  context: SentenceContext,
  reader: ClauseReader,
  subjectStart: number,
  end: number,
  sources: readonly ActorRecord[],
): ActorRecord[] => {
  const { tokens, phraseAt } = context.analysis;
  // The clause must end at the verb: "that Japan condemned on Friday." has nothing after it.
  const after = tokens[end];
  if (after && (phraseAt[end] ?? -1) >= 0) return [];
  let h = subjectStart - 1;
  const relativizer = RELATIVIZERS.has(tokens[h]?.lower ?? '');
  if (relativizer) h--;
  if (tokens[h]?.lower === ',') h--;
  const head = tokens[h];
  const determined = tokens[h - 1]?.pos === 'DET' || tokens[h - 1]?.pos === 'ADJ';
  // The tagger reads some nouns after an article as verbs ("a launch", "a test").
  const nounLike = head?.pos === 'NOUN' || (head?.pos === 'VERB' && determined);
  if (!head || !nounLike || (phraseAt[h] ?? -1) >= 0) return [];
  // Without "that", only a noun right after a determiner heads a reduced relative ("a charge Kigali denies").
  if (!relativizer && !determined) return [];
  const owner = ownerOf(context.analysis, h);
  if (owner !== null) {
    const named = groupActors(context, owner).filter((actor) => !sources.includes(actor));
    if (named.length > 0) return named;
  }
  const referred = referredActors(context, h, h + 1, sources);
  if (referred.length > 0) return referred;
  for (let v = h - 1; v >= 0; v--) {
    const token = tokens[v] as Token;
    if (token.pos !== 'VERB' || (phraseAt[v] ?? -1) >= 0) continue;
    const subject = reader.subject(v);
    if (!subject) continue;
    // "demanded that Ukraine withdraw ..., a condition Kyiv rejected": the rejecter's own act inside
    // the demand is not what it rejects; the demander's is.
    const doers = groupActors(context, subject.phrase).filter((actor) => !sources.includes(actor));
    if (doers.length > 0) return doers;
  }
  // No verb the tagger recognized ("North Korea test-fired ..."): the phrase opening the sentence.
  const opening = context.analysis.phrases[0];
  if (opening && opening.start <= 1 && opening.end < h) {
    return groupActors(context, 0).filter((actor) => !sources.includes(actor));
  }
  return [];
};

/** A ministry and its own state are one government: not an event between two actors. */
export const sameGovernment = (a: ActorRecord, b: ActorRecord): boolean =>
  a.country !== null &&
  a.country === b.country &&
  governmental(a) &&
  governmental(b) &&
  (a.kind === 'STATE' || b.kind === 'STATE' || a.kind === 'ORGANIZATION' || b.kind === 'ORGANIZATION');

/** Organs of a state: between two of them of one country, talks and cooperation are internal business. */
const STATE_ORGAN_SECTORS = new Set(['GOV', 'UNK', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', 'MED']);

/**
 * An event between two actors of one country is kept only when it makes sense at home: police
 * arresting protesters (COP -> CVL), the opposition accusing the president, protesters against the
 * government. A state talking to, visiting or cooperating with its own organs is no event, and
 * neither is a state acting on itself.
 */
export const selfEvent = (a: ActorRecord, b: ActorRecord, rootCode: string): boolean => {
  if (a.country === null || a.country !== b.country) return false;
  if (a.kind === 'STATE' && b.kind === 'STATE') return true;
  const cooperative = rootCode < '09';
  const organs = STATE_ORGAN_SECTORS.has(a.sector) && STATE_ORGAN_SECTORS.has(b.sector);
  if (organs && cooperative) return true;
  // A state and one of its own organs in conflict ("Kenya deployed the army") is one actor too.
  return organs && (a.kind === 'STATE' || b.kind === 'STATE') && a.sector === b.sector;
};
