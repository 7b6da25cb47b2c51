import { SECTORS, type Sector } from '../model/common';

/**
 * People wire copy names without saying where they are from ("Putin said", "Xi told Blinken").
 * Office-holders change: each entry says when it was true, and a demonym or role in the text
 * ("former President ...") always wins over this list. Surnames are listed only where they are
 * unambiguous in international news ("Kim" is not).
 */
export interface PersonEntry {
  name: string;
  /** Other spellings and the surname used alone on later mention. */
  aliases: readonly string[];
  country: string | null;
  sector: Sector;
  role: string;
  /** Who this is and for when. */
  reason: string;
}

const p = (
  name: string,
  aliases: readonly string[],
  country: string | null,
  sector: Sector,
  role: string,
  reason: string,
): PersonEntry => ({ name, aliases, country, sector, role, reason });

const LISTED_PEOPLE: readonly PersonEntry[] = [
  p(
    'Vladimir Putin',
    ['Putin'],
    'RUS',
    'GOV',
    'President',
    'President of Russia since 2012 (and 2000-2008).',
  ),
  p(
    'Sergey Lavrov',
    ['Sergei Lavrov', 'Lavrov'],
    'RUS',
    'GOV',
    'Foreign Minister',
    'Russian foreign minister since 2004.',
  ),
  p('Dmitry Peskov', ['Peskov'], 'RUS', 'GOV', 'Spokesperson', 'Kremlin spokesman.'),
  p('Maria Zakharova', ['Zakharova'], 'RUS', 'GOV', 'Spokesperson', 'Russian Foreign Ministry spokeswoman.'),
  p(
    'Sergei Shoigu',
    ['Sergey Shoigu', 'Shoigu'],
    'RUS',
    'GOV',
    'Minister',
    'Russian defense minister 2012-2024, then Security Council secretary.',
  ),
  p(
    'Volodymyr Zelenskyy',
    ['Volodymyr Zelensky', 'Zelenskyy', 'Zelensky'],
    'UKR',
    'GOV',
    'President',
    'President of Ukraine since 2019.',
  ),
  p('Dmytro Kuleba', ['Kuleba'], 'UKR', 'GOV', 'Foreign Minister', 'Ukrainian foreign minister 2020-2024.'),
  p('Andrii Sybiha', ['Sybiha'], 'UKR', 'GOV', 'Foreign Minister', 'Ukrainian foreign minister since 2024.'),
  p('Xi Jinping', ['Xi'], 'CHN', 'GOV', 'President', 'President of China since 2013.'),
  p('Wang Yi', [], 'CHN', 'GOV', 'Foreign Minister', 'Chinese foreign minister.'),
  p('Li Qiang', [], 'CHN', 'GOV', 'Premier', 'Chinese premier since 2023.'),
  p('Joe Biden', ['Biden'], 'USA', 'GOV', 'President', 'US president 2021-2025.'),
  p('Donald Trump', ['Trump'], 'USA', 'GOV', 'President', 'US president 2017-2021 and from 2025.'),
  p('Antony Blinken', ['Blinken'], 'USA', 'GOV', 'Secretary of State', 'US secretary of state 2021-2025.'),
  p('Marco Rubio', ['Rubio'], 'USA', 'GOV', 'Secretary of State', 'US secretary of state from 2025.'),
  p('Lloyd Austin', [], 'USA', 'GOV', 'Defense Secretary', 'US defense secretary 2021-2025.'),
  p('Kamala Harris', [], 'USA', 'GOV', 'Vice President', 'US vice president 2021-2025.'),
  p(
    'Kim Jong Un',
    ['Kim Jong-un', 'Kim Jong-Un'],
    'PRK',
    'GOV',
    'Leader',
    'Leader of North Korea since 2011.',
  ),
  p(
    'Kim Yo Jong',
    ['Kim Yo-jong'],
    'PRK',
    'GOV',
    'Official',
    "Senior North Korean official, Kim Jong Un's sister.",
  ),
  p('Choe Son Hui', [], 'PRK', 'GOV', 'Foreign Minister', 'North Korean foreign minister since 2022.'),
  p('Yoon Suk Yeol', ['Yoon'], 'KOR', 'GOV', 'President', 'South Korean president 2022-2025.'),
  p('Fumio Kishida', ['Kishida'], 'JPN', 'GOV', 'Prime Minister', 'Japanese prime minister 2021-2024.'),
  p('Shigeru Ishiba', ['Ishiba'], 'JPN', 'GOV', 'Prime Minister', 'Japanese prime minister from 2024.'),
  p('Narendra Modi', ['Modi'], 'IND', 'GOV', 'Prime Minister', 'Indian prime minister since 2014.'),
  p('Shehbaz Sharif', [], 'PAK', 'GOV', 'Prime Minister', 'Pakistani prime minister.'),
  p(
    'Recep Tayyip Erdogan',
    ['Tayyip Erdogan', 'Erdogan', 'Erdoğan'],
    'TUR',
    'GOV',
    'President',
    'Turkish president since 2014.',
  ),
  p('Benjamin Netanyahu', ['Netanyahu'], 'ISR', 'GOV', 'Prime Minister', 'Israeli prime minister.'),
  p('Isaac Herzog', ['Herzog'], 'ISR', 'GOV', 'President', 'Israeli president since 2021.'),
  p('Mahmoud Abbas', ['Abbas'], 'PSE', 'GOV', 'President', 'Palestinian Authority president.'),
  p('Ali Khamenei', ['Khamenei'], 'IRN', 'GOV', 'Supreme Leader', 'Supreme leader of Iran.'),
  p('Ebrahim Raisi', ['Raisi'], 'IRN', 'GOV', 'President', 'Iranian president 2021-2024.'),
  p('Masoud Pezeshkian', ['Pezeshkian'], 'IRN', 'GOV', 'President', 'Iranian president from 2024.'),
  p('Abbas Araghchi', ['Araghchi'], 'IRN', 'GOV', 'Foreign Minister', 'Iranian foreign minister from 2024.'),
  p('Emmanuel Macron', ['Macron'], 'FRA', 'GOV', 'President', 'French president since 2017.'),
  p('Olaf Scholz', ['Scholz'], 'DEU', 'GOV', 'Chancellor', 'German chancellor 2021-2025.'),
  p('Friedrich Merz', ['Merz'], 'DEU', 'GOV', 'Chancellor', 'German chancellor from 2025.'),
  p(
    'Annalena Baerbock',
    ['Baerbock'],
    'DEU',
    'GOV',
    'Foreign Minister',
    'German foreign minister 2021-2025.',
  ),
  p('Rishi Sunak', ['Sunak'], 'GBR', 'GOV', 'Prime Minister', 'British prime minister 2022-2024.'),
  p('Keir Starmer', ['Starmer'], 'GBR', 'GOV', 'Prime Minister', 'British prime minister from 2024.'),
  p('Giorgia Meloni', ['Meloni'], 'ITA', 'GOV', 'Prime Minister', 'Italian prime minister since 2022.'),
  p('Pedro Sanchez', ['Pedro Sánchez'], 'ESP', 'GOV', 'Prime Minister', 'Spanish prime minister since 2018.'),
  p(
    'Viktor Orban',
    ['Viktor Orbán', 'Orban', 'Orbán'],
    'HUN',
    'GOV',
    'Prime Minister',
    'Hungarian prime minister.',
  ),
  p('Alexander Lukashenko', ['Lukashenko'], 'BLR', 'GOV', 'President', 'Belarusian president since 1994.'),
  p(
    'Luiz Inacio Lula da Silva',
    ['Luiz Inácio Lula da Silva', 'Lula da Silva', 'Lula'],
    'BRA',
    'GOV',
    'President',
    'Brazilian president from 2023.',
  ),
  p('Nicolas Maduro', ['Nicolás Maduro', 'Maduro'], 'VEN', 'GOV', 'President', 'Venezuelan president.'),
  p(
    'Andres Manuel Lopez Obrador',
    ['Andrés Manuel López Obrador', 'Lopez Obrador', 'López Obrador'],
    'MEX',
    'GOV',
    'President',
    'Mexican president 2018-2024.',
  ),
  p('Claudia Sheinbaum', ['Sheinbaum'], 'MEX', 'GOV', 'President', 'Mexican president from 2024.'),
  p('Javier Milei', ['Milei'], 'ARG', 'GOV', 'President', 'Argentine president from 2023.'),
  p(
    'Mohammed bin Salman',
    ['Mohammed bin Salman', 'bin Salman'],
    'SAU',
    'GOV',
    'Crown Prince',
    'Saudi crown prince and prime minister.',
  ),
  p(
    'Abdel Fattah el-Sissi',
    ['Abdel Fattah el-Sisi', 'el-Sissi', 'el-Sisi', 'Sissi', 'Sisi'],
    'EGY',
    'GOV',
    'President',
    'Egyptian president.',
  ),
  p('Bashar al-Assad', ['Assad'], 'SYR', 'GOV', 'President', 'Syrian president until December 2024.'),
  p('Ahmed al-Sharaa', ['al-Sharaa'], 'SYR', 'GOV', 'President', 'Syrian interim president from 2025.'),
  p(
    'Anthony Albanese',
    ['Albanese'],
    'AUS',
    'GOV',
    'Prime Minister',
    'Australian prime minister since 2022.',
  ),
  p('Justin Trudeau', ['Trudeau'], 'CAN', 'GOV', 'Prime Minister', 'Canadian prime minister 2015-2025.'),
  p(
    'Ferdinand Marcos Jr.',
    ['Ferdinand Marcos', 'Marcos'],
    'PHL',
    'GOV',
    'President',
    'Philippine president from 2022.',
  ),
  p('Lai Ching-te', ['Lai'], 'TWN', 'GOV', 'President', 'Taiwanese president from 2024.'),
  p('Tsai Ing-wen', ['Tsai'], 'TWN', 'GOV', 'President', 'Taiwanese president 2016-2024.'),
  p('Cyril Ramaphosa', ['Ramaphosa'], 'ZAF', 'GOV', 'President', 'South African president.'),
  p('William Ruto', ['Ruto'], 'KEN', 'GOV', 'President', 'Kenyan president from 2022.'),
  p('Bola Tinubu', ['Tinubu'], 'NGA', 'GOV', 'President', 'Nigerian president from 2023.'),
  p('Abiy Ahmed', ['Abiy'], 'ETH', 'GOV', 'Prime Minister', 'Ethiopian prime minister.'),
  p('Paul Kagame', ['Kagame'], 'RWA', 'GOV', 'President', 'Rwandan president.'),
  p(
    'Felix Tshisekedi',
    ['Félix Tshisekedi', 'Tshisekedi'],
    'COD',
    'GOV',
    'President',
    'Congolese president.',
  ),
  p(
    'Abdel Fattah Burhan',
    ['Abdel Fattah al-Burhan', 'Burhan'],
    'SDN',
    'MIL',
    'General',
    "Sudan's army chief.",
  ),
  p(
    'Mohamed Hamdan Dagalo',
    ['Dagalo', 'Hemedti'],
    'SDN',
    'REB',
    'Commander',
    'Commander of the Rapid Support Forces.',
  ),
  p(
    'Antonio Guterres',
    ['António Guterres', 'Guterres'],
    null,
    'IGO',
    'Secretary-General',
    'UN secretary-general since 2017.',
  ),
  p('Rafael Grossi', ['Grossi'], null, 'IGO', 'Director General', 'IAEA director general since 2019.'),
  p('Josep Borrell', ['Borrell'], null, 'IGO', 'High Representative', 'EU foreign policy chief 2019-2024.'),
  p('Kaja Kallas', ['Kallas'], null, 'IGO', 'High Representative', 'EU foreign policy chief from 2024.'),
  p(
    'Ursula von der Leyen',
    ['von der Leyen'],
    null,
    'IGO',
    'President',
    'European Commission president since 2019.',
  ),
  p(
    'Jens Stoltenberg',
    ['Stoltenberg'],
    null,
    'IGO',
    'Secretary-General',
    'NATO secretary-general 2014-2024.',
  ),
  p('Mark Rutte', ['Rutte'], null, 'IGO', 'Secretary-General', 'NATO secretary-general from 2024.'),
  p('Tedros Adhanom Ghebreyesus', ['Tedros'], null, 'IGO', 'Director General', 'WHO director general.'),
  p('Pope Francis', [], 'VAT', 'GOV', 'Pope', 'Head of the Holy See 2013-2025.'),
  p('Yahya Sinwar', ['Sinwar'], 'PSE', 'REB', 'Leader', 'Hamas leader, killed 2024.'),
  p('Ismail Haniyeh', ['Haniyeh'], 'PSE', 'REB', 'Leader', 'Hamas political leader, killed 2024.'),
  p('Hassan Nasrallah', ['Nasrallah'], 'LBN', 'REB', 'Leader', 'Hezbollah leader, killed 2024.'),
  p(
    'Alexei Navalny',
    ['Navalny'],
    'RUS',
    'OPP',
    'Opposition Leader',
    'Russian opposition leader, died 2024.',
  ),
];

/**
 * Office-holders most often named in wire copy, one per line so the table stays compact:
 * `ISO3 SECTOR | role | full name | aliases separated by ";" | when`. ISO3 "-" is an IGO official.
 * A surname is listed as an alias only where it is distinctive in international news: "Ali", "Singh",
 * "Lee", "Sharif", "Ortega" or "Montenegro" alone would name the wrong person (or country) too often.
 */
const OFFICE_HOLDERS = `
AFG GOV|Supreme Leader|Hibatullah Akhundzada|Akhundzada|Taliban leader since 2016
AFG GOV|Foreign Minister|Amir Khan Muttaqi|Muttaqi|Taliban foreign minister since 2021
AFG GOV|Spokesperson|Zabihullah Mujahid||Taliban spokesman
ALB GOV|Prime Minister|Edi Rama||since 2013
DZA GOV|President|Abdelmadjid Tebboune|Tebboune|since 2019
DZA GOV|Foreign Minister|Ahmed Attaf|Attaf|since 2023
AGO GOV|President|Joao Lourenco|João Lourenço|since 2017
ARM GOV|Prime Minister|Nikol Pashinyan|Pashinyan|since 2018
ARM GOV|Foreign Minister|Ararat Mirzoyan|Mirzoyan|since 2021
AUS GOV|Foreign Minister|Penny Wong||since 2022
AUS GOV|Defense Minister|Richard Marles|Marles|since 2022
AUT GOV|Chancellor|Karl Nehammer|Nehammer|2021-2025
AUT GOV|Chancellor|Christian Stocker||from 2025
AUT GOV|President|Alexander Van der Bellen|Van der Bellen|since 2017
AZE GOV|President|Ilham Aliyev|Aliyev|since 2003
AZE GOV|Foreign Minister|Jeyhun Bayramov|Bayramov|since 2020
BGD GOV|Chief Adviser|Muhammad Yunus||interim leader from 2024
BGD GOV|Prime Minister|Sheikh Hasina|Hasina|2009-2024
BEL GOV|Prime Minister|Alexander De Croo|De Croo|2020-2025
BEL GOV|Prime Minister|Bart De Wever|De Wever|from 2025
BOL GOV|President|Luis Arce||2020-2025
BRA GOV|Foreign Minister|Mauro Vieira||since 2023
BIH GOV|Republika Srpska President|Milorad Dodik|Dodik|Bosnian Serb leader
- IGO|High Representative|Christian Schmidt||international envoy overseeing the Bosnian peace accord from 2021
BDI GOV|President|Evariste Ndayishimiye|Évariste Ndayishimiye;Ndayishimiye|since 2020
KHM GOV|Prime Minister|Hun Manet||since 2023
KHM GOV|Senate President|Hun Sen||prime minister 1985-2023
CMR GOV|President|Paul Biya|Biya|since 1982
CAN GOV|Prime Minister|Mark Carney|Carney|from 2025
CAN GOV|Foreign Minister|Melanie Joly|Mélanie Joly;Joly|2021-2025
CAN GOV|Foreign Minister|Anita Anand||from 2025
CAF GOV|President|Faustin-Archange Touadera|Faustin-Archange Touadéra;Touadera;Touadéra|since 2016
TCD GOV|President|Mahamat Idriss Deby|Mahamat Idriss Déby;Mahamat Deby;Mahamat Déby|since 2021
CHL GOV|President|Gabriel Boric|Boric|2022-2026
CHN GOV|Defense Minister|Dong Jun||since 2023
CHN GOV|Spokesperson|Mao Ning||foreign ministry spokeswoman
CHN GOV|Spokesperson|Lin Jian||foreign ministry spokesman
CHN GOV|Vice President|Han Zheng||since 2023
COL GOV|President|Gustavo Petro||2022-2026
COD REB|Leader|Corneille Nangaa|Nangaa|leader of the AFC/M23 alliance
COD REB|Leader|Bertrand Bisimwa|Bisimwa|M23 political leader
COG GOV|President|Denis Sassou Nguesso|Sassou Nguesso|since 1997
CIV GOV|President|Alassane Ouattara|Ouattara|since 2010
HRV GOV|Prime Minister|Andrej Plenkovic|Andrej Plenković;Plenkovic;Plenković|since 2016
CUB GOV|President|Miguel Diaz-Canel|Miguel Díaz-Canel;Diaz-Canel;Díaz-Canel|since 2018
CUB GOV|Foreign Minister|Bruno Rodriguez|Bruno Rodríguez;Bruno Rodriguez Parrilla;Bruno Rodríguez Parrilla|since 2009
CYP GOV|President|Nikos Christodoulides|Christodoulides|since 2023
CZE GOV|Prime Minister|Petr Fiala|Fiala|2021-2025
CZE GOV|Prime Minister|Andrej Babis|Andrej Babiš;Babis;Babiš|2017-2021 and from 2025
CZE GOV|President|Petr Pavel||since 2023
DNK GOV|Prime Minister|Mette Frederiksen|Frederiksen|since 2019
DNK GOV|Foreign Minister|Lars Lokke Rasmussen|Lars Løkke Rasmussen;Lokke Rasmussen;Løkke Rasmussen|since 2022
DJI GOV|President|Ismail Omar Guelleh|Guelleh|since 1999
DOM GOV|President|Luis Abinader|Abinader|since 2020
ECU GOV|President|Daniel Noboa|Noboa|since 2023
EGY GOV|Foreign Minister|Badr Abdelatty|Abdelatty|from 2024
EGY GOV|Foreign Minister|Sameh Shoukry|Shoukry|2014-2024
EGY GOV|Prime Minister|Mostafa Madbouly|Madbouly|since 2018
SLV GOV|President|Nayib Bukele|Bukele|since 2019
ERI GOV|President|Isaias Afwerki|Afwerki|since 1993
EST GOV|Foreign Minister|Margus Tsahkna|Tsahkna|since 2024
ETH GOV|President|Taye Atske Selassie||from 2024
FIN GOV|President|Alexander Stubb|Stubb|from 2024
FIN GOV|Prime Minister|Petteri Orpo|Orpo|from 2023
FIN GOV|Foreign Minister|Elina Valtonen|Valtonen|from 2023
FRA GOV|Foreign Minister|Jean-Noel Barrot|Jean-Noël Barrot;Barrot|from 2024
FRA GOV|Foreign Minister|Stephane Sejourne|Stéphane Séjourné;Sejourne;Séjourné|2024
FRA GOV|Prime Minister|Michel Barnier|Barnier|2024
FRA GOV|Prime Minister|Francois Bayrou|François Bayrou;Bayrou|2024-2025
FRA GOV|Prime Minister|Sebastien Lecornu|Sébastien Lecornu;Lecornu|from 2025
FRA GOV|Prime Minister|Gabriel Attal|Attal|2024
GAB GOV|President|Brice Oligui Nguema|Oligui Nguema|from 2023
GEO GOV|Prime Minister|Irakli Kobakhidze|Kobakhidze|from 2024
GEO GOV|President|Mikheil Kavelashvili|Kavelashvili|from 2024
GEO OPP|President|Salome Zourabichvili|Salomé Zourabichvili;Zourabichvili|president 2018-2024
GEO GOV|Party Founder|Bidzina Ivanishvili|Ivanishvili|Georgian Dream founder
DEU GOV|Foreign Minister|Johann Wadephul|Wadephul|from 2025
DEU GOV|Defense Minister|Boris Pistorius|Pistorius|since 2023
DEU GOV|President|Frank-Walter Steinmeier|Steinmeier|since 2017
GHA GOV|President|John Mahama|John Dramani Mahama;Mahama|from 2025
GHA GOV|President|Nana Akufo-Addo|Akufo-Addo|2017-2025
GNQ GOV|President|Teodoro Obiang Nguema Mbasogo|Teodoro Obiang;Obiang|since 1979
GRC GOV|Prime Minister|Kyriakos Mitsotakis|Mitsotakis|since 2019
GRC GOV|Foreign Minister|George Gerapetritis|Giorgos Gerapetritis;Gerapetritis|from 2023
GTM GOV|President|Bernardo Arevalo|Bernardo Arévalo;Arevalo;Arévalo|from 2024
GIN GOV|President|Mamadi Doumbouya|Doumbouya|from 2021
GUY GOV|President|Irfaan Ali|Mohamed Irfaan Ali|since 2020
HTI GOV|Prime Minister|Ariel Henry||2021-2024
HTI GOV|Prime Minister|Garry Conille|Conille|2024
HND GOV|President|Xiomara Castro||2022-2026
HUN GOV|Foreign Minister|Peter Szijjarto|Péter Szijjártó;Szijjarto;Szijjártó|since 2014
IND GOV|Foreign Minister|Subrahmanyam Jaishankar|S. Jaishankar;Jaishankar|since 2019
IND GOV|Defense Minister|Rajnath Singh||since 2019
IND GOV|President|Droupadi Murmu|Murmu|since 2022
IND GOV|National Security Adviser|Ajit Doval|Doval|since 2014
IND GOV|Spokesperson|Randhir Jaiswal|Jaiswal|external affairs ministry spokesman
IDN GOV|President|Prabowo Subianto|Prabowo|from 2024
IDN GOV|President|Joko Widodo|Widodo;Jokowi|2014-2024
IDN GOV|Foreign Minister|Retno Marsudi|Marsudi|2014-2024
IDN GOV|Foreign Minister|Sugiono||from 2024
IRN GOV|Foreign Minister|Hossein Amir-Abdollahian|Amir-Abdollahian|2021-2024
IRN GOV|Spokesperson|Esmaeil Baghaei|Esmail Baghaei;Baghaei|foreign ministry spokesman from 2024
IRN GOV|Spokesperson|Nasser Kanaani|Kanaani|foreign ministry spokesman 2022-2024
IRN GOV|Atomic Energy Chief|Mohammad Eslami|Eslami|head of the Atomic Energy Organization from 2021
IRN GOV|Security Chief|Ali Larijani|Larijani|Supreme National Security Council secretary from 2025
IRN GOV|Foreign Minister|Mohammad Javad Zarif|Javad Zarif;Zarif|foreign minister 2013-2021
IRN MIL|Commander|Qassem Soleimani|Soleimani|Quds Force commander, killed 2020
IRQ GOV|Prime Minister|Mohammed Shia al-Sudani|Mohammed Shia Al-Sudani;al-Sudani|from 2022
IRQ GOV|Foreign Minister|Fuad Hussein||from 2020
IRL GOV|Prime Minister|Simon Harris||2024-2025
IRL GOV|Prime Minister|Micheal Martin|Micheál Martin|from 2025
IRL GOV|Prime Minister|Leo Varadkar|Varadkar|2022-2024
ISR GOV|Defense Minister|Yoav Gallant||2022-2024
ISR GOV|Defense Minister|Israel Katz||foreign minister 2024, defense minister from 2024
ISR GOV|Foreign Minister|Gideon Saar|Gideon Sa'ar|from 2024
ISR GOV|Minister|Benny Gantz|Gantz|war cabinet 2023-2024
ISR GOV|Minister|Itamar Ben-Gvir|Ben-Gvir;Ben Gvir|national security minister
ISR GOV|Minister|Bezalel Smotrich|Smotrich|finance minister from 2022
ISR MIL|Chief of Staff|Herzi Halevi|Halevi|military chief 2023-2025
ISR MIL|Chief of Staff|Eyal Zamir||military chief from 2025
ISR MIL|Spokesperson|Daniel Hagari|Hagari|military spokesman 2023-2025
ISR OPP|Opposition Leader|Yair Lapid|Lapid|opposition leader
ITA GOV|Foreign Minister|Antonio Tajani|Tajani|from 2022
ITA GOV|President|Sergio Mattarella|Mattarella|since 2015
ITA GOV|Defense Minister|Guido Crosetto|Crosetto|from 2022
JAM GOV|Prime Minister|Andrew Holness|Holness|since 2016
JPN GOV|Prime Minister|Sanae Takaichi|Takaichi|from 2025
JPN GOV|Foreign Minister|Yoko Kamikawa|Kamikawa|2023-2024
JPN GOV|Foreign Minister|Takeshi Iwaya|Iwaya|2024-2025
JPN GOV|Foreign Minister|Toshimitsu Motegi|Motegi|from 2025
JPN GOV|Chief Cabinet Secretary|Yoshimasa Hayashi||2023-2025
JPN GOV|Defense Minister|Minoru Kihara|Kihara|2023-2024
JPN GOV|Defense Minister|Gen Nakatani|Nakatani|2024-2025
JOR GOV|King|King Abdullah II|Abdullah II|since 1999
JOR GOV|Foreign Minister|Ayman Safadi||since 2017
KAZ GOV|President|Kassym-Jomart Tokayev|Tokayev|since 2019
KEN GOV|Foreign Minister|Musalia Mudavadi|Mudavadi|from 2022
KEN OPP|Opposition Leader|Raila Odinga|Odinga|died 2025
KGZ GOV|President|Sadyr Japarov|Japarov;Zhaparov|since 2021
LVA GOV|President|Edgars Rinkevics|Edgars Rinkēvičs;Rinkevics;Rinkēvičs|from 2023
LBN GOV|Prime Minister|Najib Mikati|Mikati|2021-2025
LBN GOV|President|Joseph Aoun|Aoun|from 2025
LBN GOV|Prime Minister|Nawaf Salam||from 2025
LBN GOV|Speaker|Nabih Berri|Berri|parliament speaker
LBN REB|Leader|Naim Qassem||Hezbollah leader from 2024
LBY GOV|Prime Minister|Abdul Hamid Dbeibah|Abdul Hamid Dbeibah;Dbeibah;Dbeibeh|Tripoli-based prime minister from 2021
LBY MIL|Commander|Khalifa Haftar|Haftar|eastern commander
LTU GOV|President|Gitanas Nauseda|Gitanas Nausėda;Nauseda;Nausėda|since 2019
LTU GOV|Foreign Minister|Gabrielius Landsbergis|Landsbergis|2020-2024
MYS GOV|Prime Minister|Anwar Ibrahim||from 2022
MDV GOV|President|Mohamed Muizzu|Muizzu|from 2023
MLI GOV|President|Assimi Goita|Assimi Goïta;Goita;Goïta|junta leader from 2021
MEX GOV|Foreign Minister|Juan Ramon de la Fuente|Juan Ramón de la Fuente|from 2024
MEX GOV|Foreign Minister|Alicia Barcena|Alicia Bárcena|2023-2024
MDA GOV|President|Maia Sandu|Sandu|since 2020
MDA GOV|Prime Minister|Dorin Recean|Recean|2023-2025
MAR GOV|King|King Mohammed VI|Mohammed VI|since 1999
MAR GOV|Foreign Minister|Nasser Bourita|Bourita|since 2017
MOZ GOV|President|Filipe Nyusi|Nyusi|2015-2025
MOZ GOV|President|Daniel Chapo||from 2025
MOZ OPP|Opposition Leader|Venancio Mondlane|Venâncio Mondlane;Mondlane|opposition leader
MMR MIL|Military Leader|Min Aung Hlaing||junta leader from 2021
MMR OPP|Leader|Aung San Suu Kyi|Suu Kyi|detained leader
NLD GOV|Prime Minister|Dick Schoof|Schoof|from 2024
NZL GOV|Prime Minister|Christopher Luxon|Luxon|from 2023
NIC GOV|President|Daniel Ortega||since 2007
NIC GOV|Co-President|Rosario Murillo||vice president, co-president from 2025
NER GOV|Military Leader|Abdourahamane Tiani|Abdourahamane Tchiani;Tiani;Tchiani|junta leader from 2023
NER GOV|President|Mohamed Bazoum|Bazoum|ousted 2023
NGA GOV|Foreign Minister|Yusuf Tuggar|Tuggar|2023-2025
NOR GOV|Prime Minister|Jonas Gahr Store|Jonas Gahr Støre;Gahr Store;Gahr Støre|from 2021
NOR GOV|Foreign Minister|Espen Barth Eide|Barth Eide|from 2023
OMN GOV|Foreign Minister|Badr Albusaidi|Badr al-Busaidi;Albusaidi;al-Busaidi|since 2020
OMN GOV|Sultan|Haitham bin Tariq|Sultan Haitham|since 2020
PAK GOV|Foreign Minister|Ishaq Dar||from 2024
PAK GOV|President|Asif Ali Zardari|Zardari|from 2024
PAK GOV|Defense Minister|Khawaja Asif||from 2024
PAK MIL|Army Chief|Asim Munir||army chief from 2022
PAK OPP|Opposition Leader|Imran Khan||prime minister 2018-2022, jailed
PAK GOV|Party Leader|Nawaz Sharif||three-time prime minister
PSE GOV|Prime Minister|Mohammad Mustafa||Palestinian Authority prime minister from 2024
PSE REB|Leader|Khalil al-Hayya|al-Hayya|Hamas negotiator
PSE REB|Commander|Mohammed Deif|Deif|Hamas military chief, killed 2024
PSE REB|Spokesperson|Abu Obeida||Hamas armed wing spokesman
PAN GOV|President|Jose Raul Mulino|José Raúl Mulino;Mulino|from 2024
PER GOV|President|Dina Boluarte|Boluarte|2022-2025
PER GOV|President|Jose Jeri|José Jerí;Jeri;Jerí|from 2025
PHL GOV|Foreign Minister|Enrique Manalo|Manalo|2022-2025
PHL GOV|Defense Secretary|Gilberto Teodoro||from 2023
PHL GOV|Vice President|Sara Duterte||from 2022
PHL GOV|President|Rodrigo Duterte|Duterte|2016-2022
POL GOV|Prime Minister|Donald Tusk|Tusk|from 2023
POL GOV|President|Andrzej Duda|Duda|2015-2025
POL GOV|President|Karol Nawrocki|Nawrocki|from 2025
POL GOV|Foreign Minister|Radoslaw Sikorski|Radosław Sikorski;Sikorski|from 2023
PRT GOV|Prime Minister|Luis Montenegro|Luís Montenegro|from 2024
PRT GOV|President|Marcelo Rebelo de Sousa|Rebelo de Sousa|since 2016
QAT GOV|Emir|Tamim bin Hamad Al Thani|Sheikh Tamim bin Hamad Al Thani;Sheikh Tamim|since 2013
QAT GOV|Prime Minister|Mohammed bin Abdulrahman Al Thani|Sheikh Mohammed bin Abdulrahman Al Thani|prime minister and foreign minister from 2023
QAT GOV|Spokesperson|Majed al-Ansari|al-Ansari|foreign ministry spokesman
ROU GOV|President|Klaus Iohannis|Iohannis|2014-2025
ROU GOV|President|Nicusor Dan|Nicușor Dan|from 2025
RUS GOV|Defense Minister|Andrei Belousov|Andrey Belousov;Belousov|from 2024
RUS GOV|Security Council Deputy|Dmitry Medvedev|Dmitri Medvedev;Medvedev|former president
RUS GOV|Prime Minister|Mikhail Mishustin|Mishustin|from 2020
RUS MIL|Chief of General Staff|Valery Gerasimov|Gerasimov|since 2012
RUS GOV|Adviser|Yuri Ushakov|Yury Ushakov;Ushakov|Kremlin foreign policy adviser
RUS GOV|Ambassador|Vassily Nebenzia|Vasily Nebenzya;Nebenzia;Nebenzya|UN ambassador
RUS GOV|Deputy Foreign Minister|Sergei Ryabkov|Sergey Ryabkov;Ryabkov|deputy foreign minister
RUS GOV|Envoy|Kirill Dmitriev||Kremlin investment envoy
RWA GOV|Foreign Minister|Olivier Nduhungirehe|Nduhungirehe|from 2023
RWA GOV|Spokesperson|Yolande Makolo|Makolo|government spokeswoman
SAU GOV|King|King Salman|Salman bin Abdulaziz|since 2015
SAU GOV|Foreign Minister|Faisal bin Farhan|Prince Faisal bin Farhan|since 2019
SEN GOV|President|Bassirou Diomaye Faye|Diomaye Faye|from 2024
SEN GOV|Prime Minister|Ousmane Sonko|Sonko|from 2024
SRB GOV|President|Aleksandar Vucic|Aleksandar Vučić;Vucic;Vučić|since 2017
SGP GOV|Prime Minister|Lawrence Wong||from 2024
SGP GOV|Foreign Minister|Vivian Balakrishnan|Balakrishnan|since 2015
SVK GOV|Prime Minister|Robert Fico|Fico|from 2023
SOM GOV|President|Hassan Sheikh Mohamud||from 2022
ZAF GOV|Foreign Minister|Ronald Lamola|Lamola|from 2024
ZAF GOV|Foreign Minister|Naledi Pandor|Pandor|2019-2024
KOR GOV|President|Lee Jae-myung|Lee Jae Myung|from 2025
KOR GOV|Prime Minister|Han Duck-soo|Han Duck Soo|2022-2025
KOR GOV|Foreign Minister|Cho Tae-yul|Cho Tae Yul|2024-2025
KOR GOV|Foreign Minister|Cho Hyun||from 2025
SSD GOV|President|Salva Kiir|Kiir|since 2011
SSD GOV|Vice President|Riek Machar|Machar|first vice president
ESP GOV|Foreign Minister|Jose Manuel Albares|José Manuel Albares;Albares|from 2021
LKA GOV|President|Anura Kumara Dissanayake|Dissanayake|from 2024
LKA GOV|President|Ranil Wickremesinghe|Wickremesinghe|2022-2024
SDN GOV|Prime Minister|Kamil Idris||from 2025
SWE GOV|Prime Minister|Ulf Kristersson|Kristersson|from 2022
SWE GOV|Foreign Minister|Maria Malmer Stenergard|Malmer Stenergard|from 2024
CHE GOV|Foreign Minister|Ignazio Cassis|Cassis|since 2017
SYR GOV|Foreign Minister|Asaad al-Shaibani|Asaad Hassan al-Shibani;al-Shaibani;al-Shibani|from 2024
SYR GOV|Foreign Minister|Faisal Mekdad|Mekdad|2020-2024
TWN GOV|Foreign Minister|Lin Chia-lung||from 2024
TWN GOV|Foreign Minister|Joseph Wu||2018-2024
TWN GOV|Defense Minister|Wellington Koo||from 2024
TJK GOV|President|Emomali Rahmon|Rahmon|since 1992
TZA GOV|President|Samia Suluhu Hassan|Samia Suluhu|since 2021
THA GOV|Prime Minister|Srettha Thavisin|Srettha|2023-2024
THA GOV|Prime Minister|Paetongtarn Shinawatra|Paetongtarn|2024-2025
THA GOV|Prime Minister|Anutin Charnvirakul|Anutin|from 2025
THA GOV|Former Prime Minister|Thaksin Shinawatra|Thaksin|prime minister 2001-2006
TGO GOV|President|Faure Gnassingbe|Faure Gnassingbé;Gnassingbe;Gnassingbé|since 2005
TUN GOV|President|Kais Saied|Kaïs Saïed;Saied|since 2019
TUR GOV|Foreign Minister|Hakan Fidan|Fidan|from 2023
TUR GOV|Defense Minister|Yasar Guler|Yaşar Güler|from 2023
TUR OPP|Mayor|Ekrem Imamoglu|Ekrem İmamoğlu;Imamoglu;İmamoğlu|Istanbul mayor, opposition
TUR OPP|Opposition Leader|Ozgur Ozel|Özgür Özel|CHP leader from 2023
UGA GOV|President|Yoweri Museveni|Museveni|since 1986
UKR GOV|Prime Minister|Denys Shmyhal|Shmyhal|2020-2025
UKR GOV|Prime Minister|Yulia Svyrydenko|Svyrydenko|from 2025
UKR GOV|Defense Minister|Rustem Umerov|Umerov|2023-2025
UKR GOV|Chief of Staff|Andriy Yermak|Andrii Yermak;Yermak|presidential chief of staff 2020-2025
UKR MIL|Commander|Oleksandr Syrskyi|Syrskyi;Syrsky|commander in chief from 2024
UKR MIL|Commander|Valerii Zaluzhnyi|Valery Zaluzhny;Zaluzhnyi;Zaluzhny|commander in chief 2021-2024
UKR SPY|Intelligence Chief|Kyrylo Budanov|Budanov|military intelligence chief
UKR OPP|Former President|Petro Poroshenko|Poroshenko|president 2014-2019
ARE GOV|President|Mohamed bin Zayed|Sheikh Mohamed bin Zayed;Mohamed bin Zayed Al Nahyan|since 2022
ARE GOV|Foreign Minister|Abdullah bin Zayed|Sheikh Abdullah bin Zayed;Abdullah bin Zayed Al Nahyan|since 2006
GBR GOV|Foreign Secretary|David Lammy|Lammy|2024-2025
GBR GOV|Foreign Secretary|Yvette Cooper||from 2025
GBR GOV|Defense Secretary|John Healey||from 2024
GBR GOV|Foreign Secretary|David Cameron||2023-2024
USA GOV|Vice President|JD Vance|J.D. Vance;Vance|from 2025
USA GOV|Defense Secretary|Pete Hegseth|Hegseth|from 2025
USA GOV|National Security Adviser|Mike Waltz||2025
USA GOV|Envoy|Steve Witkoff|Witkoff|special envoy from 2025
USA GOV|Homeland Security Secretary|Alejandro Mayorkas|Mayorkas|2021-2025
USA GOV|Homeland Security Secretary|Kristi Noem|Noem|from 2025
USA GOV|Spokesperson|Karoline Leavitt|Leavitt|White House press secretary from 2025
USA GOV|Treasury Secretary|Scott Bessent|Bessent|from 2025
USA GOV|Commerce Secretary|Howard Lutnick|Lutnick|from 2025
USA GOV|Intelligence Director|Tulsi Gabbard|Gabbard|from 2025
USA GOV|Treasury Secretary|Janet Yellen|Yellen|2021-2025
USA GOV|National Security Adviser|Jake Sullivan||2021-2025
USA GOV|Spokesperson|Matthew Miller||State Department spokesman 2023-2025
USA GOV|Spokesperson|Tammy Bruce||State Department spokeswoman from 2025
USA GOV|Spokesperson|Karine Jean-Pierre||White House press secretary 2022-2025
USA GOV|Spokesperson|John Kirby||National Security Council spokesman 2022-2025
USA GOV|Ambassador|Linda Thomas-Greenfield|Thomas-Greenfield|UN ambassador 2021-2025
USA GOV|Trade Representative|Katherine Tai||2021-2025
USA GOV|Trade Representative|Jamieson Greer||from 2025
USA GOV|Envoy|Keith Kellogg||Ukraine envoy from 2025
USA GOV|Secretary of State|Mike Pompeo|Pompeo|2018-2021
URY GOV|President|Yamandu Orsi|Yamandú Orsi;Orsi|from 2025
UZB GOV|President|Shavkat Mirziyoyev|Mirziyoyev|since 2016
UZB GOV|Foreign Minister|Bakhtiyor Saidov||from 2022
VEN GOV|Vice President|Delcy Rodriguez|Delcy Rodríguez|from 2018
VEN GOV|Foreign Minister|Yvan Gil||from 2023
VEN GOV|Defense Minister|Vladimir Padrino Lopez|Vladimir Padrino López;Padrino Lopez;Padrino López|since 2014
VEN OPP|Opposition Leader|Maria Corina Machado|María Corina Machado|opposition leader
VEN OPP|Opposition Candidate|Edmundo Gonzalez|Edmundo González;Edmundo Gonzalez Urrutia;Edmundo González Urrutia|2024 candidate
VNM GOV|General Secretary|To Lam|Tô Lâm|party chief from 2024
VNM GOV|Prime Minister|Pham Minh Chinh|Phạm Minh Chính|from 2021
YEM REB|Leader|Abdul-Malik al-Houthi|Abdul Malik al-Houthi|Houthi leader
YEM REB|Spokesperson|Yahya Saree|Yahya Sarea;Saree|Houthi military spokesman
YEM REB|Spokesperson|Mohammed Abdulsalam||Houthi spokesman and negotiator
YEM GOV|Council Chairman|Rashad al-Alimi|al-Alimi|Presidential Leadership Council from 2022
ZMB GOV|President|Hakainde Hichilema|Hichilema|from 2021
ZWE GOV|President|Emmerson Mnangagwa|Mnangagwa|from 2017
AFG GOV|Deputy Prime Minister|Abdul Ghani Baradar|Mullah Baradar;Baradar|Taliban deputy prime minister
AFG GOV|Interior Minister|Sirajuddin Haqqani||Taliban interior minister
ARG GOV|Foreign Minister|Gerardo Werthein|Werthein|2024-2025
ARG GOV|Foreign Minister|Diana Mondino|Mondino|2023-2024
ARG GOV|Security Minister|Patricia Bullrich|Bullrich|security minister 2023-2025
ARM GOV|President|Vahagn Khachaturyan||from 2022
AZE GOV|Adviser|Hikmet Hajiyev||foreign policy adviser to the president
BHR GOV|King|Hamad bin Isa Al Khalifa|King Hamad|since 1999
BOL GOV|President|Rodrigo Paz||from 2025
BRA GOV|Vice President|Geraldo Alckmin|Alckmin|from 2023
BGR GOV|President|Rumen Radev||from 2017
BGR GOV|Prime Minister|Rosen Zhelyazkov|Zhelyazkov|from 2025
CHE GOV|President|Karin Keller-Sutter|Keller-Sutter|federal councillor, president in 2025
CHN GOV|Vice Premier|He Lifeng||lead trade negotiator from 2023
CHN GOV|Spokesperson|Wang Wenbin||foreign ministry spokesman 2020-2024
COD GOV|Prime Minister|Judith Suminwa|Suminwa|from 2024
COL GOV|Foreign Minister|Luis Gilberto Murillo||2024-2025
GNB GOV|President|Umaro Sissoco Embalo|Umaro Sissoco Embaló;Embalo;Embaló|from 2020
HTI GOV|Prime Minister|Alix Didier Fils-Aime|Alix Didier Fils-Aimé;Fils-Aime;Fils-Aimé|from 2024
KWT GOV|Emir|Mishal al-Ahmad al-Jaber al-Sabah|Sheikh Mishal al-Ahmad al-Jaber al-Sabah;Sheikh Mishal|from 2023
LBY GOV|Presidential Council Head|Mohamed al-Menfi|al-Menfi|from 2021
LBR GOV|President|Joseph Boakai|Boakai|from 2024
LTU GOV|Foreign Minister|Kestutis Budrys|Kęstutis Budrys;Budrys|from 2024
MDG GOV|President|Andry Rajoelina|Rajoelina|2019-2025
MEX GOV|Security Secretary|Omar Garcia Harfuch|Omar García Harfuch;Garcia Harfuch;García Harfuch|from 2024
MKD GOV|Prime Minister|Hristijan Mickoski|Mickoski|from 2024
MLI REB|Leader|Iyad Ag Ghaly|Ag Ghaly|JNIM leader
MRT GOV|President|Mohamed Ould Ghazouani|Ghazouani|from 2019
MWI GOV|President|Lazarus Chakwera|Chakwera|2020-2025
MWI GOV|President|Peter Mutharika|Mutharika|2014-2020 and from 2025
NLD GOV|Foreign Minister|Caspar Veldkamp|Veldkamp|2024-2025
PAK REB|Leader|Noor Wali Mehsud||Pakistani Taliban leader
ROU GOV|Prime Minister|Marcel Ciolacu|Ciolacu|2023-2025
ROU GOV|Prime Minister|Ilie Bolojan|Bolojan|from 2025
RUS MIL|Commander|Yevgeny Prigozhin|Prigozhin|Wagner chief, died 2023
SLE GOV|President|Julius Maada Bio|Maada Bio|from 2018
SRB GOV|Prime Minister|Milos Vucevic|Miloš Vučević;Vucevic;Vučević|2024-2025
SVK GOV|Foreign Minister|Juraj Blanar|Blanar|from 2023
SVN GOV|Prime Minister|Robert Golob|Golob|from 2022
TWN GOV|Vice President|Hsiao Bi-khim||from 2024
UGA MIL|Army Chief|Muhoozi Kainerugaba|Muhoozi|army chief from 2024, the president's son
VEN GOV|Interior Minister|Diosdado Cabello||interior minister from 2024
XKX GOV|Prime Minister|Albin Kurti|Kurti|from 2020
XKX GOV|President|Vjosa Osmani||from 2021
- IGO|Deputy Secretary-General|Amina Mohammed||UN deputy secretary-general from 2017
- IGO|Envoy|Hans Grundberg|Grundberg|UN envoy for Yemen from 2021
- IGO|Envoy|Geir Pedersen||UN envoy for Syria 2019-2025
- IGO|Prosecutor|Karim Khan||ICC prosecutor from 2021
- IGO|Executive Director|Cindy McCain||WFP chief from 2023
- IGO|Executive Director|Catherine Russell||UNICEF chief from 2022
- IGO|Commissioner|Maros Sefcovic|Maroš Šefčovič;Sefcovic;Šefčovič|EU trade commissioner from 2024
- IGO|Commissioner|Marta Kos||EU enlargement commissioner from 2024
- IGO|President|Omar Touray||ECOWAS Commission president from 2022
- IGO|Secretary General|Haitham al-Ghais||OPEC secretary general from 2022
- IGO|President|Antonio Costa|António Costa|European Council president from 2024
- IGO|President|Charles Michel||European Council president 2019-2024
- IGO|President|Roberta Metsola|Metsola|European Parliament president from 2022
- IGO|High Commissioner|Volker Turk|Volker Türk|UN human rights chief from 2022
- IGO|Relief Chief|Martin Griffiths||UN relief chief 2021-2024
- IGO|Relief Chief|Tom Fletcher||UN relief chief from 2024
- IGO|Commissioner-General|Philippe Lazzarini|Lazzarini|UNRWA chief from 2020
- IGO|High Commissioner|Filippo Grandi||UN refugee chief 2016-2025
- IGO|Director-General|Ngozi Okonjo-Iweala|Okonjo-Iweala|WTO chief from 2021
- IGO|Managing Director|Kristalina Georgieva||IMF chief from 2019
- IGO|President|Ajay Banga||World Bank president from 2023
- IGO|Chairperson|Moussa Faki Mahamat|Moussa Faki|African Union Commission chair 2017-2025
- IGO|Chairperson|Mahmoud Ali Youssouf||African Union Commission chair from 2025
- IGO|Spokesperson|Stephane Dujarric|Stéphane Dujarric;Dujarric|UN spokesman
- IGO|Secretary-General|Ahmed Aboul Gheit|Aboul Gheit|Arab League chief
`;

const isSector = (value: string): value is Sector => (SECTORS as readonly string[]).includes(value);

const parseOfficeHolders = (table: string): PersonEntry[] =>
  table
    .trim()
    .split('\n')
    .map((line) => {
      const [head = '', role = '', name = '', aliases = '', when = ''] = line.split('|');
      const [iso3 = '-', sector = ''] = head.split(' ');
      if (!isSector(sector)) throw new Error(`people table: bad sector in "${line}"`);
      return p(
        name,
        aliases === '' ? [] : aliases.split(';'),
        iso3 === '-' ? null : iso3,
        sector,
        role,
        `${role}, ${when}.`,
      );
    });

export const PEOPLE: readonly PersonEntry[] = [...LISTED_PEOPLE, ...parseOfficeHolders(OFFICE_HOLDERS)];
