import type { Location } from '../model/event';
import type { Token } from './nlp';
import type { SentenceAnalysis } from './phrase-types';
import type { PlaceMention } from './sentence-context';

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'from', 'across', 'around']);
const MAX_PLACE_WORDS = 4;
const PLACE_NOUNS = new Set([
  'capital',
  'city',
  'town',
  'village',
  'port',
  'region',
  'province',
  'district',
  'state',
]);

/** Lowercase words between a preposition and a place name: directions and vague quantities. */
const PLACE_MODIFIERS = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'central',
  'several',
  'many',
  'some',
  'two',
  'three',
  'four',
]);

/**
 * "in Pyongyang", "at the Vostochny Cosmodrome", "near Bakhmut": capitalized words after a locative
 * preposition, looked up longest first in the gazetteer.
 */
export const findPlaces = (
  analysis: SentenceAnalysis,
  locate: (name: string) => Location | null,
): PlaceMention[] => {
  const { tokens } = analysis;
  const out: PlaceMention[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!PLACE_PREPOSITIONS.has((tokens[i] as Token).lower)) continue;
    let start = i + 1;
    if (tokens[start]?.lower === 'the') start++;
    // "in the northeastern Kharkiv region", "in several Havana neighborhoods".
    while (PLACE_MODIFIERS.has(tokens[start]?.lower ?? '') && !tokens[start]?.cap) start++;
    // "in the capital, Niamey", "in the city of Kharkiv"
    if (PLACE_NOUNS.has(tokens[start]?.lower ?? '') && !tokens[start]?.cap) {
      const next = tokens[start + 1]?.lower;
      if (next === ',' || next === 'of') start += 2;
    }
    let end = start;
    while (end < tokens.length && end - start < MAX_PLACE_WORDS && tokens[end]?.cap) end++;
    for (let stop = end; stop > start; stop--) {
      const name = tokens
        .slice(start, stop)
        .map((token) => token.text)
        .join(' ');
      const location = locate(name);
      if (location) {
        out.push({ token: start, location });
        break;
      }
    }
  }
  return out;
};

/** Kinds of place that are a scene rather than a government: towns and regions, not capitals. */
const TARGET_PLACE_KINDS = new Set(['city', 'admin1', 'region']);

/**
 * "Russian forces shelled Kharkiv, killing three civilians": a town that is the object of a verb, or of
 * "on"/"against" after an attack noun, is where the act happened, so the sentence's unplaced victims are
 * of its country rather than the story's or the attacker's. Capitals and countries are left out:
 * "criticized Beijing" names a government, not a scene.
 */
export const objectPlaceCountry = (
  analysis: SentenceAnalysis,
  find: (name: string) => { country: string | null; kind: string } | null,
): string | null => {
  const { tokens } = analysis;
  for (const phrase of analysis.phrases) {
    if (!phrase.personName || phrase.role || phrase.country || phrase.possessive) continue;
    const before = tokens[phrase.start - 1];
    const objectOf =
      before?.pos === 'VERB' ||
      ((before?.lower === 'on' || before?.lower === 'against') && tokens[phrase.start - 2]?.pos === 'NOUN');
    if (!objectOf) continue;
    const place = find(phrase.personName);
    if (place?.country && TARGET_PLACE_KINDS.has(place.kind)) return place.country;
  }
  return null;
};

/** Words between a group and its place: "journalists held in Minsk", "civilians trapped in Gaza". */
const WHERE_A_GROUP_IS = new Set([
  ...PLACE_PREPOSITIONS,
  'the',
  'held',
  'detained',
  'jailed',
  'imprisoned',
  'based',
  'living',
  'stranded',
  'trapped',
]);

/**
 * The country of a place named right after a phrase ("journalists in Minsk"): where that group's
 * people are, which beats the sentence's first place ("EU ministers, meeting in Brussels, condemned
 * the detention of journalists in Minsk") for a group that names no country itself.
 */
export const placeRightAfter = (
  analysis: SentenceAnalysis,
  phraseEnd: number,
  places: readonly PlaceMention[],
): string | null => {
  const place = places.find((mention) => mention.token > phraseEnd && mention.token - phraseEnd <= 4);
  if (!place) return null;
  for (let k = phraseEnd; k < place.token; k++)
    if (!WHERE_A_GROUP_IS.has(analysis.tokens[k]?.lower ?? '')) return null;
  return place.location.country ?? null;
};
