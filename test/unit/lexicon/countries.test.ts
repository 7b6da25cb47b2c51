import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AMBIGUOUS_FORMS,
  COUNTRIES,
  CountriesFileSchema,
  countryByCapital,
  countryByDemonym,
  countryByIso3,
  countryByName,
  countrySurfaceForms,
  METONYMS,
  MetonymsFileSchema,
  metonymByAlias,
} from '../../../core/lexicon/countries';
import rawCountries from '../../../core/lexicon/data/countries.json' with { type: 'json' };
import rawMetonyms from '../../../core/lexicon/data/metonyms.json' with { type: 'json' };
import { nameKey, nameKeyWithoutArticle } from '../../../core/lexicon/name-key';
import { SECTORS } from '../../../core/model/common';

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const isSorted = (values: readonly string[]): boolean =>
  values.every((value, i) => i === 0 || byCodePoint(values[i - 1] ?? '', value) < 0);

describe('the bundled country data', () => {
  it('matches its schema, which the runtime trusts instead of parsing at every cold start', () => {
    expect(CountriesFileSchema.safeParse(rawCountries).error).toBeUndefined();
    expect(MetonymsFileSchema.safeParse(rawMetonyms).error).toBeUndefined();
  });

  it('is a schema that refuses what the lexicon code assumes never happens', () => {
    const [first] = rawCountries.countries;
    const broken = (change: Record<string, unknown>) => ({
      resolutions: [],
      countries: [{ ...first, ...change }],
    });
    expect(CountriesFileSchema.safeParse(broken({})).success).toBe(true);
    expect(CountriesFileSchema.safeParse(broken({ iso3: 'us' })).success).toBe(false);
    expect(CountriesFileSchema.safeParse(broken({ lat: 91 })).success).toBe(false);
    expect(CountriesFileSchema.safeParse(broken({ aliases: [''] })).success).toBe(false);
    expect(CountriesFileSchema.safeParse(broken({ population: 1 })).success).toBe(false);
    const [metonym] = rawMetonyms.metonyms;
    expect(MetonymsFileSchema.safeParse({ metonyms: [{ ...metonym, sector: 'XYZ' }] }).success).toBe(false);
  });
});

describe('nameKey', () => {
  it('folds case, accents, periods, apostrophes, hyphens and "St."', () => {
    expect(nameKey('U.S.')).toBe(nameKey('US'));
    expect(nameKey('Brasília')).toBe(nameKey('BRASILIA'));
    expect(nameKey("Sana'a")).toBe(nameKey('Sanaa'));
    expect(nameKey('Guinea-Bissau')).toBe(nameKey('Guinea Bissau'));
    expect(nameKey('St. Petersburg')).toBe(nameKey('Saint Petersburg'));
    expect(nameKey('Kıbrıs')).toBe('kibris');
    expect(nameKey('  Côte  d’Ivoire ')).toBe(nameKey("Cote d'Ivoire"));
    expect(nameKeyWithoutArticle('The Netherlands')).toBe(nameKey('Netherlands'));
  });

  it('is idempotent and never leaves outer or double spaces', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const key = nameKey(text);
        expect(nameKey(key)).toBe(key);
        expect(key).toBe(key.trim());
        expect(key).not.toContain('  ');
      }),
      { numRuns: 300 },
    );
  });
});

describe('country data', () => {
  it('has unique upper-case ISO3 codes and unique names, including the contested entities', () => {
    const codes = COUNTRIES.map((entry) => entry.iso3);
    expect(codes.every((code) => /^[A-Z]{3}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(COUNTRIES.map((entry) => nameKey(entry.name))).size).toBe(COUNTRIES.length);
    for (const code of ['XKX', 'PSE', 'TWN', 'ESH', 'VAT']) expect(countryByIso3(code)?.iso3).toBe(code);
  });

  it('is sorted and free of duplicates, as the generator writes it', () => {
    expect(isSorted(COUNTRIES.map((entry) => entry.iso3))).toBe(true);
    for (const entry of COUNTRIES) {
      expect(isSorted(entry.aliases), entry.iso3).toBe(true);
      expect(isSorted(entry.demonyms), entry.iso3).toBe(true);
      expect(isSorted(entry.capitalAliases), entry.iso3).toBe(true);
    }
    expect(isSorted(rawCountries.resolutions.map((entry) => entry.form))).toBe(true);
  });

  it('gives a capital point to every country that has a capital', () => {
    for (const entry of COUNTRIES) {
      if (entry.capital === null) continue;
      expect(entry.capitalLat, entry.iso3).not.toBeNull();
      expect(entry.capitalLon, entry.iso3).not.toBeNull();
    }
  });

  it('maps no surface form to two countries unless a recorded resolution settles it', () => {
    const claims = new Map<string, Set<string>>();
    for (const entry of COUNTRIES) {
      const forms = [entry.name, ...entry.aliases, ...entry.demonyms, entry.capital, ...entry.capitalAliases];
      for (const form of forms) {
        if (form === null) continue;
        const key = nameKeyWithoutArticle(form);
        claims.set(key, (claims.get(key) ?? new Set()).add(entry.iso3));
      }
    }
    const resolutions = new Map(rawCountries.resolutions.map((entry) => [entry.form, entry]));
    for (const [key, claimants] of claims) {
      if (claimants.size < 2) continue;
      const resolution = resolutions.get(key);
      expect(resolution, `"${key}" is claimed by ${[...claimants].join(', ')}`).toBeDefined();
      const winner = countryByName(key) ?? countryByDemonym(key) ?? countryByCapital(key);
      expect(winner?.iso3).toBe(resolution?.owner ?? undefined);
    }
    for (const entry of rawCountries.resolutions) expect(entry.why.length).toBeGreaterThan(10);
  });
});

describe('countryByName', () => {
  it('accepts names, aliases and their punctuation, case and article variants', () => {
    const cases: [string, string][] = [
      ['U.S.', 'USA'],
      ['US', 'USA'],
      ['USA', 'USA'],
      ['America', 'USA'],
      ['the United States', 'USA'],
      ['U.K.', 'GBR'],
      ['Britain', 'GBR'],
      ['Great Britain', 'GBR'],
      ['DPRK', 'PRK'],
      ['North Korea', 'PRK'],
      ['ROK', 'KOR'],
      ['Republic of Korea', 'KOR'],
      ['south korea', 'KOR'],
      ['Ivory Coast', 'CIV'],
      ["Côte d'Ivoire", 'CIV'],
      ['Cote d’Ivoire', 'CIV'],
      ['Czechia', 'CZE'],
      ['Czech Republic', 'CZE'],
      ['Burma', 'MMR'],
      ['Myanmar', 'MMR'],
      ['Holland', 'NLD'],
      ['the Netherlands', 'NLD'],
      ['UAE', 'ARE'],
      ['Turkey', 'TUR'],
      ['Türkiye', 'TUR'],
      ['Russian Federation', 'RUS'],
      ['Kosovo', 'XKX'],
      ['Palestine', 'PSE'],
      ['Taiwan', 'TWN'],
      ['Western Sahara', 'ESH'],
      ['the Vatican', 'VAT'],
      ['Holy See', 'VAT'],
      ['Chad', 'TCD'],
      ['Jordan', 'JOR'],
      ['Jersey', 'JEY'],
      ['Georgia', 'GEO'],
    ];
    for (const [name, iso3] of cases) expect(countryByName(name)?.iso3, name).toBe(iso3);
  });

  it('resolves the Congos and Guineas as documented and leaves bare "Korea" unmapped', () => {
    expect(countryByName('Congo')?.iso3).toBe('COD');
    expect(countryByName('DRC')?.iso3).toBe('COD');
    expect(countryByName('Democratic Republic of Congo')?.iso3).toBe('COD');
    expect(countryByName('Republic of Congo')?.iso3).toBe('COG');
    expect(countryByName('Congo-Brazzaville')?.iso3).toBe('COG');
    expect(countryByName('Guinea')?.iso3).toBe('GIN');
    expect(countryByName('Equatorial Guinea')?.iso3).toBe('GNQ');
    expect(countryByName('Guinea-Bissau')?.iso3).toBe('GNB');
    expect(countryByName('Papua New Guinea')?.iso3).toBe('PNG');
    expect(countryByName('Korea')).toBeUndefined();
    expect(countryByName('Washington')).toBeUndefined();
    expect(countryByName('Atlantis')).toBeUndefined();
  });
});

describe('countryByDemonym', () => {
  // G20 members, both Koreas, the Middle East and the larger African states.
  const expected: Record<string, string> = {
    Argentine: 'ARG',
    Australian: 'AUS',
    Brazilian: 'BRA',
    Canadian: 'CAN',
    Chinese: 'CHN',
    French: 'FRA',
    German: 'DEU',
    Indian: 'IND',
    Indonesian: 'IDN',
    Italian: 'ITA',
    Japanese: 'JPN',
    Mexican: 'MEX',
    Russian: 'RUS',
    Saudi: 'SAU',
    'South African': 'ZAF',
    Turkish: 'TUR',
    British: 'GBR',
    American: 'USA',
    'U.S.': 'USA',
    'South Korean': 'KOR',
    'North Korean': 'PRK',
    Israeli: 'ISR',
    Palestinian: 'PSE',
    Iranian: 'IRN',
    Iraqi: 'IRQ',
    Syrian: 'SYR',
    Lebanese: 'LBN',
    Jordanian: 'JOR',
    Egyptian: 'EGY',
    Emirati: 'ARE',
    Qatari: 'QAT',
    Kuwaiti: 'KWT',
    Bahraini: 'BHR',
    Omani: 'OMN',
    Yemeni: 'YEM',
    Nigerian: 'NGA',
    Ethiopian: 'ETH',
    Kenyan: 'KEN',
    Congolese: 'COD',
    Algerian: 'DZA',
    Moroccan: 'MAR',
    Sudanese: 'SDN',
    'South Sudanese': 'SSD',
    Somali: 'SOM',
    Ghanaian: 'GHA',
    Ivorian: 'CIV',
    Senegalese: 'SEN',
    Malian: 'MLI',
    Nigerien: 'NER',
    Chadian: 'TCD',
    Ugandan: 'UGA',
    Rwandan: 'RWA',
    Tanzanian: 'TZA',
    Angolan: 'AGO',
    Zimbabwean: 'ZWE',
    Libyan: 'LBY',
    Tunisian: 'TUN',
    Eritrean: 'ERI',
    Filipino: 'PHL',
    Philippine: 'PHL',
    Ukrainian: 'UKR',
    Taiwanese: 'TWN',
    Kosovar: 'XKX',
    Afghan: 'AFG',
    Pakistani: 'PAK',
  };

  it('resolves the demonyms of the states news covers most', () => {
    for (const [word, iso3] of Object.entries(expected))
      expect(countryByDemonym(word)?.iso3, word).toBe(iso3);
  });

  it('accepts plural person nouns and refuses the ambiguous "Korean"', () => {
    expect(countryByDemonym('Russians')?.iso3).toBe('RUS');
    expect(countryByDemonym('Israelis')?.iso3).toBe('ISR');
    expect(countryByDemonym('Swiss')?.iso3).toBe('CHE');
    expect(countryByDemonym('Korean')).toBeUndefined();
    expect(countryByDemonym('Koreans')).toBeUndefined();
    expect(countryByDemonym('Dominican')?.iso3).toBe('DOM');
  });

  it('leaves only dependencies and the two states that share a demonym with a namesake without one', () => {
    // Dependencies whose demonym is their sovereign's or another's ("French", "Virgin Islander").
    const dependencies = ['ATF', 'BES', 'BVT', 'GGY', 'HMD', 'IOT', 'JEY', 'MNP', 'SJM', 'VGB', 'VIR'];
    // "Congolese" went to the DRC and "Dominican" to the Dominican Republic.
    const sharing = ['COG', 'DMA'];
    const without = COUNTRIES.filter((entry) => entry.demonyms.length === 0).map((entry) => entry.iso3);
    expect(without.filter((iso3) => !dependencies.includes(iso3) && !sharing.includes(iso3))).toEqual([]);
  });
});

describe('countryByCapital', () => {
  it('resolves capitals, their other spellings and other seats of government', () => {
    const cases: [string, string][] = [
      ['Pyongyang', 'PRK'],
      ['Seoul', 'KOR'],
      ['Moscow', 'RUS'],
      ['Washington', 'USA'],
      ['Washington, D.C.', 'USA'],
      ['Kyiv', 'UKR'],
      ['Kiev', 'UKR'],
      ['Beijing', 'CHN'],
      ['Tehran', 'IRN'],
      ['Jerusalem', 'ISR'],
      ['Ramallah', 'PSE'],
      ['Nairobi', 'KEN'],
      ['Brasília', 'BRA'],
      ['Brasilia', 'BRA'],
      ['Canberra', 'AUS'],
      ['Kingston', 'JAM'],
      ['La Paz', 'BOL'],
      ['Pristina', 'XKX'],
    ];
    for (const [name, iso3] of cases) expect(countryByCapital(name)?.iso3, name).toBe(iso3);
  });

  it('does not look up capitals that are mostly names or other cities', () => {
    expect(countryByIso3('IMN')?.capital).toBe('Douglas');
    expect(countryByCapital('Douglas')).toBeUndefined();
    expect(countryByCapital('Victoria')).toBeUndefined();
    expect(AMBIGUOUS_FORMS.has('hamilton')).toBe(true);
  });
});

describe('metonyms', () => {
  it('resolve with or without the article and accents', () => {
    expect(metonymByAlias('the Kremlin')).toMatchObject({ iso3: 'RUS', sector: 'GOV' });
    expect(metonymByAlias('White House')).toMatchObject({ iso3: 'USA', sector: 'GOV' });
    expect(metonymByAlias('the Pentagon')).toMatchObject({ iso3: 'USA', sector: 'MIL' });
    expect(metonymByAlias('Downing Street')?.iso3).toBe('GBR');
    expect(metonymByAlias('the Élysée')?.iso3).toBe('FRA');
    expect(metonymByAlias('Zhongnanhai')?.iso3).toBe('CHN');
    expect(metonymByAlias('the Blue House')?.iso3).toBe('KOR');
    expect(metonymByAlias('Foggy Bottom')?.iso3).toBe('USA');
    expect(metonymByAlias('the Capitol')).toBeUndefined();
  });

  it('are sorted, known countries and sectors, each with a note', () => {
    expect(isSorted(METONYMS.map((metonym) => metonym.alias))).toBe(true);
    for (const metonym of METONYMS) {
      expect(countryByIso3(metonym.iso3), metonym.alias).toBeDefined();
      expect(SECTORS).toContain(metonym.sector);
    }
    for (const raw of rawMetonyms.metonyms) expect(raw.note.length, raw.alias).toBeGreaterThan(10);
  });
});

describe('countrySurfaceForms', () => {
  const forms = countrySurfaceForms();

  it('lists every lookup form once per country and kind, with acronyms flagged', () => {
    const find = (text: string) => forms.filter((form) => form.text === text);
    expect(find('US').map((form) => [form.iso3, form.acronym])).toContainEqual(['USA', true]);
    expect(find('Britain')).toMatchObject([{ iso3: 'GBR', kind: 'alias', acronym: false }]);
    expect(find('Russians')).toMatchObject([{ iso3: 'RUS', kind: 'demonym' }]);
    expect(find('Kremlin')).toMatchObject([{ iso3: 'RUS', kind: 'metonym', sector: 'GOV' }]);
    expect(forms.some((form) => AMBIGUOUS_FORMS.has(form.key))).toBe(false);
    expect(new Set(forms.map((form) => `${form.text}|${form.iso3}|${form.kind}`)).size).toBe(forms.length);
    expect(countrySurfaceForms()).toBe(forms);
  });

  it('agrees with the lookups for every form', () => {
    for (const form of forms) {
      const found =
        form.kind === 'metonym'
          ? metonymByAlias(form.text)?.iso3
          : form.kind === 'demonym'
            ? countryByDemonym(form.text)?.iso3
            : form.kind === 'capital'
              ? countryByCapital(form.text)?.iso3
              : countryByName(form.text)?.iso3;
      expect(found, `${form.kind} ${form.text}`).toBe(form.iso3);
    }
  });
});

describe('lookups on arbitrary input', () => {
  it('never throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        countryByName(text);
        countryByDemonym(text);
        countryByCapital(text);
        metonymByAlias(text);
        countryByIso3(text);
      }),
      { numRuns: 300 },
    );
  });
});
