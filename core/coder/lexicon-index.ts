import { COUNTRIES, countrySurfaceForms } from '../lexicon/countries';
import { MINISTRIES, ORGANIZATIONS, type OrganizationEntry } from '../lexicon/organizations';
import { PEOPLE, type PersonEntry } from '../lexicon/people';
import { ORGANIZATION_HEADS, ROLES } from '../lexicon/roles';
import type { Sector } from '../model/common';
import { nameTokens } from './nlp';

/** What a run of tokens can name, before composition into an actor phrase. */
export type LexEntry =
  | { type: 'country'; iso3: string }
  | { type: 'demonym'; iso3: string; plural: boolean }
  | { type: 'capital'; iso3: string }
  | { type: 'metonym'; iso3: string; sector: Sector }
  | { type: 'org'; org: OrganizationEntry }
  | { type: 'person'; person: PersonEntry }
  | { type: 'ministry'; slug: string; name: string; sector: Sector }
  | { type: 'role'; sector: Sector; kind: 'person' | 'group'; title: string; plural: boolean };

interface Candidate {
  entry: LexEntry;
  /** Acronyms ("UN", "US", "WHO") only match in capitals so "us" and "who" never do. */
  exactCase: string | null;
  /** Proper names need a capitalized first word; role nouns do not. */
  needsCap: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  candidates: Candidate[];
}

const newNode = (): TrieNode => ({ next: new Map(), candidates: [] });

/** Acronym: two or more capitals and no lowercase letter ("UN", "U.S.", "OPEC+"). */
const isAcronym = (name: string): boolean =>
  /^[^a-z]*$/.test(name) && (name.match(/[A-Z]/g)?.length ?? 0) >= 2;

const pluralOf = (term: string): string => {
  const words = term.split(' ');
  const last = words.pop() ?? '';
  let plural: string;
  if (/(s|x|ch|sh)$/.test(last)) plural = `${last}es`;
  else if (/[^aeiou]y$/.test(last)) plural = `${last.slice(0, -1)}ies`;
  else if (last.endsWith('man')) plural = `${last.slice(0, -3)}men`;
  else if (last === 'person') plural = 'people';
  else plural = `${last}s`;
  return [...words, plural].join(' ');
};

/** "fishermen", "tribespeople" and "police" are plural without an -s: "them" may point back to them. */
const isPluralTerm = (term: string): boolean =>
  (/s$/.test(term) && !/(ss|affaires)$/.test(term)) || /(men|people|police)$/.test(term);

const titleCase = (term: string): string =>
  term
    .split(' ')
    .map((word) =>
      ['of', 'the', 'for'].includes(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(' ');

export interface LexiconIndex {
  root: TrieNode;
  /** Organization head words: a capitalized name ending in one of them is that kind of body. */
  orgHeads: ReadonlyMap<string, Sector>;
  countryName: ReadonlyMap<string, string>;
}

const stripThe = (name: string): string => name.replace(/^the\s+/i, '');

/** One surface form the index holds, before tokenizing: what each lexicon contributes. */
export interface LexiconSurface {
  surface: string;
  entry: LexEntry;
  needsCap: boolean;
}

/** The name a surface is keyed by: trimmed, without a leading "the". */
export const surfaceName = (surface: string): string => stripThe(surface.trim());

const insert = (root: TrieNode, { surface, entry, needsCap }: LexiconSurface): void => {
  const name = surfaceName(surface);
  if (name === '') return;
  const keys = nameTokens(name);
  if (keys.length === 0) return;
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = newNode();
      node.next.set(key, child);
    }
    node = child;
  }
  const exactCase = isAcronym(name) ? name : null;
  // The first entry of a type keeps the name: listed entries come before derived plurals, so
  // "officers" stays police rather than "officer" + s, and between two listed ones the first wins.
  if (node.candidates.some((candidate) => candidate.entry.type === entry.type)) return;
  node.candidates.push({ entry, exactCase, needsCap });
};

/**
 * Every surface form of every lexicon, in the order the index inserts them (the order decides which
 * entry wins a shared name). scripts/generate-name-tokens.ts walks the same list.
 */
export function* lexiconSurfaces(): Generator<LexiconSurface> {
  for (const org of ORGANIZATIONS) {
    for (const name of org.names) yield { surface: name, entry: { type: 'org', org }, needsCap: true };
  }
  for (const ministry of MINISTRIES) {
    for (const term of ministry.terms) {
      yield {
        surface: term,
        entry: { type: 'ministry', slug: ministry.slug, name: ministry.name, sector: ministry.sector },
        needsCap: false,
      };
    }
  }
  const singularDemonyms = new Set<string>();
  for (const country of COUNTRIES) {
    for (const demonym of country.demonyms) singularDemonyms.add(`${country.iso3}|${demonym}`);
  }
  for (const form of countrySurfaceForms()) {
    const entry: LexEntry =
      form.kind === 'name' || form.kind === 'alias'
        ? { type: 'country', iso3: form.iso3 }
        : form.kind === 'demonym'
          ? { type: 'demonym', iso3: form.iso3, plural: !singularDemonyms.has(`${form.iso3}|${form.text}`) }
          : form.kind === 'capital'
            ? { type: 'capital', iso3: form.iso3 }
            : { type: 'metonym', iso3: form.iso3, sector: form.sector ?? 'GOV' };
    yield { surface: form.text, entry, needsCap: true };
  }
  for (const person of PEOPLE) {
    for (const name of [person.name, ...person.aliases]) {
      yield { surface: name, entry: { type: 'person', person }, needsCap: true };
    }
  }
  for (const role of ROLES) {
    for (const term of role.terms) {
      const entry: LexEntry = {
        type: 'role',
        sector: role.sector,
        kind: role.kind,
        title: titleCase(term),
        plural: isPluralTerm(term),
      };
      yield { surface: term, entry, needsCap: false };
    }
  }
  // Plurals last, so a listed word always keeps its own meaning.
  for (const role of ROLES) {
    for (const term of role.terms) {
      const entry: LexEntry = {
        type: 'role',
        sector: role.sector,
        kind: role.kind,
        title: titleCase(term),
        plural: true,
      };
      yield { surface: pluralOf(term), entry, needsCap: false };
    }
  }
}

let cached: LexiconIndex | undefined;

/** Builds the actor trie once per process: the lexicons never change while it runs. */
export const lexiconIndex = (): LexiconIndex => {
  if (cached) return cached;
  const root = newNode();
  for (const surface of lexiconSurfaces()) insert(root, surface);
  const countryName = new Map(COUNTRIES.map((country) => [country.iso3, country.name]));
  cached = { root, orgHeads: new Map(ORGANIZATION_HEADS), countryName };
  return cached;
};
