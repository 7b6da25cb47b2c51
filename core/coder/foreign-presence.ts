import type { SentenceAnalysis } from './phrase-types';
import type { PlaceMention } from './sentence-context';

/** What a state keeps on another's soil: acting on "its embassy" there usually means the other state's. */
const FOREIGN_PRESENCE_NOUNS = new Set([
  'embassy',
  'embassies',
  'consulate',
  'consulates',
  'mission',
  'missions',
  'envoy',
  'envoys',
  'ambassador',
  'ambassadors',
  'diplomat',
  'diplomats',
  'citizen',
  'citizens',
  'national',
  'nationals',
  'ship',
  'ships',
  'vessel',
  'vessels',
  'aircraft',
  'troops',
]);

/** Verbs a state does to its own people and assets abroad: "recalled its ambassador" is its own. */
const OWN_ASSET_VERBS = new Set([
  'recall',
  'withdraw',
  'evacuate',
  'repatriate',
  'send',
  'dispatch',
  'deploy',
  'pull',
  'bring',
  'fly',
  'airlift',
  'reopen',
  'open',
  'close',
  'shut',
  'move',
  'relocate',
  'station',
  'instruct',
  'order',
  'urge',
  'advise',
  'warn',
  'tell',
  'call',
  'appoint',
  'name',
  'nominate',
]);

/**
 * "police raided its embassy": a possessive "its"/"their" on a foreign-presence object, after a verb
 * done to someone else's assets. Returns the countries named later in the sentence ("recalled its
 * ambassador from Tanzania" names the other side itself), or null when the rule does not apply.
 */
export const foreignPresenceAt = (
  analysis: SentenceAnalysis,
  p: number,
  places: readonly PlaceMention[],
): ReadonlySet<string> | null => {
  const phrase = analysis.phrases[p];
  if (!phrase || (phrase.possessive !== 'it' && phrase.possessive !== 'they')) return null;
  // The head is the last word before a qualifier: "its embassy in Quito".
  let head = phrase.start + 1;
  while (head + 1 < phrase.end && analysis.tokens[head + 1]?.pos !== 'ADP') head++;
  if (!FOREIGN_PRESENCE_NOUNS.has(analysis.tokens[head]?.lower ?? '')) return null;
  const verb = analysis.tokens[phrase.start - 1];
  if (verb?.pos !== 'VERB' || OWN_ASSET_VERBS.has(verb.lemma.toLowerCase())) return null;
  const later = new Set<string>();
  for (const other of analysis.phrases.slice(p + 1)) if (other.country) later.add(other.country);
  for (const place of places)
    if (place.token > head && place.location.country) later.add(place.location.country);
  return later;
};
