import type { VerbRule } from './verb-patterns';

/**
 * Events reported as noun phrases with a named doer: "Israel's bombardment of Gaza", "the U.S.
 * sanctions on Iran". The doer is the possessor or the demonym right before the noun; the target
 * follows the preposition. The coder keeps them only where the sentence asserts the act happened
 * (not "threatened strikes", "possible sanctions", "calls for sanctions": see noun-events.ts).
 *
 * Nouns whose doer is mostly background ("Russia's invasion of Ukraine" in every war story) are
 * left out: they would code a years-old act again as news.
 */
export interface EventNounRule {
  id: string;
  code: string;
  /** Exact word forms (singular and plural). */
  nouns: readonly string[];
  prepositions: readonly string[];
  example: string;
}

export const EVENT_NOUN_RULES: readonly EventNounRule[] = [
  {
    id: 'noun-bombardment',
    code: '195',
    nouns: ['bombardment', 'bombardments', 'bombing', 'bombings'],
    prepositions: ['of', 'on', 'against'],
    example: "Israel's bombardment of Gaza continued on Monday.",
  },
  {
    id: 'noun-sanctions',
    code: '163',
    nouns: ['sanctions', 'embargo'],
    prepositions: ['on', 'against'],
    example: 'The U.S. sanctions on Iran took effect on Monday.',
  },
  {
    id: 'noun-blockade',
    code: '191',
    nouns: ['blockade'],
    prepositions: ['of', 'on'],
    example: "China's blockade of Taiwan entered its third day on Wednesday.",
  },
  {
    id: 'noun-expulsion',
    code: '174',
    nouns: ['expulsion', 'expulsions'],
    prepositions: ['of'],
    example: "Turkey's expulsion of the Dutch ambassador angered the Netherlands.",
  },
  {
    id: 'noun-detention',
    code: '173',
    nouns: ['detention', 'arrest'],
    prepositions: ['of'],
    example: "Iran's detention of a French aid worker drew protests from Paris.",
  },
  {
    id: 'noun-assassination',
    code: '186',
    nouns: ['assassination'],
    prepositions: ['of'],
    example: "Israel's assassination of a Hamas leader in Beirut drew condemnation from Lebanon.",
  },
  {
    id: 'noun-visit',
    code: '042',
    nouns: ['visit', 'visits'],
    prepositions: ['to'],
    example: "The deal was signed during the French president's state visit to Britain.",
  },
];

/** The table in the verb-pattern format, so the pattern matcher and the rule lint treat it alike. */
export const eventNounVerbRules = (rules: readonly EventNounRule[]): VerbRule[] =>
  rules.map((rule) => ({
    id: rule.id,
    code: rule.code,
    pattern: `${rule.nouns.map((noun) => `${noun}:n`).join('|')} ${rule.prepositions.join('|')} +`,
    example: rule.example,
    notes: 'Event noun with a named doer (event-noun-rules.ts).',
  }));
