import { countryByIso3 } from '../lexicon/countries';
import { findPlace } from '../lexicon/places';
import type { Location } from '../model/event';

export { countryByIso3, findPlace };

const cache = new Map<string, Location | null>();

/** Resolves a place name through the bundled gazetteer; results are memoized per process. */
export const locate = (name: string): Location | null => {
  const key = name.toLowerCase();
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let location: Location | null = null;
  const place = findPlace(name);
  if (place) {
    location = { name: place.name, country: place.country, lat: place.lat, lon: place.lon };
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(key, location);
  return location;
};
