/*
 * The shape of a noun phrase and of one analysed sentence. Kept apart from the code that builds
 * them because nearly every coder module reads these types, while only phrases.ts builds them.
 */

import type { OrganizationEntry } from '../lexicon/organizations';
import type { Sector } from '../model/common';
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

export interface SentenceAnalysis {
  tokens: Token[];
  phrases: Phrase[];
  /** Index into `phrases` of the phrase covering each token, or -1. */
  phraseAt: Int32Array;
  /** 1 for tokens of a time expression ("on Wednesday", "last week"): patterns skip them. */
  time: Uint8Array;
}
