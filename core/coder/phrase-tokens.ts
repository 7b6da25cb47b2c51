/*
 * Token-level reading under the phrase builder: which capitalized tokens are names, where a name
 * run ends, the lexicon entry an atom holds, and the passes that take capitals away from names
 * (sea and border names, a capital inside a person's name) before any phrase is read.
 */

import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../lexicon/calendar-words';
import type { Atom } from './atoms';
import type { LexEntry } from './lexicon-index';
import type { Token } from './nlp';

/** Capitalized words that begin sentences or name times, never people. */
const NAME_STOP = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'but',
  'and',
  'or',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'mr.',
  'mrs.',
  'ms.',
  'mr',
  'ms',
  'mrs',
  'dr.',
  ...WEEKDAYS,
  ...MONTHS,
  ...MONTH_ABBREVIATIONS,
  'since',
  'while',
  'when',
  'as',
  'if',
  'for',
  'with',
  'from',
  'to',
  'of',
  'by',
  'last',
  'earlier',
  'later',
  'neither',
  'nor',
  'both',
  'according',
  'meanwhile',
  'however',
  'also',
  'there',
  'here',
  'what',
  'which',
  'who',
  'all',
  'any',
  'some',
  'no',
  'not',
  'full',
  'screen',
  'recommended',
  'videos',
  'photo',
  'file',
  'west',
  'east',
  'north',
  'south',
  'korean',
  'peninsula',
  'war',
  'soviet',
  'christmas',
  'easter',
  'ramadan',
  'u.s.-led',
  'western',
  'european',
  'african',
  'asian',
  'arab',
  'latin',
  'nordic',
  'baltic',
  'gulf',
  'middle',
  'eastern',
  'southern',
  'northern',
  'central',
  'islamic',
  'muslim',
  'christian',
  'jewish',
]);
const ORG_HEAD_WORDS = new Set([
  'police',
  'guard',
  'army',
  'ministry',
  'agency',
  'service',
  'office',
  'court',
  'university',
  'institute',
  'institution',
  'college',
  'academy',
  'foundation',
  'center',
  'centre',
  'council',
  'party',
  'bank',
  'company',
  'group',
  'tribunal',
  'commission',
  'committee',
  'assembly',
  'parliament',
  'authority',
  'front',
  'movement',
  'alliance',
]);

export const first = <T extends LexEntry['type']>(
  atom: Atom | undefined,
  type: T,
): Extract<LexEntry, { type: T }> | undefined =>
  atom?.entries.find((entry): entry is Extract<LexEntry, { type: T }> => entry.type === type);

export const isNameToken = (
  tokens: readonly Token[],
  i: number,
  atoms: ReadonlyArray<Atom | undefined>,
): boolean => {
  const token = tokens[i];
  if (!token?.cap || atoms[i]) return false;
  if (NAME_STOP.has(token.lower)) return false;
  if (!/[\p{L}]/u.test(token.text)) return false;
  if (token.pos === 'PROPN') return true;
  // A capitalized common word in mid-sentence is usually part of a name ("Ewha University").
  return i > 0 && (token.pos === 'NOUN' || token.pos === 'ADJ' || token.pos === 'X');
};

/** End (exclusive) of the run of name tokens starting at i, allowing "bin", "al", "de" inside. */
export const nameRunEnd = (
  tokens: readonly Token[],
  i: number,
  atoms: ReadonlyArray<Atom | undefined>,
): number => {
  let j = i;
  while (j < tokens.length) {
    if (isNameToken(tokens, j, atoms)) {
      j++;
      continue;
    }
    const token = tokens[j];
    const lower = token?.lower ?? '';
    if (
      j > i &&
      (lower === 'bin' || lower === 'al' || lower === 'de' || lower === 'van' || lower === 'von') &&
      isNameToken(tokens, j + 1, atoms)
    ) {
      j++;
      continue;
    }
    // "Ewha University", "Brookings Institution": a capitalized head noun ends an organization's name.
    if (j > i && token?.cap && atoms[j]?.end === j + 1 && ORG_HEAD_WORDS.has(lower)) {
      j++;
      break;
    }
    break;
  }
  return j;
};

/** Head words of geographic names: "South China Sea", "Line of Control", "Strait of Hormuz". */
const GEOGRAPHIC_HEADS = new Set([
  'sea',
  'ocean',
  'gulf',
  'bay',
  'strait',
  'straits',
  'channel',
  'canal',
  'river',
  'lake',
  'line',
  'cape',
  'peninsula',
  'desert',
  'mountains',
  'heights',
  'valley',
  'corridor',
  'plateau',
]);

/** Stands in for the lexicon on tokens that belong to a place name: no phrase starts or runs there. */
const PLACE_NAME: Atom = { start: -1, end: -1, entries: [] };

/**
 * "the South China Sea", "the Line of Control", "the Sea of Japan": a capitalized run ending in a
 * geographic head word (with its "of ..." complement) names a place, not China, Japan or a person.
 */
export const blockGeographicNames = (tokens: readonly Token[], atoms: Array<Atom | undefined>): void => {
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i];
    if (!head?.cap || !GEOGRAPHIC_HEADS.has(head.lower)) continue;
    let start = i;
    while (start > 0 && tokens[start - 1]?.cap && !NAME_STOP.has(tokens[start - 1]?.lower ?? '')) start--;
    // "South" and "North" are name-stops for people but open sea names.
    while (
      start > 0 &&
      tokens[start - 1]?.cap &&
      /^(south|north|east|west|red|black|yellow)$/.test(tokens[start - 1]?.lower ?? '')
    )
      start--;
    let end = i + 1;
    if (tokens[end]?.lower === 'of' && tokens[end + 1]?.cap) {
      end += 2;
      while (end < tokens.length && tokens[end]?.cap) end++;
    }
    // A one-word head with nothing named around it ("Line", "Sea") is still no one.
    for (let k = start; k < end; k++) atoms[k] = { ...PLACE_NAME, start: k, end: k + 1 };
    i = end - 1;
  }
};

/** "Ana Lima" is a woman, not Peru's capital: a capital right after a given name belongs to the name. */
export const dropCapitalsInsideNames = (tokens: readonly Token[], atoms: Array<Atom | undefined>): void => {
  for (let i = 1; i < tokens.length; i++) {
    const atom = atoms[i];
    if (!atom || atom.end !== i + 1) continue;
    const nameLike = atom.entries.every(
      (entry) => entry.type === 'capital' || (entry.type === 'org' && entry.org.kind !== 'IGO'),
    );
    if (!nameLike) continue;
    if (isNameToken(tokens, i - 1, atoms) && (tokens[i - 1]?.end ?? 0) < (tokens[i]?.start ?? 0))
      atoms[i] = undefined;
  }
};

/** Does a head (role, org, country, name) start at i? */
export const startsHead = (
  tokens: readonly Token[],
  atoms: ReadonlyArray<Atom | undefined>,
  i: number,
): boolean => {
  const atom = atoms[i];
  if (atom) return true;
  return isNameToken(tokens, i, atoms);
};
