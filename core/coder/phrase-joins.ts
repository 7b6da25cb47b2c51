/*
 * Passes over the phrases of a whole sentence once each has been read: bracketed short names,
 * affiliates named after a parent, appositives, and coordination groups. Separate because they
 * relate neighbouring phrases to each other rather than read tokens into one phrase.
 */

import type { Token } from './nlp';
import type { Phrase } from './phrase-types';

const isComma = (token: Token | undefined): boolean => token?.text === ',';

/** Head nouns after a group's name that make another group of it: "an al-Qaida affiliate, JNIM,". */
const AFFILIATE_WORDS = new Set(['affiliate', 'offshoot', 'franchise', 'splinter', 'ally', 'proxy']);

/**
 * "An al-Qaida affiliate, JNIM, claimed ...": the group named after the comma is the actor; the parent
 * only describes it and must not become the subject, so the phrase becomes the named group.
 */
export const dropAffiliatedParents = (tokens: readonly Token[], phrases: Phrase[]): void => {
  for (let p = 0; p + 1 < phrases.length; p++) {
    const host = phrases[p];
    const next = phrases[p + 1];
    if (!host?.org || !next || !AFFILIATE_WORDS.has(tokens[host.end]?.lower ?? '')) continue;
    if (!isComma(tokens[host.end + 1]) || next.start !== host.end + 2) continue;
    // Only a group the lexicon knows: an unknown name would leave the act with no placed actor.
    if (!next.org) continue;
    // The host takes the named group's identity and spans it, as an appositive does.
    host.org = next.org;
    host.orgName = next.orgName;
    host.personName = next.personName;
    host.country = next.country;
    host.sector = next.sector ?? host.sector;
    host.role = next.role;
    host.roleKind = next.roleKind;
    host.known = next.known;
    host.surface = next.surface;
    host.end = next.end;
    host.appositive = true;
    phrases.splice(p + 1, 1);
  }
};

/** A short name as copy coins it in brackets: "ADF", "FDLR", "M23", "ISWAP", "CPDM". */
const SHORT_NAME = /^[A-Z][A-Z0-9-]{1,7}$/;

/**
 * "Rebels from the Allied Democratic Forces (ADF) killed ...", "the International Atomic Energy Agency
 * (IAEA) said": the bracketed short name is the same actor. A known one joins its host (the verb then follows the
 * subject); an unknown one becomes the name later sentences use ("The ADF attacked ...").
 */
export const mergeParentheticalNames = (tokens: readonly Token[], phrases: Phrase[]): void => {
  for (let p = 0; p + 1 < phrases.length; p++) {
    const host = phrases[p];
    const next = phrases[p + 1];
    if (!host || !next || host.pronoun || next.pronoun || host.bare) continue;
    if (tokens[host.end]?.text !== '(' || next.start !== host.end + 1 || next.end !== next.start + 1)
      continue;
    if (tokens[next.end]?.text !== ')') continue;
    const word = tokens[next.start]?.text ?? '';
    if (!SHORT_NAME.test(word)) continue;
    const sameOrg = next.org !== null && next.org === host.org;
    const unknown = next.org === null && next.personName === word && !next.role && !next.country;
    if (!host.org && !host.orgName && !host.ministry) continue;
    if (unknown) {
      // A short name the lexicon does not know is only learnt: read in place, it stays the unplaced
      // name it was, so coining it changes no reading of this sentence.
      host.acronym = word;
      next.bracketed = true;
      continue;
    }
    if (!sameOrg) continue;
    host.end = next.end + 1;
    host.appositive = true;
    phrases.splice(p + 1, 1);
  }
};

/**
 * "Lim Soosuk, spokesperson of South Korea's Foreign Ministry," and "his North Korean counterpart,
 * Choe Son Hui," describe one actor: the appositive lends its role, country or name to its host.
 */
export const mergeAppositives = (tokens: readonly Token[], phrases: Phrase[]): void => {
  for (let p = 0; p + 1 < phrases.length; p++) {
    const host = phrases[p];
    const next = phrases[p + 1];
    if (!host || !next || host.pronoun || next.pronoun) continue;
    if (!isComma(tokens[host.end]) || next.start !== host.end + 1) continue;
    const after = tokens[next.end];
    const closes =
      after === undefined ||
      isComma(after) ||
      after.text === '.' ||
      after.pos === 'VERB' ||
      after.pos === 'AUX';
    if (!closes) continue;
    const hostIsName = host.personName !== null && !host.role;
    const nextIsRole = next.role !== null && next.personName === null && !next.state;
    const hostIsRole = host.role !== null && host.personName === null && host.roleKind === 'person';
    const nextIsName =
      next.personName !== null && ((next.role === null && next.country === null) || next.known);
    // "Speaking alongside his French counterpart, Blinken warned ...": an opener's last phrase and the
    // main clause's subject, not one person. So are "Chinese officials, Putin" (many and one) and a
    // role of one country next to a well-known person of another.
    const opener = isComma(after) === false && tokens[host.start - 1]?.pos === 'ADP';
    const mismatched =
      (hostIsRole && nextIsName && host.plural) ||
      // "In Sangrur and Bathinda, farmers burnt effigies": one name is not a crowd.
      (hostIsName && nextIsRole && next.plural && next.roleKind === 'group') ||
      (next.known && host.country !== null && next.country !== null && host.country !== next.country) ||
      (host.known && next.country !== null && host.country !== null && host.country !== next.country);
    if (opener || mismatched) continue;
    if (hostIsName && nextIsRole) {
      host.role = next.role;
      host.roleKind = 'person';
      host.sector = next.sector ?? host.sector;
      host.country = host.country ?? next.country;
      host.ministry = host.ministry ?? next.ministry;
      host.orgName = host.orgName ?? next.orgName;
      host.possessive = host.possessive ?? next.possessive;
    } else if (hostIsRole && nextIsName) {
      host.personName = next.personName;
    } else {
      continue;
    }
    host.end = next.end;
    host.appositive = true;
    phrases.splice(p + 1, 1);
  }
};

/** Phrases joined by commas and "and"/"or"/"nor" form one coordination group. */
export const groupCoordinated = (tokens: readonly Token[], phrases: Phrase[]): void => {
  let group = 0;
  // A list closes at its conjunction: in "A, B and C, and D ..." D starts a new clause.
  let closed = false;
  for (let p = 0; p < phrases.length; p++) {
    const phrase = phrases[p];
    if (!phrase) continue;
    const previous = phrases[p - 1];
    let join =
      previous && !phrase.pronoun && !previous.pronoun ? joins(tokens, previous.end, phrase.start) : 'none';
    // ", and" joins a list ("A, B, and C") but after a single phrase it starts a new clause.
    if (
      join === 'conjunction' &&
      previous &&
      isComma(tokens[previous.end]) &&
      phrases[p - 2]?.group !== previous.group
    ) {
      join = 'none';
    }
    // "warships and fighter jets" after "U.S. and British": a role-only conjunct still belongs.
    const roleOnly = !phrase.country && phrase.roleKind === 'group' && previous?.roleKind === 'group';
    if (previous && join !== 'none' && (!(closed && join === 'conjunction') || roleOnly)) {
      phrase.group = previous.group;
      if (join === 'conjunction') closed = true;
      // "U.S. and South Korean fighter jets": the bare modifier shares the head of its partner.
      if (previous.bare && phrase.roleKind !== null && phrase.country && !phrase.personName) {
        previous.bare = false;
        previous.role = phrase.role;
        previous.roleKind = phrase.roleKind;
        previous.sector = phrase.sector;
        previous.plural = phrase.plural;
      }
      // "Japanese Foreign Minister X and Defense Minister Y", "Belarusian judges and prosecutors":
      // the demonym covers every conjunct that has none of its own.
      // A bare name ("Putin and Kim") names its own person: only a role inherits the country.
      const inherits =
        !phrase.country &&
        !phrase.known &&
        !phrase.possessive &&
        !phrase.org &&
        phrase.roleKind !== null &&
        phrase.role !== null;
      if (inherits && previous.roleKind !== null && previous.country && !previous.state && !previous.known) {
        phrase.country = previous.country;
      }
    } else {
      phrase.group = group++;
      closed = false;
    }
  }
};

const joins = (tokens: readonly Token[], from: number, to: number): 'none' | 'comma' | 'conjunction' => {
  if (to <= from || to - from > 3) return 'none';
  let sawConjunction = false;
  for (let k = from; k < to; k++) {
    const lower = tokens[k]?.lower;
    if (lower === 'and' || lower === 'or' || lower === 'nor') sawConjunction = true;
    else if (lower !== ',') return 'none';
  }
  if (sawConjunction) return 'conjunction';
  // "X, Y" alone is an apposition or a list fragment; require the conjunction somewhere in a list.
  return to - from === 1 && isComma(tokens[from]) && listContinues(tokens, to) ? 'comma' : 'none';
};

const listContinues = (tokens: readonly Token[], from: number): boolean => {
  for (let k = from; k < Math.min(tokens.length, from + 8); k++) {
    const lower = tokens[k]?.lower;
    if (lower === 'and' || lower === 'or') return true;
    if (tokens[k]?.pos === 'VERB' || lower === '.' || lower === ';') return false;
  }
  return false;
};
