import type { Sector } from '../model/common';

/**
 * Named organizations the coder recognizes by name. IGOs have no country; media, ministries and
 * armed groups carry the country they belong to (null when they are transnational).
 * `names` are surface forms as written (case matters for short acronyms, see `caseSensitive`).
 */
export interface OrganizationEntry {
  /** Stable slug used in actor ids: IGO-united-nations, RUS-MED-tass. */
  slug: string;
  /** Canonical display name. */
  name: string;
  names: readonly string[];
  kind: 'IGO' | 'MEDIA' | 'ORGANIZATION' | 'GROUP';
  sector: Sector;
  country: string | null;
  /** Why this entry exists or how it is used in the news. */
  reason: string;
}

const igo = (slug: string, name: string, names: readonly string[], reason: string): OrganizationEntry => ({
  slug,
  name,
  names,
  kind: 'IGO',
  sector: 'IGO',
  country: null,
  reason,
});

const media = (
  slug: string,
  name: string,
  names: readonly string[],
  country: string | null,
  reason: string,
): OrganizationEntry => ({ slug, name, names, kind: 'MEDIA', sector: 'MED', country, reason });

const group = (
  slug: string,
  name: string,
  names: readonly string[],
  country: string | null,
  sector: Sector,
  reason: string,
): OrganizationEntry => ({ slug, name, names, kind: 'GROUP', sector, country, reason });

export const ORGANIZATIONS: readonly OrganizationEntry[] = [
  igo(
    'united-nations',
    'United Nations',
    [
      'United Nations',
      'U.N.',
      'UN',
      'the UN',
      'U.N. General Assembly',
      'UN General Assembly',
      'General Assembly',
    ],
    'The UN and its General Assembly act as one IGO in wire copy.',
  ),
  igo(
    'un-security-council',
    'U.N. Security Council',
    ['U.N. Security Council', 'UN Security Council', 'United Nations Security Council', 'Security Council'],
    'The Security Council imposes sanctions and passes resolutions in its own name.',
  ),
  igo('nato', 'NATO', ['NATO', 'North Atlantic Treaty Organization', 'Nato'], 'Military alliance.'),
  igo(
    'european-union',
    'European Union',
    ['European Union', 'EU', 'E.U.', 'European Commission', 'European Council', 'Brussels'],
    '"Brussels" is the usual metonym for the EU institutions.',
  ),
  igo(
    'african-union',
    'African Union',
    ['African Union', 'AU'],
    'Continental body; mediates in African conflicts.',
  ),
  igo('asean', 'ASEAN', ['ASEAN', 'Association of Southeast Asian Nations'], 'Regional bloc.'),
  igo(
    'iaea',
    'IAEA',
    ['IAEA', 'International Atomic Energy Agency'],
    'Nuclear watchdog; inspects and reports.',
  ),
  igo('who', 'World Health Organization', ['World Health Organization', 'WHO'], 'UN health agency.'),
  igo('imf', 'IMF', ['IMF', 'International Monetary Fund'], 'Lends to and negotiates with states.'),
  igo('world-bank', 'World Bank', ['World Bank'], 'Development lender.'),
  igo('opec', 'OPEC', ['OPEC', 'OPEC+', 'Organization of the Petroleum Exporting Countries'], 'Oil cartel.'),
  igo(
    'icc',
    'International Criminal Court',
    ['International Criminal Court', 'ICC'],
    'Issues arrest warrants and prosecutes.',
  ),
  igo(
    'icj',
    'International Court of Justice',
    ['International Court of Justice', 'ICJ', 'World Court'],
    'UN court.',
  ),
  igo(
    'red-cross',
    'International Committee of the Red Cross',
    ['International Committee of the Red Cross', 'ICRC', 'Red Cross', 'Red Crescent'],
    'Humanitarian body that visits prisoners and delivers aid.',
  ),
  igo('unicef', 'UNICEF', ['UNICEF'], 'UN children agency.'),
  igo('unhcr', 'UNHCR', ['UNHCR', 'U.N. refugee agency', 'UN refugee agency'], 'UN refugee agency.'),
  igo('wfp', 'World Food Programme', ['World Food Programme', 'World Food Program', 'WFP'], 'UN food aid.'),
  igo('unrwa', 'UNRWA', ['UNRWA'], 'UN agency for Palestinian refugees.'),
  igo(
    'osce',
    'OSCE',
    ['OSCE', 'Organization for Security and Co-operation in Europe'],
    'Monitors ceasefires.',
  ),
  igo('arab-league', 'Arab League', ['Arab League'], 'Regional bloc.'),
  igo('g7', 'G7', ['G7', 'Group of Seven', 'G-7'], 'Club of rich democracies issuing joint statements.'),
  igo('g20', 'G20', ['G20', 'Group of 20', 'G-20'], 'Club of large economies.'),
  igo('wto', 'WTO', ['WTO', 'World Trade Organization'], 'Trade rules body.'),
  igo('ecowas', 'ECOWAS', ['ECOWAS', 'Economic Community of West African States'], 'West African bloc.'),
  igo(
    'sadc',
    'Southern African Development Community',
    ['Southern African Development Community', 'SADC'],
    'Southern African bloc; mediates and deploys missions.',
  ),
  igo(
    'csto',
    'Collective Security Treaty Organization',
    ['Collective Security Treaty Organization', 'CSTO'],
    'Moscow-led military alliance of former Soviet states.',
  ),
  igo('gcc', 'Gulf Cooperation Council', ['Gulf Cooperation Council', 'GCC'], 'Gulf bloc.'),
  igo(
    'sco',
    'Shanghai Cooperation Organization',
    ['Shanghai Cooperation Organization', 'SCO'],
    'Eurasian bloc.',
  ),
  igo('brics', 'BRICS', ['BRICS'], 'Bloc of emerging economies.'),
  igo('interpol', 'Interpol', ['Interpol'], 'Police cooperation body.'),
  media('tass', 'Tass', ['Tass', 'TASS'], 'RUS', 'Russian state news agency.'),
  media('ria-novosti', 'RIA Novosti', ['RIA Novosti', 'RIA'], 'RUS', 'Russian state news agency.'),
  media('interfax', 'Interfax', ['Interfax'], 'RUS', 'Russian news agency.'),
  media(
    'kcna',
    'Korean Central News Agency',
    ['Korean Central News Agency', 'KCNA'],
    'PRK',
    "North Korean state news agency; reports the leadership's acts.",
  ),
  media('yonhap', 'Yonhap', ['Yonhap', 'Yonhap News Agency'], 'KOR', 'South Korean news agency.'),
  media('xinhua', 'Xinhua', ['Xinhua', 'Xinhua News Agency'], 'CHN', 'Chinese state news agency.'),
  media('cctv', 'CCTV', ['CCTV', 'China Central Television'], 'CHN', 'Chinese state broadcaster.'),
  media('global-times', 'Global Times', ['Global Times'], 'CHN', 'Chinese state tabloid.'),
  media('irna', 'IRNA', ['IRNA', 'Islamic Republic News Agency'], 'IRN', 'Iranian state news agency.'),
  media('tasnim', 'Tasnim', ['Tasnim'], 'IRN', 'Iranian news agency.'),
  media('al-jazeera', 'Al Jazeera', ['Al Jazeera', 'Al-Jazeera'], 'QAT', 'Qatar-based broadcaster.'),
  media('al-arabiya', 'Al Arabiya', ['Al Arabiya', 'Al-Arabiya'], 'SAU', 'Saudi-owned broadcaster.'),
  media('sana', 'SANA', ['SANA'], 'SYR', 'Syrian state news agency.'),
  media('wafa', 'WAFA', ['WAFA'], 'PSE', 'Palestinian news agency.'),
  media('anadolu', 'Anadolu Agency', ['Anadolu Agency', 'Anadolu'], 'TUR', 'Turkish state news agency.'),
  media('kyodo', 'Kyodo News', ['Kyodo', 'Kyodo News'], 'JPN', 'Japanese news agency.'),
  media('nhk', 'NHK', ['NHK'], 'JPN', 'Japanese broadcaster.'),
  media('ap', 'The Associated Press', ['Associated Press', 'AP'], 'USA', 'US wire service.'),
  media('reuters', 'Reuters', ['Reuters'], 'GBR', 'UK wire service.'),
  media('afp', 'AFP', ['AFP', 'Agence France-Presse'], 'FRA', 'French wire service.'),
  media('bbc', 'BBC', ['BBC'], 'GBR', 'UK broadcaster.'),
  media('cnn', 'CNN', ['CNN'], 'USA', 'US broadcaster.'),
  media('ukrinform', 'Ukrinform', ['Ukrinform'], 'UKR', 'Ukrainian state news agency.'),
  group('hamas', 'Hamas', ['Hamas'], 'PSE', 'REB', 'Palestinian militant group ruling Gaza.'),
  group('islamic-jihad', 'Islamic Jihad', ['Islamic Jihad'], 'PSE', 'REB', 'Palestinian militant group.'),
  group('hezbollah', 'Hezbollah', ['Hezbollah', 'Hizbollah'], 'LBN', 'REB', 'Lebanese armed group.'),
  group(
    'houthis',
    'Houthis',
    ['Houthis', 'Houthi', 'Houthi rebels', 'Ansar Allah'],
    'YEM',
    'REB',
    'Yemeni rebels.',
  ),
  group('taliban', 'Taliban', ['Taliban'], 'AFG', 'REB', 'Afghan movement; coded as non-state armed group.'),
  group(
    'islamic-state',
    'Islamic State',
    ['Islamic State', 'ISIS', 'ISIL', 'IS group', 'Daesh'],
    null,
    'REB',
    'Transnational jihadist group.',
  ),
  group(
    'al-qaida',
    'al-Qaida',
    ['al-Qaida', 'al-Qaeda', 'al Qaeda', 'Al Qaeda', 'Al-Qaida'],
    null,
    'REB',
    'Jihadist network.',
  ),
  group(
    'al-shabab',
    'al-Shabab',
    ['al-Shabab', 'al-Shabaab', 'Al-Shabab', 'Al-Shabaab'],
    'SOM',
    'REB',
    'Somali militants.',
  ),
  group('boko-haram', 'Boko Haram', ['Boko Haram'], 'NGA', 'REB', 'Nigerian militants.'),
  group('wagner', 'Wagner Group', ['Wagner Group', 'Wagner'], 'RUS', 'MIL', 'Russian mercenary force.'),
  group('pkk', 'PKK', ['PKK', "Kurdistan Workers' Party"], 'TUR', 'REB', 'Kurdish militants in Turkey.'),
  group('m23', 'M23', ['M23'], 'COD', 'REB', 'Congolese rebel group.'),
  group(
    'eln',
    'National Liberation Army',
    ['National Liberation Army', 'ELN'],
    'COL',
    'REB',
    'Colombian guerrilla group; listed so the "army" head word does not make it the military.',
  ),
  group(
    'farc-dissidents',
    'FARC dissidents',
    ['FARC', 'FARC dissidents', 'Central General Staff', 'EMC'],
    'COL',
    'REB',
    'Colombian guerrilla factions that rejected the 2016 peace deal.',
  ),
  group(
    'ttp',
    'Tehreek-e-Taliban Pakistan',
    ['Tehreek-e-Taliban Pakistan', 'TTP', 'Pakistani Taliban'],
    'PAK',
    'REB',
    'Pakistani militant group, distinct from the Afghan Taliban.',
  ),
  group(
    'iswap',
    'Islamic State West Africa Province',
    ['Islamic State West Africa Province', 'ISWAP'],
    'NGA',
    'REB',
    'Boko Haram offshoot in the Lake Chad basin.',
  ),
  group(
    'jnim',
    'JNIM',
    ['JNIM', "Jama'at Nusrat al-Islam wal-Muslimin"],
    null,
    'REB',
    'al-Qaida affiliate in the Sahel; its country is where it acts.',
  ),
  group('ansar-dine', 'Ansar Dine', ['Ansar Dine'], 'MLI', 'REB', 'Malian jihadist group.'),
  group(
    'rsf',
    'Rapid Support Forces',
    ['Rapid Support Forces', 'RSF'],
    'SDN',
    'REB',
    'Sudanese paramilitary.',
  ),
  group(
    'irgc',
    'Revolutionary Guard',
    ['Revolutionary Guard', 'IRGC', 'Revolutionary Guards'],
    'IRN',
    'MIL',
    'Iran.',
  ),
  group('idf', 'Israel Defense Forces', ['Israel Defense Forces', 'IDF'], 'ISR', 'MIL', 'Israeli military.'),
  group('hts', 'Hayat Tahrir al-Sham', ['Hayat Tahrir al-Sham', 'HTS'], 'SYR', 'REB', 'Syrian armed group.'),
];

/**
 * Government bodies named without their country ("the Foreign Ministry"): the country comes from a
 * demonym or possessive ("Russian Foreign Ministry", "South Korea's Foreign Ministry") or context.
 */
export interface MinistryEntry {
  slug: string;
  name: string;
  terms: readonly string[];
  sector: Sector;
  reason: string;
}

export const MINISTRIES: readonly MinistryEntry[] = [
  {
    slug: 'foreign-ministry',
    name: 'Foreign Ministry',
    terms: ['foreign ministry', 'ministry of foreign affairs', 'foreign affairs ministry', 'foreign office'],
    sector: 'GOV',
    reason: 'Issues statements and summons ambassadors: "South Korea\'s Foreign Ministry said".',
  },
  {
    slug: 'defense-ministry',
    name: 'Defense Ministry',
    terms: ['defense ministry', 'defence ministry', 'ministry of defense', 'ministry of defence'],
    sector: 'MIL',
    reason: 'Speaks for the armed forces: "the Russian Defense Ministry said its forces struck".',
  },
  {
    slug: 'interior-ministry',
    name: 'Interior Ministry',
    terms: ['interior ministry', 'ministry of interior', 'ministry of the interior', 'home office'],
    sector: 'COP',
    reason: 'Runs the police: "the Interior Ministry said 20 people were detained".',
  },
  {
    slug: 'state-department',
    name: 'State Department',
    terms: ['state department'],
    sector: 'GOV',
    reason: 'US foreign ministry: "the State Department said".',
  },
  {
    slug: 'justice-ministry',
    name: 'Justice Ministry',
    terms: ['justice ministry', 'ministry of justice', 'justice department'],
    sector: 'JUD',
    reason: 'Prosecution and courts administration.',
  },
  {
    slug: 'finance-ministry',
    name: 'Finance Ministry',
    terms: ['finance ministry', 'ministry of finance', 'treasury', 'treasury department'],
    sector: 'GOV',
    reason: 'Imposes financial sanctions: "the Treasury Department sanctioned".',
  },
  {
    slug: 'unification-ministry',
    name: 'Unification Ministry',
    terms: ['unification ministry'],
    sector: 'GOV',
    reason: "South Korea's ministry for North Korean affairs.",
  },
  {
    slug: 'trade-ministry',
    name: 'Trade Ministry',
    terms: ['trade ministry', 'commerce ministry', 'ministry of trade', 'commerce department'],
    sector: 'GOV',
    reason: 'Trade restrictions and export controls.',
  },
  {
    slug: 'health-ministry',
    name: 'Health Ministry',
    terms: ['health ministry', 'ministry of health'],
    sector: 'GOV',
    reason: 'Reports casualties: "the Gaza Health Ministry said".',
  },
  {
    slug: 'joint-chiefs-of-staff',
    name: 'Joint Chiefs of Staff',
    terms: ['joint chiefs of staff', 'general staff'],
    sector: 'MIL',
    reason: 'Military command: "South Korea\'s Joint Chiefs of Staff said".',
  },
];
