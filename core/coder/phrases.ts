import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../lexicon/calendar-words';
import type { OrganizationEntry } from '../lexicon/organizations';
import type { Sector } from '../model/common';
import type { Atom } from './atoms';
import type { LexEntry, LexiconIndex } from './lexicon-index';
import type { Token } from './nlp';

export type PronounKind = 'he' | 'she' | 'it' | 'they';

/**
 * A noun phrase that may name an actor, composed from lexicon atoms and capitalized names:
 * "Russian Foreign Minister Sergey Lavrov", "South Korea's Foreign Ministry", "his North Korean
 * counterpart, Choe Son Hui", "the two ministers", "she".
 */
export interface Phrase {
  start: number;
  end: number;
  /** Country from a modifier or head ("Russian", "Russia's", "Russia", "Pyongyang"). */
  country: string | null;
  sector: Sector | null;
  /** Role title as a lexicon writes it ("Foreign Minister"). */
  role: string | null;
  roleKind: 'person' | 'group' | null;
  personName: string | null;
  org: OrganizationEntry | null;
  ministry: { slug: string; name: string; sector: Sector } | null;
  /** The head is a country name, capital or metonym: the state (or a sector of it) itself. */
  state: boolean;
  plural: boolean;
  pronoun: PronounKind | null;
  /** "his counterpart": whose; resolved against the previous person. */
  possessive: PronounKind | null;
  /** A capitalized name before "'s" inside the phrase ("Kim Jong Un's sister"). */
  possessorName: string | null;
  definite: boolean;
  /** "the two ministers" */
  count: number | null;
  /** A capitalized name with an organization head word ("Ewha University"). */
  orgName: string | null;
  /** Surface text of the phrase without a leading determiner. */
  surface: string;
  /** Tokens [start, end) of an appositive merged into this phrase (skipped when finding subjects). */
  appositive: boolean;
  /** Coordination group id: phrases joined by "and", "or", commas. */
  group: number;
  /** Only a country modifier, no head: "Russian" in "Russian strikes". */
  bare: boolean;
  /** "the country's": the country is the last state named. */
  countryRef: boolean;
  /** The person comes from the lexicon of well-known people (country known without context). */
  known: boolean;
  /** First token of the name when leading words only place it ("the Baku office of ..."). */
  nameStart?: number;
  /** End of the name when trailing words only qualify it (with nameStart). */
  nameEnd?: number;
  /** "court officials": the body word before the role, naming the body they act for. */
  bodyWord?: string;
  /** "Western diplomats", "Western governments": whichever Western states the story named. */
  western?: boolean;
  /** "the Allied Democratic Forces (ADF)": the short name the article goes on to use for this actor. */
  acronym?: string;
  /** The bracketed short name itself, "(ADF)": it names its host, and is not read as a later mention. */
  bracketed?: boolean;
}

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

const first = <T extends LexEntry['type']>(
  atom: Atom | undefined,
  type: T,
): Extract<LexEntry, { type: T }> | undefined =>
  atom?.entries.find((entry): entry is Extract<LexEntry, { type: T }> => entry.type === type);

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

export interface SentenceAnalysis {
  tokens: Token[];
  phrases: Phrase[];
  /** Index into `phrases` of the phrase covering each token, or -1. */
  phraseAt: Int32Array;
  /** 1 for tokens of a time expression ("on Wednesday", "last week"): patterns skip them. */
  time: Uint8Array;
}

const isNameToken = (
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
const nameRunEnd = (tokens: readonly Token[], i: number, atoms: ReadonlyArray<Atom | undefined>): number => {
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
const blockGeographicNames = (tokens: readonly Token[], atoms: Array<Atom | undefined>): void => {
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
const dropCapitalsInsideNames = (tokens: readonly Token[], atoms: Array<Atom | undefined>): void => {
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
  // "thousands of protesters": the quantity does not change who acts.
  if (QUANTIFIERS.has(lowerAt(i)) && lowerAt(i + 1) === 'of') i += 2;
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
        if (phrase.org && (phrase.org.kind === 'IGO' || role.kind === 'person'))
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
      if (orgSector && (end - i >= 2 || (namedTail && LONG_NAME_SECTORS.has(orgSector)))) {
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

/** Sectors of movements whose names run on: "the Patriotic Front for the Liberation of Kivu". */
const LONG_NAME_SECTORS = new Set<Sector>(['REB', 'POL']);

/**
 * "the National Front for the Liberation of Kivu", "the Movement for Justice and Equality": an
 * armed or political movement's name goes on past "for"/"of" in capitals; the tail is part of the
 * name, not a second actor, and a country it names ("... of Rwanda") is the movement's own.
 */
const extendOrgName = (
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

/** Does a head (role, org, country, name) start at i? */
const startsHead = (tokens: readonly Token[], atoms: ReadonlyArray<Atom | undefined>, i: number): boolean => {
  const atom = atoms[i];
  if (atom) return true;
  return isNameToken(tokens, i, atoms);
};

/**
 * "spokesperson of South Korea's Foreign Ministry", "a professor of international studies at Ewha
 * University in Seoul", "president of Russia": the affiliation after the head gives its country.
 */
const extendPostModifiers = (
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
    if (prep === 'at' && phrase.roleKind !== 'person') return;
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

const isComma = (token: Token | undefined): boolean => token?.text === ',';

/** Head nouns after a group's name that make another group of it: "an al-Qaida affiliate, JNIM,". */
const AFFILIATE_WORDS = new Set(['affiliate', 'offshoot', 'franchise', 'splinter', 'ally', 'proxy']);

/**
 * "An al-Qaida affiliate, JNIM, claimed ...": the group named after the comma is the actor; the parent
 * only describes it and must not become the subject, so the phrase becomes the named group.
 */
const dropAffiliatedParents = (tokens: readonly Token[], phrases: Phrase[]): void => {
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
const mergeParentheticalNames = (tokens: readonly Token[], phrases: Phrase[]): void => {
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
const mergeAppositives = (tokens: readonly Token[], phrases: Phrase[]): void => {
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
const groupCoordinated = (tokens: readonly Token[], phrases: Phrase[]): void => {
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
