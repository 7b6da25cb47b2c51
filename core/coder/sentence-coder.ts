import { WEEKDAYS } from '../lexicon/calendar-words';
import { EVENT_NOUNS, type EventNounEntry, NOUN_TRIGGER_STEMS } from '../lexicon/event-nouns';
import { INTENT_CODES, type IntentEntry } from '../lexicon/intent-codes';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs';
import { FISHING_CRAFT, MERCHANT_SHIPS } from '../lexicon/roles';
import type { EventMode } from '../lexicon/verb-pattern-types';
import { WORD_CLASSES } from '../lexicon/word-classes';
import type { DatePrecision } from '../model/common';
import type { Location } from '../model/event';
import { type ActorRecord, root } from './actor-registry';
import { ClauseReader, privateMourners } from './clauses';
import { type DateMention, type DayPick, dateAt, fallbackDay } from './dates';
import type { Token } from './nlp';
import { nounEventAsserted, nounEventUndone } from './noun-events';
import { matchAt, type RuleIndex } from './patterns';
import type { Phrase, SentenceAnalysis } from './phrases';

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

/** "does not recognise", "do not formally recognize": present-simple negation before the trigger. */
const standingNegation = (tokens: readonly { lower: string }[], from: number, trigger: number): boolean => {
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

/** Roots whose wished-for version is an intent to cooperate (03x). */
const COOPERATIVE_ROOTS = new Set(['03', '04', '05', '06', '07', '08']);
const INTENT_BY_ROOT = new Map<string, IntentEntry>(INTENT_CODES.map((entry) => [entry.root, entry]));
const EVENT_NOUN_INDEX = new Map<string, EventNounEntry>();
for (const entry of EVENT_NOUNS) for (const noun of entry.nouns) EVENT_NOUN_INDEX.set(noun, entry);
/** Roots whose target may be a place ("shelled Kharkiv", "struck a depot in Russia's Belgorod region"). */
const PLACE_TARGET_ROOTS = new Set(['15', '18', '19', '20']);
/** A leader's own camp, named through a possessive: "his supporters", "their followers". */
const FOLLOWER_WORDS = new Set(['supporters', 'followers', 'backers', 'loyalists', 'members', 'partisans']);
const OWN_POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our']);

const ownFollowers = (analysis: SentenceAnalysis, p: number): boolean => {
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

/** Roles that comment on events rather than act in them (their warnings and criticism are not coded). */
const COMMENTATOR_ROLES = new Set(['analyst', 'expert', 'researcher', 'scholar', 'professor', 'think tank']);
/** Force by an armed group that may be aimed at the state it fights even when no one is named. */
const INSURGENCY_ROOTS = new Set(['18', '19']);
/** Ships named by their trade: a foreign boat seized by a navy is not the navy's compatriot. */
const VESSEL_ROLES: ReadonlySet<string> = new Set([...FISHING_CRAFT, ...MERCHANT_SHIPS]);
/** Sectors whose gathering is a protest. */
const PROTESTING_SECTORS = new Set(['CVL', 'OPP', 'NGO', 'POL', 'EDU', 'LEG']);

const groupActors = (context: SentenceContext, p: number): ActorRecord[] => {
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
const newClauseConjunct = (analysis: SentenceAnalysis, p: number): boolean => {
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

const nearestPlace = (items: readonly PlaceMention[], at: number): PlaceMention | null => {
  let best: PlaceMention | null = null;
  for (const item of items) if (!best || Math.abs(item.token - at) < Math.abs(best.token - at)) best = item;
  return best;
};

/** The code for an announced, refused or threatened act (see intent-codes.ts). */
const adjustCode = (
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

/** "condemned the attack": the actors of the latest earlier event the noun can refer to. */
const referredActors = (
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
  for (let k = from; k < tokens.length && k < end + 4; k++) {
    const token = tokens[k];
    if (!token) break;
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

/**
 * Who suffered the act a claim refers to: the target of the claimant's latest use of force, else of
 * the latest use of force by anyone not already blamed; with no such act coded, the state where
 * the claimant operates (an armed group claiming a bombing at home).
 */
const victimsOf = (context: SentenceContext, sources: readonly ActorRecord[]): ActorRecord[] => {
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

/** A prison sentence (116), seizure (171), arrest or detention (173), abduction or hostage-taking (181). */
const INMATE_ROLES = new Set(['prisoners', 'prisoner', 'detainees', 'detainee', 'inmates', 'inmate']);
const POLITICAL = new Set(['political', 'opposition', 'jailed', 'imprisoned']);

/**
 * "Cuba freed 500 political prisoners": captives of no named country that a state lets go are its own
 * people (084 aimed at them), unless the story is a swap between it and another side.
 * Hostages and captives are always someone else's.
 */
const ownInmates = (
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

const AGREEMENT_WORDS = new Set([
  ...(WORD_CLASSES.AGREEMENT?.words ?? []),
  'convention',
  'conventions',
  'charter',
  'protocol',
]);

/** "a convention signed by", "the accord, which was signed by": an agreement noun just before the verb. */
const agreementBefore = (tokens: readonly { lower: string; pos: string }[], i: number): boolean => {
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

const COURT_NAME = /\b(court|tribunal)\b/i;

/** A court: the judiciary of a state or an international court ("the ICJ", "the Constitutional Council"). */
export const isCourt = (actor: ActorRecord): boolean =>
  actor.sector === 'JUD' || [...actor.names, ...actor.aliases].some((name) => COURT_NAME.test(name));

const CROWD_SECTORS = new Set(['CVL', 'OPP']);
const DISPERSING = new Set(['disperse', 'scatter', 'break', 'clear', 'push']);

/** "... to disperse the protesters": the crowd named by the purpose right after the match. */
const dispersed = (context: SentenceContext, reader: ClauseReader, end: number): number | null => {
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
const crowdOf = (
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
  const protest = [...context.history, ...out]
    .reverse()
    .find((event) => event.code.startsWith('14') && event.source.country === home);
  return protest && CROWD_SECTORS.has(protest.source.sector) ? [protest.source] : [];
};

const HOLDING_CODE = /^(116|171|173|181)/;
const STATE_ARMS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'SPY']);

/**
 * Who holds the people or things a release is demanded of: the actor of the latest seizure or
 * detention by another country, else another country named in the sentence ("summoned Iran's
 * ambassador and demanded the release of the ship").
 */
const latestHolding = (context: SentenceContext): Candidate | undefined =>
  context.history.findLast((event) => !event.negated && HOLDING_CODE.test(event.code));

const MEETING_PLACE_WORDS = new Set(['in', 'at']);
/** "meeting in Brussels", "speaking in Geneva": a venue; "detained in China" names the holder. */
const MEETING_VERBS = new Set(['meet', 'meeting', 'gather', 'speak', 'speaking', 'convene', 'talk']);

const holdersOf = (context: SentenceContext, sources: readonly ActorRecord[]): ActorRecord[] => {
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
const beneficiariesOf = (context: SentenceContext, sources: readonly ActorRecord[]): ActorRecord[] => {
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

/** Codes every rule that fires in one sentence. */
export const codeSentence = (context: SentenceContext, rules: RuleIndex): Candidate[] => {
  const { analysis } = context;
  const { tokens, phrases, phraseAt } = analysis;
  const reader = new ClauseReader(analysis);
  const quoted = quotedTokens(analysis);
  const out: Candidate[] = [];
  let consumedUntil = -1;
  const questionFrom = questionStart(analysis);
  for (let i = 0; i < tokens.length && out.length < context.maxEvents; i++) {
    if (i < consumedUntil) continue;
    // Inside a quotation only what the speaker says "we" do is coded, as the speaker's own act.
    const we = quoted[i] === 1 ? firstPersonBefore(analysis, i) : -1;
    if (quoted[i] === 1 && we < 0) continue;
    if ((phraseAt[i] ?? -1) >= 0 && !isNounTriggerCandidate(analysis, i)) continue;
    const match = matchAt(analysis, i, rules);
    if (!match) continue;
    // "If Russia attacked Poland, ...", "Would China invade Taiwan?": weighed or asked, not reported.
    if (i >= questionFrom || inCondition(analysis, i)) continue;
    const { compiled } = match;
    const quoteSpeaker = we >= 0 ? quotationSpeaker(analysis, reader, i) : null;
    if (we >= 0 && (quoteSpeaker === null || compiled.noun || compiled.rule.mediator)) continue;
    let sources: ActorRecord[] = [];
    let targets: ActorRecord[] = [];
    let subjectStart = i;
    const rootCode = compiled.rule.code.slice(0, 2);
    if (quoteSpeaker !== null) {
      // A clear speaker: one named actor with a country or an IGO, not a crowd of them.
      sources = groupActors(context, quoteSpeaker);
      if (sources.length !== 1) continue;
      subjectStart = we;
    } else if (compiled.rule.mediator) {
      if (match.target === null) continue;
      sources = groupActors(context, match.target);
      targets = partiesOf(context, out).filter((actor) => !sources.includes(actor));
      subjectStart = i;
    } else if (compiled.noun) {
      const owner = ownerOf(analysis, i);
      if (owner === null) continue;
      subjectStart = phrases[owner]?.start ?? i;
      // "threatened Israeli strikes", "calls for EU sanctions": named, but not reported as done.
      if (!nounEventAsserted(analysis, subjectStart, match.end)) continue;
      if (nounEventUndone(analysis, i)) continue;
      sources = groupActors(context, owner);
    } else if (compiled.rule.agreementBefore) {
      if (match.target === null || !agreementBefore(tokens, i)) continue;
      sources = groupActors(context, match.target);
      if (sources.length < 2) continue;
      // "Japan and the Philippines signed a pact ... The agreement was signed by Teodoro and Kamikawa":
      // the signing already told is not a new one.
      const countries = new Set(sources.map((source) => source.country));
      const told = context.history.some(
        (event) =>
          event.code === '057' && countries.has(event.source.country) && countries.has(event.target.country),
      );
      if (told) continue;
      subjectStart = i;
    } else if (reader.isPassive(i)) {
      const agent = reader.agent(i);
      const subject = reader.subject(i);
      if (agent === null) continue;
      // "not recognised by any government": nobody in particular did it.
      if (NOBODY.has(tokens[(phrases[agent]?.start ?? 0) - 1]?.lower ?? '')) continue;
      sources = groupActors(context, agent);
      if (subject) {
        targets = groupActors(context, subject.phrase);
        subjectStart = subject.start;
      } else if (!compiled.rule.reciprocal || sources.length < 2) continue;
      // "a treaty signed by France and Spain": the signatories act on each other.
    } else {
      const subject = participleSubject(analysis, reader, i) ?? reader.subject(i);
      if (!subject) continue;
      // "No country has recognised ...": a quantified nobody is no actor.
      if (NOBODY.has(tokens[(phrases[subject.phrase]?.start ?? 0) - 1]?.lower ?? '')) continue;
      // "analysts warn that ...": commentators explain the news; they are no party to it.
      if (COMMENTATOR_ROLES.has(phrases[subject.phrase]?.role?.toLowerCase() ?? '')) continue;
      const own = newClauseConjunct(analysis, subject.phrase);
      sources = groupActors(context, subject.phrase);
      subjectStart = own ? (phrases[subject.phrase]?.start ?? subject.start) : subject.start;
    }
    if (!compiled.rule.mediator && !compiled.noun && quoteSpeaker === null)
      sources = speakerForOwnState(context, reader, subjectStart, sources);
    const allowed = compiled.rule.sourceSectors;
    if (allowed) sources = sources.filter((source) => allowed.includes(source.sector));
    if (sources.length === 0) continue;
    // "India rejected the accusation", "a charge Kigali denies": the act alleged, denied.
    let denial: AllegedAct | null = null;
    if (compiled.rule.deniesAccusation) {
      const shape = accusationShape(analysis, compiled.elements.length, subjectStart, match.end);
      const denies = tokens[i]?.lemma === 'deny' || tokens[i]?.lower === 'denies';
      const allegation = shape === null ? null : latestAllegation([...context.history, ...out], sources);
      denial = allegation?.alleged ?? null;
      if (allegation && denial) {
        // "a charge both governments have denied": only the accused denies the act alleged of it.
        const accused = allegation.accused;
        sources = sources.filter(
          (source) => source === accused || (source.country !== null && source.country === accused.country),
        );
        targets = denial.targets.filter((actor) => !sources.includes(actor));
      }
      // A rejection of what no coded act backs ("rejected all accusations of fraud") is a plain
      // rejection (120); a bare denial of it is nothing.
      else if (denies || shape === 'relative') continue;
      else {
        // "rejected accusations by Malian officials that ...": the rejection answers the claimant.
        const claimant = phraseAt[match.end + 1] ?? -1;
        const by = tokens[match.end]?.lower;
        if ((by === 'by' || by === 'from') && claimant >= 0) targets = groupActors(context, claimant);
      }
      if (denial && targets.length === 0) continue;
    }
    if (targets.length === 0) {
      const labelled = compiled.rule.noTrailingTarget === true;
      // "called Maduro a dictator": a label rule's target is the object inside the match, never after it.
      const inside = labelled ? reader.objectAfter(i + 1) : null;
      // "called them unfriendly": a pronoun there is the acts just named, not an actor.
      const insideTarget =
        inside !== null && (phrases[inside]?.start ?? match.end) < match.end && !phrases[inside]?.pronoun
          ? inside
          : null;
      const targetPhrase =
        match.target ?? (compiled.hasTarget ? null : labelled ? insideTarget : reader.objectAfter(match.end));
      // "called on all parties", "urged all sides": no one in particular is addressed.
      if (targetPhrase !== null && everyone(analysis, targetPhrase)) continue;
      // "called on his supporters to stay at home": a leader addressing his own camp is no exchange.
      if (targetPhrase !== null && ownFollowers(analysis, targetPhrase)) continue;
      if (targetPhrase !== null && compiled.rule.code === '018' && privateMourners(analysis, targetPhrase))
        continue;
      if (targetPhrase !== null) targets = groupActors(context, targetPhrase);
      const home = sources[0]?.country;
      // Not for yields: the captives a side releases are the other side's people.
      const vessel =
        targetPhrase !== null && VESSEL_ROLES.has(phrases[targetPhrase]?.role?.toLowerCase() ?? '');
      // "the navy seized two fishing boats off Jaffna": an unflagged craft is not the seizer's own
      // just because it was stopped in the seizer's waters.
      if (vessel && phrases[targetPhrase ?? -1]?.country === null)
        targets = targets.filter((actor) => !sources.some((source) => source.country === actor.country));
      if (targetPhrase !== null && targets.length === 0 && home && rootCode !== '08' && !vessel) {
        // "Turkish police detained protesters": unplaced domestic actors are the source's compatriots;
        // force used abroad ("shelled Kharkiv, killing three civilians") hits the people where it lands.
        const abroad = /^(17|18|19|20)/.test(rootCode) ? sceneAbroad(context, out, sources, i, home) : null;
        targets = context.resolveIn(targetPhrase, abroad ?? home);
      }
    }
    // "Russia and Ukraine exchanged 303 prisoners": a coordinated subject's swap is between its members.
    const swapWithin = compiled.rule.reciprocal === true && sources.length > 1;
    // "recalled its ambassador": the envoy is the source's own, never the target.
    const ownEnvoy = compiled.rule.counterpartTarget === true;
    if (targets.length === 0 && match.headPhrase !== null && !swapWithin && !ownEnvoy) {
      // "expelled five Russian diplomats": the phrase holding the word is the target, unless it is
      // the source's own (its own forces deployed).
      const home = new Set(sources.map((source) => source.country));
      targets = groupActors(context, match.headPhrase).filter((actor) => !home.has(actor.country));
      const own = sources[0]?.country;
      if (
        targets.length === 0 &&
        own &&
        rootCode === '08' &&
        ownInmates(context, match.headPhrase, sources, own)
      )
        targets = context.resolveIn(match.headPhrase, own);
    }
    if (compiled.rule.holderTarget) {
      // Nobody demands the release of whom it holds itself: the subject was misread.
      const holder = latestHolding(context)?.source;
      if (holder && sources.some((source) => source.country === root(holder).country)) continue;
      const home = new Set(sources.map((source) => source.country));
      targets = targets.filter((actor) => !home.has(actor.country));
      if (targets.length === 0) targets = holdersOf(context, sources);
    }
    if (targets.length === 0 && compiled.rule.courtTarget) {
      // "the ruling party", "the ruling coalition": an adjective, not a court's decision.
      const after = tokens[match.end];
      if (after?.pos === 'NOUN' || after?.pos === 'PROPN') continue;
      const court = context.court?.() ?? null;
      if (court) targets = [court];
    }
    if (targets.length === 0 && compiled.rule.counterpartTarget)
      targets = counterpartOf(context, out, sources);
    if (targets.length === 0 && compiled.rule.crowdTarget)
      targets = crowdOf(context, out, i, sources, dispersed(context, reader, match.end));
    if (targets.length === 0 && compiled.rule.victimTarget) targets = victimsOf(context, sources);
    if (targets.length === 0 && compiled.rule.beneficiaryTarget) targets = beneficiariesOf(context, sources);
    if (targets.length === 0 && compiled.rule.partiesTarget) {
      targets = partiesOf(context, out).filter((actor) => !sources.includes(actor));
    }
    const pairsWithin = compiled.rule.reciprocal === true && sources.length > 1;
    if (targets.length === 0 && !pairsWithin) targets = referredActors(context, i + 1, match.end, sources);
    if (targets.length === 0 && !pairsWithin && RELATIVE_OBJECT_ROOTS.has(rootCode)) {
      // "a launch that South Korea condemned": the object is the noun the clause hangs on.
      targets = relativeObjectDoers(context, reader, subjectStart, match.end, sources);
    }
    if (targets.length === 0 && compiled.rule.domesticTarget) {
      // "Thousands of protesters marched against a finance bill": the protest is aimed at the government.
      for (const source of sources) {
        if (source.country && PROTESTING_SECTORS.has(source.sector))
          targets.push(context.stateOf(source.country));
      }
    }
    if (targets.length === 0 && PLACE_TARGET_ROOTS.has(rootCode)) {
      // "struck targets in Houthi-controlled areas of Yemen", "shelled Kharkiv": the place's country.
      const from = match.target !== null ? (phrases[match.target]?.start ?? match.end) : match.end;
      const place = context.places.find((mention) => mention.token >= from && mention.token < from + 12);
      if (place?.location.country) targets.push(context.stateOf(place.location.country));
      else {
        for (let k = from; k < Math.min(tokens.length, from + 12); k++) {
          const p = phraseAt[k] ?? -1;
          const phrase = phrases[p];
          if (phrase?.state && phrase.country && phrase.start === k) {
            targets.push(context.stateOf(phrase.country));
            break;
          }
          // "shelled Kharkiv", "bombed Aleppo": a place named as the object.
          const where =
            phrase?.personName && !phrase.role && phrase.start === k
              ? context.placeOf(phrase.personName)
              : null;
          if (where) {
            targets.push(context.stateOf(where));
            break;
          }
          const lower = tokens[k]?.lower;
          if (lower === ';' || lower === ',' || tokens[k]?.pos === 'VERB') break;
        }
      }
    }
    if (targets.length === 0 && INSURGENCY_ROOTS.has(rootCode) && sources.length > 0) {
      // "BLA fighters hijacked a passenger train": an insurgent attack on no one named is aimed at the
      // state it fights at home (armed groups take the country where they fight).
      // Only where the story puts the act at home: a place in the sentence, else the dateline.
      const homes = new Set(sources.map((source) => (source.sector === 'REB' ? source.country : null)));
      const [only] = [...homes];
      const scene = nearestPlace(context.places, i)?.location.country ?? context.datelineLocation?.country;
      if (homes.size === 1 && only && scene === only) targets.push(context.stateOf(only));
    }
    if (rootCode === '13' && targets.length > 0) {
      // "Aliyev warned that his forces would respond": a threat never aims at the speaker's own side;
      // it is aimed at the opponent in the latest exchange, or at no one when that is unknown.
      // A government warning its own opposition or protesters ("will face the full force of the law")
      // is a domestic threat of repression, kept as it is.
      const own = new Set(sources.map((source) => source.country));
      const state = sources.every((source) => STATE_ARMS.has(source.sector));
      const sameSide = (target: ActorRecord): boolean =>
        own.has(target.country) && (!state || STATE_ARMS.has(target.sector));
      if (targets.every(sameSide)) targets = conflictOpponents(context, own);
    }
    const pairs: Array<[ActorRecord, ActorRecord]> = [];
    if (targets.length === 0 && compiled.rule.reciprocal && sources.length > 1) {
      for (const a of sources)
        for (const b of sources) if (a !== b && !selfEvent(a, b, rootCode)) pairs.push([a, b]);
    } else {
      for (const a of sources)
        for (const b of targets)
          if (a !== b && !sameGovernment(a, b) && !selfEvent(a, b, rootCode)) pairs.push([a, b]);
    }
    if (pairs.length === 0) continue;
    // Only a match that codes something owns its span: a rule whose gap ran over another trigger
    // ("used water cannon to disperse protesters ... on Saturday") and found no target leaves it.
    consumedUntil = match.end;
    const purposeHead = compiled.noun ? null : reader.purposeHead(i);
    if (restatesPurposeHead(out, purposeHead, pairs, rootCode)) continue;
    // "will send troops to attack": a purpose shares the mode and negation of the act it is the purpose of.
    const found = reader.modeOf(subjectStart, purposeHead ?? i);
    // A wish to cooperate is an intent (03x); a wish to harm, told by anyone, is no event.
    if (found.desired && !compiled.rule.mode && !COOPERATIVE_ROOTS.has(rootCode)) continue;
    // "Algeria, which supports the Polisario Front, ...": a standing relation told as background.
    if (!compiled.noun && characterizingRelative(tokens, i)) continue;
    // "which has brokered previous truces": acts of the past in general, not news.
    if (EARLIER_OBJECT.has(tokens[i + 1]?.lower ?? '')) continue;
    // "helped broker the deal" makes the helper a mediator; "had helped fight jihadists" is support
    // for someone else's fight, not the helper's own attack.
    if (tokens[i - 1]?.lemma === 'help' && isConflictRoot(rootCode)) continue;
    // "demanded that Ankara withdraw its forces": what is demanded is not reported as done.
    if (!compiled.noun && mandatedBefore(analysis, subjectStart, i)) continue;
    let mode = compiled.rule.mode ?? (found.desired ? 'planned' : found.mode);
    // "warned that Moscow could restrict entry": a possible harm held over someone is a threat.
    if (mode === 'possible' && !COOPERATIVE_ROOTS.has(rootCode)) {
      const warner = warnerOf(reader, analysis, subjectStart);
      const own = warner === null ? [] : groupActors(context, warner).map((actor) => actor.country);
      if (sources.every((source) => source.country !== null && own.includes(source.country)))
        mode = 'threatened';
    }
    // "could expel", "tried to block": an option or an attempt, not an act.
    if (mode === 'possible') continue;
    // "analysts warn that Moscow would ...": a commentator's forecast is no side's threat or intent.
    if (mode !== 'actual' && toldByCommentator(reader, analysis, subjectStart)) continue;
    const denied =
      compiled.rule.denial === true || denial !== null || found.negated || reader.negatedBefore(subjectStart);
    // "did not deny involvement": no act is denied, nor admitted.
    if ((compiled.rule.denial || denial) && (found.negated || found.refused)) continue;
    // "did not comment" is no event at all.
    if (denied && rootCode === '01') continue;
    // "has not yet responded": nothing has happened so far, which is no denial of an act either.
    if (denied && tokens.slice(subjectStart, i).some((token) => token.lower === 'yet')) continue;
    // "does not recognise the Taliban": a standing policy told as background, not a refusal made now.
    if (denied && rootCode === '05' && standingNegation(tokens, subjectStart, i)) continue;
    if (compiled.rule.negatedOnly && !denied && !found.refused) continue;
    // A refusal rule's code already says "refused": it is neither negated nor transformed.
    const adjusted = denial
      ? { code: denial.code, negated: true }
      : compiled.rule.negatedOnly
        ? { code: compiled.rule.code, negated: false }
        : adjustCode(compiled.rule.code, mode, denied, found.refused);
    const alleged = compiled.rule.allegesAct
      ? allegedAct(
          context,
          reader,
          rules,
          match.end,
          pairs.map(([, accused]) => accused),
        )
      : null;

    const dated = dateAt(context.dates, i, mode === 'future' || mode === 'planned', context.published);
    let date: string | null = null;
    let datePrecision: DatePrecision | null = null;
    if (dated) {
      date = dated.date;
      datePrecision = dated.precision;
    } else if (
      context.published &&
      (mode === 'actual' ||
        mode === 'threatened' ||
        mode === 'proposed' ||
        adjusted.code !== compiled.rule.code)
    ) {
      const fallback = fallbackDay(tokens, i, context.scene ?? null, context.published);
      date = fallback?.date ?? null;
      datePrecision = fallback?.precision ?? null;
    }
    const place = nearestPlace(context.places, i);
    const location = place?.location ?? context.datelineLocation;
    const trigger = tokens
      .slice(i, Math.min(match.end, i + 6))
      .map((token) => token.text)
      .join(' ');
    for (const [source, target] of pairs) {
      const civilian = compiled.rule.civilianCode && (source.sector === 'CVL' || source.sector === 'OPP');
      out.push({
        source,
        target,
        code: civilian ? (compiled.rule.civilianCode as string) : adjusted.code,
        rule: compiled.rule.id,
        trigger,
        triggerToken: i,
        date,
        datePrecision,
        location,
        negated: adjusted.negated,
        mode,
        ...(alleged ? { alleged } : {}),
      });
      if (out.length >= context.maxEvents) break;
    }
    if (ACCUSABLE_ROOTS.has(adjusted.code.slice(0, 2)) && !adjusted.negated) {
      // "The White House said North Korea had delivered arms": the speaker accuses the doer (112).
      const speaker = speakerOf(reader, analysis, subjectStart);
      if (speaker !== null) {
        for (const accuser of groupActors(context, speaker)) {
          for (const [accused] of pairs) {
            if (accuser.country && accused.country && accuser.country !== accused.country) {
              out.push({
                source: accuser,
                target: accused,
                code: '112',
                rule: 'reported-accusation',
                trigger,
                triggerToken: i,
                date,
                datePrecision,
                location,
                negated: false,
                mode: 'actual',
              });
            }
          }
        }
      }
    }
  }
  // "rejected accusations that it had shelled Odesa": the act denied in the clause is the event,
  // not a second, plain rejection of the accusation.
  return out.filter(
    (event) =>
      event.rule !== 'deny-accusation' ||
      event.negated ||
      !out.some(
        (other) =>
          other.negated &&
          other.triggerToken > event.triggerToken &&
          root(other.source) === root(event.source),
      ),
  );
};

const CLAIM_NOUNS: ReadonlySet<string> = new Set(WORD_CLASSES.CLAIMS?.words ?? []);

/**
 * How a denial rule met its accusation: as its object ("rejected the accusation", "denied any role"),
 * or as the noun a relative clause hangs on ("a charge Kigali denies"); null when it is neither, or
 * when a that-clause tells the act itself ("denied reports that it had ...", coded negated there).
 */
const accusationShape = (
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
const latestAllegation = (
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
const allegedAct = (
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
const everyone = (analysis: SentenceAnalysis, p: number): boolean => {
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
const sceneAbroad = (
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

/** Modifiers of an object that place the acts before the story: "brokered previous truces". */
const EARLIER_OBJECT = new Set(['previous', 'past', 'earlier', 'prior']);

/** Quantifiers that make a phrase nobody in particular: "any government", "no country". */
const NOBODY = new Set(['any', 'no']);
const WARNING_VERBS = new Set(['warn', 'threaten', 'caution']);
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
const mandatedBefore = (analysis: SentenceAnalysis, subjectStart: number, trigger: number): boolean => {
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

/** Who warned of the clause starting at `subjectStart` ("Israel warned on Monday that ..."), if anyone. */
/** "analysts warn that X would ...", "experts say X has ...": a clause told by a commentator. */
const toldByCommentator = (
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

const warnerOf = (reader: ClauseReader, analysis: SentenceAnalysis, subjectStart: number): number | null => {
  const { tokens } = analysis;
  let k = subjectStart - 1;
  if (tokens[k]?.lower === 'that') k--;
  while (k >= 0 && analysis.time[k] === 1) k--;
  const verb = tokens[k];
  if (verb === undefined || verb.pos !== 'VERB' || !WARNING_VERBS.has(verb.lemma)) return null;
  return reader.subject(k)?.phrase ?? null;
};

/** Words that open a condition or an open question: what the clause says is not reported as done. */
const CONDITION_OPENERS = new Set(['if', 'unless', 'whether', 'lest']);
/** "Had Israel struck Iran, ...", "Should Moscow cut gas, ...", "Were Russia to invade, ...". */
const INVERTED_CONDITION = new Set(['had', 'should', 'were']);
const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–']);

/** The trigger at i sits in an if/unless/whether clause, or in a sentence-initial inverted condition. */
const inCondition = (analysis: SentenceAnalysis, i: number): boolean => {
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
const questionStart = (analysis: SentenceAnalysis): number => {
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

const isConflictRoot = (root: string): boolean => Number(root) >= 10;

/**
 * "summoned the envoy to protest", "met to discuss": a purpose infinitive pointing the same way
 * (cooperation or conflict) as the act its verb already coded for the same source only says why
 * that act was done; it is no second event.
 */
const restatesPurposeHead = (
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
const partiesOf = (context: SentenceContext, earlier: readonly Candidate[]): ActorRecord[] => {
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
const counterpartOf = (
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

/** The other side of the latest armed exchange (roots 15-20) the `own` countries took part in. */
const conflictOpponents = (context: SentenceContext, own: ReadonlySet<string | null>): ActorRecord[] => {
  for (let k = context.history.length - 1; k >= 0; k--) {
    const { source, target, code, negated } = context.history[k] as Candidate;
    if (negated || code < '15' || source.country === target.country) continue;
    if (own.has(source.country) && !own.has(target.country)) return [root(target)];
    if (own.has(target.country) && !own.has(source.country)) return [root(source)];
  }
  return [];
};

/** Reactions that take an act as object: "a plan Niger rejected", "a launch Japan condemned". */
const RELATIVE_OBJECT_ROOTS = new Set(['03', '04', '05', '06', '10', '11', '12', '13', '16', '17']);
const RELATIVIZERS = new Set(['that', 'which', 'whom']);

/**
 * The doer of the act an object relative clause is about: in "North Korea fired a missile in a
 * launch that South Korea condemned" the clause's verb has no object of its own; its object is
 * "launch", whose doer is named before the noun ("Russia's invasion, which ..."), is the actor
 * of the earlier event the noun refers to, or else is the subject of the main clause.
 */
const relativeObjectDoers = (
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

const OPENING_QUOTES = new Set(['“', '«', '„']);
const CLOSING_QUOTES = new Set(['”', '»']);
/** Quotations shorter than this are scare quotes ("buffer zone"), not reported speech. */
const MIN_QUOTE_TOKENS = 6;

/**
 * Tokens inside a quotation of a few words or more: what someone said in their own words is their
 * statement, not a report of an act ("Moscow is set to commit further violations ...").
 */
const quotedTokens = (analysis: SentenceAnalysis): Uint8Array => {
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

/**
 * "..., the ministry said, urging the gangs to ...", "expelled three diplomats, accusing Algeria of
 * ...": a participle after a comma shares the subject of the clause before it, not its object.
 */
const participleSubject = (analysis: SentenceAnalysis, reader: ClauseReader, i: number) => {
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

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whom']);
const DAY_NAMES = new Set<string>([...WEEKDAYS, 'today', 'tomorrow', 'tonight']);

/**
 * "Iran, which backs Hezbollah", "a country that supplies arms to Russia": a present-simple verb
 * opening a relative clause describes what the actor habitually is or does, not what it did today.
 */
const characterizingRelative = (tokens: readonly Token[], i: number): boolean => {
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

/** Whether the verb at k opens a relative clause ("who had gathered", "which was"). */
const relativeVerb = (tokens: readonly Token[], k: number): boolean => {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const token = tokens[j] as Token;
    if (RELATIVE_PRONOUNS.has(token.lower)) return true;
    if (token.pos !== 'AUX' && token.pos !== 'ADV' && token.pos !== 'PART') return false;
  }
  return false;
};

/** Only "we" speaks for an institution; "I" is a person's feeling or plan far more often than an act. */
const FIRST_PERSON = new Set(['we']);
/** Not the indicative: "we could respond", "we must act" state options and duties, not acts. */
const NON_INDICATIVE = new Set(['would', 'could', 'should', 'might', 'may', 'must', 'can', 'ought']);
/** "if we ...", "unless we ...": a condition, not a report of what the speaker does. */
const CONDITIONAL = new Set(['if', 'unless', 'until', 'whether', 'once', 'when', 'should']);
const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', '„']);

/** "We strongly condemn", "we will not accept": the index of the first-person subject of the verb at i, or -1. */
const firstPersonBefore = (analysis: SentenceAnalysis, i: number): number => {
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
const quotationSpeaker = (analysis: SentenceAnalysis, reader: ClauseReader, i: number): number | null => {
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

/** Conflictual acts whose report by someone else is an accusation. */
const ACCUSABLE_ROOTS = new Set(['07', '11', '12', '13', '15', '16', '17', '18', '19', '20']);
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
const speakerForOwnState = (
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
const speakerOf = (reader: ClauseReader, analysis: SentenceAnalysis, subjectStart: number): number | null => {
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

/** A person not yet placed in a sector speaks for the government (as the output codes them). */
const governmental = (actor: ActorRecord): boolean => actor.sector === 'GOV' || actor.sector === 'UNK';

/** A ministry and its own state are one government: not an event between two actors. */
const sameGovernment = (a: ActorRecord, b: ActorRecord): boolean =>
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
const selfEvent = (a: ActorRecord, b: ActorRecord, rootCode: string): boolean => {
  if (a.country === null || a.country !== b.country) return false;
  if (a.kind === 'STATE' && b.kind === 'STATE') return true;
  const cooperative = rootCode < '09';
  const organs = STATE_ORGAN_SECTORS.has(a.sector) && STATE_ORGAN_SECTORS.has(b.sector);
  if (organs && cooperative) return true;
  // A state and one of its own organs in conflict ("Kenya deployed the army") is one actor too.
  return organs && (a.kind === 'STATE' || b.kind === 'STATE') && a.sector === b.sector;
};

/** Noun triggers ("strikes", "attack") may sit inside a phrase's span only as its last word. */
const isNounTriggerCandidate = (analysis: SentenceAnalysis, i: number): boolean => {
  const token = analysis.tokens[i];
  return token !== undefined && (token.pos === 'NOUN' || token.pos === 'PROPN');
};

/** Who did what a noun names: "Russia's attack", "Israeli airstrikes", "a Taliban suicide bombing". */
const ownerOf = (analysis: SentenceAnalysis, i: number): number | null => {
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
