import { createHash } from 'node:crypto';
import { type PreparedArticle, type PrepareOptions, prepareArticle, type Sentence } from '../article/index';
import { cameoInfo } from '../lexicon/cameo';
import { type Actor, ActorSchema } from '../model/actor';
import { type Event, EventSchema, type Evidence, type Location } from '../model/event';
import type { ArticleInput, Coder, Extraction } from '../ports';
import { type ActorRecord, ActorRegistry, ARMED_SECTORS, root } from './actor-registry';
import { findAtoms } from './atoms';
import { attributionAt, ClauseReader } from './clauses';
import { attributionDatesAll, type DateMention, type DayPick, findDates, leadDayOf, sceneOf } from './dates';
import { isCourt } from './event-targets';
import { focusCountry } from './focus';
import { foreignPresenceAt } from './foreign-presence';
import { findPlace, locate, locateIn } from './geo';
import { lexiconIndex } from './lexicon-index';
import { tokenize } from './nlp';
import { ruleIndex } from './patterns';
import type { SentenceAnalysis } from './phrase-types';
import { buildPhrases } from './phrases';
import { findPlaces, objectPlaceCountry, placeRightAfter } from './places';
import { SPEECH_VERBS } from './reported-speech';
import { codeSentence } from './sentence-coder';
import type { Candidate } from './sentence-context';
import { CODER_SEMVER, coderVersionOf, LEXICON_DATA } from './version';

/** Computed once per process from the lexicon data (see version.ts). */
export const CODER_VERSION = coderVersionOf(CODER_SEMVER, LEXICON_DATA);

export interface CoderOptions {
  /** Most events one article may yield (default 500): a runaway article cannot flood the store. */
  maxEvents?: number;
  /** Most events one sentence may yield (default 24). */
  maxEventsPerSentence?: number;
  /** Tokens of a sentence that are analysed (default 160); the rest of a very long sentence is ignored. */
  maxTokensPerSentence?: number;
  /** Passed to core/article. */
  article?: PrepareOptions;
}

/** The cross-article dedup key: it must never depend on the article. */
export const eventIdFor = (date: string | null, sourceId: string, targetId: string, code: string): string =>
  `evt-${createHash('sha256')
    .update(`${date ?? ''}|${sourceId}|${targetId}|${code}`, 'utf8')
    .digest('hex')
    .slice(0, 16)}`;

/** End of "(AP) —" and similar after a dateline, so the first actor read is the story's. */
const skipDatelineTail = (text: string, end: number): number => {
  const tail = /^\s*(\([^)\n]{0,40}\))?\s*[—–-]*\s*/.exec(text.slice(end, end + 60));
  return end + (tail?.[0].length ?? 0);
};

/** "Nairobi, Kenya": the whole, then the city, then the country. */
const locateDateline = (place: string): Location | null => {
  const whole = locate(place);
  if (whole) return whole;
  for (const part of place.split(',')) {
    const found = locate(part.trim());
    if (found) return found;
  }
  return null;
};

/** How many opening sentences (headline and standfirst included) may date an undated lead. */
const LEAD_SENTENCES = 5;

const TIME_LEAD_WORDS = new Set([
  'on',
  'early',
  'late',
  'earlier',
  'later',
  'since',
  'last',
  'this',
  'next',
  'in',
]);
const TIME_WORDS = new Set(['overnight', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'recently']);

/** Flags the tokens of time expressions so patterns and subject search can step over them. */
const markTime = (analysis: SentenceAnalysis, dates: readonly DateMention[]): void => {
  const { tokens, time } = analysis;
  for (const mention of dates) {
    for (let k = mention.start; k < mention.end; k++) time[k] = 1;
    const before = tokens[mention.start - 1];
    if (before && TIME_LEAD_WORDS.has(before.lower)) time[mention.start - 1] = 1;
    // "on Tuesday, a day after ...": the comma closes the time adjunct. Before a verb it closes an
    // aside instead ("Biden, in a statement on Thursday, warned"), which subject search must see.
    const next = tokens[mention.end + 1];
    // "on Monday, the ministry said": an attribution follows, whose speaker is no object of the act.
    if (
      mention.precision === 'day' &&
      tokens[mention.end]?.text === ',' &&
      next &&
      next.pos !== 'VERB' &&
      next.pos !== 'AUX' &&
      !attributionAt(tokens, mention.end + 1)
    )
      time[mention.end] = 1;
  }
  tokens.forEach((token, k) => {
    if (TIME_WORDS.has(token.lower)) time[k] = 1;
  });
};

/**
 * "the two sides", "both parties": the two countries of the latest talks, cooperation or conflict
 * that actually happened. Statements and appeals (01, 02) are mostly third parties speaking about
 * the sides, and a denied or merely announced act is no exchange.
 */
const isExchange = (candidate: Candidate): boolean =>
  candidate.source.country !== null &&
  candidate.target.country !== null &&
  candidate.source.country !== candidate.target.country &&
  !candidate.negated &&
  candidate.mode === 'actual' &&
  !/^0[12]/.test(candidate.code) &&
  // "a convention signed by France and Spain" describes a pact; it is not the exchange the story is at.
  candidate.rule !== 'signed-by';

/**
 * Fighting between two armed sides (roots 18-20), which in a civil war are of one country: what
 * "both warring parties" and "the two armies" mean. A state counts as armed; civilians and police do
 * not. Two armed groups trading accusations or threats (11-17: "the RSF accused the army") are the
 * warring sides too, though states doing so are not.
 */
const isFighting = (candidate: Candidate): boolean => {
  const { source, target, code } = candidate;
  const armed = (actor: ActorRecord): boolean => ARMED_SECTORS.has(actor.sector) || actor.kind === 'STATE';
  const forces = (actor: ActorRecord): boolean => ARMED_SECTORS.has(actor.sector) && actor.kind !== 'STATE';
  const hostile = code >= '18' || (code >= '11' && forces(root(source)) && forces(root(target)));
  return (
    hostile &&
    code < '21' &&
    !candidate.negated &&
    candidate.mode === 'actual' &&
    root(source) !== root(target) &&
    armed(root(source)) &&
    armed(root(target)) &&
    source.country !== null &&
    target.country !== null
  );
};

/** The phrase right after a verb or "called on": an object, not the subject of its clause. */
const isObject = (analysis: SentenceAnalysis, start: number): boolean => {
  let k = start - 1;
  if (analysis.tokens[k]?.pos === 'ADP') k--;
  return analysis.tokens[k]?.pos === 'VERB';
};

const LOCATIVE_WORDS = new Set([
  'in',
  'at',
  'near',
  'from',
  'of',
  'outside',
  'inside',
  'across',
  'around',
  'to',
]);

/**
 * "Romania, which supplies much of Moldova's electricity, said it was ready": an "it" right after a
 * speech verb is the speaker when the speaker is a state or organization, not the last thing named.
 */
const speakerAntecedent = (
  analysis: SentenceAnalysis,
  reader: ClauseReader,
  start: number,
  p: number,
  resolved: readonly ActorRecord[][],
): ActorRecord | null => {
  let k = start - 1;
  if (analysis.tokens[k]?.lower === 'that') k--;
  const verb = analysis.tokens[k];
  if (verb?.pos !== 'VERB' || !SPEECH_VERBS.has(verb.lemma)) return null;
  const q = reader.subject(k)?.phrase;
  if (q === undefined || q >= p) return null;
  const records = resolved[q];
  const only = records?.length === 1 ? records[0] : undefined;
  if (!only) return null;
  const actor = root(only);
  if (actor.kind === 'PERSON' || actor.provisional) return null;
  // "The Taliban said they had arrested ...": "they" is a plural or collective speaker, "it" a single one.
  const plural = analysis.phrases[q]?.plural === true;
  return (analysis.phrases[p]?.pronoun === 'they') === plural || actor.org !== null ? actor : null;
};

const placeCountry = (name: string): string | null => locate(name)?.country ?? null;

export const createCoder = (options: CoderOptions = {}): Coder => {
  // Compile lexicons now, once, so the first article does not pay for it.
  lexiconIndex();
  ruleIndex();
  return {
    version: CODER_VERSION,
    extract: (input: ArticleInput): Extraction =>
      codeArticle(prepareArticle(input, options.article ?? {}), options),
  };
};

const isIsoDate = (value: string | null | undefined): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Codes an article that core/article has already prepared. */
export const codeArticle = (prepared: PreparedArticle, options: CoderOptions = {}): Extraction => {
  const { article, sentences } = prepared;
  const maxEvents = options.maxEvents ?? 500;
  const perSentence = options.maxEventsPerSentence ?? 24;
  const maxTokens = options.maxTokensPerSentence ?? 160;
  const lexicon = lexiconIndex();
  const rules = ruleIndex();
  const published = isIsoDate(article.publishedAt) ? article.publishedAt : null;
  const registry = new ActorRegistry(
    (iso3) => lexicon.countryName.get(iso3) ?? iso3,
    (name) => placeCountry(name) !== null,
  );

  const datelineEnd = article.dateline ? skipDatelineTail(article.text, article.dateline.end) : -1;
  const datelineLocation = article.dateline ? locateDateline(article.dateline.place) : null;
  // A town or region several countries have ("Punjab") is the story's country's: the dateline's for
  // the lead, the focus country once it is known.
  let storyCountry: string | null = datelineLocation?.country ?? null;
  const storyPlaceCountry = (name: string): string | null => locateIn(name, storyCountry)?.country ?? null;
  const analyse = (sentence: Sentence): SentenceAnalysis => {
    // The dateline ("NAIROBI, Kenya (AP) —") is where, not who: it is never read for actors.
    const skip =
      datelineEnd > sentence.start && datelineEnd < sentence.end ? datelineEnd - sentence.start : 0;
    const tokens = tokenize(sentence.text.slice(skip), sentence.start + skip, maxTokens);
    return buildPhrases(
      tokens,
      findAtoms(tokens, lexicon),
      lexicon,
      sentence.text,
      sentence.start,
      storyPlaceCountry,
    );
  };

  // The lead's analyses are kept for the main pass: the focus country needs them first.
  const leadAnalyses = new Map<number, SentenceAnalysis>();
  const homeCountry = focusCountry(
    sentences,
    article.text,
    datelineEnd,
    datelineLocation?.country ?? null,
    (sentence) => {
      const analysis = analyse(sentence);
      leadAnalyses.set(sentence.index, analysis);
      return analysis;
    },
  );
  storyCountry = homeCountry ?? storyCountry;
  // A lead that gives no day ("X has summoned Y's envoy", a headline) is dated by the first day the
  // next few sentences give: wire copy tells the when of its lead a paragraph later.
  let leadIndex = -1;
  let leadDay: DayPick | null = null;
  for (let s = 0; s < Math.min(sentences.length, LEAD_SENTENCES) && published; s++) {
    const sentence = sentences[s] as Sentence;
    const analysis = leadAnalyses.get(sentence.index) ?? analyse(sentence);
    leadAnalyses.set(sentence.index, analysis);
    leadDay = leadDayOf(findDates(analysis.tokens, sentence.text, sentence.start, published), published);
    if (leadDay) {
      leadIndex = s;
      break;
    }
  }
  // The day the story was last at: a sentence with no day of its own goes on in it.
  let scene: DayPick | null = null;
  const candidates: Array<{ candidate: Candidate; evidence: Evidence }> = [];
  const history: Candidate[] = [];
  let lastPair: [ActorRecord, ActorRecord] | null = null;
  let armedPair: [ActorRecord, ActorRecord] | null = null;
  let personPair: [ActorRecord, ActorRecord] | null = null;
  let latestCourt: ActorRecord | null = null;
  for (let s = 0; s < sentences.length && candidates.length < maxEvents; s++) {
    const sentence = sentences[s];
    if (!sentence) continue;
    // One pass, one sentence at a time: nothing of a sentence but its events outlives it.
    const analysis = leadAnalyses.get(sentence.index) ?? analyse(sentence);
    leadAnalyses.delete(sentence.index);
    for (const phrase of analysis.phrases) registry.registerPerson(phrase);
    const places = findPlaces(analysis, (name) => locateIn(name, storyCountry));
    const defaultCountry =
      places[0]?.location.country ?? objectPlaceCountry(analysis, findPlace) ?? homeCountry;
    const resolved: ActorRecord[][] = [];
    const earlierInSentence: ActorRecord[] = [];
    const earlierGroups: number[] = [];
    let reader: ClauseReader | null = null;
    analysis.phrases.forEach((phrase, p) => {
      const before = analysis.tokens[phrase.start - 1]?.lower ?? '';
      let speaker: ActorRecord | null = null;
      if (phrase.pronoun === 'it' || phrase.pronoun === 'they') {
        reader ??= new ClauseReader(analysis);
        speaker = speakerAntecedent(analysis, reader, phrase.start, p, resolved);
      }
      const records = registry.resolve(phrase, {
        defaultCountry: placeRightAfter(analysis, phrase.end, places) ?? defaultCountry,
        homeCountry,
        sentence: s,
        lastPair,
        armedPair,
        personPair,
        earlierInSentence,
        earlierGroups,
        asObject: isObject(analysis, phrase.start),
        locative: phrase.state && LOCATIVE_WORDS.has(before),
        speaker,
        foreignPresence: foreignPresenceAt(analysis, p, places),
      });
      resolved[p] = records;
      for (const record of records) if (isCourt(root(record))) latestCourt = root(record);
      // Places ("in Vilnius") and modifiers are not parties that "the two" could mean.
      if (!phrase.bare && !LOCATIVE_WORDS.has(before)) {
        earlierInSentence.push(...records);
        for (const _ of records) earlierGroups.push(phrase.group);
      }
      const next = analysis.tokens[phrase.end];
      const asSubject =
        next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV');
      let groupSize = 0;
      for (const other of analysis.phrases) if (other.group === phrase.group) groupSize++;
      registry.noteMention(records, phrase, asSubject, groupSize);
    });
    const found = findDates(analysis.tokens, sentence.text, sentence.start, published, scene);
    // Only a lead whose day a later sentence gives keeps ", officials said Sunday" to the saying.
    const dates = s < leadIndex ? found : attributionDatesAll(found);
    // Before the lead's day is told, only a said-day can have set the scene: the lead's day wins.
    const carried = s < leadIndex && leadDay ? { ...leadDay, lead: true } : scene;
    const sceneHere = sceneOf(dates, published);
    if (sceneHere !== null) scene = sceneHere === 'clear' ? null : sceneHere;
    const hasActors = resolved.some((records) => records.length > 0);
    if (!hasActors) continue;
    markTime(analysis, dates);
    const coded = codeSentence(
      {
        analysis,
        resolved,
        dates,
        scene: carried,
        places,
        published,
        datelineLocation,
        focus: homeCountry,
        maxEvents: Math.min(perSentence, maxEvents - candidates.length),
        history,
        court: () => latestCourt,
        stateOf: (iso3) => registry.stateActor(iso3),
        sides: () => (lastPair ? [root(lastPair[0]), root(lastPair[1])] : []),
        placeOf: placeCountry,
        resolveIn: (p, iso3) => {
          const group = analysis.phrases[p]?.group;
          const out: ActorRecord[] = [];
          analysis.phrases.forEach((phrase, k) => {
            if (phrase.group !== group || phrase.pronoun || phrase.country) return;
            for (const record of registry.resolve(phrase, {
              defaultCountry: iso3,
              homeCountry,
              sentence: s,
              lastPair,
            })) {
              if (!out.includes(record)) out.push(record);
            }
            resolved[k] = resolved[k]?.length ? resolved[k] : out.slice();
          });
          return out;
        },
      },
      rules,
    );
    for (const candidate of coded) {
      history.push(candidate);
      if (isExchange(candidate)) lastPair = [candidate.source, candidate.target];
      if (
        isExchange(candidate) &&
        root(candidate.source).kind === 'PERSON' &&
        root(candidate.target).kind === 'PERSON'
      )
        personPair = [candidate.source, candidate.target];
      if (isFighting(candidate)) armedPair = [candidate.source, candidate.target];
      candidates.push({
        candidate,
        evidence: {
          sentence: sentence.text,
          start: sentence.start,
          end: sentence.end,
          sentenceIndex: sentence.index,
          trigger: candidate.trigger,
          rule: candidate.rule,
        },
      });
    }
  }
  return assemble(article, registry.finalize(), candidates);
};

const assemble = (
  article: Extraction['article'],
  actors: Map<ActorRecord, Actor>,
  candidates: ReadonlyArray<{ candidate: Candidate; evidence: Evidence }>,
): Extraction => {
  const byId = new Map<string, Event>();
  const used = new Map<string, Actor>();
  for (const { candidate, evidence } of candidates) {
    const source = actors.get(root(candidate.source));
    const target = actors.get(root(candidate.target));
    if (!source || !target || source.id === target.id) continue;
    const id = eventIdFor(candidate.date, source.id, target.id, candidate.code);
    const existing = byId.get(id);
    if (existing) {
      const seen = existing.mentions.some(
        (mention) => mention.sentenceIndex === evidence.sentenceIndex && mention.trigger === evidence.trigger,
      );
      if (!seen) existing.mentions.push(evidence);
      continue;
    }
    const info = cameoInfo(candidate.code);
    used.set(source.id, source);
    used.set(target.id, target);
    byId.set(
      id,
      EventSchema.parse({
        id,
        code: info.code,
        root: info.root,
        quadClass: info.quadClass,
        goldstein: info.goldstein,
        plover: info.plover,
        source: { id: source.id, name: source.name, country: source.country, sector: source.sector },
        target: { id: target.id, name: target.name, country: target.country, sector: target.sector },
        date: candidate.date,
        datePrecision: candidate.date ? candidate.datePrecision : null,
        location: candidate.location satisfies Location | null,
        negated: candidate.negated,
        mode: candidate.mode,
        evidence,
        mentions: [evidence],
      }),
    );
  }
  const events = [...byId.values()].sort(
    (a, b) => a.evidence.start - b.evidence.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const actorList = [...new Map([...actors.values()].map((actor) => [actor.id, actor])).values()]
    .map((actor) => ActorSchema.parse(actor))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { article, actors: actorList, events };
};
