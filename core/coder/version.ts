import { createHash } from 'node:crypto';
import rawCodes from '../lexicon/data/cameo-codes.json' with { type: 'json' };
import rawCountries from '../lexicon/data/countries.json' with { type: 'json' };
import rawMetonyms from '../lexicon/data/metonyms.json' with { type: 'json' };
import rawPlover from '../lexicon/data/plover.json' with { type: 'json' };
import { EVENT_NOUNS } from '../lexicon/event-nouns';
import { INTENT_CODES } from '../lexicon/intent-codes';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs';
import { MINISTRIES, ORGANIZATIONS } from '../lexicon/organizations';
import { PEOPLE } from '../lexicon/people';
import { ORGANIZATION_HEADS, ROLES } from '../lexicon/roles';
import { VERB_RULES } from '../lexicon/verb-patterns';
import { WORD_CLASSES } from '../lexicon/word-classes';

/** Bumped by hand when the coder's code (not its data) changes what it outputs. */
export const CODER_SEMVER = '0.13.1';

/** Everything the coder reads as data: a change to any of it can change the events it codes. */
export const LEXICON_DATA: Readonly<Record<string, unknown>> = {
  verbRules: VERB_RULES,
  wordClasses: WORD_CLASSES,
  eventNouns: EVENT_NOUNS,
  intentCodes: INTENT_CODES,
  irregularVerbs: IRREGULAR_VERBS,
  roles: ROLES,
  organizationHeads: ORGANIZATION_HEADS,
  organizations: ORGANIZATIONS,
  ministries: MINISTRIES,
  people: PEOPLE,
  countries: rawCountries,
  metonyms: rawMetonyms,
  cameoCodes: rawCodes,
  plover: rawPlover,
};

/**
 * `<semver>+<first 8 hex of a sha-256 over the lexicon data>`: stored with every coded article, so
 * `newsevents recode` re-codes exactly when a rule or a lexicon entry changed. Pure, for tests.
 */
export const coderVersionOf = (semver: string, data: Readonly<Record<string, unknown>>): string => {
  const hash = createHash('sha256');
  // Sections in a fixed order; each section's JSON is deterministic because the data are literals.
  for (const name of Object.keys(data).sort())
    hash.update(`${name}\n${JSON.stringify(data[name])}\n`, 'utf8');
  return `${semver}+${hash.digest('hex').slice(0, 8)}`;
};
