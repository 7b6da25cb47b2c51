import type { Sentence } from '../article/index';
import { locate } from './geo';
import type { SentenceAnalysis } from './phrase-types';
import { findPlaces } from './places';

/** Sentences read to find what an article is about: wire stories name their subject early. */
const FOCUS_SENTENCES = 12;
/** The headline and first paragraph say what the story is about more surely than background does. */
const LEAD_WEIGHT = 2;
/** What it takes to move the story away from its dateline: two mentions in the lead, or four later. */
const MIN_FOCUS_WEIGHT = 2 * LEAD_WEIGHT;

/**
 * The country an article is about. Wire stories are often filed from a neighbouring capital
 * (Bangkok for Myanmar, Seoul for North Korea), so the dateline is where the reporter sits, not
 * where "the military" or "the president" of the story serve. A dateline country the headline or
 * first paragraph names is a party to the story (Niamey for Niger's quarrel with Washington, Havana
 * for aid to Cuba) and stays the focus; otherwise the country most named in the lead's actors and
 * places wins, and the dateline only breaks ties or fills a silence.
 */
export const focusCountry = (
  sentences: readonly Sentence[],
  text: string,
  bodyStart: number,
  datelineCountry: string | null,
  analyse: (sentence: Sentence) => SentenceAnalysis,
): string | null => {
  const paragraphBreak = text.indexOf('\n\n', Math.max(0, bodyStart));
  const leadEnd = paragraphBreak < 0 ? text.length : paragraphBreak;
  const counts = new Map<string, number>();
  let datelineInLead = false;
  const add = (iso3: string | null, lead: boolean): void => {
    if (!iso3) return;
    counts.set(iso3, (counts.get(iso3) ?? 0) + (lead ? LEAD_WEIGHT : 1));
    if (lead && iso3 === datelineCountry) datelineInLead = true;
  };
  for (const sentence of sentences.slice(0, FOCUS_SENTENCES)) {
    const analysis = analyse(sentence);
    const lead = sentence.start < leadEnd;
    for (const phrase of analysis.phrases) if (!phrase.pronoun) add(phrase.country, lead);
    for (const place of findPlaces(analysis, locate)) {
      // A place already read as a phrase ("in Kyiv") counts once.
      if ((analysis.phraseAt[place.token] ?? -1) < 0) add(place.location.country, lead);
    }
  }
  if (datelineInLead) return datelineCountry;
  // A single foreign name ("CARACAS — Brazil called on the electoral council") is a visitor to the
  // story, not its subject.
  if (datelineCountry && Math.max(0, ...counts.values()) < MIN_FOCUS_WEIGHT) return datelineCountry;
  let best = datelineCountry;
  let bestCount = datelineCountry ? (counts.get(datelineCountry) ?? 0) : 0;
  for (const [iso3, count] of counts) {
    if (count > bestCount) {
      best = iso3;
      bestCount = count;
    }
  }
  return best;
};
