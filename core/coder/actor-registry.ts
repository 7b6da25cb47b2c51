import { forcesCountryIn } from '../lexicon/countries';
import type { OrganizationEntry } from '../lexicon/organizations';
import type { Actor } from '../model/actor';
import type { Sector } from '../model/common';
import type { Phrase } from './phrase-types';
import { slugify } from './text';

export type ActorKind = Actor['kind'];

/** One actor of the article while it is being read; ids are fixed only at the end. */
export interface ActorRecord {
  kind: ActorKind;
  country: string | null;
  sector: Sector;
  role: string | null;
  /** Person name, org name, or the surface of a sector-level actor. */
  names: Set<string>;
  aliases: Set<string>;
  org: OrganizationEntry | null;
  slug: string | null;
  lastSeen: number;
  /** Union-find: set when this record turned out to be another one. */
  mergedInto: ActorRecord | null;
  /**
   * A bare capitalized name nobody has placed yet ("Kim" before "North Korean leader Kim Jong Un"):
   * it becomes an actor only if a later mention identifies it; otherwise its events are dropped.
   */
  provisional: boolean;
}

/** Roles that name a type of person, not one individual: "an official" is the government speaking. */
const GENERIC_ROLES = new Set([
  'Official',
  'Senior Official',
  'Diplomat',
  'Soldier',
  'Officer',
  'Sailor',
  'Pilot',
  'Expert',
  'Analyst',
  'Researcher',
  'Scholar',
  'Journalist',
  'Reporter',
  'Activist',
  'Protester',
  'Demonstrator',
  'Resident',
  'Civilian',
  'Spokespeople',
]);

/** "foreign operators", "foreign troops": by definition not the people of the country the story is in. */
const FOREIGN_MODIFIER = /(^|\s)foreign\s/i;
/** Sectors whose unqualified members ("police", "protesters") belong to the country where it happens. */
const DOMESTIC_SECTORS = new Set<Sector>([
  'GOV',
  'MIL',
  'COP',
  'CVL',
  'OPP',
  'JUD',
  'LEG',
  'POL',
  'REB',
  'BUS',
  'EDU',
]);

export const root = (record: ActorRecord): ActorRecord => {
  let current = record;
  while (current.mergedInto) current = current.mergedInto;
  return current;
};

/** Sectors that bear arms as a side: the army and armed groups (police and civilians do not). */
export const ARMED_SECTORS: ReadonlySet<string> = new Set(['MIL', 'REB']);
/** Object forms of personal pronouns: their antecedent is someone other than the clause's subject. */
const OBJECT_PERSON_PRONOUNS = new Set(['him', 'her']);

const personKey = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '');

interface Context {
  /** Country for unqualified domestic actors: the sentence's place, else the dateline's. */
  defaultCountry: string | null;
  /** The dateline's country: where an office-holder named without a country most likely serves. */
  homeCountry: string | null;
  /** The two sides of the latest event coded: what "the two sides", "the two leaders" refer to. */
  lastPair?: readonly [ActorRecord, ActorRecord] | null;
  /** The two armed sides of the latest fighting, possibly of one country: "both warring parties". */
  armedPair?: readonly [ActorRecord, ActorRecord] | null;
  /** The two people of the latest exchange between people of two countries: "both leaders". */
  personPair?: readonly [ActorRecord, ActorRecord] | null;
  /** Actors already named earlier in this sentence: "Kishida met Yoon, and the two agreed". */
  earlierInSentence?: readonly ActorRecord[];
  /** Coordination group of each of earlierInSentence (same indexes). */
  earlierGroups?: readonly number[];
  /**
   * The phrase is the object of a verb ("Egypt and Saudi Arabia urged both warring parties"): the
   * subject's own conjuncts are not the two it means.
   */
  asObject?: boolean;
  /**
   * The phrase is a place ("crossed from Lebanon", "in Kyiv"): it is no antecedent for a following
   * "its" ("the military said ... that its jets struck" means the military's jets).
   */
  locative?: boolean;
  /** For "it"/"they" right after a speech verb: its subject ("Romania, which ..., said it was ready"). */
  speaker?: ActorRecord | null;
  /**
   * The phrase is "its embassy" (or another foreign-presence object) of a verb done to others; the
   * countries named later in the sentence. Null when the rule does not apply.
   */
  foreignPresence?: ReadonlySet<string> | null;
  sentence: number;
}

/**
 * Party and opposition offices ("opposition leader", "Labour leader"): held at home, so the place
 * the sentence is about places them. A dissident or critic may well live abroad: not here.
 */
const PARTY_ROLE = /leader|spokes|chair|secretary|opposition/i;

/** Looks like a personal name: one to four capitalized words, no digits. */
const PERSON_NAME = /^(\p{Lu}[\p{L}'’.-]*)( \p{Lu}[\p{L}'’.-]*){0,3}$/u;

const COUNTRY_WORDS = new Set(['Country', 'Nation', 'Side', 'Neighbor', 'Neighbour']);

export class ActorRegistry {
  private readonly byKey = new Map<string, ActorRecord>();
  private readonly personsByName = new Map<string, ActorRecord>();
  private readonly personsByToken = new Map<string, ActorRecord[]>();
  private readonly namedByRole = new Map<string, ActorRecord[]>();
  private readonly unnamedByRole = new Map<string, ActorRecord>();
  private readonly recentPersons: ActorRecord[] = [];
  private readonly recentStates: string[] = [];
  private lastIt: ActorRecord | null = null;
  /** The last singular non-person subject: what a sentence-opening "it" continues. */
  private lastSubjectIt: ActorRecord | null = null;
  private lastThey: ActorRecord[] = [];
  private lastSubjectPerson: ActorRecord | null = null;
  /** The sentence where lastSubjectPerson was last a subject (an object pronoun there is someone else). */
  private subjectPersonSentence = -1;

  constructor(
    private readonly countryName: (iso3: string) => string,
    /** Names the gazetteer knows are places, never provisional people ("Kharkiv"). */
    private readonly isPlace: (name: string) => boolean = () => false,
  ) {}

  /** First pass: every fully composed person, so later short mentions ("Lavrov") find them. */
  registerPerson(phrase: Phrase): void {
    if (!phrase.personName || phrase.pronoun) return;
    if (!phrase.role && !phrase.country && !phrase.orgName && !phrase.org) return;
    if (phrase.role && GENERIC_ROLES.has(phrase.role)) return;
    const record = this.person(phrase.personName);
    this.enrich(record, phrase);
  }

  private person(name: string): ActorRecord {
    const key = personKey(name);
    let record = this.personsByName.get(key);
    if (record) record = root(record);
    if (!record) {
      // "Lavrov" first, "Sergey Lavrov" later (or the reverse) are one person.
      const tokens = key.split(' ');
      const single =
        tokens.length === 1
          ? this.personsByToken
              .get(key)
              ?.map(root)
              .find((r) => !r.provisional)
          : undefined;
      record = single ?? this.newRecord('PERSON', null, 'UNK');
      this.personsByName.set(key, record);
      for (const token of tokens) {
        if (token.length < 2) continue;
        const list = this.personsByToken.get(token) ?? [];
        for (const other of list) {
          const earlier = root(other);
          // A bare surname seen before the full name was this person all along.
          if (
            earlier !== record &&
            earlier.provisional &&
            [...earlier.names].every((n) => personKey(n) === token)
          ) {
            earlier.mergedInto = record;
            for (const alias of earlier.aliases) record.aliases.add(alias);
          }
        }
        if (!list.includes(record)) list.push(record);
        this.personsByToken.set(token, list);
      }
    }
    record.names.add(name);
    record.aliases.add(name);
    return record;
  }

  private enrich(record: ActorRecord, phrase: Phrase): void {
    if (!record.country) record.country = phrase.country ?? phrase.org?.country ?? null;
    if (record.sector === 'UNK' && phrase.sector) record.sector = phrase.sector;
    if (record.sector === 'UNK' && phrase.ministry) record.sector = phrase.ministry.sector;
    if (record.country || record.role || phrase.role) record.provisional = false;
    if (!record.role && phrase.role) {
      record.role = phrase.role;
      if (record.country) {
        const key = `${record.country}|${phrase.role.toLowerCase()}`;
        const list = this.namedByRole.get(key) ?? [];
        if (!list.includes(record)) list.push(record);
        this.namedByRole.set(key, list);
        // "Russia's foreign minister" seen before "Russian Foreign Minister Sergey Lavrov".
        const unnamed = this.unnamedByRole.get(key);
        if (unnamed && list.length === 1 && root(unnamed) !== record) {
          root(unnamed).mergedInto = record;
          for (const alias of unnamed.aliases) record.aliases.add(alias);
        }
      }
    }
  }

  private newRecord(kind: ActorKind, country: string | null, sector: Sector): ActorRecord {
    return {
      kind,
      country,
      sector,
      role: null,
      names: new Set(),
      aliases: new Set(),
      org: null,
      slug: null,
      lastSeen: -1,
      mergedInto: null,
      provisional: false,
    };
  }

  private keyed(key: string, make: () => ActorRecord): ActorRecord {
    let record = this.byKey.get(key);
    if (!record) {
      record = make();
      this.byKey.set(key, record);
    }
    return record;
  }

  /** The state itself, for acts aimed at a country rather than at a named actor in it. */
  stateActor(iso3: string): ActorRecord {
    return this.state(iso3);
  }

  private state(iso3: string): ActorRecord {
    return this.keyed(`STATE|${iso3}`, () => {
      const record = this.newRecord('STATE', iso3, 'GOV');
      record.names.add(this.countryName(iso3));
      return record;
    });
  }

  private sectorGroup(iso3: string, sector: Sector): ActorRecord {
    if (sector === 'GOV') return this.state(iso3);
    return this.keyed(`GROUP|${iso3}|${sector}`, () => this.newRecord('GROUP', iso3, sector));
  }

  private organization(
    org: OrganizationEntry,
    context?: Context,
    phraseCountry?: string | null,
  ): ActorRecord {
    if (org.national) {
      // "the Red Crescent" in a story from Tehran is Iran's own society: one actor per country.
      const country = phraseCountry ?? context?.homeCountry ?? context?.defaultCountry ?? null;
      return this.keyed(`ORG|${org.slug}|${country}`, () => {
        const record = this.newRecord(org.kind, country, org.sector);
        if (country === null) record.provisional = true;
        record.org = org;
        record.slug = org.slug;
        record.names.add(country ? `${this.countryName(country)} ${org.name}` : org.name);
        return record;
      });
    }
    return this.keyed(`ORG|${org.slug}`, () => {
      // A transnational armed group (JNIM, an Islamic State affiliate) fights in the story's country.
      const local =
        org.country === null && ARMED_SECTORS.has(org.sector) && context
          ? (context.defaultCountry ?? context.homeCountry)
          : null;
      const record = this.newRecord(org.kind, org.country ?? local, org.sector);
      // Amnesty, Human Rights Watch: no state and no IGO, so not a party to a coded event.
      if (org.kind === 'ORGANIZATION' && record.country === null) record.provisional = true;
      record.org = org;
      record.slug = org.slug;
      record.names.add(org.name);
      return record;
    });
  }

  private named(
    kind: ActorKind,
    iso3: string | null,
    sector: Sector,
    slug: string,
    name: string,
  ): ActorRecord {
    return this.keyed(`NAMED|${iso3}|${sector}|${slug}`, () => {
      const record = this.newRecord(kind, iso3, sector);
      record.slug = slug;
      record.names.add(name);
      return record;
    });
  }

  private resolvePronoun(phrase: Phrase, context?: Context): ActorRecord[] {
    switch (phrase.pronoun) {
      case 'he':
      case 'she':
        if (context?.asObject && OBJECT_PERSON_PRONOUNS.has(phrase.surface.toLowerCase())) {
          // "The Thai minister met the Cambodian premier, urging him to": the object of a verb is never
          // the subject of its own sentence, so it is the person named last besides them.
          const subject = this.lastSubjectPerson ? root(this.lastSubjectPerson) : null;
          if (subject && this.subjectPersonSentence === context.sentence) {
            const other = [...this.recentPersons].reverse().find((person) => root(person) !== subject);
            if (other) return [root(other)];
          }
        }
        return this.lastSubjectPerson
          ? [root(this.lastSubjectPerson)]
          : this.recentPersons.slice(-1).map(root);
      case 'it':
        return this.lastIt ? [root(this.lastIt)] : [];
      case 'they':
        return this.lastThey.map(root);
      default:
        return [];
    }
  }

  /** "his counterpart": the owner is the person mentioned last (not the last subject). */
  private possessorCountry(phrase: Phrase): string | null {
    if (phrase.possessive) return this.ownerCountry(phrase);
    // "Kiir's government" after "President Salva Kiir": the country of the person already named.
    if (phrase.possessorName) {
      const owner = this.personsByName.get(personKey(phrase.possessorName));
      return owner ? root(owner).country : null;
    }
    return null;
  }

  /**
   * "Ecuadorian police raided its embassy": an owner equal to the acting side would make a self-event,
   * so "its" is the other country the article named last (earlier sentences first). Kept when the
   * sentence names the other side later ("recalled its ambassador from Tanzania").
   */
  private foreignOwner(owner: string, later: ReadonlySet<string>, context: Context): string {
    const here = (context.earlierInSentence ?? []).map((record) => root(record).country);
    if (!here.includes(owner)) return owner;
    for (const country of later) if (country !== owner) return owner;
    const previous = this.recentStates.filter((iso3) => iso3 !== owner);
    const other =
      [...previous].reverse().find((iso3) => !here.includes(iso3)) ??
      [...here].reverse().find((iso3) => iso3 !== null && iso3 !== owner);
    return other ?? owner;
  }

  private ownerCountry(phrase: Phrase): string | null {
    if (phrase.possessive === 'he' || phrase.possessive === 'she') {
      const last = this.recentPersons[this.recentPersons.length - 1];
      if (last) return root(last).country;
    }
    if (phrase.possessive === 'it' && this.lastResolved?.country) return this.lastResolved.country;
    const owners = this.resolvePronoun({ ...phrase, pronoun: phrase.possessive });
    return owners[0]?.country ?? null;
  }

  /** The phrase just resolved when it was a place ("in Paris"): no antecedent for a later "it". */
  private lastLocative: Phrase | null = null;

  /** Short names the article coined in brackets ("the Allied Democratic Forces (ADF)"). */
  private readonly shortNames = new Map<string, ActorRecord>();

  /** "The ADF attacked ...", "several ADF camps": a short name the article coined earlier. */
  private coinedName(phrase: Phrase): ActorRecord | null {
    if (!phrase.personName || phrase.role || phrase.country || phrase.org || phrase.pronoun) return null;
    if (phrase.bracketed) return null;
    const record = this.shortNames.get(phrase.personName);
    return record ? root(record) : null;
  }

  /** The actor resolved just before, for "whose" and "its" right after a name. */
  private lastResolved: ActorRecord | null = null;

  /**
   * Second pass, in reading order: the actors a phrase refers to (several for "the two ministers"),
   * or none when it names nobody we can place.
   */
  resolve(phrase: Phrase, context: Context): ActorRecord[] {
    const coined = this.coinedName(phrase);
    const found = coined ? [coined] : this.resolveInner(phrase, context);
    if (phrase.acronym && found.length === 1 && found[0] && !found[0].provisional) {
      this.shortNames.set(phrase.acronym, found[0]);
    }
    if (found.length === 1 && found[0] && !found[0].provisional && !context.locative)
      this.lastResolved = found[0];
    this.lastLocative = context.locative === true ? phrase : null;
    for (const record of found) {
      record.lastSeen = context.sentence;
      // A phrase that resolved to several actors ("the warring parties") names the set, not either one.
      const namesThisOne = found.length === 1 || !phrase.plural;
      if (namesThisOne && (namesItsActor(phrase) || callsItsGroup(phrase, record)))
        record.aliases.add(phrase.surface);
    }
    return found;
  }

  /** The two sides "the two" or "both sides" mean: two actors just named in this sentence, else the last exchange. */
  private sidesOf(context: Context, exchangesOnly = false): [ActorRecord, ActorRecord] | null {
    const here = context.earlierInSentence ?? [];
    const groups = context.earlierGroups ?? [];
    for (let k = here.length - 1; k > 0; k--) {
      const b = root(here[k] as ActorRecord);
      for (let m = k - 1; m >= 0; m--) {
        if (context.asObject && groups[m] !== undefined && groups[m] === groups[k]) continue;
        const a = root(here[m] as ActorRecord);
        if (a.country && b.country && a.country !== b.country) return [a, b];
      }
    }
    const pair = context.lastPair;
    if (pair) return [root(pair[0]), root(pair[1])];
    if (exchangesOnly) return null;
    // No exchange coded yet: the last two states named before this sentence ("China urged both sides").
    const speaking = new Set(here.map((record) => root(record).country));
    const states = this.recentStates.filter((iso3) => !speaking.has(iso3)).slice(-2);
    if (states.length === 2) return [this.state(states[0] as string), this.state(states[1] as string)];
    return null;
  }

  /**
   * "the two leaders", "both armies", "both warring parties": the two sides of the latest exchange
   * (for armed groups, of the latest fighting, which in a civil war is within one country). Nobody
   * when the article gives no such pair: a guess would code a wrong event.
   */
  private twoSides(phrase: Phrase, context: Context): ActorRecord[] {
    const armed = phrase.sector === 'MIL' || phrase.sector === 'REB' || /\bwarring\b/i.test(phrase.surface);
    const armedPair = armed && context.armedPair ? context.armedPair : null;
    // "the two governments" are the states, never the two leaders who last spoke for them.
    const people =
      phrase.roleKind === 'person' || (phrase.sector === 'GOV' && !/\bgovernments?\b/i.test(phrase.surface));
    // "Japarov and Rahmon met ... Putin urged both leaders": the people, not a later exchange of states.
    const here = this.sidesOf({ ...context, lastPair: null }, true);
    const personPair =
      people && context.personPair && !(here && here[0].kind === 'PERSON' && here[1].kind === 'PERSON')
        ? context.personPair
        : null;
    const chosen = armedPair ?? personPair;
    const pair = chosen ? [root(chosen[0]), root(chosen[1])] : this.sidesOf(context, true);
    const [a, b] = pair ?? [];
    if (!a?.country || !b?.country || a === b) return [];
    if (a.country === b.country) {
      if (!armedPair) return [];
      // In a civil war the state's warring party is its army ("both warring parties" after RSF shelling).
      const armedSide = (side: ActorRecord): ActorRecord =>
        side.kind === 'STATE' && side.country ? this.sectorGroup(side.country, 'MIL') : side;
      return [armedSide(a), armedSide(b)];
    }
    // "the two armies" of two states are their militaries; "the two leaders" are who the sides were.
    if (phrase.sector === 'MIL')
      return [this.sectorGroup(a.country, 'MIL'), this.sectorGroup(b.country, 'MIL')];
    if (people) return [a, b];
    return [this.state(a.country), this.state(b.country)];
  }

  private resolveInner(phrase: Phrase, context: Context): ActorRecord[] {
    if (context.foreignPresence && phrase.possessive) {
      const owner = this.ownerCountry(phrase);
      const other = owner ? this.foreignOwner(owner, context.foreignPresence, context) : owner;
      // "its embassy in Quito": the owner, not the place, is whose embassy it is.
      if (other && other !== owner)
        return this.resolveInner(
          { ...phrase, country: other, possessive: null },
          { ...context, foreignPresence: null },
        );
    }
    if (phrase.western && !phrase.country) {
      // "accused Western diplomats of meddling" after "the United States and Britain said": those two.
      const states = this.recentStates.filter((iso3) => WESTERN_STATES.has(iso3)).slice(-3);
      return states.map((iso3) => this.state(iso3));
    }
    if ((phrase.pronoun === 'it' || phrase.pronoun === 'they') && context.speaker)
      return [root(context.speaker)];
    // "The court ruled against Israel on Monday. It ordered ...": a sentence-opening "it" continues
    // the previous sentence's subject, not its object.
    if (phrase.pronoun === 'it' && phrase.start === 0 && this.lastSubjectIt) {
      const subject = root(this.lastSubjectIt);
      if (subject.lastSeen >= context.sentence - 1) return [subject];
    }
    if (phrase.pronoun) return this.resolvePronoun(phrase, context);
    if (phrase.org && !phrase.personName && (!phrase.role || phrase.org.kind === 'MEDIA')) {
      return [this.organization(phrase.org, context, phrase.country)];
    }
    if (phrase.personName && !(phrase.role && COUNTRY_WORDS.has(phrase.role))) {
      if (phrase.role && GENERIC_ROLES.has(phrase.role)) {
        const country = phrase.country ?? this.possessorCountry(phrase);
        return country ? [this.sectorGroup(country, phrase.sector ?? 'GOV')] : [];
      }
      const key = personKey(phrase.personName);
      let record = this.personsByName.get(key);
      if (!record && key.split(' ').length === 1) {
        const candidates = this.personsByToken.get(key) ?? [];
        record = candidates.reduce<ActorRecord | undefined>(
          (best, candidate) => (!best || root(candidate).lastSeen > root(best).lastSeen ? candidate : best),
          undefined,
        );
      }
      // "Russia's Belgorod": a place is never a person, even when a country modifies it.
      if (!record && !phrase.role && this.isPlace(phrase.personName)) return [];
      if (!record) {
        if (!phrase.role && !phrase.country && !phrase.orgName && !phrase.possessive) {
          if (!PERSON_NAME.test(phrase.personName) || this.isPlace(phrase.personName)) return [];
          const provisional = this.person(phrase.personName);
          if (provisional.country === null && provisional.role === null) provisional.provisional = true;
          return [root(provisional)];
        }
        record = this.person(phrase.personName);
        this.enrich(record, phrase);
        if (!record.country) record.country = this.possessorCountry(phrase);
      }
      const person = root(record);
      // An opposition figure is no office-holder posted abroad: "In Ottawa, Conservative leader X" is
      // Canada's opposition even under a Washington dateline.
      if (!person.country && person.sector === 'OPP' && person.role && PARTY_ROLE.test(person.role))
        person.country = context.defaultCountry ?? context.homeCountry;
      if (!person.country && person.sector !== 'IGO' && person.role) person.country = context.homeCountry;
      return [person];
    }
    if (phrase.ministry) {
      const country = phrase.country ?? this.lastMinistryCountry ?? context.defaultCountry;
      if (!country) return [];
      this.lastMinistryCountry = country;
      if (phrase.role && phrase.roleKind === 'person' && !GENERIC_ROLES.has(phrase.role)) {
        return [this.unnamedPerson(country, phrase)];
      }
      // "the ministry said" after "India's Ministry of External Affairs": the ministry just named.
      const previous = this.lastMinistry ? root(this.lastMinistry) : null;
      if (phrase.ministry.slug === 'ministry' && !phrase.country && previous?.country === country)
        return [previous];
      const record = this.named(
        'ORGANIZATION',
        country,
        phrase.ministry.sector,
        phrase.ministry.slug,
        phrase.surface,
      );
      this.lastMinistry = record;
      return [record];
    }
    if (phrase.orgName) {
      const country = phrase.country ?? context.defaultCountry;
      if (!country || !phrase.sector) return [];
      return [this.named('ORGANIZATION', country, phrase.sector, slugify(phrase.orgName), phrase.orgName)];
    }
    if (phrase.state && phrase.country) {
      const sector = phrase.sector ?? 'GOV';
      const record = this.sectorGroup(phrase.country, sector);
      this.noteState(phrase.country);
      return [record];
    }
    if (phrase.role && COUNTRY_WORDS.has(phrase.role)) {
      if (phrase.country) return [this.state(phrase.country)];
      const owner = phrase.possessorName ? this.possessorCountry(phrase) : null;
      if (owner) return [this.state(owner)];
      // "the two countries", "both sides", "the country": the last states named.
      if (!phrase.definite && !phrase.count) return [];
      const count = phrase.count ?? (phrase.plural ? 2 : 1);
      const pair = this.sidesOf(context);
      if (count === 2 && pair && pair[0].country && pair[1].country && pair[0].country !== pair[1].country) {
        return [this.state(pair[0].country), this.state(pair[1].country)];
      }
      return this.recentStates.slice(-count).map((iso3) => this.state(iso3));
    }
    if (
      phrase.count === 2 &&
      phrase.plural &&
      phrase.definite &&
      phrase.role &&
      !phrase.country &&
      !phrase.possessive &&
      !phrase.org
    ) {
      return this.twoSides(phrase, context);
    }
    if (phrase.role === 'Party' && phrase.plural && !phrase.possessive) {
      // "talks between the warring parties in Cairo": the parties are the two sides of the latest
      // fighting; a place after them is where they would meet, not whose they are.
      if (phrase.definite && context.armedPair && /\bwarring\b/i.test(phrase.surface)) {
        const sides = this.twoSides(phrase, context);
        if (sides.length > 0) return sides;
      }
      // "the parties", "both parties", "the warring parties": the two sides of the latest exchange.
      if ((phrase.definite || phrase.count === 2) && !phrase.country) {
        const [a, b] = this.sidesOf(context) ?? [];
        if (a?.country && b?.country && a.country !== b.country)
          return [this.state(a.country), this.state(b.country)];
        return [];
      }
    }
    if (phrase.count && !phrase.role && phrase.definite && !phrase.personName && !phrase.org) {
      // "the two agreed": the two actors of the latest event, else the last people named.
      const pair = this.sidesOf(context);
      if (phrase.count === 2 && pair) return pair;
      return this.recentPersons.slice(-phrase.count).map(root);
    }
    if (phrase.countryRef && !phrase.country) {
      const last = this.recentStates[this.recentStates.length - 1];
      if (last) phrase.country = last;
    }
    if (phrase.org && phrase.role) {
      // "the IAEA chief", "NATO's secretary-general": the organization speaking through its head.
      return [this.organization(phrase.org, context, phrase.country)];
    }
    if (phrase.bodyWord && !phrase.country && !phrase.possessive && !phrase.org) {
      // "court officials took him into custody" after the International Criminal Court was named.
      const body = this.latestBodyCalled(phrase.bodyWord, context.sentence);
      if (body) return [body];
    }
    if (phrase.role && phrase.roleKind === 'person' && !GENERIC_ROLES.has(phrase.role)) {
      const country = phrase.country ?? this.possessorCountry(phrase);
      if (country) return [this.unnamedPerson(country, phrase)];
      if (phrase.definite || phrase.possessive) {
        // "the two leaders" right after a meeting of two people: those two.
        const pair = this.sidesOf(context);
        if (phrase.count === 2 && pair && pair[0].kind === 'PERSON' && pair[1].kind === 'PERSON') return pair;
        // "the minister", "the two ministers": the last people who held that role.
        const wanted = phrase.role.toLowerCase().split(' ').pop() ?? '';
        const count = phrase.count ?? (phrase.plural ? 2 : 1);
        const matches: ActorRecord[] = [];
        for (let k = this.recentPersons.length - 1; k >= 0 && matches.length < count; k--) {
          const candidate = root(this.recentPersons[k] as ActorRecord);
          if (candidate.role?.toLowerCase().includes(wanted) && !matches.includes(candidate))
            matches.push(candidate);
        }
        if (matches.length > 0) return matches;
      }
      // "the opposition leader" with no one to refer back to: the one of the country it happens in.
      if (
        context.defaultCountry &&
        phrase.sector &&
        phrase.sector !== 'GOV' &&
        DOMESTIC_SECTORS.has(phrase.sector)
      ) {
        return [this.unnamedPerson(forcesCountryIn(context.defaultCountry, phrase.sector), phrase)];
      }
      return [];
    }
    if (
      phrase.role &&
      phrase.sector &&
      phrase.definite &&
      !phrase.plural &&
      !phrase.country &&
      !phrase.possessive
    ) {
      // "the court" after "the International Criminal Court", "the bloc" after "ECOWAS": that body.
      const body = this.latestBodyCalled(phrase.role, context.sentence);
      if (body) return [body];
    }
    // "the bloc" with no bloc named before, or "Russia's alliance with China", names no IGO we know.
    if (phrase.sector === 'IGO' && !phrase.org && !phrase.personName) return [];
    if (phrase.role && phrase.sector) {
      // "the rebel group" right after "the National Liberation Army (ELN)" is that group, not every
      // rebel; so are "the rebels", "the assailants" a sentence or two after the group was named.
      if (
        phrase.sector === 'REB' &&
        phrase.definite &&
        phrase.count === null &&
        !phrase.country &&
        !phrase.possessive
      ) {
        const named = this.latestNamedGroup('REB', context.sentence, phrase.plural ? 4 : 2);
        if (named) return [named];
      }
      const country =
        phrase.country ??
        this.possessorCountry(phrase) ??
        (DOMESTIC_SECTORS.has(phrase.sector) &&
        context.defaultCountry &&
        !FOREIGN_MODIFIER.test(phrase.surface)
          ? forcesCountryIn(context.defaultCountry, phrase.sector)
          : null);
      if (!country) return [];
      return [this.sectorGroup(country, phrase.sector)];
    }
    if (phrase.sector === 'CVL' && phrase.country) return [this.sectorGroup(phrase.country, 'CVL')];
    if (phrase.bare && phrase.org) return [this.organization(phrase.org, context, phrase.country)];
    if (phrase.bare && phrase.possessorName) {
      const owner = this.personsByName.get(personKey(phrase.possessorName));
      return owner ? [root(owner)] : [];
    }
    if (phrase.bare && phrase.country) return [this.state(phrase.country)];
    return [];
  }

  private lastMinistryCountry: string | null = null;
  private lastMinistry: ActorRecord | null = null;

  /** The named organization of a sector seen most recently, within the last two sentences. */
  private latestNamedGroup(sector: Sector, sentence: number, window = 2): ActorRecord | null {
    let best: ActorRecord | null = null;
    let unnamed = -1;
    for (const record of this.byKey.values()) {
      const actor = root(record);
      if (actor.sector !== sector) continue;
      if (!actor.org) {
        // Rebels named only by their sector ("rebels attacked a village") since: they are the ones meant.
        if (actor.kind === 'GROUP' && !actor.slug) unnamed = Math.max(unnamed, actor.lastSeen);
        continue;
      }
      if (actor.lastSeen < sentence - window) continue;
      if (!best || actor.lastSeen > best.lastSeen) best = actor;
    }
    return best && unnamed <= best.lastSeen ? best : null;
  }

  /**
   * The named body seen last (within BODY_MEMORY sentences) whose name has the role's head word ("court",
   * "tribunal", "agency", "commission"), or for "the bloc" / "the alliance" the last intergovernmental one.
   */
  private latestBodyCalled(role: string, sentence: number): ActorRecord | null {
    const head = role.toLowerCase().split(' ').pop() ?? '';
    const igos = head === 'bloc' ? BLOCS : head === 'alliance' ? ALLIANCES : null;
    const business = BUSINESS_HEADS.has(head);
    if (!igos && !business && !BODY_HEADS.has(head)) return null;
    let best: ActorRecord | null = null;
    for (const record of this.byKey.values()) {
      const actor = root(record);
      if (actor.lastSeen < sentence - BODY_MEMORY || actor.lastSeen >= sentence) continue;
      if (actor.kind === 'STATE' || actor.kind === 'PERSON' || !actor.slug) continue;
      const fits = igos
        ? igos.has(actor.slug)
        : business && actor.sector === 'BUS'
          ? true
          : [...actor.names].some((name) => name.toLowerCase().split(/\s+/).includes(head));
      if (fits && (!best || actor.lastSeen > best.lastSeen)) best = actor;
    }
    return best;
  }

  private unnamedPerson(country: string, phrase: Phrase): ActorRecord {
    const role = phrase.role ?? 'Official';
    const named = this.namedByRole.get(`${country}|${role.toLowerCase()}`);
    // "Russia's foreign minister" is the one Russian foreign minister the article names, if it names one.
    if (named && named.length === 1 && named[0]) return root(named[0]);
    // "the Azerbaijani leader" after "President Ilham Aliyev": the one head of state or government named.
    if (LEADER_WORDS.has(role.toLowerCase())) {
      const heads = new Set<ActorRecord>();
      for (const title of HEAD_ROLES)
        for (const record of this.namedByRole.get(`${country}|${title}`) ?? []) heads.add(root(record));
      const [only] = heads;
      if (only && heads.size === 1) return only;
    }
    const sector = phrase.ministry?.sector && role === 'Spokesperson' ? 'GOV' : (phrase.sector ?? 'GOV');
    const record = this.named('PERSON', country, sector, slugify(role), phrase.surface);
    record.role = role;
    this.unnamedByRole.set(`${country}|${role.toLowerCase()}`, record);
    return root(record);
  }

  private noteState(iso3: string): void {
    const at = this.recentStates.indexOf(iso3);
    if (at >= 0) this.recentStates.splice(at, 1);
    this.recentStates.push(iso3);
    if (this.recentStates.length > 8) this.recentStates.shift();
  }

  /** After a sentence's phrases are resolved: update what "he", "it" and "they" point to next. */
  noteMention(records: readonly ActorRecord[], phrase: Phrase, asSubject: boolean, groupSize: number): void {
    if (records.length === 0) return;
    if (groupSize > 1 || records.length > 1) {
      this.lastThey = [...records];
    }
    for (const record of records) {
      const actor = root(record);
      if (actor.provisional) continue;
      if (actor.kind === 'PERSON') {
        const at = this.recentPersons.indexOf(actor);
        if (at >= 0) this.recentPersons.splice(at, 1);
        this.recentPersons.push(actor);
        if (this.recentPersons.length > 12) this.recentPersons.shift();
        if (asSubject && records.length === 1) {
          this.lastSubjectPerson = actor;
          this.subjectPersonSentence = actor.lastSeen;
        } else if (!this.lastSubjectPerson) this.lastSubjectPerson = actor;
      } else if (!phrase.plural && records.length === 1 && groupSize === 1 && phrase !== this.lastLocative) {
        // "signed by France and Spain": a conjunct is one of "they", never what a later "it" means.
        this.lastIt = actor;
        if (asSubject || phrase.start === 0) this.lastSubjectIt = actor;
      } else if (phrase.plural) {
        this.lastThey = [actor];
      }
      if (actor.country) this.noteState(actor.country);
    }
  }

  /** The final, canonical actors with deterministic ids. */
  finalize(): Map<ActorRecord, Actor> {
    const out = new Map<ActorRecord, Actor>();
    const all = new Set<ActorRecord>([
      ...this.byKey.values(),
      ...this.personsByName.values(),
      ...this.unnamedByRole.values(),
    ]);
    for (const record of all) {
      const actor = root(record);
      if (out.has(actor) || actor.provisional) continue;
      out.set(actor, toActor(actor, this.countryName));
    }
    return out;
  }
}

/** "the company", "the miner": the business named last, whatever its name ends in. */
const BUSINESS_HEADS = new Set(['company', 'firm', 'miner', 'carrier', 'airline', 'lender', 'carmaker']);
/** Sentences a named body stays "the court" or "the bloc": a quote or an aside may come between. */
const BODY_MEMORY = 6;
/** Head words a named body is called by on later mention ("the court", "the tribunal"). */
const BODY_HEADS = new Set([
  'court',
  'tribunal',
  'agency',
  'commission',
  'council',
  'committee',
  'mission',
  'organization',
  'organisation',
  'union',
  'league',
  'front',
  'movement',
  'party',
  'company',
  'bank',
  'fund',
]);

/** States wire copy means by "Western governments" or "Western diplomats". */
const WESTERN_STATES = new Set([
  'USA',
  'GBR',
  'FRA',
  'DEU',
  'ITA',
  'CAN',
  'ESP',
  'NLD',
  'BEL',
  'NOR',
  'SWE',
  'DNK',
  'FIN',
  'AUS',
  'NZL',
  'CHE',
  'AUT',
  'IRL',
  'PRT',
  'POL',
  'JPN',
]);

/** IGOs wire copy calls "the bloc" or "the alliance" on later mention. */
const BLOCS = new Set([
  'european-union',
  'african-union',
  'asean',
  'ecowas',
  'sadc',
  'gcc',
  'sco',
  'brics',
  'mercosur',
  'caricom',
  'eac',
  'igad',
  'eccas',
  'oic',
  'arab-league',
  'eaeu',
  'cis',
  'opec',
  'g7',
  'g20',
]);
const ALLIANCES = new Set(['nato', 'csto']);

/** Titles that say only "the one at the top": they mean whichever head of state or government was named. */
const LEADER_WORDS = new Set(['leader', 'head of state', 'strongman', 'ruler']);
const HEAD_ROLES = [
  'president',
  'prime minister',
  'leader',
  'supreme leader',
  'chancellor',
  'premier',
  'king',
  'emir',
  'sultan',
  'crown prince',
  'military leader',
];

const longest = (values: Iterable<string>): string => {
  let best = '';
  for (const value of values) {
    if (value.length > best.length || (value.length === best.length && value < best)) best = value;
  }
  return best;
};

/** What a wire story calls a sector no phrase named ("a military base" -> the Colombian military). */
const SECTOR_NOUNS: Partial<Record<Sector, string>> = {
  MIL: 'military',
  COP: 'police',
  CVL: 'civilians',
  REB: 'rebels',
  OPP: 'opposition',
  JUD: 'judiciary',
  LEG: 'legislature',
  SPY: 'intelligence services',
  MED: 'media',
};

const sectorGroupName = (
  country: string | null,
  sector: Sector,
  countryName: (iso3: string) => string,
): string => {
  const noun = SECTOR_NOUNS[sector];
  if (!country || !noun) return `${country ?? 'XXX'} ${sector}`;
  const name = countryName(country);
  return `${name}${name.endsWith('s') ? "'" : "'s"} ${noun}`;
};

const toActor = (record: ActorRecord, countryName: (iso3: string) => string): Actor => {
  const country = record.country;
  const prefix = country ?? 'XXX';
  let id: string;
  let name: string;
  switch (record.kind) {
    case 'STATE':
      id = prefix;
      name = country ? countryName(country) : 'Unknown';
      break;
    case 'IGO':
      id = `IGO-${record.slug}`;
      name = record.org?.name ?? longest(record.names);
      break;
    case 'MEDIA':
      id = `${country ? `${country}-` : ''}MED-${record.slug}`;
      name = record.org?.name ?? longest(record.names);
      break;
    case 'GROUP':
      if (record.org) {
        id = `${prefix}-${record.sector}-${record.slug}`;
        name = record.org.name;
      } else {
        id = `${prefix}-${record.sector}`;
        name =
          longest([...record.aliases].filter((alias) => !namesAFacility(alias)).map(stripDeterminer)) ||
          sectorGroupName(country, record.sector, countryName);
      }
      break;
    case 'PERSON': {
      const personName = longest(record.names);
      id = `${country ?? (record.sector === 'IGO' ? 'IGO' : 'XXX')}-${record.sector === 'UNK' ? 'GOV' : record.sector}-${slugify(record.slug && !personName ? record.slug : personName || (record.slug ?? 'person'))}`;
      name = personName || longest([...record.aliases].map(stripDeterminer));
      break;
    }
    default:
      id = `${prefix}-${record.sector}-${record.slug ?? slugify(longest(record.names))}`;
      name = longest([...record.aliases].map(stripDeterminer)) || longest(record.names);
  }
  const sector = record.sector === 'UNK' && record.kind === 'PERSON' ? 'GOV' : record.sector;
  const aliases = actorNames(record.aliases)
    .map(stripDeterminer)
    .filter((alias) => alias.length > 0);
  return {
    id: id.slice(0, 200),
    name: (name || id).slice(0, 300),
    country,
    sector,
    kind: record.kind,
    role: record.role,
    aliases: [...new Set(aliases)].sort(),
  };
};

/**
 * Only a phrase that names its actor gives it an alias: "the country", "the government", "the
 * regime", "both sides" or "the minister" may resolve to an actor, but they name nobody.
 */
const namesItsActor = (phrase: Phrase): boolean =>
  !phrase.pronoun &&
  phrase.surface !== '' &&
  (phrase.personName !== null ||
    phrase.org !== null ||
    phrase.orgName !== null ||
    phrase.ministry !== null ||
    phrase.possessorName !== null ||
    (phrase.country !== null && !phrase.countryRef && !(phrase.role && COUNTRY_WORDS.has(phrase.role))));

/**
 * "protesters", "police", "soldiers": a bare group noun says what a sector group is called in this
 * story ("Kenya's civilians" were "protesters" here), though it names no state.
 */
const callsItsGroup = (phrase: Phrase, record: ActorRecord): boolean =>
  root(record).kind === 'GROUP' &&
  !root(record).org &&
  phrase.roleKind === 'group' &&
  phrase.role !== null &&
  !COUNTRY_WORDS.has(phrase.role) &&
  !phrase.pronoun &&
  !phrase.count &&
  phrase.surface !== '';

/**
 * Nouns for where or with what a sector acts, not who acts: "Pakistani army posts" is a target a
 * story names before it names "Pakistan's military".
 */
const FACILITY_NOUNS = new Set([
  'base',
  'bases',
  'post',
  'posts',
  'outpost',
  'outposts',
  'checkpoint',
  'checkpoints',
  'position',
  'positions',
  'barracks',
  'camp',
  'camps',
  'station',
  'stations',
  'headquarters',
  'compound',
  'compounds',
  'installation',
  'installations',
  'facility',
  'facilities',
  'depot',
  'depots',
  'convoy',
  'convoys',
]);

const namesAFacility = (alias: string): boolean =>
  FACILITY_NOUNS.has(alias.toLowerCase().split(/\s+/).pop() ?? '');

/** The mentions that name the actor itself; facility phrases only when nothing else named it. */
const actorNames = (aliases: ReadonlySet<string>): string[] => {
  const all = [...aliases];
  const clean = all.filter((alias) => !namesAFacility(alias));
  return clean.length > 0 ? clean : all;
};

const stripDeterminer = (value: string): string => value.replace(/^(the|a|an)\s+/i, '').trim();

export const isDomesticSector = (sector: Sector): boolean => DOMESTIC_SECTORS.has(sector);
