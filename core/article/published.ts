import * as chrono from 'chrono-node';
import type { Article } from '../model/article';

export type PublishedFrom = NonNullable<Article['publishedFrom']>;
export type Precision = NonNullable<Article['publishedPrecision']>;

export interface PublishedDate {
  date: string;
  precision: Precision;
}

export interface Published extends PublishedDate {
  from: PublishedFrom;
}

const pad = (value: number): string => String(value).padStart(2, '0');
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const calendarDate = (year: number, month: number, day: number): string | null => {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
};

const day = (year: number, month: number, dayOfMonth: number): PublishedDate | null => {
  const date = calendarDate(year, month, dayOfMonth);
  return date ? { date, precision: 'day' } : null;
};

const utcDay = (time: Date): PublishedDate | null =>
  Number.isNaN(time.getTime()) ? null : day(time.getUTCFullYear(), time.getUTCMonth() + 1, time.getUTCDate());

/** The object time's day plus one: time zones can put a publication date a day ahead of UTC. */
const latestPublication = (reference: Date): string =>
  new Date(reference.getTime() + 86_400_000).toISOString().slice(0, 10);

/** Any fixed date works: only fully stated dates are accepted without a real reference. */
const NEUTRAL_REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * A machine or human date string -> calendar date. A timestamp keeps the date as written in its
 * own zone ("2023-10-19T23:30-04:00" is Oct 19 where it was published). `reference` lets a
 * year-less date ("Oct 19") take the year that puts it on or before the reference.
 */
export const parseDateLike = (value: string, reference?: Date): PublishedDate | null => {
  const text = value.trim().slice(0, 200);
  let match =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])/.exec(text) ??
    /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:$|[T ])/.exec(text);
  if (match) return day(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(text);
  if (match) return day(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) {
    const date = calendarDate(Number(match[1]), Number(match[2]), 1);
    return date ? { date, precision: 'month' } : null;
  }
  match = /^(\d{4})$/.exec(text);
  if (match) {
    const date = calendarDate(Number(match[1]), 1, 1);
    return date ? { date, precision: 'year' } : null;
  }
  if (/^\d{10}$/.test(text)) return utcDay(new Date(Number(text) * 1000));
  if (/^\d{13}$/.test(text)) return utcDay(new Date(Number(text)));
  return firstStatedDate(text, reference);
};

/**
 * The first date in `text` that states day and month (and the year, unless a reference supplies
 * it). Weekday-only mentions ("on Thursday") are never a publication date. With `requireYear` (body
 * text) and a reference, a date after the reference is skipped: an article is not published after
 * it was stored, so "elections on Nov. 5, 2024" in the lead is an announced event, not the date.
 */
export const firstStatedDate = (
  text: string,
  reference?: Date,
  requireYear = false,
): PublishedDate | null => {
  if (!text) return null;
  const results = chrono.strict.parse(text, reference ?? NEUTRAL_REFERENCE);
  for (const result of results) {
    const start = result.start;
    if (!start.isCertain('day') || !start.isCertain('month')) continue;
    if (!start.isCertain('year') && (requireYear || !reference)) continue;
    const found = day(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
    if (found && requireYear && reference && found.date > latestPublication(reference)) continue;
    if (found) return found;
  }
  return null;
};

export interface PublishedSources {
  option?: string | undefined;
  json?: string | null | undefined;
  htmlMeta?: readonly string[];
  datelineDate?: string | null;
  /** Publication stamps dropped from the text ("Updated June 3, 2025 4:17 PM GMT"): a full date there outranks the dateline. */
  stamps?: string;
  /** Stamps ("Updated ... October 19, 2023"), then the opening paragraphs, then captions. */
  textRegions?: readonly string[];
  objectTime?: Date | undefined;
}

/** Priority: option > JSON field > HTML meta > stamp > dateline > text > object time. */
export const resolvePublished = (sources: PublishedSources): Published | null => {
  const reference =
    sources.objectTime && !Number.isNaN(sources.objectTime.getTime()) ? sources.objectTime : undefined;
  const attempt = (value: string | null | undefined, from: PublishedFrom): Published | null => {
    if (!value) return null;
    const parsed = parseDateLike(value, reference);
    return parsed ? { ...parsed, from } : null;
  };
  const found =
    attempt(sources.option, 'option') ??
    attempt(sources.json, 'json') ??
    (sources.htmlMeta ?? []).reduce<Published | null>(
      (best, value) => best ?? attempt(value, 'html-meta'),
      null,
    ) ??
    withFrom(firstStatedDate(sources.stamps ?? '', reference, true), 'text') ??
    (sources.datelineDate ? withFrom(firstStatedDate(sources.datelineDate, reference), 'dateline') : null) ??
    (sources.textRegions ?? []).reduce<Published | null>(
      // Body text mentions many dates; only a fully stated one (with its year) is trusted.
      (best, region) => best ?? withFrom(firstStatedDate(region, reference, true), 'text'),
      null,
    );
  if (found) return found;
  const objectDay = reference ? utcDay(reference) : null;
  return objectDay ? { ...objectDay, from: 'object-time' } : null;
};

const withFrom = (date: PublishedDate | null, from: PublishedFrom): Published | null =>
  date ? { ...date, from } : null;
