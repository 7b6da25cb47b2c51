import { countryByIso3 } from '../lexicon/countries';
import { findPlace, findPlaceIn } from '../lexicon/places';
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

/**
 * locate, preferring the story's country for a town or region that several countries have
 * ("Punjab", "Hyderabad"): copy names the other one with its country.
 */
export const locateIn = (name: string, country: string | null): Location | null => {
  const found = locate(name);
  if (!found || !country || found.country === country) return found;
  const place = findPlaceIn(name, country);
  if (!place || place.country !== country) return found;
  return { name: place.name, country: place.country, lat: place.lat, lon: place.lon };
};
