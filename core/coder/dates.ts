import * as chrono from 'chrono-node';
import {
  COUNT_WORDS,
  DAY_PARTS,
  MONTH_ABBREVIATIONS,
  MONTHS,
  NEXT_DAY_WORDS,
  PREVIOUS_DAY_WORDS,
  WEEKDAYS,
} from '../lexicon/calendar-words';
import type { DatePrecision } from '../model/common';
import type { Token } from './nlp';

/** A resolved date with how much of it the text gives. */
export interface DayPick {
  date: string;
  precision: DatePrecision;
  /** Taken from a later sentence of the lead for an undated headline or lead. */
  lead?: boolean;
}

/** A date expression in a sentence, already resolved against the publication date. */
export interface DateMention {
  /** Token range of the expression. */
  start: number;
  end: number;
  date: string;
  precision: DatePrecision;
  /** For a bare weekday: the same weekday looked for forward, used when the clause is about the future. */
  forward: string | null;
  /** "Sunday's vote", "last year's election": the date qualifies a noun and says when nothing happened. */
  nominal: boolean;
  /**
   * Token range of the subordinate clause the expression sits in ("Bio, who won power in 2018, ...",
   * "a day after a strike killed ..."): it dates only what happens inside that clause.
   */
  scope: [number, number] | null;
  /** Start of a trailing attribution (", officials said on Friday"): it dates the saying, not what comes before. */
  attributionFrom: number;
  /** Tense of the clause the expression modifies; null when the verb does not tell. */
  tense: 'past' | 'future' | null;
  /** "later this month", "next week": after publication, whatever day it resolves to. */
  ahead: boolean;
}

const DATE_WORDS = new Set<string>([
  ...MONTHS,
  ...MONTH_ABBREVIATIONS,
  'yesterday',
  'today',
  'tonight',
  'week',
  'month',
  'year',
  'ago',
  'weekend',
]);
const WEEKDAY_INDEX = new Map<string, number>(WEEKDAYS.map((day, k) => [day, k]));
const DAY_PART_SET = new Set<string>(DAY_PARTS);
const WEEKDAY_LEAD = new Set(['on', 'early', 'late', 'last', 'next', 'this', 'until', 'by', 'since', 'from']);

const iso = (date: Date): string => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * 86_400_000);
const shift = (day: string, days: number): string => iso(addDays(new Date(`${day}T12:00:00Z`), days));

const WINDOW_BEFORE = 2;
const WINDOW_AFTER = 6;

const BOUNDARY = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”']);
/** Words that open a subordinate clause or phrase whose date belongs to its own act. */
const CLAUSE_OPENERS = new Set([
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'since',
  'after',
  'before',
  'while',
  'because',
  'although',
  'though',
]);
const SPEECH_LEMMAS = new Set(['say', 'tell', 'report', 'announce', 'add', 'state', 'confirm', 'write']);
const FUTURE_MARKERS = new Set(['will', "'ll", 'shall', 'would', "'d"]);
/** "is due to", "plans to", "expected to", "set to": a scheduled act. */
const SCHEDULE_WORDS = new Set(['due', 'plan', 'plans', 'planned', 'expected', 'scheduled', 'set', 'going']);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did']);
/** Words that end the clause a date modifies when looking for its verb. */
const CLAUSE_BREAK = new Set([...BOUNDARY, 'that', 'which', 'who', 'when', 'after', 'before']);

/**
 * Date expressions of one sentence. Weekdays and relative days ("two days later", "the same day")
 * are read here; chrono-node reads the rest in short windows around date words, which keeps it fast
 * and stops it from reading numbers elsewhere in the sentence as times. `published` is the
 * publication date (YYYY-MM-DD) or null; `anchor` is the day the story was last at, for relative days.
 */
export const findDates = (
  tokens: readonly Token[],
  sentence: string,
  offset: number,
  published: string | null,
  anchor: DayPick | null = null,
): DateMention[] => {
  const reference = published ? new Date(`${published}T12:00:00Z`) : null;
  const out: DateMention[] = reference ? weekdays(tokens, reference) : [];
  const windows: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const isYear = /^(19|20)\d\d$/.test(token.text);
    if (!DATE_WORDS.has(token.lower) && !isYear) continue;
    const from = Math.max(0, i - WINDOW_BEFORE);
    const to = Math.min(tokens.length - 1, i + WINDOW_AFTER);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
  }
  for (const [from, to] of windows) {
    const first = tokens[from] as Token;
    const last = tokens[to] as Token;
    const windowStart = first.start - offset;
    const text = sentence.slice(windowStart, last.end - offset);
    for (const result of parseWindow(text, reference ?? new Date('2000-01-01T12:00:00Z'))) {
      const mention = toMention(result, reference, tokens, offset + windowStart, from, to);
      if (!mention) continue;
      // "Monday, June 3": the full date wins over the weekday read on its own.
      const overlapping = out.findIndex((other) => other.start < mention.end && mention.start < other.end);
      if (overlapping >= 0) {
        if (mention.precision !== 'day') continue;
        out.splice(overlapping, 1);
      }
      out.push(mention);
    }
    // chrono leaves a bare year ("in 2022", "since 2014") alone: it is a year-precision date.
    for (let k = from; k <= to; k++) {
      const token = tokens[k] as Token;
      const lead = tokens[k - 1]?.lower;
      if (!/^(19|20)\d\d$/.test(token.text) || (lead !== 'in' && lead !== 'since' && lead !== 'of')) continue;
      if (out.some((mention) => mention.start <= k && k < mention.end)) continue;
      out.push(blank(k, k + 1, `${token.text}-01-01`, 'year'));
    }
  }
  out.push(...relativeDays(tokens, out, anchor));
  out.sort((a, b) => a.start - b.start);
  for (const mention of out) describe(tokens, mention);
  return out;
};

const blank = (start: number, end: number, date: string, precision: DatePrecision): DateMention => ({
  start,
  end,
  date,
  precision,
  forward: null,
  nominal: false,
  scope: null,
  attributionFrom: -1,
  tense: null,
  ahead: false,
});

interface Parsed {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
}

/** chrono reads "the night of June 3" as tonight: the day after "of"/"on" is the one meant. */
const parseWindow = (text: string, reference: Date): Parsed[] => {
  const out: Parsed[] = [];
  for (const result of chrono.parse(text, reference)) {
    const lead = /^(?:morning|afternoon|evening|night)\s+(?:of|on)\s+/i.exec(result.text);
    if (!lead) {
      out.push(result);
      continue;
    }
    const from = result.index + lead[0].length;
    const rest = chrono.parse(text.slice(from), reference)[0];
    if (rest) out.push({ index: rest.index + from, text: rest.text, start: rest.start });
  }
  return out;
};

/**
 * "on Tuesday", "late on Monday", "early Wednesday", "Monday night", "last Friday": a weekday,
 * resolved both back (the most recent such day on or before publication) and forward.
 */
const weekdays = (tokens: readonly Token[], reference: Date): DateMention[] => {
  const out: DateMention[] = [];
  tokens.forEach((token, k) => {
    const weekday = WEEKDAY_INDEX.get(token.lower);
    if (weekday === undefined) return;
    let start = k;
    while (start > 0 && start > k - 3 && WEEKDAY_LEAD.has(tokens[start - 1]?.lower ?? '')) start--;
    const end = DAY_PART_SET.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    const modifier = tokens[k - 1]?.lower;
    const back = (reference.getUTCDay() - weekday + 7) % 7;
    const ahead = (weekday - reference.getUTCDay() + 7) % 7;
    const past = iso(addDays(reference, modifier === 'last' && back === 0 ? -7 : -back));
    const future = iso(addDays(reference, modifier === 'next' && ahead === 0 ? 7 : ahead));
    out.push({ ...blank(start, end, modifier === 'next' ? future : past, 'day'), forward: future });
  });
  return out;
};

const countOf = (token: Token | undefined): number | null => {
  if (!token) return null;
  if (/^\d{1,2}$/.test(token.text)) return Number(token.text);
  return COUNT_WORDS[token.lower] ?? null;
};

const isBoundary = (token: Token | undefined): boolean => token === undefined || BOUNDARY.has(token.text);

/** End of the clause that starts at `from`: the next comma-like mark or the end of the sentence. */
const clauseEnd = (tokens: readonly Token[], from: number): number => {
  let k = from;
  while (k < tokens.length && !BOUNDARY.has((tokens[k] as Token).text) && (tokens[k] as Token).text !== '.')
    k++;
  return k;
};

/**
 * Days told relative to another day: "two days later", "a day earlier", "the next day", "the
 * previous night", "the same day", "later that day", and "a day after <clause>", which dates the
 * clause it opens one day before the sentence's own date.
 */
const relativeDays = (
  tokens: readonly Token[],
  found: readonly DateMention[],
  anchor: DayPick | null,
): DateMention[] => {
  const out: DateMention[] = [];
  const baseBefore = (k: number): string | null => {
    const own = found.find((mention) => mention.precision === 'day' && mention.end <= k);
    return own?.date ?? (anchor?.precision === 'day' ? anchor.date : null);
  };
  const mainDay = (): string | null => {
    const own = found.find((mention) => mention.precision === 'day');
    return own?.date ?? (anchor?.precision === 'day' ? anchor.date : null);
  };
  for (let k = 0; k < tokens.length; k++) {
    const word = tokens[k]?.lower ?? '';
    const next = tokens[k + 1]?.lower ?? '';
    const after = tokens[k + 2]?.lower ?? '';
    const count = countOf(tokens[k]);
    if (count !== null && (next === 'day' || next === 'days') && count <= 10) {
      const direction =
        after === 'later' || after === 'after' ? 1 : after === 'earlier' || after === 'before' ? -1 : 0;
      if (direction === 0) continue;
      const opensClause = (after === 'after' || after === 'before') && !isBoundary(tokens[k + 3]);
      if (opensClause) {
        // "a day after an Israeli strike killed ...": that strike was a day before the sentence's day.
        const base = mainDay();
        if (!base) continue;
        const scope: [number, number] = [k, clauseEnd(tokens, k + 3)];
        // The span stops before "after": the clause reader still needs it to see where the clause opens.
        out.push({ ...blank(k, k + 2, shift(base, -direction * count), 'day'), scope });
      } else {
        const base = baseBefore(k);
        if (base) out.push(blank(k, k + 3, shift(base, direction * count), 'day'));
      }
      k += 2;
      continue;
    }
    if (word === 'the' && DAY_PART_SET.has(after)) {
      const step = (NEXT_DAY_WORDS as readonly string[]).includes(next)
        ? 1
        : (PREVIOUS_DAY_WORDS as readonly string[]).includes(next)
          ? -1
          : next === 'same' && after === 'day'
            ? 0
            : null;
      const base = baseBefore(k);
      if (step !== null && base) out.push(blank(k, k + 3, shift(base, step), 'day'));
      continue;
    }
    if (word === 'that' && DAY_PART_SET.has(next)) {
      // "later that day", "that night": the scene's day, unless a noun follows ("that day's vote").
      const base = baseBefore(k);
      if (base && tokens[k + 2]?.pos !== 'NOUN' && next !== "day's") out.push(blank(k, k + 2, base, 'day'));
    }
  }
  return out;
};

/** Fills in what a mention's surroundings say: nominal use, subordinate clause, attribution, tense. */
const describe = (tokens: readonly Token[], mention: DateMention): void => {
  const following = tokens[mention.end]?.lower;
  mention.nominal = following === "'s" || following === "'";
  const first = tokens[mention.start]?.lower;
  mention.ahead =
    first === 'next' ||
    first === 'coming' ||
    (tokens[mention.start - 1]?.lower === 'later' && first !== 'that' && mention.precision !== 'day');
  if (mention.scope === null) {
    for (let k = mention.start - 1; k >= 0; k--) {
      const token = tokens[k] as Token;
      if (BOUNDARY.has(token.text)) break;
      if (CLAUSE_OPENERS.has(token.lower)) {
        mention.scope = [k, clauseEnd(tokens, mention.end)];
        break;
      }
    }
  }
  mention.attributionFrom = attributionStart(tokens, mention);
  mention.tense = tenseAt(tokens, mention);
};

/**
 * ", security sources said Sunday" / ", the ministry said on Tuesday.": a short speech clause after a
 * comma that ends with the date. Returns the comma's index, or -1.
 */
const attributionStart = (tokens: readonly Token[], mention: DateMention): number => {
  const after = tokens[mention.end];
  if (after && after.text !== '.' && after.text !== ',' && after.text !== ';') return -1;
  let speech = false;
  for (let k = mention.start - 1; k >= 0 && k >= mention.start - 9; k--) {
    const token = tokens[k] as Token;
    if (token.text === ',' || token.text === '—' || token.text === '–') return speech && k > 0 ? k : -1;
    if (token.pos === 'VERB' || token.pos === 'AUX') {
      if (!SPEECH_LEMMAS.has(token.lemma)) return -1;
      speech = true;
    }
  }
  return -1;
};

const isPastForm = (token: Token): boolean => {
  if (PAST_AUXILIARIES.has(token.lower)) return true;
  if (token.pos !== 'VERB') return false;
  if (token.lower.endsWith('ed')) return true;
  return token.lemma !== token.lower && !token.lower.endsWith('s') && !token.lower.endsWith('ing');
};

/** The tense of the verb group a date expression modifies: the nearest verb in its clause, left first. */
const tenseAt = (tokens: readonly Token[], mention: DateMention): 'past' | 'future' | null => {
  const groupTense = (verb: number): 'past' | 'future' | null => {
    for (let k = verb; k >= 0 && k >= verb - 4; k--) {
      const token = tokens[k] as Token;
      if (k < verb && CLAUSE_BREAK.has(token.lower)) break;
      if (FUTURE_MARKERS.has(token.lower)) return 'future';
      // "plans to visit on Friday" is ahead; "urged Hamas on Friday to turn ..." is not.
      if (SCHEDULE_WORDS.has(token.lower) && tokens[k + 1]?.lower === 'to') return 'future';
    }
    return isPastForm(tokens[verb] as Token) ? 'past' : null;
  };
  for (let k = mention.start - 1; k >= 0; k--) {
    const token = tokens[k] as Token;
    if (CLAUSE_BREAK.has(token.lower)) break;
    if (token.pos === 'VERB' || token.pos === 'AUX') return groupTense(k);
  }
  for (let k = mention.end; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (CLAUSE_BREAK.has(token.lower)) break;
    if (token.pos === 'VERB' || token.pos === 'AUX') return groupTense(k);
  }
  return null;
};

const toMention = (
  result: Parsed,
  reference: Date | null,
  tokens: readonly Token[],
  base: number,
  from: number,
  to: number,
): DateMention | null => {
  const start = base + result.index;
  const end = start + result.text.length;
  let startToken = -1;
  let endToken = -1;
  for (let k = from; k <= to; k++) {
    const token = tokens[k] as Token;
    if (startToken < 0 && token.end > start) startToken = k;
    if (token.start < end) endToken = k + 1;
  }
  if (startToken < 0 || endToken <= startToken) return null;
  const components = result.start;
  const lower = result.text.toLowerCase();
  const hasYear = components.isCertain('year');
  if (!reference && !hasYear) return null;
  if (lower.includes('week') || lower.includes('weekend')) {
    // "last week", "this week": no single day; keep the month (brief: month precision).
    return blank(startToken, endToken, `${iso(components.date()).slice(0, 7)}-01`, 'month');
  }
  if (components.isCertain('day')) {
    const day = iso(components.date());
    return { ...blank(startToken, endToken, day, 'day'), ...bothWays(day, hasYear, reference) };
  }
  // Weekdays are read by `weekdays`, which knows which way to look.
  if (components.isCertain('weekday')) return null;
  if (components.isCertain('month')) {
    const month = `${iso(components.date()).slice(0, 7)}-01`;
    const relative = /\b(this|last|next)\b/.test(lower);
    return {
      ...blank(startToken, endToken, month, 'month'),
      ...bothWays(month, hasYear || relative, reference),
    };
  }
  if (hasYear) {
    const year = components.get('year') ?? components.date().getUTCFullYear();
    return blank(startToken, endToken, `${String(year).padStart(4, '0')}-01-01`, 'year');
  }
  return null;
};

/**
 * "in October", "on Dec. 28" without a year: chrono takes the nearest such date, which may lie after
 * publication. A reported act took place in the one before; a future act keeps the one ahead.
 */
const bothWays = (
  date: string,
  yearGiven: boolean,
  reference: Date | null,
): { date: string; forward: string | null } => {
  if (yearGiven || !reference || date <= iso(reference)) return { date, forward: null };
  const year = Number(date.slice(0, 4)) - 1;
  const earlier = `${String(year).padStart(4, '0')}${date.slice(4)}`;
  // 29 February of a year without one is read as 1 March by Date: keep it as written.
  return { date: earlier, forward: date };
};

/** Whether a date lies after publication at its own precision ("next year", "next month"). */
const isAfter = (mention: DateMention, published: string): boolean => {
  const width = mention.precision === 'day' ? 10 : mention.precision === 'month' ? 7 : 4;
  return mention.date.slice(0, width) > published.slice(0, width);
};

/**
 * A clause's date reaches an act after it ("Lai, who was sworn in on Monday, used his address to
 * urge ..."), not one before it, whose object the clause describes ("struck a base, which the army
 * had seized in 2019").
 */
const canDate = (mention: DateMention, at: number): boolean => {
  if (mention.nominal) return false;
  if (mention.scope && at < mention.scope[0]) return false;
  return !(mention.attributionFrom >= 0 && at < mention.attributionFrom);
};

/**
 * The date of the act whose trigger is token `at`: the nearest expression that can date it. A
 * weekday follows the tense of its own clause ("said on Monday that it would" is last Monday; "will
 * meet on Friday" the coming one), else the act's. An act told as done cannot take a later date.
 */
export const dateAt = (
  mentions: readonly DateMention[],
  at: number,
  future: boolean,
  published: string | null,
): DayPick | null => {
  let best: DateMention | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const mention of mentions) {
    if (!canDate(mention, at)) continue;
    if (!future && (mention.ahead || (published && isAfter(mention, published)))) continue;
    const distance = mention.start > at ? mention.start - at : at - mention.end;
    if (distance < bestDistance) {
      best = mention;
      bestDistance = distance;
    }
  }
  if (!best) return null;
  const ahead = best.tense === 'future' || (best.tense === null && future);
  return { date: ahead && best.forward ? best.forward : best.date, precision: best.precision };
};

/** A main-clause date of something told as done: "will take effect on Sunday" moves no scene. */
const isNarrative = (mention: DateMention, published: string | null): boolean =>
  !mention.nominal &&
  mention.scope === null &&
  mention.tense !== 'future' &&
  !mention.ahead &&
  (!published || !isAfter(mention, published));

/**
 * The day a sentence sets the story at, for the sentences after it that give none: its first
 * main-clause day. 'clear' when it opens on a month or year ("In 2022, ..."): background follows.
 * null when it leaves the scene as it was.
 */
export const sceneOf = (
  mentions: readonly DateMention[],
  published: string | null,
): DayPick | 'clear' | null => {
  const main = mentions.filter((mention) => isNarrative(mention, published));
  const day = main.find((mention) => mention.precision === 'day' && mention.attributionFrom < 0);
  if (day) return { date: day.date, precision: 'day' };
  if (main.some((mention) => mention.precision !== 'day' && mention.start <= 2)) return 'clear';
  const said = main.find((mention) => mention.precision === 'day');
  return said ? { date: said.date, precision: 'day' } : null;
};

/** A sentence's own main-clause day, not one of a trailing attribution: what the lead is dated by. */
export const leadDayOf = (mentions: readonly DateMention[], published: string | null): DayPick | null => {
  const day = mentions.find(
    (mention) =>
      isNarrative(mention, published) && mention.precision === 'day' && mention.attributionFrom < 0,
  );
  return day ? { date: day.date, precision: 'day' } : null;
};

/**
 * The mentions with their attribution read as dating the whole sentence: outside the lead the day of
 * the saying is the best day there is for an act told without one.
 */
export const attributionDatesAll = (mentions: readonly DateMention[]): DateMention[] =>
  mentions.map((mention) => (mention.attributionFrom < 0 ? mention : { ...mention, attributionFrom: -1 }));

const PERFECT_AUXILIARIES = new Set(['has', 'have', "'s", "'ve"]);

/**
 * "has steadfastly denied it shipped", "have long accused": the act's clause, or the one it is
 * reported in, is a present perfect, told as a state of affairs.
 */
const isPerfect = (tokens: readonly Token[], at: number): boolean => {
  for (let k = at - 1; k >= 0 && k >= at - 8; k--) {
    const token = tokens[k] as Token;
    if (BOUNDARY.has(token.text)) return false;
    if (!PERFECT_AUXILIARIES.has(token.lower)) continue;
    let v = k + 1;
    while (tokens[v]?.pos === 'ADV' || tokens[v]?.pos === 'PART' || tokens[v]?.lower === 'been') v++;
    if (v <= at && tokens[v]?.pos === 'VERB') return true;
  }
  return false;
};

/**
 * The day of an act whose sentence gives none: the day the story is at, except for a present
 * perfect after the lead ("North Korea has denied it shipped arms"), which is a standing position
 * rather than a step of the scene and keeps the publication day.
 */
export const fallbackDay = (
  tokens: readonly Token[],
  at: number,
  scene: DayPick | null,
  published: string | null,
): DayPick | null => {
  if (scene && (scene.lead || !isPerfect(tokens, at)))
    return { date: scene.date, precision: scene.precision };
  return published ? { date: published, precision: 'day' } : null;
};

export const isWeekday = (word: string): boolean => WEEKDAY_INDEX.has(word);
