import { SECTORS, type Sector } from '../model/common';

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
  /** Every state has its own ("the Red Crescent"): the country comes from the phrase or the story. */
  national?: boolean;
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

/**
 * More bodies, one per line so the list stays compact: `KIND [ISO3] [SECTOR] | slug | name | names
 * separated by ";" | why`. IGOs carry no country; MEDIA is MED; an NGO here is international, with no
 * country of its own, so it is recognized (and not mistaken for a local body) but never coded.
 */
const compactOrganizations = (table: string): OrganizationEntry[] =>
  table
    .trim()
    .split('\n')
    .map((line) => {
      const [head = '', slug = '', name = '', names = '', reason = ''] = line.split('|');
      const [kind = '', country = '', sector = ''] = head.split(' ');
      const forms = names.split(';');
      if (kind === 'IGO') return igo(slug, name, forms, `${reason}.`);
      if (kind === 'MEDIA') return media(slug, name, forms, country, `${reason}.`);
      if (kind === 'NGO')
        return {
          slug,
          name,
          names: forms,
          kind: 'ORGANIZATION',
          sector: 'NGO',
          country: null,
          reason: `${reason}.`,
        };
      if (kind === 'GROUP' && (SECTORS as readonly string[]).includes(sector))
        return group(slug, name, forms, country, sector as Sector, `${reason}.`);
      throw new Error(`organization table: bad line "${line}"`);
    });

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
    [
      'African Union',
      'AU',
      'African Union Peace and Security Council',
      'AU Peace and Security Council',
      'Peace and Security Council',
      'African Union Commission',
      'AU Commission',
    ],
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
    ['International Committee of the Red Cross', 'ICRC', 'Red Cross'],
    'Humanitarian body that visits prisoners and delivers aid.',
  ),
  {
    slug: 'red-crescent',
    name: 'Red Crescent',
    names: ['Red Crescent', 'Red Crescent Society'],
    kind: 'ORGANIZATION',
    sector: 'NGO',
    country: null,
    national: true,
    reason: 'National aid societies ("the Iranian Red Crescent"), each its own country\'s, not the ICRC.',
  },
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
  ...compactOrganizations(`
IGO|ohchr|UN human rights office|UN human rights office;U.N. human rights office;OHCHR;Office of the High Commissioner for Human Rights|UN rights office that documents abuses
IGO|un-human-rights-council|UN Human Rights Council|UN Human Rights Council;U.N. Human Rights Council;Human Rights Council|UN body that votes resolutions on states
IGO|ocha|OCHA|OCHA;UN humanitarian office;U.N. humanitarian office;Office for the Coordination of Humanitarian Affairs|UN aid coordination office
IGO|undp|UNDP|UNDP;United Nations Development Programme;UN Development Programme|UN development agency
IGO|unesco|UNESCO|UNESCO|UN cultural agency
IGO|fao|Food and Agriculture Organization|Food and Agriculture Organization;FAO|UN food agency
IGO|ilo|International Labour Organization|International Labour Organization;International Labor Organization;ILO|UN labour agency
IGO|iom|International Organization for Migration|International Organization for Migration;IOM|UN migration agency
IGO|unifil|UNIFIL|UNIFIL;United Nations Interim Force in Lebanon;UN Interim Force in Lebanon|UN peacekeepers in Lebanon
IGO|monusco|MONUSCO|MONUSCO|UN peacekeepers in Congo
IGO|unmiss|UNMISS|UNMISS;United Nations Mission in South Sudan;UN Mission in South Sudan;U.N. Mission in South Sudan|UN mission in South Sudan
IGO|minusma|MINUSMA|MINUSMA|UN mission in Mali until 2023
IGO|minusca|MINUSCA|MINUSCA|UN peacekeepers in the Central African Republic
IGO|unama|UNAMA|UNAMA;UN Assistance Mission in Afghanistan;United Nations Assistance Mission in Afghanistan|UN political mission in Afghanistan
IGO|unsmil|UNSMIL|UNSMIL;UN Support Mission in Libya;United Nations Support Mission in Libya|UN political mission in Libya
IGO|unami|UNAMI|UNAMI;UN Assistance Mission for Iraq;United Nations Assistance Mission for Iraq|UN political mission in Iraq
IGO|unficyp|UNFICYP|UNFICYP|UN peacekeepers in Cyprus
IGO|minurso|MINURSO|MINURSO|UN mission in Western Sahara
IGO|undof|UNDOF|UNDOF|UN observers on the Golan Heights
IGO|unmik|UNMIK|UNMIK|UN mission in Kosovo
IGO|unisfa|UNISFA|UNISFA|UN peacekeepers in Abyei
IGO|binuh|BINUH|BINUH|UN political office in Haiti
IGO|untso|UNTSO|UNTSO|UN truce observers in the Middle East
IGO|unmogip|UNMOGIP|UNMOGIP|UN military observers in Kashmir
IGO|unsom|UNSOM|UNSOM;UNTMIS|UN political mission in Somalia
IGO|unmha|UNMHA|UNMHA|UN mission for Hodeidah
IGO|au-somalia|African Union mission in Somalia|ATMIS;AMISOM;AUSSOM;African Union Transition Mission in Somalia;African Union Mission in Somalia;African Union Support and Stabilization Mission in Somalia|AU force fighting al-Shabab
IGO|kfor|KFOR|KFOR|NATO force in Kosovo
IGO|saarc|SAARC|SAARC;South Asian Association for Regional Cooperation|South Asian bloc
IGO|pacific-islands-forum|Pacific Islands Forum|Pacific Islands Forum|Pacific regional body
IGO|celac|CELAC|CELAC;Community of Latin American and Caribbean States|Latin American and Caribbean bloc
IGO|andean-community|Andean Community|Andean Community|Andean trade bloc
IGO|sahel-states|Alliance of Sahel States|Alliance of Sahel States;Confederation of Sahel States|Mali, Burkina Faso and Niger after leaving ECOWAS
IGO|afdb|African Development Bank|African Development Bank;AfDB|Pan-African development lender
IGO|asian-development-bank|Asian Development Bank|Asian Development Bank|Asian development lender
IGO|ebrd|EBRD|EBRD;European Bank for Reconstruction and Development|European development lender
IGO|unfpa|UNFPA|UNFPA;UN Population Fund;United Nations Population Fund|UN population agency
IGO|unodc|UNODC|UNODC;UN Office on Drugs and Crime;United Nations Office on Drugs and Crime|UN crime and drugs office
IGO|unep|UN Environment Programme|UNEP;UN Environment Programme;United Nations Environment Programme|UN environment agency
IGO|icao|ICAO|ICAO;International Civil Aviation Organization|UN aviation agency
IGO|international-maritime-organization|International Maritime Organization|International Maritime Organization|UN shipping agency
IGO|oas|Organization of American States|Organization of American States;OAS|American regional body
IGO|caricom|CARICOM|CARICOM;Caribbean Community|Caribbean bloc
IGO|mercosur|Mercosur|Mercosur;MERCOSUR|South American trade bloc
IGO|eac|East African Community|East African Community|East African bloc
IGO|igad|IGAD|IGAD;Intergovernmental Authority on Development|Horn of Africa bloc that mediates
IGO|eccas|ECCAS|ECCAS;Economic Community of Central African States|Central African bloc
IGO|oic|Organisation of Islamic Cooperation|Organisation of Islamic Cooperation;Organization of Islamic Cooperation;OIC|Bloc of Muslim-majority states
IGO|council-of-europe|Council of Europe|Council of Europe|European human rights body, not the EU
IGO|european-parliament|European Parliament|European Parliament|EU legislature
IGO|eufor|EUFOR|EUFOR;EUFOR Althea|EU force in Bosnia
IGO|frontex|Frontex|Frontex|EU border agency
IGO|europol|Europol|Europol|EU police agency
IGO|cis|Commonwealth of Independent States|Commonwealth of Independent States|Post-Soviet bloc
IGO|eaeu|Eurasian Economic Union|Eurasian Economic Union|Moscow-led trade bloc
IGO|opcw|OPCW|OPCW;Organisation for the Prohibition of Chemical Weapons;Organization for the Prohibition of Chemical Weapons|Chemical weapons watchdog
IGO|pca|Permanent Court of Arbitration|Permanent Court of Arbitration|Hears disputes between states
IGO|ecb|European Central Bank|European Central Bank;ECB|EU central bank
MEDIA RUS|sputnik|Sputnik|Sputnik|Russian state news agency
MEDIA RUS|rt|RT|RT;Russia Today|Russian state broadcaster
MEDIA RUS|izvestia|Izvestia|Izvestia|Russian daily
MEDIA RUS|kommersant|Kommersant|Kommersant|Russian daily
MEDIA IRN|press-tv|Press TV|Press TV;PressTV|Iranian state broadcaster
MEDIA IRN|fars|Fars|Fars;Fars News Agency|Iranian news agency
MEDIA IRN|mehr|Mehr|Mehr News Agency|Iranian news agency
MEDIA IRN|isna|ISNA|ISNA|Iranian news agency
MEDIA IRN|irib|IRIB|IRIB|Iranian state broadcaster
MEDIA LBN|al-manar|Al-Manar|Al-Manar;Al Manar|Hezbollah's broadcaster
MEDIA LBN|al-mayadeen|Al Mayadeen|Al Mayadeen;Al-Mayadeen|Beirut-based broadcaster
MEDIA SAU|spa|Saudi Press Agency|Saudi Press Agency;SPA|Saudi state news agency
MEDIA ARE|wam|WAM|WAM;Emirates News Agency|Emirati state news agency
MEDIA QAT|qna|Qatar News Agency|Qatar News Agency;QNA|Qatari state news agency
MEDIA KWT|kuna|KUNA|KUNA;Kuwait News Agency|Kuwaiti state news agency
MEDIA EGY|mena|Middle East News Agency|Middle East News Agency|Egyptian state news agency
MEDIA IND|pti|Press Trust of India|Press Trust of India;PTI|Indian news agency
MEDIA IND|ani|ANI|ANI;Asian News International|Indian news agency
MEDIA MYS|bernama|Bernama|Bernama|Malaysian state news agency
MEDIA IDN|antara|Antara|Antara|Indonesian state news agency
MEDIA VNM|vna|Vietnam News Agency|Vietnam News Agency|Vietnamese state news agency
MEDIA BLR|belta|BelTA|BelTA;Belta|Belarusian state news agency
MEDIA AZE|azertac|AZERTAC|AZERTAC;Azertac|Azerbaijani state news agency
MEDIA ARM|armenpress|Armenpress|Armenpress|Armenian state news agency
MEDIA AFG|tolo|TOLOnews|TOLOnews;Tolo News;TOLO News|Afghan broadcaster
MEDIA PAK|geo-news|Geo News|Geo News|Pakistani broadcaster
MEDIA ISR|haaretz|Haaretz|Haaretz|Israeli daily
MEDIA ISR|times-of-israel|Times of Israel|Times of Israel|Israeli news site
MEDIA USA|voa|Voice of America|Voice of America;VOA|US state broadcaster
MEDIA USA|rferl|Radio Free Europe/Radio Liberty|Radio Free Europe/Radio Liberty;Radio Free Europe;RFE/RL;Radio Liberty|US-funded broadcaster
MEDIA USA|nyt|The New York Times|New York Times|US daily
MEDIA USA|washington-post|The Washington Post|Washington Post|US daily
MEDIA USA|wsj|The Wall Street Journal|Wall Street Journal|US daily
MEDIA USA|bloomberg|Bloomberg|Bloomberg News|US news agency
MEDIA GBR|ft|Financial Times|Financial Times|UK daily
MEDIA DEU|dw|Deutsche Welle|Deutsche Welle|German state broadcaster
MEDIA FRA|france-24|France 24|France 24|French state broadcaster
MEDIA FRA|rfi|RFI|RFI;Radio France Internationale|French state radio
MEDIA CHN|china-daily|China Daily|China Daily|Chinese state daily
MEDIA CHN|peoples-daily|People's Daily|People's Daily|Chinese Communist Party daily
MEDIA CHN|cgtn|CGTN|CGTN|Chinese state broadcaster
MEDIA TUR|trt|TRT|TRT|Turkish state broadcaster
MEDIA UKR|kyiv-independent|Kyiv Independent|Kyiv Independent|Ukrainian news site
MEDIA UKR|ukrainska-pravda|Ukrainska Pravda|Ukrainska Pravda|Ukrainian news site
NGO|amnesty-international|Amnesty International|Amnesty International;Amnesty|International rights group; no country of its own, so never coded
NGO|human-rights-watch|Human Rights Watch|Human Rights Watch;HRW|International rights group; no country of its own, so never coded
NGO|msf|Doctors Without Borders|Doctors Without Borders;Medecins Sans Frontieres;Médecins Sans Frontières;MSF|International medical charity; never coded
NGO|save-the-children|Save the Children|Save the Children|International charity; never coded
NGO|oxfam|Oxfam|Oxfam|International charity; never coded
NGO|crisis-group|International Crisis Group|International Crisis Group;Crisis Group|Think tank; never coded
NGO|cpj|Committee to Protect Journalists|Committee to Protect Journalists;CPJ|Press freedom group; never coded
NGO|reporters-without-borders|Reporters Without Borders|Reporters Without Borders;Reporters Sans Frontieres;Reporters Sans Frontières|Press freedom group; never coded
NGO|transparency-international|Transparency International|Transparency International|Anti-corruption group; never coded
NGO|greenpeace|Greenpeace|Greenpeace|Environmental group; never coded
GROUP PSE REB|qassam-brigades|Qassam Brigades|Qassam Brigades;al-Qassam Brigades;Al-Qassam Brigades;Izz ad-Din al-Qassam Brigades|Hamas's armed wing
GROUP IRQ REB|kataib-hezbollah|Kataib Hezbollah|Kataib Hezbollah;Kata'ib Hezbollah|Iraqi militia, not Lebanon's Hezbollah
GROUP IRQ MIL|pmf|Popular Mobilization Forces|Popular Mobilization Forces;Popular Mobilisation Forces;PMF;Hashd al-Shaabi|Iraqi state-sanctioned militias
GROUP IRQ REB|islamic-resistance-in-iraq|Islamic Resistance in Iraq|Islamic Resistance in Iraq|Iraqi militia umbrella
GROUP SYR REB|sdf|Syrian Democratic Forces|Syrian Democratic Forces;SDF|Kurdish-led force in Syria
GROUP SYR REB|ypg|YPG|YPG;People's Protection Units|Syrian Kurdish militia
GROUP MMR REB|arakan-army|Arakan Army|Arakan Army|Myanmar ethnic armed group; "army" here is no state's
GROUP MMR REB|kia|Kachin Independence Army|Kachin Independence Army|Myanmar ethnic armed group
GROUP MMR REB|tnla|Ta'ang National Liberation Army|Ta'ang National Liberation Army;TNLA|Myanmar ethnic armed group
GROUP MMR REB|pdf-myanmar|People's Defense Force|People's Defense Force;People's Defence Force;People's Defense Forces;People's Defence Forces|Myanmar anti-junta militias
GROUP COD REB|adf|Allied Democratic Forces|Allied Democratic Forces|Congo-based Islamist rebels
GROUP COD REB|codeco|CODECO|CODECO|Congolese militia
GROUP AFG REB|iskp|Islamic State Khorasan|Islamic State Khorasan;Islamic State Khorasan Province;ISIS-K;IS-K;ISKP|Afghan branch of Islamic State
GROUP PAK REB|bla|Balochistan Liberation Army|Balochistan Liberation Army;Baloch Liberation Army;BLA|Pakistani separatist group
GROUP PAK REB|jaish-e-mohammed|Jaish-e-Mohammed|Jaish-e-Mohammed;Jaish-e-Muhammad|Pakistan-based militants
GROUP PAK REB|lashkar-e-taiba|Lashkar-e-Taiba|Lashkar-e-Taiba;Lashkar-e-Toiba|Pakistan-based militants
GROUP IRN REB|jaish-al-adl|Jaish al-Adl|Jaish al-Adl|Iranian Baluch militants
GROUP PHL REB|npa|New People's Army|New People's Army|Philippine communist rebels; "army" here is no state's
GROUP PHL REB|abu-sayyaf|Abu Sayyaf|Abu Sayyaf|Philippine militants
GROUP ETH REB|tplf|TPLF|TPLF;Tigray People's Liberation Front|Tigrayan party and former rebels
GROUP ETH REB|fano|Fano|Fano|Amhara militia
GROUP ETH REB|ola|Oromo Liberation Army|Oromo Liberation Army|Ethiopian rebels; "army" here is no state's
GROUP SSD REB|splm-io|SPLM-IO|SPLM-IO;SPLA-IO;SPLM/A-IO|Riek Machar's armed opposition
GROUP ESH REB|polisario|Polisario Front|Polisario Front;Polisario|Western Sahara independence movement
GROUP RUS MIL|africa-corps|Africa Corps|Africa Corps|Russian defence ministry force that replaced Wagner in Africa
GROUP HTI REB|viv-ansanm|Viv Ansanm|Viv Ansanm|Haitian gang coalition
GROUP RWA REB|fdlr|Democratic Forces for the Liberation of Rwanda|Democratic Forces for the Liberation of Rwanda;FDLR|Rwandan Hutu rebels based in eastern Congo
GROUP COD REB|mai-mai|Mai-Mai|Mai-Mai;Mai Mai|Congolese community militias
GROUP COD REB|wazalendo|Wazalendo|Wazalendo|Pro-government Congolese militias
GROUP NGA REB|ipob|IPOB|IPOB;Indigenous People of Biafra|Nigerian separatist movement
GROUP MOZ REB|ansar-al-sunna|Ahlu Sunna Wal Jamaa|Ahlu Sunna Wal Jamaa;Ansar al-Sunna|Islamic State affiliate in Cabo Delgado
GROUP MLI REB|azawad-liberation-front|Azawad Liberation Front|Azawad Liberation Front|Tuareg-led rebels in northern Mali
GROUP SYR REB|syrian-national-army|Syrian National Army|Syrian National Army|Turkish-backed Syrian armed factions
GROUP YEM REB|aqap|al-Qaida in the Arabian Peninsula|al-Qaida in the Arabian Peninsula;al-Qaeda in the Arabian Peninsula;AQAP|Yemen-based al-Qaida branch
GROUP LBY MIL|lna|Libyan National Army|Libyan National Army;LNA|Khalifa Haftar's eastern forces
GROUP MEX REB|sinaloa-cartel|Sinaloa Cartel|Sinaloa Cartel;Sinaloa cartel|Mexican drug cartel
GROUP MEX REB|cjng|Jalisco New Generation Cartel|Jalisco New Generation Cartel;CJNG|Mexican drug cartel
`),
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
    terms: [
      'foreign ministry',
      'ministry of foreign affairs',
      'foreign affairs ministry',
      'foreign office',
      // India's and a few Commonwealth states' name for it.
      'ministry of external affairs',
      'external affairs ministry',
    ],
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
  {
    slug: 'ministry',
    name: 'Ministry',
    terms: ['ministry'],
    sector: 'GOV',
    reason: '"The ministry said": the ministry last named, else one of the story\'s government.',
  },
];
