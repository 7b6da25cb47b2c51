import { WEEKDAYS } from '../lexicon/calendar-words';
import type { EventMode } from '../lexicon/verb-pattern-types';
import { WORD_CLASSES } from '../lexicon/word-classes';
import type { Token } from './nlp';
import type { Phrase, SentenceAnalysis } from './phrase-types';

/** Verbs of censure, which a speaker does rather than the people its report is about. */
const CENSURE_LEMMAS = new Set(['accuse', 'condemn', 'criticise', 'criticize', 'blame', 'denounce', 'decry']);

/** Parts of speech of a short time or frequency phrase ("in the past", "on several occasions"). */
const ADVERBIAL_POS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'NUM']);

/** Words that may stand between a subject and its verb without breaking the link. */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'also',
  'then',
  'now',
  'again',
  'reportedly',
  'allegedly',
  'recently',
  'previously',
  'earlier',
  'later',
  'last',
  'this',
  'week',
  'month',
  'year',
  'on',
  'yesterday',
  'today',
  'tonight',
  ...WEEKDAYS,
  'not',
  "n't",
  'never',
  'no',
  'longer',
  'to',
  'had',
  'has',
  'have',
  'will',
  'would',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'can',
  'did',
  'does',
  'do',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "'s",
  'jointly',
  'together',
  'also',
  'separately',
  'already',
  'formally',
  'officially',
  'publicly',
  'repeatedly',
  'steadfastly',
  'both',
  'all',
  'each',
  'quickly',
  'immediately',
  'overnight',
  'strongly',
  'sharply',
  'swiftly',
  'quickly',
  'first',
]);

/** Conjunctions the tagger may read as prepositions; the phrase after them opens a clause. */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'because', 'while', 'once', 'although']);

const OFFSHOOT_NOUNS = new Set(['affiliate', 'offshoot', 'faction', 'wing', 'branch', 'splinter']);

const isCommaToken = (token: Token | undefined): boolean => token?.text === ',';

const SPAN_WORDS = new Set([
  'day',
  'days',
  'hour',
  'hours',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
]);

/**
 * "after Ecuadorian police raided": the phrase after a subordinating conjunction is its clause's
 * subject. Not "their governments" (the owner is named earlier) nor "two days after militants
 * killed", background the story dates itself against.
 */
const opensClause = (tokens: readonly Token[], phrase: Phrase): boolean => {
  const before = tokens[phrase.start - 1];
  if (!before || !SUBORDINATORS.has(before.lower) || phrase.possessive || phrase.pronoun) return false;
  return !SPAN_WORDS.has(tokens[phrase.start - 2]?.lower ?? '');
};

/** An act tried or weighed is not an act done. */
const ATTEMPT_VERBS = new Set(['try', 'attempt', 'consider', 'mull', 'weigh', 'contemplate']);
/** A wish is no act: "wanted to block exports" is not a blockade. */
const DESIRE_VERBS = new Set(['want', 'seek', 'hope', 'aim', 'wish', 'strive', 'aspire']);

/** Verbs that take an infinitive whose subject is their own ("agreed to meet", "plans to visit"). */
const CONTROL_VERBS = new Set([
  'wish',
  'strive',
  'aspire',
  'plan',
  'intend',
  'agree',
  'decide',
  'expect',
  'want',
  'seek',
  'try',
  'attempt',
  'hope',
  'aim',
  'vow',
  'pledge',
  'promise',
  'threaten',
  'refuse',
  'decline',
  'fail',
  'offer',
  'propose',
  'prepare',
  'begin',
  'start',
  'continue',
  'set',
  'schedule',
  'due',
  'likely',
  'ready',
  'able',
  'unable',
  'going',
  'move',
  'vote',
  'need',
  'appear',
  'seem',
  'wish',
  'struggle',
  'choose',
  'announce',
  'resolve',
  'willing',
  'prepared',
  'eager',
  'determined',
  'keen',
  'ask',
  'hope',
]);

/** Nouns for what others say happened: denying one denies the act its that-clause tells. */
const CLAIM_NOUNS: ReadonlySet<string> = new Set(WORD_CLASSES.CLAIMS?.words ?? []);
const CLAIMANT_PREPOSITIONS = new Set(['by', 'from', 'of']);
/** Verbs that deny a claim ("denied", "rejected", "dismissed", "refuted" reports that ...). */
const DENYING_VERBS = new Set(['deny', 'reject', 'dismiss', 'refute', 'rebuff', 'dispute']);
/** The tagger leaves some forms unlemmatized ("denies"): strip the inflection as well. */
const verbLemma = (token: Token): string => {
  if (DENYING_VERBS.has(token.lemma)) return token.lemma;
  const lower = token.lower;
  if (lower.endsWith('ies') || lower.endsWith('ied')) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('es') && DENYING_VERBS.has(lower.slice(0, -2))) return lower.slice(0, -2);
  return lower.replace(/(ed|s|ing)$/, '');
};

/** Verbs whose -ing complement shares their subject: "denied supplying drones", "resumed shelling". */
const GERUND_VERBS = new Set([
  'deny',
  'admit',
  'consider',
  'mull',
  'weigh',
  'contemplate',
  'stop',
  'resume',
  'continue',
  'begin',
  'start',
  'avoid',
  'suggest',
  'propose',
  'recommend',
  'keep',
  'finish',
  'risk',
  'threaten',
  'discuss',
  'support',
  'oppose',
  'reject',
  'accuse',
]);

/**
 * Verbs whose following to-infinitive states their purpose ("summoned the envoy to protest", "met
 * to discuss"): the infinitive's doer is their subject, never the object between them. Verbs that
 * hand the act to their object ("urged Iran to release", "invited Li to visit") are not listed.
 */
const PURPOSE_VERBS = new Set([
  'summon',
  'call',
  'meet',
  'travel',
  'fly',
  'go',
  'come',
  'arrive',
  'visit',
  'gather',
  'convene',
  'assemble',
  'return',
  'head',
  'journey',
  'hold',
  'use',
  'deploy',
  'dispatch',
  'mobilize',
  'mobilise',
  'telephone',
  'phone',
]);
/**
 * Verbs whose "to" clause is not their purpose: the object or someone else does it ("allowed aid to
 * enter", "asked the court to rule"), or the frame is modal or light ("has the right to", "took
 * steps to", "made it possible to").
 */
const NO_PURPOSE_VERBS = new Set([
  'be',
  'have',
  'get',
  'make',
  'take',
  'give',
  'find',
  'let',
  'help',
  'allow',
  'permit',
  'enable',
  'urge',
  'ask',
  'press',
  'force',
  'compel',
  'order',
  'invite',
  'encourage',
  'persuade',
  'tell',
  'warn',
  'push',
  'lead',
  'cause',
  'require',
  'authorize',
  'authorise',
  'instruct',
  'direct',
  'prompt',
  'pressure',
  'appeal',
  'challenge',
  'advise',
  'remind',
  'convince',
  'like',
  'love',
  'prefer',
  'leave',
  'wait',
  'say',
  'claim',
  'report',
  'believe',
  'know',
  'think',
  'consider',
  'mandate',
  'empower',
  'train',
  'teach',
  'pay',
  'vote',
  'fight',
  'work',
  'struggle',
  'rush',
  'race',
  'scramble',
  'step',
  'remain',
  'deserve',
  'afford',
  'manage',
  'tend',
  'used',
  'need',
  'want',
  'mean',
  'happen',
  'bother',
  'dare',
  'lack',
  'receive',
  'win',
  'gain',
  'obtain',
  'reserve',
  'retain',
  'keep',
  'grant',
  'deny',
]);
/** What may stand between a purpose verb and its "to": its object, places, times and their words. */
const PURPOSE_GAP_POS = new Set(['ADP', 'DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART', 'ADV', 'PRON']);

const SPEAKER_POSSESSIVES = new Set(['its', 'their']);
/** Verbs of saying whose clause may report the speaker's own act. */
const REPORTING_VERBS = new Set(['say', 'report', 'announce', 'state', 'confirm', 'claim', 'add', 'tell']);

/** Nouns for an actor's people or machines, standing after its name: "Chinese coast guard personnel". */
const MEANS_NOUNS = new Set([
  'personnel',
  'aircraft',
  'warplanes',
  'jets',
  'planes',
  'drones',
  'artillery',
  'vessels',
  'ships',
  'boats',
  'gunboats',
  'patrols',
  'units',
  'fighters',
  'missiles',
  'rockets',
  'shells',
  'bombs',
  'mortars',
  'warships',
  'submarines',
]);

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'during']);

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
/** Verbs whose object is addressed ("called on Serbia to ..."): never a participle modifying a noun. */
const ADDRESSING_VERBS = new Set([
  'call',
  'urge',
  'ask',
  'press',
  'appeal',
  'order',
  'tell',
  'invite',
  'allow',
]);
/** Words that open a noun phrase in apposition: ", a group that ...,", ", an ally of ...,". */
const APPOSITIVE_OPENERS = new Set(['a', 'an']);

export interface SubjectResult {
  phrase: number;
  /** Token where the subject phrase (or group) starts; used to look further left for "denied", "neither". */
  start: number;
}

/** Index of the last phrase of the coordination group that contains phrase p. */
const groupStart = (phrases: readonly Phrase[], p: number): number => {
  let first = p;
  while (first > 0 && phrases[first - 1]?.group === phrases[p]?.group) first--;
  return first;
};

export class ClauseReader {
  private readonly subjectCache = new Map<number, SubjectResult | null>();

  constructor(private readonly analysis: SentenceAnalysis) {}

  /**
   * The subject of the verb at token i: the phrase right before it, skipping auxiliaries, adverbs,
   * time words, appositives, relative clauses and control verbs ("plans to"); for a verb joined by
   * "and" to an earlier one, that verb's subject.
   */
  subject(i: number, depth = 0): SubjectResult | null {
    const cached = this.subjectCache.get(i);
    if (cached !== undefined) return cached;
    const result = depth > 4 ? null : this.findSubject(i, depth);
    this.subjectCache.set(i, result);
    return result;
  }

  /**
   * For a verb in a purpose infinitive ("summoned X on Tuesday to protest", "met in Geneva to
   * discuss"), the token of the verb whose purpose it states; null for any other verb.
   */
  purposeHead(i: number): number | null {
    const { tokens, phraseAt, phrases } = this.analysis;
    let j = i - 1;
    while (j >= 0 && tokens[j]?.pos === 'ADV') j--;
    const marker = tokens[j];
    if (marker?.lower !== 'to' || marker.pos !== 'PART') return null;
    let actorInGap = false;
    for (let k = j - 1; k >= 0 && k >= j - 16; k--) {
      const token = tokens[k] as Token;
      if (this.analysis.time[k] === 1) continue;
      const p = phraseAt[k] ?? -1;
      if (p >= 0) {
        // "raided the town of Jenin to arrest": a place after a preposition is not who acts next, and
        // "launched drones to strike" names a means, not another party.
        const phrase = phrases[p];
        const named =
          phrase !== undefined &&
          (phrase.country !== null ||
            phrase.personName !== null ||
            phrase.org !== null ||
            phrase.pronoun !== null);
        if (named && tokens[(phrase?.start ?? k) - 1]?.pos !== 'ADP') actorInGap = true;
        continue;
      }
      // "Sri Lanka's acting high commissioner": an -ing word after a determiner or possessive is a modifier.
      const before = tokens[k - 1];
      const modifier =
        token.lower.endsWith('ing') &&
        (before?.lower === "'s" || before?.pos === 'DET' || (phraseAt[k - 1] ?? -1) >= 0);
      if (token.pos === 'VERB' && modifier) continue;
      if (token.pos === 'VERB') {
        if (this.isPassive(k)) return null;
        if (PURPOSE_VERBS.has(token.lemma)) {
          // "called in the ambassador to complain" states a purpose; "called on Iran to stop" does not.
          if (token.lemma === 'call' && tokens[k + 1]?.lower !== 'in') return null;
          return k;
        }
        // "fired tear gas to disperse", "launched drones to strike": any act done with a thing (no
        // actor between) states its purpose, unless the verb hands the act on or is a modal frame.
        if (actorInGap || NO_PURPOSE_VERBS.has(token.lemma) || CONTROL_VERBS.has(token.lemma)) return null;
        let head = k;
        // The tagger reads some compound nouns as verbs ("fired tear gas"): the first verb of the run leads.
        while (tokens[head - 1]?.pos === 'VERB' && (phraseAt[head - 1] ?? -1) < 0) head--;
        const lemma = tokens[head]?.lemma ?? '';
        if (head !== k && (NO_PURPOSE_VERBS.has(lemma) || CONTROL_VERBS.has(lemma))) return null;
        return head;
      }
      if (!PURPOSE_GAP_POS.has(token.pos)) return null;
    }
    return null;
  }

  private findSubject(i: number, depth: number): SubjectResult | null {
    const { tokens, phrases, phraseAt } = this.analysis;
    const head = this.purposeHead(i);
    if (head !== null) return this.subject(head, depth + 1);
    let j = i - 1;
    // The token before "in Istanbul to ...", where a control verb may stand ("agreed in Istanbul to").
    let toAfterPlace = -1;
    for (let hops = 0; j >= 0 && hops < 40; hops++) {
      const token = tokens[j] as Token;
      const p = phraseAt[j] ?? -1;
      if (p >= 0) {
        const phrase = phrases[p] as Phrase;
        const before = tokens[phrase.start - 1];
        // "Officials in Kyiv said": the phrase after a preposition is not the subject.
        // "after Ecuadorian police raided": a subordinate clause's own subject.
        if (
          before &&
          before.pos === 'ADP' &&
          !RELATIVE.has(before.lower) &&
          before.lower !== 'that' &&
          !opensClause(tokens, phrase)
        ) {
          if (before.lower === 'by' || before.lower === 'of' || before.lower === 'with') return null;
          j = phrase.start - 2;
          continue;
        }
        const first = groupStart(phrases, p);
        return { phrase: p, start: phrases[first]?.start ?? phrase.start };
      }
      const lower = token.lower;
      // "Chinese coast guard personnel rammed", "Israeli aircraft struck": the actor's means or people.
      if (MEANS_NOUNS.has(lower) && phrases[phraseAt[j - 1] ?? -1]?.end === j) {
        j--;
        continue;
      }
      if (lower === 'to' && token.pos === 'PART' && (phraseAt[j - 1] ?? -1) >= 0) {
        // "agreed in Istanbul to exchange": a place is not the infinitive's doer; look past it.
        const place = phrases[phraseAt[j - 1] as number] as Phrase;
        if (!PLACE_PREPOSITIONS.has(tokens[place.start - 1]?.lower ?? '')) return null;
        j = place.start - 2;
        toAfterPlace = j;
        continue;
      }
      if (BETWEEN_SUBJECT_AND_VERB.has(lower) || token.pos === 'ADV' || token.pos === 'AUX') {
        j--;
        continue;
      }
      // "plans to visit", "is ready to sign": the tagger sometimes calls "plans" a noun.
      if (
        (CONTROL_VERBS.has(token.lemma) || CONTROL_VERBS.has(token.lower.replace(/s$/, ''))) &&
        (tokens[j + 1]?.lower === 'to' || toAfterPlace === j)
      ) {
        j--;
        continue;
      }
      if (
        token.pos === 'VERB' &&
        GERUND_VERBS.has(token.lemma) &&
        (tokens[i]?.lower.endsWith('ing') ?? false) &&
        j === i - 1
      ) {
        j--;
        continue;
      }
      if (this.analysis.time[j] === 1) {
        j--;
        continue;
      }
      // "which helped broker the deal": the helper took part in the act.
      if (token.pos === 'VERB' && token.lemma === 'help' && j === i - 1) {
        j--;
        continue;
      }
      // "farmers affiliated to the union burnt", "troops based nearby joined": a participle that
      // modifies the phrase before it, not the clause's verb.
      if (
        (token.pos === 'VERB' || token.pos === 'ADJ') &&
        token.lower.endsWith('ed') &&
        j < i - 1 &&
        tokens[i - 1]?.lower !== 'to' &&
        !ADDRESSING_VERBS.has(token.lemma) &&
        (phraseAt[j - 1] ?? -1) >= 0 &&
        (tokens[j + 1]?.pos === 'ADP' || tokens[j + 1]?.pos === 'ADV') &&
        !this.isPassive(j)
      ) {
        j--;
        continue;
      }
      // "the Baloch Liberation Army (BLA) said": an abbreviation or aside in brackets.
      if (token.text === ')') {
        let open = j - 1;
        while (open >= 0 && open >= j - 8 && tokens[open]?.text !== '(') open--;
        if (tokens[open]?.text === '(') {
          j = open - 1;
          continue;
        }
      }
      if (lower === ',') {
        const named = this.appositionName(j);
        if (named) return named;
        const skipTo = this.skipAside(j);
        if (skipTo === null) return null;
        j = skipTo;
        continue;
      }
      if (RELATIVE.has(lower) && (token.pos === 'PRON' || token.pos === 'DET' || token.pos === 'SCONJ')) {
        // "talks with Wang Yi, who warned Washington": the antecedent is the subject, whatever
        // role it has in the main clause.
        let k = j - 1;
        if (tokens[k]?.lower === ',') k--;
        const antecedent = phraseAt[k] ?? -1;
        if (antecedent < 0) return null;
        const first = groupStart(phrases, antecedent);
        return { phrase: antecedent, start: phrases[first]?.start ?? phrases[antecedent]?.start ?? k };
      }
      if (lower === 'to' && token.pos === 'PART') {
        // "invited Li Qiang to visit", "urged Iran to release": the infinitive's subject is the
        // other verb's object; that act is not reported as done.
        const before = phraseAt[j - 1] ?? -1;
        if (before >= 0) return null;
      }
      if ((lower === 'and' || lower === 'but' || lower === 'or') && depth < 4) {
        // A second verb sharing the first one's subject: "met Choe and lauded ...".
        // The nearest earlier verb that has a subject ("the progress" may be tagged as a verb).
        for (let k = j - 1; k >= 0 && k >= j - 30; k--) {
          const candidate = tokens[k] as Token;
          if (candidate.pos === 'VERB' && (phraseAt[k] ?? -1) < 0) {
            const shared = this.subject(k, depth + 1);
            if (shared) return this.speakerOfCensure(i, shared, depth) ?? shared;
          }
          if (candidate.lower === ';' || candidate.lower === ':') break;
        }
        return null;
      }
      if (lower === 'by' && token.pos === 'ADP' && (tokens[i]?.lower.endsWith('ing') ?? false)) {
        // "... by providing North Korea with weapons": the gerund's subject is the clause's.
        for (let k = j - 1; k >= 0 && k >= j - 30; k--) {
          const candidate = tokens[k] as Token;
          if (candidate.pos === 'VERB' && (phraseAt[k] ?? -1) < 0) return this.subject(k, depth + 1);
        }
        return null;
      }
      // "Belgrade has in the past accused", "Seoul has on several occasions condemned": a phrase
      // between the auxiliary and its participle only says when or how often.
      const aux = this.auxBeforeAdverbial(j);
      if (aux !== null) {
        j = aux;
        continue;
      }
      return this.speakersOwn(j, i, depth);
    }
    return null;
  }

  /**
   * "Britain said Argentina was trying to strangle the islands and accused Buenos Aires of ...": a
   * censure joined after a reported clause is the speaker's own act, not the reported subject's.
   */
  private speakerOfCensure(i: number, shared: SubjectResult, depth: number): SubjectResult | null {
    const { tokens } = this.analysis;
    if (!CENSURE_LEMMAS.has(tokens[i]?.lemma ?? '')) return null;
    let k = shared.start - 1;
    if (tokens[k]?.lower === 'that') k--;
    const verb = tokens[k];
    if (verb?.pos !== 'VERB' || !REPORTING_VERBS.has(verb.lemma)) return null;
    return this.subject(k, depth + 1);
  }

  /** The perfect or progressive auxiliary opening a short prepositional phrase ending at token j, with no actor in it. */
  private auxBeforeAdverbial(j: number): number | null {
    const { tokens, phraseAt } = this.analysis;
    for (let k = j; k >= 0 && k > j - 6; k--) {
      const token = tokens[k] as Token;
      if ((phraseAt[k] ?? -1) >= 0) return null;
      // Only "has/had/was": after a modal ("would in that case accuse") the act is not reported as done.
      if (token.pos === 'AUX')
        return k < j && tokens[k + 1]?.pos === 'ADP' && (token.lemma === 'have' || token.lemma === 'be')
          ? k
          : null;
      if (!ADVERBIAL_POS.has(token.pos)) return null;
    }
    return null;
  }

  /**
   * "the army said its aircraft struck ...": a subject that is only the speaker's own means or
   * people ("its aircraft", "their artillery") names the speaker as the doer.
   */
  private speakersOwn(j: number, i: number, depth: number): SubjectResult | null {
    const { tokens, phraseAt } = this.analysis;
    // "its decision to strike": an infinitive's subject is not the noun before it.
    for (let k = j + 1; k < i; k++) if (tokens[k]?.lower === 'to') return null;
    let k = j;
    while (k > j - 4 && (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'ADJ') && (phraseAt[k] ?? -1) < 0)
      k--;
    if (k === j || !SPEAKER_POSSESSIVES.has(tokens[k]?.lower ?? '')) return null;
    let m = k - 1;
    if (tokens[m]?.lower === 'that') m--;
    while (m >= 0 && this.analysis.time[m] === 1) m--;
    const verb = tokens[m];
    if (verb?.pos !== 'VERB' || !REPORTING_VERBS.has(verb.lemma)) return null;
    return this.subject(m, depth + 1);
  }

  /** At a comma before a verb: the token left of an aside ("X, meanwhile, said"), or null. */
  /**
   * "An al-Qaida affiliate, JNIM, claimed": a descriptive noun that names no actor, then the name
   * between commas. The name is the subject, not an aside to skip.
   */
  private appositionName(comma: number): SubjectResult | null {
    const { tokens, phrases, phraseAt } = this.analysis;
    const p = phraseAt[comma - 1] ?? -1;
    const phrase = phrases[p];
    if (!phrase || phrase.pronoun || !isCommaToken(tokens[phrase.start - 1])) return null;
    const hostEnd = phrase.start - 1;
    let hostStart = hostEnd - 1;
    while (hostStart > 0 && hostEnd - hostStart < 6 && tokens[hostStart - 1]?.pos !== 'PUNCT') hostStart--;
    if (tokens[hostStart - 1] !== undefined && tokens[hostStart - 1]?.text !== '—') return null;
    if (tokens[hostStart]?.pos !== 'DET' || tokens[hostEnd - 1]?.pos !== 'NOUN') return null;
    const inHost = new Set<number>();
    for (let k = hostStart; k < hostEnd; k++) if ((phraseAt[k] ?? -1) >= 0) inHost.add(phraseAt[k] as number);
    if (inHost.size === 0) return { phrase: p, start: hostStart };
    // "An Islamic State affiliate, Ahlu Sunna Wal Jamaa,": a name we do not know acts for the group it
    // is an offshoot of.
    const [owner] = [...inHost];
    if (inHost.size === 1 && owner !== undefined && OFFSHOOT_NOUNS.has(tokens[hostEnd - 1]?.lower ?? ''))
      return { phrase: owner, start: hostStart };
    return null;
  }

  private skipAside(comma: number): number | null {
    const { tokens, phrases, phraseAt } = this.analysis;
    const p = phraseAt[comma - 1] ?? -1;
    if (p >= 0 && phrases[p]?.appositive) return comma - 1;
    for (let k = comma - 1; k >= 0 && k >= comma - 15; k--) {
      const token = tokens[k] as Token;
      if (token.lower === ',') {
        const opener = tokens[k + 1];
        const inside = tokens.slice(k + 1, comma);
        const hasVerb = inside.some((t) => t.pos === 'VERB');
        // "..., speaking in Brussels on Thursday, appealed": a participle opens an aside too.
        const participle = opener !== undefined && opener.pos === 'VERB' && /(ing|ed)$/.test(opener.lower);
        // ", a group that has pledged allegiance to IS,": a noun phrase in apposition, whatever it holds.
        const appositive = opener !== undefined && APPOSITIVE_OPENERS.has(opener.lower);
        // "Sudan's army, the statement said, had retaken": an attribution set inside the clause.
        // Only right before the verb: "killing eight, officials said, two days after militants killed"
        // is no aside between a subject and its verb.
        const verbNext = ['VERB', 'AUX'].includes(tokens[comma + 1]?.pos ?? '');
        const attribution = verbNext && attributionAt(tokens, k + 1);
        if (opener && (RELATIVE.has(opener.lower) || participle || appositive || attribution || !hasVerb)) {
          return k - 1;
        }
        return null;
      }
      if (token.lower === ';' || token.lower === ':' || token.lower === '.') return null;
    }
    return null;
  }

  /** Passive: "were killed by", "was attacked". */
  isPassive(i: number, depth = 0): boolean {
    const { tokens } = this.analysis;
    const verb = tokens[i];
    if (!verb || verb.lower.endsWith('ing')) return false;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const token = tokens[k] as Token;
      if (BE_FORMS.has(token.lower)) return true;
      // "was flown to The Hague and handed over to the court": a participle joined to a passive is one.
      if (token.lower === 'and' && depth < 2 && verb.lower !== verb.lemma) {
        // "said it was alarmed and urged Ethiopia to": an actor right after the verb is its object,
        // which only an active verb takes.
        if (this.actorRightAfter(i)) return false;
        for (let m = k - 1; m >= 0 && m >= k - 12; m--) {
          const other = tokens[m] as Token;
          if (other.lower === ',' || other.lower === ';' || RELATIVE.has(other.lower)) break;
          if (other.pos === 'VERB' && (this.analysis.phraseAt[m] ?? -1) < 0)
            return this.isPassive(m, depth + 1);
        }
        return false;
      }
      if (token.pos !== 'ADV' && token.lower !== 'not' && token.lower !== "n't") return false;
    }
    return false;
  }

  /** Whether an actor phrase starts right after token i (a determiner or adjective may come first). */
  private actorRightAfter(i: number): boolean {
    const { tokens, phraseAt, phrases } = this.analysis;
    for (let m = i + 1; m <= i + 3 && m < tokens.length; m++) {
      const p = phraseAt[m] ?? -1;
      if (p >= 0) return phrases[p]?.start === m && !phrases[p]?.pronoun;
      if (tokens[m]?.pos !== 'DET' && tokens[m]?.pos !== 'ADJ') return false;
    }
    return false;
  }

  /** The agent of a passive verb: the phrase after "by" within a few tokens. */
  agent(i: number): number | null {
    const { tokens, phraseAt, phrases } = this.analysis;
    for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
      const lower = tokens[k]?.lower;
      if (lower === 'in' || lower === 'during') {
        // "killed in Russian shelling", "wounded in an Israeli airstrike": the modifier is the agent.
        for (let m = k + 1; m <= k + 3 && m < tokens.length; m++) {
          const p = phraseAt[m] ?? -1;
          if (p >= 0 && phrases[p]?.bare && phrases[p]?.start === m) return p;
          if (tokens[m]?.pos !== 'DET' && tokens[m]?.pos !== 'ADJ') break;
        }
        continue;
      }
      if (lower === ',' || lower === ';' || lower === '.') return null;
      if (lower === 'by') {
        for (let m = k + 1; m <= k + 3 && m < tokens.length; m++) {
          const p = phraseAt[m] ?? -1;
          if (p >= 0 && phrases[p]?.start === m) return p;
          if (tokens[m]?.pos !== 'DET' && tokens[m]?.pos !== 'ADJ') break;
        }
        return null;
      }
    }
    return null;
  }

  /**
   * The first actor phrase after token k in the same clause: an object right after the verb or the
   * object of with/to/on/against/into/toward. Locative and temporal phrases ("in Pyongyang") stop it.
   */
  objectAfter(k: number): number | null {
    const { tokens, phraseAt, phrases } = this.analysis;
    for (let m = k; m < tokens.length && m < k + 10; m++) {
      const p = phraseAt[m] ?? -1;
      if (p >= 0 && phrases[p]?.start === m) return p;
      const token = tokens[m] as Token;
      if (OBJECT_PREPOSITIONS.has(token.lower) || this.analysis.time[m] === 1) continue;
      if (token.pos === 'DET' || token.pos === 'ADJ' || token.pos === 'NUM' || token.pos === 'ADV') continue;
      if (token.pos === 'NOUN' && m < k + 3) continue;
      return null;
    }
    return null;
  }

  /** Mode and negation from the words between the subject and the trigger. */
  modeOf(
    from: number,
    trigger: number,
  ): { mode: EventMode; negated: boolean; refused: boolean; desired: boolean } {
    const { tokens } = this.analysis;
    let mode: EventMode = 'actual';
    let negated = false;
    let refused = false;
    let desired = false;
    // Only the verb group before the trigger counts ("has not", "plans to", "refused to"), never
    // a relative clause or appositive between the subject and its verb ("Iran, which denies ...,").
    // "agreed to", and "agreed in Istanbul to": the infinitive marker after the verb at k.
    const toNext = (k: number): boolean => {
      if (tokens[k + 1]?.lower === 'to') return true;
      if (!PLACE_PREPOSITIONS.has(tokens[k + 1]?.lower ?? '')) return false;
      const phrase = this.analysis.phrases[this.analysis.phraseAt[k + 2] ?? -1];
      return phrase !== undefined && tokens[phrase.end]?.lower === 'to';
    };
    let start = trigger;
    while (start > Math.max(0, from, trigger - 8)) {
      const token = tokens[start - 1] as Token;
      const placeAt = (k: number): boolean => {
        const p = this.analysis.phraseAt[k] ?? -1;
        const phrase = this.analysis.phrases[p];
        return phrase !== undefined && PLACE_PREPOSITIONS.has(tokens[phrase.start - 1]?.lower ?? '');
      };
      const inGroup =
        // "agreed in Istanbul to exchange": a place inside the verb group does not end it.
        placeAt(start - 1) ||
        (PLACE_PREPOSITIONS.has(token.lower) && placeAt(start)) ||
        token.pos === 'AUX' ||
        token.pos === 'ADV' ||
        token.pos === 'PART' ||
        BETWEEN_SUBJECT_AND_VERB.has(token.lower) ||
        this.analysis.time[start - 1] === 1 ||
        (token.pos === 'VERB' && (GERUND_VERBS.has(token.lemma) || token.lemma === 'help')) ||
        ((CONTROL_VERBS.has(token.lemma) || CONTROL_VERBS.has(token.lower.replace(/s$/, ''))) &&
          toNext(start - 1));
      if (!inGroup) break;
      start--;
    }
    for (let k = start; k < trigger; k++) {
      const token = tokens[k] as Token;
      const lower = token.lower;
      const lemma = token.lemma;
      if (lower === 'not' || lower === "n't" || lower === 'never' || lower === 'neither' || lower === 'nor')
        negated = true;
      else if ((lemma === 'refuse' || lemma === 'decline') && toNext(k)) refused = true;
      else if (lemma === 'deny' || lemma === 'fail') negated = true;
      else if (lower === 'will' || lower === "'ll" || lower === 'shall' || lower === 'would') mode = 'future';
      else if ((lower === 'could' || lower === 'may' || lower === 'might') && this.analysis.time[k] !== 1)
        mode = 'possible';
      // "tried to block", "is considering expelling": an attempt or an option, not the act.
      else if (ATTEMPT_VERBS.has(lemma) && (toNext(k) || k + 1 === trigger)) mode = 'possible';
      // "wanted to block", "hopes to sign": a wish, which only the wisher's own cooperation makes an intent.
      else if (DESIRE_VERBS.has(lemma) && toNext(k)) desired = true;
      else if (
        (lemma === 'pledge' || lemma === 'promise' || lemma === 'vow' || lemma === 'vowed') &&
        (toNext(k) || tokens[k + 1]?.lower === 'not')
      )
        mode = 'future';
      else if (
        (lemma === 'plan' ||
          lemma === 'agree' ||
          lemma === 'intend' ||
          lemma === 'schedule' ||
          lemma === 'expect' ||
          lemma === 'set' ||
          lemma === 'due' ||
          lemma === 'prepare' ||
          lemma === 'ready' ||
          lemma === 'willing' ||
          lemma === 'prepared') &&
        toNext(k)
      )
        mode = 'planned';
      else if ((lemma === 'propose' || lemma === 'offer') && toNext(k)) mode = 'proposed';
      else if (lemma === 'threaten' && toNext(k)) mode = 'threatened';
    }
    return { mode, negated, refused, desired };
  }

  /** "denied (that) it shipped", "Neither Russia nor ...": negation that sits before the subject. */
  negatedBefore(subjectStart: number): boolean {
    const { tokens } = this.analysis;
    for (let k = subjectStart - 1; k >= 0 && k >= subjectStart - 3; k--) {
      const token = tokens[k] as Token;
      if (token.lemma === 'deny' || token.lower === 'neither' || token.lower === 'denies') return true;
      if (token.lower === 'that' && this.deniedClaim(k)) return true;
      if (token.lower !== 'that' && token.pos !== 'ADV') return false;
    }
    return false;
  }

  /**
   * "denied reports that it had ...", "rejected Kyiv's claims that ...", "dismissed accusations by
   * Malian officials that ...": the that-clause at `that` is the content of a claim its subject denies.
   */
  private deniedClaim(that: number): boolean {
    const { tokens, phraseAt, phrases } = this.analysis;
    let k = that - 1;
    // The claimant between the noun and its clause ("accusations by Malian officials that").
    const claimant = phrases[phraseAt[k] ?? -1];
    if (claimant && CLAIMANT_PREPOSITIONS.has(tokens[claimant.start - 1]?.lower ?? ''))
      k = claimant.start - 2;
    if (!CLAIM_NOUNS.has(tokens[k]?.lower ?? '')) return false;
    for (k--; k >= 0 && k >= that - 12; k--) {
      const token = tokens[k] as Token;
      if (token.pos === 'VERB' || token.pos === 'AUX') return DENYING_VERBS.has(verbLemma(token));
      // "the baseless", "all", "Ukraine's", "Western media": modifiers and the claimant before the noun.
      if (token.pos === 'DET' || token.pos === 'ADJ' || token.pos === 'ADV' || token.lower === "'s") continue;
      if ((phraseAt[k] ?? -1) >= 0) continue;
      return false;
    }
    return false;
  }
}

const OBJECT_PREPOSITIONS = new Set([
  'with',
  'to',
  'on',
  'against',
  'into',
  'toward',
  'towards',
  'upon',
  'over',
]);

const FAMILY_HEADS = new Set(['family', 'families']);

/**
 * "offered condolences to the families of the victims": sympathy for private mourners of no stated
 * country is no exchange between political actors ("condolences to Turkey" still is).
 */
export const privateMourners = (analysis: SentenceAnalysis, p: number): boolean => {
  const phrase = analysis.phrases[p];
  if (!phrase || phrase.country !== null) return false;
  const head = analysis.tokens[phrase.end - 1]?.lower ?? '';
  return FAMILY_HEADS.has(head) || FAMILY_HEADS.has(phrase.role?.toLowerCase() ?? '');
};

/** Words a speaker's name in an attribution is made of: "the regional governor", "a spokesman for the army". */
const SPEAKER_NAME_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM']);
const SPEAKER_NAME_LINKS = new Set(['of', 'for', 'in', "'s", '’s']);

/**
 * Whether a trailing attribution starts at token k: "the Elysee said.", "police said, without ...",
 * "Ukraine's air force said in a statement". Its speaker is the teller of the act before the comma,
 * never that act's object, and the comma ahead of it closes the clause.
 */
export const attributionAt = (tokens: readonly Token[], k: number): boolean => {
  for (let m = k; m < tokens.length && m < k + 8; m++) {
    const token = tokens[m] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX') {
      if (m === k || !REPORTING_VERBS.has(token.lemma)) return false;
      // "the ministry said." / "said, without" / "said in a statement" / "said on Sunday":
      // nothing of the act follows; "said that ..." or "said Kyiv had ..." leads a claim instead.
      const after = tokens[m + 1];
      return after === undefined || after.pos === 'PUNCT' || after.lower === 'in' || after.lower === 'on';
    }
    if (!SPEAKER_NAME_POS.has(token.pos) && !SPEAKER_NAME_LINKS.has(token.lower)) return false;
  }
  return false;
};
