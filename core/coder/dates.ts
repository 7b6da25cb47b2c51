import * as chrono from 'chrono-node';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../lexicon/calendar-words';
import type { DatePrecision } from '../model/common';
import type { Token } from './nlp';

/** A date expression in a sentence, already resolved against the publication date. */
export interface DateMention {
  /** Token range of the expression. */
  start: number;
  end: number;
  date: string;
  precision: DatePrecision;
  /** For a bare weekday: the same weekday looked for forward, used when the clause is about the future. */
  forward: string | null;
}

const DATE_WORDS = new Set<string>([
  ...WEEKDAYS,
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

const iso = (date: Date): string => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * 86_400_000);

const WINDOW_BEFORE = 2;
const WINDOW_AFTER = 6;

/**
 * Date expressions of one sentence. chrono-node reads only short windows around date words, which
 * keeps it fast and stops it from reading numbers elsewhere in the sentence as times.
 * `published` is the article's publication date (YYYY-MM-DD) or null.
 */
export const findDates = (
  tokens: readonly Token[],
  sentence: string,
  offset: number,
  published: string | null,
): DateMention[] => {
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
  if (windows.length === 0) return [];
  const reference = published ? new Date(`${published}T12:00:00Z`) : null;
  const out: DateMention[] = [];
  for (const [from, to] of windows) {
    const first = tokens[from] as Token;
    const last = tokens[to] as Token;
    const windowStart = first.start - offset;
    const text = sentence.slice(windowStart, last.end - offset);
    const results = chrono.parse(text, reference ?? new Date('2000-01-01T12:00:00Z'));
    for (const result of results) {
      const mention = toMention(result, reference, tokens, offset + windowStart, from, to);
      if (mention) out.push(mention);
    }
    // chrono leaves a bare year ("in 2022", "since 2014") alone: it is a year-precision date.
    for (let k = from; k <= to; k++) {
      const token = tokens[k] as Token;
      const lead = tokens[k - 1]?.lower;
      if (!/^(19|20)\d\d$/.test(token.text) || (lead !== 'in' && lead !== 'since' && lead !== 'of')) continue;
      if (out.some((mention) => mention.start <= k && k < mention.end)) continue;
      out.push({ start: k, end: k + 1, date: `${token.text}-01-01`, precision: 'year', forward: null });
    }
  }
  return out;
};

const toMention = (
  result: chrono.ParsedResult,
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
    const date = components.date();
    return {
      start: startToken,
      end: endToken,
      date: `${iso(date).slice(0, 7)}-01`,
      precision: 'month',
      forward: null,
    };
  }
  if (components.isCertain('day')) {
    return {
      start: startToken,
      end: endToken,
      date: iso(components.date()),
      precision: 'day',
      forward: null,
    };
  }
  if (components.isCertain('weekday') && reference) {
    const weekday = components.get('weekday') ?? 0;
    const back = (reference.getUTCDay() - weekday + 7) % 7;
    const ahead = (weekday - reference.getUTCDay() + 7) % 7;
    const explicitNext = /\bnext\b/.test(lower);
    const explicitLast = /\blast\b/.test(lower);
    const past = iso(addDays(reference, explicitLast && back === 0 ? -7 : -back));
    const future = iso(addDays(reference, explicitNext && ahead === 0 ? 7 : ahead));
    return {
      start: startToken,
      end: endToken,
      date: explicitNext ? future : past,
      precision: 'day',
      forward: future,
    };
  }
  if (components.isCertain('month')) {
    const date = components.date();
    return {
      start: startToken,
      end: endToken,
      date: `${iso(date).slice(0, 7)}-01`,
      precision: 'month',
      forward: null,
    };
  }
  if (hasYear) {
    const year = components.get('year') ?? components.date().getUTCFullYear();
    return {
      start: startToken,
      end: endToken,
      date: `${String(year).padStart(4, '0')}-01-01`,
      precision: 'year',
      forward: null,
    };
  }
  return null;
};

export const isWeekday = (word: string): boolean => (WEEKDAYS as readonly string[]).includes(word);
