import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRIES, countryByIso3 } from '../../../core/lexicon/countries';
import rawCountries from '../../../core/lexicon/data/countries.json' with { type: 'json' };
import rawPlaces from '../../../core/lexicon/data/places.json' with { type: 'json' };
import rawExtras from '../../../core/lexicon/data/places-extra.json' with { type: 'json' };
import { nameKey } from '../../../core/lexicon/name-key';
import { findPlace, PLACE_KINDS, PlacesFileSchema, placeIndex } from '../../../core/lexicon/places';

type Row = (typeof rawPlaces.places)[number];
const ROWS_BY_KEY = new Map<string, Row[]>();
for (const row of rawPlaces.places) {
  for (const form of [row[0], ...((row[6] as string[] | undefined) ?? [])]) {
    const key = nameKey(String(form));
    ROWS_BY_KEY.set(key, [...(ROWS_BY_KEY.get(key) ?? []), row]);
  }
}
/** Every generated row a name could mean: the competition findPlace has to rank. */
const rowsNamed = (name: string): Row[] => ROWS_BY_KEY.get(nameKey(name)) ?? [];
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

describe('data/places.json', () => {
  it('matches its schema (the runtime trusts the bundled file instead of parsing it at start)', () => {
    expect(PlacesFileSchema.safeParse(rawPlaces).error).toBeUndefined();
  });

  it('is refused by the schema when a row is malformed', () => {
    const [first] = rawPlaces.places;
    expect(PlacesFileSchema.safeParse({ places: [[first?.[0], 'usa', 0, 0, 1, 'city']] }).success).toBe(
      false,
    );
    expect(PlacesFileSchema.safeParse({ places: [[first?.[0], 'USA', 91, 0, 1, 'city']] }).success).toBe(
      false,
    );
  });
});

describe('findPlace', () => {
  it('resolves capitals to their country and GeoNames point', () => {
    const pyongyang = findPlace('Pyongyang');
    expect(pyongyang).toMatchObject({ name: 'Pyongyang', country: 'PRK', kind: 'capital' });
    expect(pyongyang?.lat).toBeCloseTo(39.03, 1);
    expect(pyongyang?.lon).toBeCloseTo(125.75, 1);
    expect(findPlace('Kiev')).toMatchObject({ name: 'Kyiv', country: 'UKR' });
    expect(findPlace('Washington')).toMatchObject({ country: 'USA', kind: 'capital' });
    expect(findPlace('Washington')?.lon).toBeCloseTo(-77.04, 1);
  });

  it('resolves hand-written places, with or without the article', () => {
    expect(findPlace('Vostochny Cosmodrome')).toMatchObject({ country: 'RUS', kind: 'facility' });
    expect(findPlace('the Vostochny Cosmodrome')?.lat).toBeCloseTo(51.88, 1);
    expect(findPlace('Gaza Strip')).toMatchObject({ country: 'PSE', kind: 'region' });
    expect(findPlace('the Strait of Hormuz')).toMatchObject({ country: null, kind: 'water' });
    expect(findPlace('Donbass')?.name).toBe('Donbas');
  });

  it('is case- and accent-insensitive', () => {
    for (const spelling of ['Brasília', 'Brasilia', 'BRASILIA']) {
      expect(findPlace(spelling)).toMatchObject({ name: 'Brasília', country: 'BRA' });
    }
    expect(findPlace("Sana'a")?.country).toBe('YEM');
    expect(findPlace('St. Petersburg')?.country).toBe('RUS');
  });

  it('prefers a capital to a larger namesake and a country to a region of another state', () => {
    // San José (Costa Rica) is a capital; San Jose (California) has three times its population.
    expect(rowsNamed('San Jose').map((row) => row[1])).toEqual(expect.arrayContaining(['CRI', 'USA']));
    expect(findPlace('San Jose')?.country).toBe('CRI');
    expect(findPlace('Paris')).toMatchObject({ country: 'FRA', kind: 'capital' });
    expect(rowsNamed('Georgia').map((row) => row[1])).toContain('USA');
    expect(findPlace('Georgia')).toMatchObject({ country: 'GEO', kind: 'country' });
    expect(findPlace('Armenia')?.country).toBe('ARM');
  });

  it('ranks ambiguous capitals as towns, towns above regions, and larger towns first', () => {
    expect(rowsNamed('Victoria').map((row) => row[1])).toEqual(expect.arrayContaining(['SYC', 'CAN', 'AUS']));
    expect(findPlace('Victoria')).toMatchObject({ country: 'CAN', kind: 'city' });
    expect(rowsNamed('Kherson').map((row) => row[5])).toEqual(expect.arrayContaining(['city', 'admin1']));
    expect(findPlace('Kherson')?.kind).toBe('city');
    const cordobas = rowsNamed('Córdoba').filter((row) => row[5] === 'city');
    const largest = [...cordobas].sort((a, b) => Number(b[4]) - Number(a[4]))[0];
    expect(cordobas.length).toBeGreaterThan(1);
    expect(findPlace('Cordoba')?.country).toBe(largest?.[1]);
  });

  it('lets a hand-written place win over a generated namesake and a country alias', () => {
    expect(rowsNamed('Red Sea').some((row) => row[5] === 'admin1')).toBe(true);
    expect(findPlace('Red Sea')?.kind).toBe('water');
    expect(findPlace('Red Sea state')).toMatchObject({ country: 'SDN', kind: 'admin1' });
    const scotland = findPlace('Scotland');
    expect(scotland).toMatchObject({ country: 'GBR', kind: 'region' });
    expect(scotland?.lat).not.toBe(countryByIso3('GBR')?.lat);
  });

  it('resolves countries to their centroid and regions named with a trailing region word', () => {
    const france = countryByIso3('FRA');
    expect(findPlace('France')).toMatchObject({
      country: 'FRA',
      kind: 'country',
      lat: france?.lat,
      lon: france?.lon,
    });
    expect(findPlace('the Netherlands')?.country).toBe('NLD');
    expect(findPlace('Kursk region')).toMatchObject({ country: 'RUS', kind: 'admin1' });
    expect(findPlace('Idlib province')?.country).toBe('SYR');
  });

  it('returns null for unknown or empty names and for deliberately ambiguous ones', () => {
    expect(findPlace('Nowhereville')).toBeNull();
    expect(findPlace('')).toBeNull();
    expect(findPlace('  ... ')).toBeNull();
    expect(findPlace('Korea')).toBeNull();
  });

  it('finds every capital in its own country unless the capital is a resolved namesake', () => {
    const resolved = new Set(rawCountries.resolutions.map((entry) => entry.form));
    const misses = COUNTRIES.filter(
      (entry) => entry.capital !== null && !resolved.has(nameKey(entry.capital).replace(/^the /, '')),
    )
      .filter((entry) => findPlace(entry.capital ?? '')?.country !== entry.iso3)
      .map((entry) => `${entry.iso3} ${entry.capital} -> ${findPlace(entry.capital ?? '')?.country}`);
    // A capital that shares its name with its own country resolves to the country: same code, so no miss.
    expect(misses).toEqual([]);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const place = findPlace(text);
        if (place) expect(Number.isFinite(place.lat) && Number.isFinite(place.lon)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('placeIndex', () => {
  it('exposes sorted normalised keys that findPlace accepts', () => {
    const names = placeIndex.names();
    expect(names.length).toBeGreaterThan(4000);
    expect(names.every((key, i) => i === 0 || byCodePoint(names[i - 1] ?? '', key) < 0)).toBe(true);
    expect(names.every((key) => placeIndex.normalize(key) === key)).toBe(true);
    for (const key of ['pyongyang', 'vostochny cosmodrome', 'gaza strip', 'france']) {
      expect(placeIndex.has(key)).toBe(true);
      expect(placeIndex.get(key)).toEqual(findPlace(key));
    }
    expect(placeIndex.maxWords()).toBeGreaterThanOrEqual(4);
    expect(placeIndex.names()).toBe(names);
  });
});

describe('gazetteer data', () => {
  it('is sorted by key, with valid rows and sorted aliases', () => {
    const keys = rawPlaces.places.map((row) => nameKey(String(row[0])));
    expect(keys.every((key, i) => i === 0 || byCodePoint(keys[i - 1] ?? '', key) <= 0)).toBe(true);
    const codes = new Set(COUNTRIES.map((entry) => entry.iso3));
    const kinds: readonly unknown[] = PLACE_KINDS;
    const bad = rawPlaces.places.filter((row) => {
      const aliases = (row[6] as string[] | undefined) ?? [];
      const aliasesSorted = aliases.every(
        (alias, i) => i === 0 || byCodePoint(aliases[i - 1] ?? '', alias) < 0,
      );
      return !(row[1] === null || codes.has(String(row[1]))) || !kinds.includes(row[5]) || !aliasesSorted;
    });
    expect(bad).toEqual([]);
  });

  it('keeps the hand-written supplement sorted, noted and in the generated file', () => {
    const names = rawExtras.places.map((place) => place.name);
    expect([...names].sort(byCodePoint)).toEqual(names);
    for (const place of rawExtras.places) {
      expect(place.note.length, place.name).toBeGreaterThan(5);
      expect(rowsNamed(place.name).some((row) => row[0] === place.name && row[5] === place.kind)).toBe(true);
    }
  });

  it('stays small enough to bundle', () => {
    const size = (file: string): number =>
      statSync(fileURLToPath(new URL(`../../../core/lexicon/data/${file}`, import.meta.url))).size;
    expect(size('countries.json')).toBeLessThan(200_000);
    expect(size('places.json')).toBeLessThan(400_000);
  });
});
