/*
 * What follows a phrase's head and still belongs to it: the tail of a movement's long name and the
 * affiliation after a role ("spokesperson of South Korea's Foreign Ministry"). Separate because they
 * extend an already read phrase rightwards, after readPhrase has settled its head.
 */

import type { Sector } from '../model/common';
import type { Atom } from './atoms';
import type { Token } from './nlp';
import { first, isNameToken, nameRunEnd } from './phrase-tokens';
import type { Phrase } from './phrase-types';

/** Sectors of movements whose names run on: "the Patriotic Front for the Liberation of Kivu". */
export const LONG_NAME_SECTORS = new Set<Sector>(['REB', 'POL']);

/**
 * "the National Front for the Liberation of Kivu", "the Movement for Justice and Equality": an
 * armed or political movement's name goes on past "for"/"of" in capitals; the tail is part of the
 * name, not a second actor, and a country it names ("... of Rwanda") is the movement's own.
 */
export const extendOrgName = (
  tokens: readonly Token[],
  atoms: ReadonlyArray<Atom | undefined>,
  phrase: Phrase,
): void => {
  if (!phrase.orgName || phrase.personName || phrase.org || !phrase.sector) return;
  if (!LONG_NAME_SECTORS.has(phrase.sector)) return;
  const prep = tokens[phrase.end]?.lower;
  if (prep !== 'for' && prep !== 'of') return;
  let j = phrase.end + 1;
  if (tokens[j]?.lower === 'the') j++;
  let end = -1;
  let country: string | null = null;
  for (let hop = 0; hop < 8 && j < tokens.length; hop++) {
    const token = tokens[j];
    if (!token?.cap) break;
    const atom = atoms[j];
    const named = atom ? (first(atom, 'country') ?? first(atom, 'demonym')) : undefined;
    if (atom && !named) break;
    if (named) country = country ?? named.iso3;
    j = atom ? atom.end : j + 1;
    end = j;
    // "Justice and Equality", "Democracy and Development": a conjunction inside the name.
    const lower = tokens[j]?.lower;
    if ((lower === 'and' || lower === 'of' || lower === 'for') && tokens[j + 1]?.cap) j++;
    else if (lower === 'of' && tokens[j + 1]?.lower === 'the' && tokens[j + 2]?.cap) j += 2;
  }
  if (end < 0) return;
  const from = phrase.nameStart ?? (phrase.definite ? phrase.start + 1 : phrase.start);
  phrase.orgName = tokens
    .slice(from, end)
    .map((token) => token.text)
    .join(' ');
  if (country && !phrase.country) phrase.country = country;
  phrase.end = end;
};

/** "judges at the International Criminal Court": an IGO right after "at" (and an optional "the"). */
const igoAt = (tokens: readonly Token[], atoms: ReadonlyArray<Atom | undefined>, at: number): boolean => {
  const atom = atoms[tokens[at]?.lower === 'the' ? at + 1 : at];
  return first(atom, 'org')?.org.kind === 'IGO' && !first(atom, 'country') && !first(atom, 'capital');
};

/**
 * "spokesperson of South Korea's Foreign Ministry", "a professor of international studies at Ewha
 * University in Seoul", "president of Russia": the affiliation after the head gives its country.
 */
export const extendPostModifiers = (
  tokens: readonly Token[],
  atoms: ReadonlyArray<Atom | undefined>,
  phrase: Phrase,
  placeCountry: (name: string) => string | null,
): void => {
  if (!phrase.roleKind && !phrase.ministry) return;
  let i = phrase.end;
  for (let hop = 0; hop < 3; hop++) {
    const prep = tokens[i]?.lower;
    if (prep !== 'of' && prep !== 'at' && prep !== 'in' && prep !== 'for' && prep !== 'from') return;
    // "ambassadors from Madrid" may be going home from there: "from" never gives a country.
    const fromCountry = prep === 'from';
    // "a professor at Ewha University" places a person; "drones at Kyiv" is a target, not a modifier.
    if (
      prep === 'at' &&
      phrase.roleKind !== 'person' &&
      !(phrase.sector === 'JUD' && igoAt(tokens, atoms, i + 1))
    )
      return;
    let j = i + 1;
    // Skip a short lowercase complement: "of international studies at ...".
    let skipped = 0;
    while (
      prep === 'of' &&
      skipped < 4 &&
      j < tokens.length &&
      !atoms[j] &&
      !tokens[j]?.cap &&
      (tokens[j]?.pos === 'ADJ' || tokens[j]?.pos === 'NOUN')
    ) {
      j++;
      skipped++;
    }
    if (skipped > 0) {
      i = j;
      continue;
    }
    if (tokens[j]?.lower === 'the') j++;
    const atom = atoms[j];
    let end = j;
    if (atom) {
      const country = first(atom, 'country') ?? first(atom, 'capital') ?? first(atom, 'demonym');
      const ministry = first(atom, 'ministry');
      const org = first(atom, 'org');
      if (country) {
        if (fromCountry) return;
        if (prep === 'in' && phrase.roleKind === 'person' && phrase.personName) return;
        // "received the Brazilian president in Ankara": a person its own demonym already places is
        // only located by "in" another country; the place belongs to the verb ("received ... in").
        if (
          prep === 'in' &&
          phrase.roleKind === 'person' &&
          phrase.country &&
          phrase.country !== country.iso3
        )
          return;
        phrase.country = phrase.country ?? country.iso3;
        end = atom.end;
        // "executives of Canadian gold miner Northgate Resources": the owner's description and name
        // belong to this phrase, not to a nameless actor of their own.
        if (first(atom, 'demonym') && !first(atom, 'demonym')?.plural) {
          let k = end;
          while (first(atoms[k], 'role')?.kind === 'group') k = atoms[k]?.end ?? k + 1;
          if (k > end) {
            const nameEnd = isNameToken(tokens, k, atoms) ? nameRunEnd(tokens, k, atoms) : k;
            if (nameEnd > k && !phrase.orgName && !phrase.personName) {
              phrase.orgName = tokens
                .slice(k, nameEnd)
                .map((token) => token.text)
                .join(' ');
              phrase.nameEnd = nameEnd;
              phrase.nameStart = k;
            }
            end = nameEnd;
          }
        }
        if (tokens[end]?.lower === "'s") {
          const next = atoms[end + 1];
          const nextMinistry = next ? first(next, 'ministry') : undefined;
          if (next && nextMinistry) {
            if (!phrase.ministry)
              phrase.ministry = {
                slug: nextMinistry.slug,
                name: nextMinistry.name,
                sector: nextMinistry.sector,
              };
            end = next.end;
          } else if (isNameToken(tokens, end + 1, atoms)) {
            // "a spokesman for China's Taiwan Affairs Office"
            const nameEnd = nameRunEnd(tokens, end + 1, atoms);
            if (!phrase.orgName) {
              phrase.orgName = tokens
                .slice(end + 1, nameEnd)
                .map((token) => token.text)
                .join(' ');
            }
            end = nameEnd;
          } else {
            return;
          }
        }
      } else if (ministry && prep !== 'in') {
        if (!phrase.ministry)
          phrase.ministry = { slug: ministry.slug, name: ministry.name, sector: ministry.sector };
        end = atom.end;
      } else if (org && prep !== 'in') {
        if (!phrase.country && org.org.country) phrase.country = org.org.country;
        if (!phrase.org && !phrase.personName) phrase.org = org.org;
        // "the head of the African Union Commission", "judges at the ICC": the body's people speak for
        // the IGO, as "African Union Commission chairperson" does.
        if (org.org.kind === 'IGO' && !phrase.country && !phrase.ministry) {
          phrase.org = phrase.org ?? org.org;
          phrase.sector = org.org.sector;
        }
        end = atom.end;
      } else {
        return;
      }
    } else if (
      (prep === 'at' || prep === 'of' || prep === 'from' || prep === 'in') &&
      isNameToken(tokens, j, atoms)
    ) {
      const nameEnd = nameRunEnd(tokens, j, atoms);
      const name = tokens
        .slice(j, nameEnd)
        .map((token) => token.text)
        .join(' ');
      const where = fromCountry ? null : placeCountry(name);
      if (where) {
        // "the governor of Texas", "officials in Kharkiv"
        if (prep === 'in' && phrase.personName) return;
        phrase.country = phrase.country ?? where;
      } else if (prep !== 'in') {
        if (!phrase.orgName) phrase.orgName = name;
      } else {
        return;
      }
      end = nameEnd;
    } else {
      return;
    }
    phrase.end = end;
    i = end;
  }
};
