/*
 * Builds the noun phrases of one sentence: reads each phrase from lexicon atoms and capitalized
 * names (readPhrase, with the word lists only it consults), then runs the token pre-passes and
 * the phrase-joining passes around it in a fixed order.
 */

import type { Sector } from '../model/common';
import type { Atom } from './atoms';
import type { LexiconIndex } from './lexicon-index';
import type { Token } from './nlp';
import {
  dropAffiliatedParents,
  groupCoordinated,
  mergeAppositives,
  mergeParentheticalNames,
} from './phrase-joins';
import { extendOrgName, extendPostModifiers, LONG_NAME_SECTORS } from './phrase-modifiers';
import {
  blockGeographicNames,
  dropCapitalsInsideNames,
  first,
  isNameToken,
  nameRunEnd,
  startsHead,
} from './phrase-tokens';
import type { Phrase, PronounKind, SentenceAnalysis } from './phrase-types';

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'both', 'another']);
const POSSESSIVES: Readonly<Record<string, PronounKind>> = {
  his: 'he',
  her: 'she',
  its: 'it',
  their: 'they',
  // "Russia, whose forces back ...": the actor named just before.
  whose: 'it',
};
const PRONOUNS: Readonly<Record<string, PronounKind>> = {
  he: 'he',
  him: 'he',
  she: 'she',
  her: 'she',
  it: 'it',
  they: 'they',
  them: 'they',
};
const NUMBER_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, both: 2 };
const QUANTIFIERS = new Set([
  'thousands',
  'hundreds',
  'dozens',
  'scores',
  'tens',
  'millions',
  'several',
  'some',
  'many',
  'group',
  'number',
  'crowds',
]);
/** Adjectives that may sit between a modifier and a role head without changing who is meant. */
const ROLE_FILLERS = new Set([
  'warring',
  'top',
  'senior',
  'former',
  'chief',
  'new',
  'acting',
  'state-run',
  'state-owned',
  'state',
  'official',
  'outgoing',
  'incoming',
  'interim',
  'then',
  'current',
  'longtime',
  'veteran',
  'powerful',
  'hardline',
  'influential',
  'local',
  'regional',
  'provincial',
  'federal',
  'national',
  'military',
  'defense',
  'security',
  'foreign',
  'main',
  'ruling',
  'exiled',
  'jailed',
  'detained',
  'imprisoned',
  'elected',
  'democratically',
  'unnamed',
  'anonymous',
  'two',
  'three',
  'armed',
  'heavily',
  'elite',
  'special',
  'allied',
  'pro-government',
  'pro-russian',
  'anti-government',
  'young',
  'other',
  'fellow',
]);

/**
 * Words that name an ethnicity as well as a state: after a country word ("Bosnian Serb", "Kosovo
 * Albanians") they say who the people are, and the country word says where they belong. "Greek
 * Cypriot" and "Turkish Cypriot" are the other way round: the later word is the state.
 */
const ETHNIC_DEMONYMS = new Set([
  'serb',
  'serbs',
  'croat',
  'croats',
  'albanian',
  'albanians',
  'greek',
  'greeks',
  'turkish',
  'turk',
  'turks',
  'russian',
  'russians',
  'hungarian',
  'hungarians',
  'kurdish',
  'kurds',
  'armenian',
  'armenians',
]);
/** Role words for a body that another role may follow ("court officials", "tribunal judges"). */
const BODY_WORDS = new Set(['court', 'tribunal', 'agency', 'commission', 'bloc', 'alliance', 'mission']);
/** Capitalized words that name a unit of an IGO right after its name ("U.N. Mission", "EU Delegation"). */
/** Posts a state fills at an IGO: with the state named ("Israel's UN ambassador") they are the state's. */
const STATE_ENVOYS = new Set([
  'ambassador',
  'envoy',
  'representative',
  'permanent representative',
  'deputy ambassador',
]);

const IGO_UNITS = new Set([
  'mission',
  'office',
  'delegation',
  'force',
  'forces',
  'agency',
  'envoy',
  'observers',
]);
/** Prepositions after which a capital names a place, not a government or an IGO. */
const PLACE_WORDS_BEFORE = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'inside', 'into', 'via']);
/** A body's premises in a city: "the Baku office of ..." belongs to whoever follows "of". */
const OUTPOST_NOUNS = new Set([
  'office',
  'offices',
  'bureau',
  'bureaus',
  'branch',
  'branches',
  'headquarters',
  'premises',
  'compound',
  'studio',
  'studios',
  'newsroom',
]);
/**
 * Offices a party has as well as a state: after an unknown affiliation ("Labour leader", "PTI
 * spokesman") they are the party's, not the government's. Ministers and presidents stay GOV.
 */
const PARTY_OFFICES = new Set([
  'Leader',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
  'Chairman',
  'Chairwoman',
  'Chairperson',
  'Secretary General',
  'Secretary-General',
]);

const TITLES: Readonly<Record<string, { sector: Sector; title: string }>> = {
  'gen.': { sector: 'MIL', title: 'General' },
  'lt.': { sector: 'MIL', title: 'Lieutenant' },
  'col.': { sector: 'MIL', title: 'Colonel' },
  'maj.': { sector: 'MIL', title: 'Major' },
  'adm.': { sector: 'MIL', title: 'Admiral' },
  'sen.': { sector: 'LEG', title: 'Senator' },
  'rep.': { sector: 'LEG', title: 'Representative' },
  'gov.': { sector: 'GOV', title: 'Governor' },
  sheikh: { sector: 'GOV', title: 'Sheikh' },
  prince: { sector: 'GOV', title: 'Prince' },
};
const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr.', 'dr']);

const emptyPhrase = (start: number): Phrase => ({
  start,
  end: start,
  country: null,
  sector: null,
  role: null,
  roleKind: null,
  personName: null,
  org: null,
  ministry: null,
  state: false,
  plural: false,
  pronoun: null,
  possessive: null,
  possessorName: null,
  definite: false,
  count: null,
  orgName: null,
  surface: '',
  appositive: false,
  group: -1,
  bare: false,
  countryRef: false,
  known: false,
});

const textOf = (
  tokens: readonly Token[],
  start: number,
  end: number,
  source: string,
  offset: number,
): string => {
  const from = tokens[start];
  const to = tokens[end - 1];
  if (!from || !to) return '';
  return source.slice(from.start - offset, to.end - offset);
};

/**
 * Composes phrases over one sentence. Linear: each token is looked at a bounded number of times.
 * `text` is the sentence text and `offset` its start in the article (token offsets are absolute).
 */
export const buildPhrases = (
  tokens: Token[],
  atoms: Array<Atom | undefined>,
  index: LexiconIndex,
  text: string,
  offset: number,
  placeCountry: (name: string) => string | null = () => null,
): SentenceAnalysis => {
  blockGeographicNames(tokens, atoms);
  dropCapitalsInsideNames(tokens, atoms);
  const phrases: Phrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phrase = readPhrase(tokens, atoms, index, i, placeCountry);
    if (phrase) {
      phrase.surface = textOf(
        tokens,
        phrase.nameStart ?? (phrase.definite || phrase.possessive ? phrase.start + 1 : phrase.start),
        phrase.nameEnd ?? phrase.end,
        text,
        offset,
      );
      phrases.push(phrase);
      i = Math.max(phrase.end, i + 1);
    } else {
      i++;
    }
  }
  mergeParentheticalNames(tokens, phrases);
  dropAffiliatedParents(tokens, phrases);
  mergeAppositives(tokens, phrases);
  groupCoordinated(tokens, phrases);
  const phraseAt = new Int32Array(tokens.length).fill(-1);
  phrases.forEach((phrase, p) => {
    for (let k = phrase.start; k < phrase.end; k++) phraseAt[k] = p;
  });
  return { tokens, phrases, phraseAt, time: new Uint8Array(tokens.length) };
};

const ORGANIZER_WORDS = new Set(['organizers', 'organisers']);

/** Gatherings whose people a crowd word can be "of": "organizers of the rally". */
const CROWD_EVENTS = new Set([
  'protest',
  'protests',
  'rally',
  'rallies',
  'march',
  'marches',
  'demonstration',
  'demonstrations',
  'strike',
  'sit-in',
  'blockade',
  'blockades',
  'boycott',
  'movement',
]);

const readPhrase = (
  tokens: readonly Token[],
  atoms: ReadonlyArray<Atom | undefined>,
  index: LexiconIndex,
  start: number,
  placeCountry: (name: string) => string | null,
): Phrase | null => {
  const phrase = emptyPhrase(start);
  let i = start;
  const at = (k: number): Token | undefined => tokens[k];
  const lowerAt = (k: number): string => tokens[k]?.lower ?? '';
  const pronoun = PRONOUNS[lowerAt(i)];
  if (pronoun && !(lowerAt(i) === 'her' && startsHead(tokens, atoms, i + 1))) {
    phrase.pronoun = pronoun;
    phrase.plural = pronoun === 'they';
    phrase.end = i + 1;
    return phrase;
  }
  // Determiner or possessive pronoun.
  if (DETERMINERS.has(lowerAt(i))) {
    phrase.definite = lowerAt(i) === 'the' || lowerAt(i) === 'both' || lowerAt(i) === 'these';
    if (lowerAt(i) === 'both') phrase.count = 2;
    i++;
  } else if (POSSESSIVES[lowerAt(i)]) {
    phrase.possessive = POSSESSIVES[lowerAt(i)] ?? null;
    i++;
  }
  // "Western diplomats": a plural role whose states are the Western ones named before.
  if (lowerAt(i) === 'western' && first(atoms[i + 1], 'role')?.plural) {
    phrase.western = true;
    i++;
  }
  const count = NUMBER_WORDS[lowerAt(i)];
  if (count !== undefined && phrase.definite) {
    phrase.count = count;
    i++;
  }
  // "thousands of protesters", "tens of thousands of students": the quantity does not change who acts.
  for (let hop = 0; hop < 3 && QUANTIFIERS.has(lowerAt(i)) && lowerAt(i + 1) === 'of'; hop++) i += 2;
  let sawHead = false;
  let sawModifier = false;
  // An unknown name used as an affiliation ("CHP leader ..."): a personal name may still follow.
  let affiliation = false;
  // End of the last country word read as a modifier, so a word right after it can defer to it.
  let countryEnd = -1;
  const headStart = i;
  for (let guard = 0; guard < 12 && i < tokens.length; guard++) {
    const atom = atoms[i];
    const lower = lowerAt(i);
    const possessiveNext =
      lowerAt(atom ? atom.end : i + 1) === "'s" || lowerAt(atom ? atom.end : i + 1) === "'";
    if (atom) {
      const country = first(atom, 'country') ?? first(atom, 'capital');
      const demonym = first(atom, 'demonym');
      const role = first(atom, 'role');
      const org = first(atom, 'org');
      const ministry = first(atom, 'ministry');
      const metonym = first(atom, 'metonym');
      const person = first(atom, 'person');
      if (person && !phrase.personName && !phrase.orgName) {
        if (possessiveNext && !sawHead) {
          phrase.possessorName = person.person.name;
          // "Netanyahu's government", "Putin's spokesman": the owner's country is theirs.
          phrase.country = phrase.country ?? person.person.country;
          sawModifier = true;
          i = atom.end + 1;
          continue;
        }
        phrase.personName = person.person.name;
        phrase.known = true;
        phrase.role = phrase.role ?? person.person.role;
        phrase.roleKind = 'person';
        phrase.country = phrase.country ?? person.person.country;
        phrase.sector = phrase.sector ?? person.person.sector;
        sawHead = true;
        i = atom.end;
        continue;
      }
      if (possessiveNext && role && (role.title === 'Country' || role.title === 'Nation') && !sawHead) {
        phrase.countryRef = true;
        sawModifier = true;
        i = atom.end + 1;
        continue;
      }
      if (possessiveNext && (country || metonym) && !sawHead) {
        phrase.country = (country ?? metonym)?.iso3 ?? null;
        sawModifier = true;
        i = atom.end + 1;
        continue;
      }
      if (possessiveNext && org && !sawHead) {
        phrase.country = org.org.country;
        phrase.org = org.org;
        sawModifier = true;
        i = atom.end + 1;
        continue;
      }
      // "Bosnian Serb leader", "Kosovo Serbs": an ethnic word after a country word keeps that country.
      const ethnicAfterCountry =
        demonym !== undefined &&
        phrase.country !== null &&
        countryEnd === i &&
        ETHNIC_DEMONYMS.has(
          tokens
            .slice(i, atom.end)
            .map((token) => token.lower)
            .join(' '),
        );
      if (demonym && !sawHead && !demonym.plural) {
        if (!ethnicAfterCountry) phrase.country = demonym.iso3;
        sawModifier = true;
        i = atom.end;
        countryEnd = i;
        continue;
      }
      if (demonym?.plural && !sawHead) {
        if (!ethnicAfterCountry) phrase.country = demonym.iso3;
        phrase.sector = 'CVL';
        phrase.roleKind = 'group';
        phrase.plural = true;
        sawHead = true;
        i = atom.end;
        break;
      }
      // "accused Brussels of ...": a capital that is also an IGO's name stands for the IGO, unless the
      // sentence is only saying where ("talks in Brussels").
      if (
        org?.org.kind === 'IGO' &&
        !first(atom, 'country') &&
        !sawHead &&
        !phrase.country &&
        !PLACE_WORDS_BEFORE.has(lowerAt(start - 1))
      ) {
        phrase.org = org.org;
        phrase.sector = org.org.sector;
        sawHead = true;
        i = atom.end;
        continue;
      }
      if ((country || metonym) && !sawHead) {
        const nextAtom = atoms[atom.end];
        const followsHead =
          (nextAtom !== undefined && !first(nextAtom, 'country') && !first(nextAtom, 'capital')) ||
          isNameToken(tokens, atom.end, atoms) ||
          ROLE_FILLERS.has(lowerAt(atom.end));
        if (followsHead && !phrase.country) {
          // Noun adjunct: "U.S. officials", "Russia President Vladimir Putin".
          phrase.country = (country ?? metonym)?.iso3 ?? null;
          if (metonym) phrase.sector = metonym.sector;
          sawModifier = true;
          i = atom.end;
          countryEnd = i;
          continue;
        }
        if (phrase.country && !followsHead) break;
        // "raided the Baku office of Sputnik": the city only says where the owner's outpost is.
        if (!phrase.country && OUTPOST_NOUNS.has(lowerAt(atom.end)) && lowerAt(atom.end + 1) === 'of') {
          i = atom.end + 2;
          if (DETERMINERS.has(lowerAt(i))) i++;
          phrase.nameStart = i;
          continue;
        }
        phrase.country = (country ?? metonym)?.iso3 ?? null;
        phrase.state = true;
        phrase.sector = metonym?.sector ?? 'GOV';
        sawHead = true;
        i = atom.end;
        break;
      }
      if (ministry && !phrase.ministry && !phrase.org) {
        phrase.ministry = { slug: ministry.slug, name: ministry.name, sector: ministry.sector };
        phrase.sector = ministry.sector;
        sawHead = true;
        i = atom.end;
        continue;
      }
      if (role) {
        // "court officials", "tribunal judges": the body named before speaks through its people.
        if (phrase.role && !phrase.personName && BODY_WORDS.has(phrase.role.toLowerCase()))
          phrase.bodyWord = phrase.role;
        // A ministry before a role ("Foreign Ministry spokesperson") is the role's affiliation.
        phrase.role = role.title;
        phrase.roleKind = role.kind;
        // "Israel's UN ambassador", "its UN envoy": a state's diplomat posted to the IGO, not the IGO's.
        if (
          phrase.org?.kind === 'IGO' &&
          (phrase.country || phrase.possessive) &&
          STATE_ENVOYS.has(role.title.toLowerCase())
        )
          phrase.org = null;
        // "opposition spokesman", "Conservative leader X", "CHP leader X": a party's people speak for
        // the opposition, never for the government they oppose.
        const partyPerson =
          role.kind === 'person' &&
          role.sector === 'GOV' &&
          !phrase.org &&
          !phrase.ministry &&
          (phrase.sector === 'OPP' || (affiliation && PARTY_OFFICES.has(role.title)));
        if (partyPerson) phrase.sector = 'OPP';
        else if (phrase.org && (phrase.org.kind === 'IGO' || role.kind === 'person'))
          phrase.sector = phrase.org.sector;
        else if (!phrase.ministry || role.kind === 'group') phrase.sector = role.sector;
        phrase.plural = role.plural;
        sawHead = true;
        i = atom.end;
        // "organizers of the protest", "leaders of the march": the event only says which crowd.
        if (role.sector === 'CVL' && lowerAt(i) === 'of') {
          const noun = lowerAt(i + 1) === 'the' ? i + 2 : i + 1;
          if (CROWD_EVENTS.has(lowerAt(noun)) && !at(noun)?.cap) i = noun + 1;
        }
        continue;
      }
      if (org) {
        if (phrase.org && phrase.org !== org.org) break;
        phrase.org = org.org;
        phrase.sector = phrase.sector === 'MED' && org.org.kind === 'MEDIA' ? 'MED' : org.org.sector;
        if (org.org.country) phrase.country = org.org.country;
        sawHead = true;
        i = atom.end;
        // "the Islamic State group", "the Wagner group": wire style's generic tail belongs to the name.
        if (org.org.kind === 'GROUP' && lowerAt(i) === 'group' && !first(atoms[i], 'role')) i++;
        if (lowerAt(i) === "'s") break;
        continue;
      }
      break;
    }
    if (
      !sawHead &&
      !sawModifier &&
      !phrase.country &&
      i === headStart &&
      OUTPOST_NOUNS.has(lower) &&
      lowerAt(i + 1) === 'of' &&
      startsHead(tokens, atoms, DETERMINERS.has(lowerAt(i + 2)) ? i + 3 : i + 2)
    ) {
      // "stormed the offices of Al Jazeera": the premises stand for their owner.
      i += DETERMINERS.has(lowerAt(i + 2)) ? 3 : 2;
      phrase.nameStart = i;
      continue;
    }
    // "protest organizers", "organizers of the march": the people behind a protest speak for its
    // crowd. Organizers of anything else (a summit, a festival) are nobody political.
    if (!sawHead && ORGANIZER_WORDS.has(lower) && !atom) {
      const ofNoun = lowerAt(i + 1) === 'of' ? (lowerAt(i + 2) === 'the' ? i + 3 : i + 2) : -1;
      const crowdAfter = ofNoun > 0 && CROWD_EVENTS.has(lowerAt(ofNoun)) && !at(ofNoun)?.cap;
      if (crowdAfter || CROWD_EVENTS.has(lowerAt(i - 1))) {
        phrase.role = 'Organizers';
        phrase.roleKind = 'group';
        phrase.sector = 'CVL';
        phrase.plural = true;
        sawHead = true;
        i = crowdAfter ? ofNoun + 1 : i + 1;
        break;
      }
    }
    const title = TITLES[lower];
    if (title && isNameToken(tokens, i + 1, atoms)) {
      phrase.role = phrase.role ?? title.title;
      phrase.roleKind = 'person';
      phrase.sector = phrase.sector ?? title.sector;
      i++;
      continue;
    }
    if (HONORIFICS.has(lower) && isNameToken(tokens, i + 1, atoms)) {
      i++;
      continue;
    }
    if (isNameToken(tokens, i, atoms) && !phrase.personName && (!phrase.orgName || affiliation)) {
      const end = nameRunEnd(tokens, i, atoms);
      // "the United Nations Mission in South Sudan": a unit of the IGO, not a person called "Mission".
      if (phrase.org?.kind === 'IGO' && end === i + 1 && IGO_UNITS.has(lower)) {
        i = end;
        continue;
      }
      const name = tokens
        .slice(i, end)
        .map((token) => token.text)
        .join(' ');
      const headWord = lowerAt(end - 1);
      const orgSector = index.orgHeads.get(headWord);
      if (lowerAt(end) === "'s" && !sawHead) {
        phrase.possessorName = name;
        sawModifier = true;
        i = end + 1;
        continue;
      }
      // "CHP leader Ozgur Ozel": an unknown name before a role and another name is an affiliation.
      const roleAfter = first(atoms[end], 'role');
      if (
        !sawHead &&
        roleAfter &&
        roleAfter.kind === 'person' &&
        isNameToken(tokens, atoms[end]?.end ?? end, atoms)
      ) {
        affiliation = true;
        phrase.orgName = phrase.orgName ?? name;
        sawModifier = true;
        i = end;
        continue;
      }
      // "the Movement for Justice and Equality": a bare movement word opens a longer name.
      const namedTail =
        (lowerAt(end) === 'for' || lowerAt(end) === 'of') &&
        (at(end + 1)?.cap === true || (lowerAt(end + 1) === 'the' && at(end + 2)?.cap === true));
      if (
        orgSector === 'POL' &&
        phrase.role === 'People' &&
        (lowerAt(i - 1) === 'people' || lowerAt(i - 1) === 'peoples') &&
        at(i - 1)?.cap
      ) {
        // "the opposition People Power Party": "People" opens the party's name, it is no crowd.
        phrase.orgName = `${at(i - 1)?.text} ${name}`;
        phrase.sector = lowerAt(i - 2) === 'opposition' ? 'OPP' : orgSector;
        phrase.role = null;
        phrase.roleKind = null;
        phrase.plural = false;
      } else if (orgSector && (end - i >= 2 || (namedTail && LONG_NAME_SECTORS.has(orgSector)))) {
        phrase.orgName = name;
        phrase.sector = phrase.sector ?? orgSector;
      } else if (phrase.roleKind === 'group' && !phrase.org) {
        // "energy giant Gazprom", "rebel group M23": a body's name, not a person's.
        if (phrase.sector === 'COP' || phrase.sector === 'CVL' || phrase.plural) break;
        phrase.orgName = name;
      } else if (
        !sawHead &&
        !phrase.country &&
        OUTPOST_NOUNS.has(lowerAt(end)) &&
        lowerAt(end + 1) === 'of' &&
        placeCountry(name)
      ) {
        // "the Ramallah office of Al Jazeera": as for a capital, the city only places the owner's premises.
        i = end + 2;
        if (DETERMINERS.has(lowerAt(i))) i++;
        phrase.nameStart = i;
        continue;
      } else if (!sawHead && atoms[end] && first(atoms[end], 'role') && placeCountry(name)) {
        // "Istanbul Mayor Ekrem Imamoglu": a place before a role says where the office is.
        phrase.country = phrase.country ?? placeCountry(name);
        sawModifier = true;
        i = end;
        continue;
      } else {
        phrase.personName = name;
        if (!phrase.roleKind) phrase.roleKind = 'person';
      }
      sawHead = true;
      i = end;
      continue;
    }
    const token = at(i);
    if (
      (sawModifier || phrase.possessive) &&
      !sawHead &&
      token &&
      !token.cap &&
      (token.pos === 'NOUN' || token.pos === 'ADJ') &&
      (first(atoms[i + 1], 'role') || (!atoms[i + 1] && first(atoms[i + 2], 'role') && !at(i + 1)?.cap))
    ) {
      // "the European Union's enlargement commissioner", "Russia's state energy giant"
      i++;
      continue;
    }
    if (
      !sawHead &&
      ROLE_FILLERS.has(lower) &&
      token?.pos !== 'VERB' &&
      (sawModifier || phrase.definite || phrase.possessive || i === headStart)
    ) {
      if (startsHead(tokens, atoms, i + 1) || ROLE_FILLERS.has(lowerAt(i + 1))) {
        i++;
        continue;
      }
    }
    break;
  }
  if (!sawHead && !sawModifier) {
    // "the two agreed": a count with no noun refers back to two actors.
    if (phrase.definite && phrase.count !== null && i > start + 1) {
      phrase.end = i;
      return phrase;
    }
    return null;
  }
  if (!sawHead && sawModifier) {
    // A bare modifier ("Russian" in "Russian strikes") names the country as an adjective only.
    if (!phrase.country && !phrase.org && !phrase.possessorName) return null;
    phrase.bare = true;
    phrase.end = i;
    if (at(i - 1)?.lower === "'s") phrase.end = i;
    return phrase;
  }
  phrase.end = i;
  extendOrgName(tokens, atoms, phrase);
  extendPostModifiers(tokens, atoms, phrase, placeCountry);
  return phrase;
};
