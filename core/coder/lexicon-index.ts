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

const insert = (
  root: TrieNode,
  surface: string,
  entry: LexEntry,
  explicit: boolean,
  needsCap: boolean,
): void => {
  const name = stripThe(surface.trim());
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
  // Derived forms (plurals) never override a listed one: "officers" is police, not "officer" + s.
  if (!explicit && node.candidates.some((candidate) => candidate.entry.type === entry.type)) return;
  if (explicit) {
    const clash = node.candidates.findIndex((candidate) => candidate.entry.type === entry.type);
    if (clash >= 0) {
      // The first listed entry wins, unless the earlier one was only derived.
      return;
    }
  }
  node.candidates.push({ entry, exactCase, needsCap });
};

let cached: LexiconIndex | undefined;

/** Builds the actor trie once per process: the lexicons never change while it runs. */
export const lexiconIndex = (): LexiconIndex => {
  if (cached) return cached;
  const root = newNode();
  const countryName = new Map<string, string>();
  for (const org of ORGANIZATIONS) {
    for (const name of org.names) insert(root, name, { type: 'org', org }, true, true);
  }
  for (const ministry of MINISTRIES) {
    for (const term of ministry.terms) {
      insert(
        root,
        term,
        { type: 'ministry', slug: ministry.slug, name: ministry.name, sector: ministry.sector },
        true,
        false,
      );
    }
  }
  const singularDemonyms = new Set<string>();
  for (const country of COUNTRIES) {
    countryName.set(country.iso3, country.name);
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
    insert(root, form.text, entry, true, true);
  }
  for (const person of PEOPLE) {
    for (const name of [person.name, ...person.aliases])
      insert(root, name, { type: 'person', person }, true, true);
  }
  for (const role of ROLES) {
    for (const term of role.terms) {
      const title = titleCase(term);
      insert(
        root,
        term,
        {
          type: 'role',
          sector: role.sector,
          kind: role.kind,
          title,
          plural: isPluralTerm(term),
        },
        true,
        false,
      );
    }
  }
  // Plurals last, so a listed word always keeps its own meaning.
  for (const role of ROLES) {
    for (const term of role.terms) {
      insert(
        root,
        pluralOf(term),
        { type: 'role', sector: role.sector, kind: role.kind, title: titleCase(term), plural: true },
        false,
        false,
      );
    }
  }
  cached = { root, orgHeads: new Map(ORGANIZATION_HEADS), countryName };
  return cached;
};
