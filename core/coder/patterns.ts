import { IRREGULAR_VERBS, verbForms } from '../lexicon/irregular-verbs';
import { VERB_RULES, type VerbRule } from '../lexicon/verb-patterns';
import { WORD_CLASSES } from '../lexicon/word-classes';
import type { Token } from './nlp';
import { UNDOING } from './noun-events';
import type { SentenceAnalysis } from './phrase-types';

type Element =
  | { type: 'word'; words: ReadonlySet<string> }
  | { type: 'class'; words: ReadonlySet<string> }
  | { type: 'target' }
  | { type: 'gap' };

export interface CompiledRule {
  rule: VerbRule;
  noun: boolean;
  triggers: readonly string[];
  elements: readonly Element[];
  hasTarget: boolean;
  /** Specificity: rules with more concrete elements win over shorter ones. */
  weight: number;
  order: number;
}

export class PatternSyntaxError extends Error {
  override readonly name = 'PatternSyntaxError';
}

const compileRule = (rule: VerbRule, order: number): CompiledRule => {
  const parts = rule.pattern.trim().split(/\s+/);
  const head = parts.shift();
  if (!head) throw new PatternSyntaxError(`rule ${rule.id}: empty pattern`);
  const noun = head.endsWith(':n');
  const triggers = head
    .replace(/:n$/, '')
    .split('|')
    .map((word) => word.replace(/:n$/, '').toLowerCase());
  const elements: Element[] = parts.map((part): Element => {
    if (part === '+') return { type: 'target' };
    if (part === '*') return { type: 'gap' };
    if (part.startsWith('$')) {
      const wordClass = WORD_CLASSES[part.slice(1)];
      if (!wordClass) throw new PatternSyntaxError(`rule ${rule.id}: unknown word class ${part}`);
      return { type: 'class', words: new Set(wordClass.words) };
    }
    return { type: 'word', words: new Set(part.toLowerCase().split('|')) };
  });
  return {
    rule,
    noun,
    triggers,
    elements,
    hasTarget: elements.some((element) => element.type === 'target'),
    weight: 1 + elements.filter((element) => element.type !== 'gap').length,
    order,
  };
};

export interface RuleIndex {
  byTrigger: ReadonlyMap<string, readonly CompiledRule[]>;
  rules: readonly CompiledRule[];
  /** Past forms of verb triggers ("tortured", "struck"): verbs even when the tagger says noun. */
  pastForms: ReadonlySet<string>;
}

let cached: RuleIndex | undefined;

/** Compiles the verb-pattern lexicon once per process into a trigger -> rules map. */
export const ruleIndex = (): RuleIndex => {
  if (cached) return cached;
  const rules = VERB_RULES.map(compileRule);
  const byTrigger = new Map<string, CompiledRule[]>();
  const pastForms = new Set<string>();
  for (const rule of rules) {
    if (!rule.noun) {
      for (const trigger of rule.triggers) {
        for (const form of verbForms(trigger))
          if (form.endsWith('ed') || !form.startsWith(trigger.slice(0, 2))) pastForms.add(form);
        for (const form of IRREGULAR_VERBS[trigger] ?? []) pastForms.add(form);
      }
    }
    // Every inflected form is a key, so no trigger depends on the tagger's lemma.
    const forms = new Set(rule.triggers.flatMap((trigger) => (rule.noun ? [trigger] : verbForms(trigger))));
    for (const form of forms) {
      const list = byTrigger.get(form) ?? [];
      if (!list.includes(rule)) list.push(rule);
      byTrigger.set(form, list);
    }
  }
  cached = { byTrigger, rules, pastForms };
  return cached;
};

export interface RuleMatch {
  compiled: CompiledRule;
  trigger: number;
  /** First token after the matched pattern. */
  end: number;
  /** Phrase index of the `+` element, if the pattern has one and it was found. */
  target: number | null;
  /** Phrase that holds the last word the pattern matched ("expelled five Russian diplomats"). */
  headPhrase: number | null;
}

interface Found {
  end: number;
  target: number | null;
  /** The pattern ended in `+` and no actor phrase was there: the caller may find the target otherwise. */
  missing: boolean;
  lastWord: number;
}

const FILLER_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PRON', 'PART']);
const MAX_FILLERS = 4;
const MAX_GAP = 8;
/** Tokens a gap never crosses: they start another clause or an aside. */
const GAP_STOPS = new Set([
  ';',
  ':',
  '(',
  ')',
  '"',
  '“',
  '”',
  '—',
  '–',
  'but',
  'while',
  'because',
  'which',
  'who',
  'although',
  'whereas',
  'after',
  'before',
  'said',
  'says',
]);

/**
 * "announced it would cut aid to Niger": a gap never runs over a verb that takes away what follows,
 * or a pledge rule would read the cut as aid given (pledge-aid's "announce * $AID").
 */
const CUTTING: ReadonlySet<string> = new Set([
  'cut',
  'reduce',
  'slash',
  'freeze',
  'withhold',
  'stop',
  'curtail',
  'trim',
]);

/** Words that lead a count in casualty and arrest reports: "killed at least 18 people", "more than 20". */
const COUNT_LEADS = new Set([
  'at',
  'least',
  'more',
  'fewer',
  'less',
  'than',
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'approximately',
  'over',
  'some',
  'up',
  'to',
]);

/**
 * ", and the United Kingdom pledged ...": a comma and a conjunction followed by an actor and its verb
 * start another clause, which a gap never crosses (a list's ", and tents" does not).
 */
const opensClause = (analysis: SentenceAnalysis, at: number): boolean => {
  const { tokens, phrases, phraseAt } = analysis;
  const word = tokens[at]?.lower;
  if ((word !== 'and' && word !== 'but') || tokens[at - 1]?.lower !== ',') return false;
  const phrase = phrases[phraseAt[at + 1] ?? -1];
  if (!phrase || phrase.start !== at + 1) return false;
  for (let k = phrase.end; k < tokens.length && k <= phrase.end + 3; k++) {
    const token = tokens[k] as Token;
    if (token.pos === 'VERB') return true;
    if (token.pos !== 'AUX' && token.pos !== 'ADV' && token.pos !== 'PART') return false;
  }
  return false;
};

const QUOTE_MARKS = new Set(['"', '“', '”']);
/** Longest span of words a scare quote holds ("warned of \"serious consequences\""). */
const SCARE_QUOTE_WORDS = 5;

/**
 * A quote mark around a few words with no verb right after "of" or "take" ("warned of \"serious consequences\"")
 * marks the words of a threat or charge, not a quotation: a pattern may run through it. Elsewhere
 * ("carried out a \"precise strike\" on leaders") the quoted words are a side's own account.
 */
const scareQuote = (analysis: SentenceAnalysis, at: number): boolean => {
  const { tokens } = analysis;
  if (!QUOTE_MARKS.has(tokens[at]?.text ?? '')) return false;
  for (const step of [1, -1]) {
    for (let k = at + step, n = 0; k >= 0 && k < tokens.length && n <= SCARE_QUOTE_WORDS; k += step, n++) {
      const token = tokens[k] as Token;
      if (QUOTE_MARKS.has(token.text)) {
        const opener = step === 1 ? at : k;
        // "would take \"definitive measures\"": the quoted words are the measures promised.
        const before = tokens[opener - 1];
        if (n > 0 && (before?.lower === 'of' || before?.lemma === 'take')) return true;
        break;
      }
      if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT') break;
    }
  }
  return false;
};

/** A count lead is a filler only when a number follows within two words. */
const leadsCount = (analysis: SentenceAnalysis, at: number): boolean => {
  const { tokens } = analysis;
  if (!COUNT_LEADS.has(tokens[at]?.lower ?? '')) return false;
  for (let k = at + 1; k <= at + 3 && k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.pos === 'NUM') return true;
    if (!COUNT_LEADS.has(token.lower)) return false;
  }
  return false;
};

/** Nouns that count what follows "of": "expelled hundreds of thousands of Afghans". */
const COUNT_NOUNS = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'millions', 'tens']);

/** End of a short bracketed aside ("($1.3m)", "(about 1,200 miles)") starting at `at`, or `at`. */
const bracketEnd = (analysis: SentenceAnalysis, at: number): number => {
  const { tokens } = analysis;
  if (tokens[at]?.text !== '(') return at;
  for (let k = at + 1; k < tokens.length && k <= at + 8; k++) if (tokens[k]?.text === ')') return k + 1;
  return at;
};

/** End of "in the strongest (possible) terms" starting at `at`, or `at` when there is none. */
const mannerEnd = (analysis: SentenceAnalysis, at: number): number => {
  const { tokens } = analysis;
  if (tokens[at]?.lower !== 'in') return at;
  for (let k = at + 1; k < tokens.length && k <= at + 5; k++) {
    const token = tokens[k] as Token;
    if (token.lower === 'terms') return k + 1;
    if (token.pos !== 'DET' && token.pos !== 'ADJ' && token.pos !== 'ADV') return at;
  }
  return at;
};

/** "hundreds of", "thousands of": count words a pattern steps over without spending its filler budget. */
const isCountWord = (analysis: SentenceAnalysis, at: number): boolean => {
  const { tokens } = analysis;
  if (COUNT_NOUNS.has(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === 'of') return true;
  return tokens[at]?.lower === 'of' && COUNT_NOUNS.has(tokens[at - 1]?.lower ?? '');
};

/**
 * Participles that hedge or describe a noun rather than report an act ("arrested 71 suspected
 * militants", "freed three alleged spies"); the tagger often reads them as verbs.
 */
const HEDGE_PARTICIPLES = new Set([
  'suspected',
  'alleged',
  'purported',
  'presumed',
  'reputed',
  'so-called',
  // "received the visiting Kenyan foreign minister": participles wire copy puts before an official.
  'visiting',
  'outgoing',
  'incoming',
  'acting',
]);

const isFiller = (analysis: SentenceAnalysis, at: number): boolean => {
  if (analysis.time[at] === 1) return true;
  if (leadsCount(analysis, at)) return true;

  const token = analysis.tokens[at];
  if (token !== undefined && HEDGE_PARTICIPLES.has(token.lower)) {
    const next = analysis.tokens[at + 1];
    return next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
  }
  return token !== undefined && FILLER_POS.has(token.pos) && token.lower !== 'that' && token.lower !== 'to';
};

const matchesWord = (token: Token | undefined, words: ReadonlySet<string>): boolean =>
  token !== undefined && (words.has(token.lower) || words.has(token.lemma));

/** Matches elements[e..] from token k; returns the end token and the target phrase, or null. */
const matchFrom = (
  analysis: SentenceAnalysis,
  elements: readonly Element[],
  e: number,
  k: number,
  target: number | null,
  lastWord: number,
  budget: { steps: number },
): Found | null => {
  if (--budget.steps < 0) return null;
  if (e === elements.length) return { end: k, target, missing: false, lastWord };
  const element = elements[e] as Element;
  const { tokens, phrases, phraseAt } = analysis;
  if (element.type === 'gap') {
    // Prefer a match that finds its target; one that ends without it is only a fallback.
    let fallback: Found | null = null;
    for (let skip = 0; skip <= MAX_GAP && k + skip <= tokens.length; skip++) {
      if (skip > 0) {
        const crossed = tokens[k + skip - 1];
        if (!crossed || (GAP_STOPS.has(crossed.lower) && !scareQuote(analysis, k + skip - 1))) break;
        // "announced he would lift sanctions": a gap never runs over a verb that undoes what follows.
        if (crossed.pos === 'VERB' && (UNDOING.has(crossed.lemma) || CUTTING.has(crossed.lemma))) break;
        if (opensClause(analysis, k + skip - 1)) break;
      }
      const found = matchFrom(analysis, elements, e + 1, k + skip, target, lastWord, budget);
      if (found && !found.missing) return found;
      if (found && !fallback) fallback = found;
    }
    return fallback;
  }
  // Compound nouns may precede a class word: "security talks", "trade barriers".
  const maxSkip = element.type === 'class' ? MAX_FILLERS + 2 : MAX_FILLERS;
  let nouns = 0;
  let extra = 0;
  for (let skip = 0; skip <= maxSkip + extra; skip++) {
    const at = k + skip;
    if (at >= tokens.length) break;
    // "rammed and boarded Philippine boats": a verb joined by "and" shares the object that follows.
    if (element.type === 'target' && at === k && tokens[at]?.lower === 'and') {
      const next = at + 1;
      if (tokens[next]?.pos === 'VERB' && (phraseAt[next] ?? -1) < 0) {
        skip++;
        extra += 2;
        continue;
      }
    }
    // "pledged 1 million pounds ($1.3m) to UN agencies": an aside in brackets does not break a pattern.
    const aside = bracketEnd(analysis, at);
    if (aside > at) {
      extra += aside - at;
      skip = aside - k - 1;
      continue;
    }
    // "condemned in the strongest terms the attacks": a manner phrase between verb and object.
    const manner = mannerEnd(analysis, at);
    if (manner > at) {
      extra += manner - at;
      skip = manner - k - 1;
      continue;
    }
    // "held talks in Beirut with ...": a place between the words of a pattern does not break it.
    if (
      element.type !== 'target' &&
      (tokens[at]?.lower === 'in' || tokens[at]?.lower === 'at') &&
      !element.words.has(tokens[at]?.lower ?? '')
    ) {
      const place = phrases[phraseAt[at + 1] ?? -1];
      if (
        place &&
        place.start === at + 1 &&
        place.end - at <= 4 &&
        (place.state || place.personName !== null)
      ) {
        extra += place.end - at;
        skip = place.end - k - 1;
        continue;
      }
    }
    if (element.type === 'target') {
      const p = phraseAt[at] ?? -1;
      const phrase = phrases[p];
      if (phrase && phrase.start === at) {
        // Skip the whole coordination ("accused North Korea and China of").
        let last = p;
        while (phrases[last + 1]?.group === phrase.group) last++;
        const end = phrases[last]?.end ?? phrase.end;
        return matchFrom(analysis, elements, e + 1, end, p, lastWord, budget);
      }
    } else if (analysis.time[at] !== 1 && matchesWord(tokens[at], element.words)) {
      // A word of a time expression ("sanctions on Wednesday on Belarus") never stands for a pattern's word.
      const found = matchFrom(analysis, elements, e + 1, at + 1, target, at, budget);
      if (found) return found;
    }
    if (isCountWord(analysis, at)) {
      extra++;
      continue;
    }
    if (isFiller(analysis, at) || scareQuote(analysis, at)) continue;
    // Compound nouns ("air drill", "gas supplies") and the modifiers of an actor phrase
    // ("expelled five Russian diplomats") may stand before a word the pattern names.
    // Never before "that": in "warned Sweden that ..." the actor is the object, not a modifier.
    if (
      element.type !== 'target' &&
      !element.words.has('that') &&
      (tokens[at]?.pos === 'NOUN' || (phraseAt[at] ?? -1) >= 0) &&
      nouns < 2
    ) {
      nouns++;
      continue;
    }
    break;
  }
  // "sent drones to attack ...": a "to" that opens an infinitive names no recipient to look for elsewhere.
  const infinitive =
    tokens[k - 1]?.lower === 'to' && tokens[k - 1]?.pos === 'PART' && tokens[k]?.pos === 'VERB';
  if (element.type === 'target' && e === elements.length - 1 && !infinitive)
    return { end: k, target: null, missing: true, lastWord };
  return null;
};

const TIME_LEADS = new Set(['on', 'late', 'early', 'last', 'this', 'overnight']);
const CLAUSE_END = new Set(['.', ',', ';', ':', '—', '–', 'and', 'but', 'after', 'before', 'to', 'about']);

/** "called Modi on Thursday to discuss ...": nothing but time words between `k` and the clause's end. */
const endsClause = (analysis: SentenceAnalysis, k: number): boolean => {
  const { tokens, time } = analysis;
  while (
    k < tokens.length &&
    (time[k] === 1 || TIME_LEADS.has(tokens[k]?.lower ?? '') || tokens[k]?.pos === 'ADV')
  )
    k++;
  const token = tokens[k];
  if (!token) return true;
  // "called Iran to account" is no purpose.
  if (token.lower === 'to') return tokens[k + 1]?.pos === 'VERB' && tokens[k + 1]?.lower !== 'account';
  return CLAUSE_END.has(token.lower);
};

const NAMING_LEADS = new Set(['which', 'what', 'that', 'as']);

/** "Lula called Modi": a past call told as news, not naming ("which Argentina calls the Malvinas"). */
const reportedCall = (analysis: SentenceAnalysis, i: number): boolean => {
  const { tokens } = analysis;
  if (tokens[i]?.lower !== 'called') return false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) if (NAMING_LEADS.has(tokens[k]?.lower ?? '')) return false;
  return true;
};

/** The most specific rule whose pattern matches at token i, if any. */
export const matchAt = (analysis: SentenceAnalysis, i: number, index: RuleIndex): RuleMatch | null => {
  const token = analysis.tokens[i];
  if (!token) return null;
  const candidates = new Set<CompiledRule>([
    ...(index.byTrigger.get(token.lemma) ?? []),
    ...(index.byTrigger.get(token.lower) ?? []),
  ]);
  if (token.lower.endsWith('ing') && token.lemma === token.lower) {
    // A gerund the tagger left unlemmatized: "arming" -> arm, "shipping" -> ship, "using" -> use.
    const stem = token.lower.slice(0, -3);
    for (const form of [stem, `${stem}e`, stem.slice(0, -1)]) {
      for (const rule of index.byTrigger.get(form) ?? []) candidates.add(rule);
    }
  }
  let best: RuleMatch | null = null;
  let bestWeight = Number.NEGATIVE_INFINITY;
  for (const compiled of candidates) {
    // "helped broker the deal": the tagger reads the bare verb after "helped" as a noun.
    const afterHelp = analysis.tokens[i - 1]?.lemma === 'help';
    const isNoun = (token.pos === 'NOUN' || token.pos === 'PROPN') && !afterHelp;
    if (compiled.noun && !isNoun) continue;
    if (
      !compiled.noun &&
      isNoun &&
      !(token.lower.endsWith('ing') && (analysis.phraseAt[i + 1] ?? -1) >= 0) &&
      !(index.pastForms.has(token.lower) && !token.cap)
    )
      continue;
    // wink tags some gerunds as nouns ("denies arming the Houthis"): an -ing word with an object is a verb.
    const gerund = token.lower.endsWith('ing') && (analysis.phraseAt[i + 1] ?? -1) >= 0;
    const past = index.pastForms.has(token.lower) && !token.cap;
    if (!compiled.noun && !VERB_POS.has(token.pos) && !gerund && !past && !afterHelp) continue;
    const found = matchFrom(analysis, compiled.elements, 0, i + 1, null, i, { steps: 400 });
    if (!found) continue;
    if (compiled.rule.endsAtTarget && !(endsClause(analysis, found.end) && reportedCall(analysis, i)))
      continue;
    const weight = compiled.weight - (found.missing ? 1.5 : 0);
    if (!best || weight > bestWeight || (weight === bestWeight && compiled.order < best.compiled.order)) {
      // The phrase holding the last word matched, or the one right before it ("IAEA inspectors").
      let holder = analysis.phraseAt[found.lastWord] ?? -1;
      if (holder < 0 && found.lastWord > i + 1) holder = analysis.phraseAt[found.lastWord - 1] ?? -1;
      best = {
        compiled,
        trigger: i,
        end: found.end,
        target: found.target,
        headPhrase: holder >= 0 && found.lastWord > i ? holder : null,
      };
      bestWeight = weight;
    }
  }
  return best;
};

const VERB_POS = new Set(['VERB', 'AUX', 'ADJ', 'ADV']);
