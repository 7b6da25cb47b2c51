import { describe, expect, it } from 'vitest';
import { PEOPLE } from '../../../core/lexicon/people';
import { extract, summaries } from './helpers';

const pairs = (text: string): string[] =>
  extract(text).events.map((event) => `${event.source.name}>${event.target.name}:${event.code}`);

describe('office-holders named without a country', () => {
  it('places heads of state, ministers and armed-group leaders named only by name', () => {
    expect(summaries('Irfaan Ali accused Venezuela of threatening Guyana on Monday.')).toContain(
      'GUY>VEN:112',
    );
    expect(summaries('Anwar Ibrahim met Prabowo Subianto in Jakarta on Monday.')).toContain('MYS>IDN:040');
    expect(summaries('Hakan Fidan criticized Israel on Tuesday.')).toContain('TUR>ISR:111');
    expect(summaries('Naim Qassem threatened Israel on Sunday.')[0]).toMatch(/^LBN>ISR:13/);
  });

  it('reads a distinctive surname on its own', () => {
    expect(summaries('Pashinyan accused Azerbaijan of provocations on Monday.')).toContain('ARM>AZE:112');
    expect(summaries('Tebboune condemned France on Friday.')).toContain('DZA>FRA:111');
  });

  it('keeps a longer name that only begins like a listed one', () => {
    // "Petro" alone is not Colombia's president; "Zamir" alone is not an Israeli general.
    expect(summaries('Petro Poroshenko criticized Russia on Monday.')).toEqual(['UKR>RUS:111']);
    expect(summaries('Zamir Kabulov criticized Pakistan on Monday.')).not.toContain('ISR>PAK:111');
    // Common given names and surnames are never aliases on their own.
    expect(summaries('Qassem al-Araji criticized Turkey on Monday.')).not.toContain('LBN>TUR:111');
    expect(summaries('Jean-Pierre Bemba criticized Rwanda on Monday.')).not.toContain('USA>RWA:111');
  });

  it('lets a demonym in the text win over the table', () => {
    const [event] = extract('Former Colombian official Daniel Noboa criticized Peru on Monday.').events;
    expect(event?.source.country).toBe('COL');
  });

  it('gives every listed person a known sector and at most one entry per full name', () => {
    const names = PEOPLE.map((person) => person.name);
    expect(new Set(names).size).toBe(names.length);
    for (const person of PEOPLE) expect(person.country === null).toBe(person.sector === 'IGO');
  });
});

describe('compound demonyms', () => {
  it('keeps the country word before an ethnic word', () => {
    const [warrant] = extract(
      "Bosnia's state court issued an arrest warrant for Bosnian Serb leader Milorad Dodik on Wednesday.",
    ).events;
    expect(warrant?.target).toMatchObject({ country: 'BIH', name: 'Milorad Dodik' });
    expect(summaries('Kosovo Serbs protested against Kosovo police on Monday.')[0]).toMatch(/^XKX>XKX:14/);
    expect(summaries('Kosovo Albanian leaders criticized Serbia on Monday.')).toEqual(['XKX>SRB:111']);
  });

  it('lets the later word win when the earlier one is the ethnic word', () => {
    expect(summaries('Greek Cypriot officials accused Turkey of provocation on Monday.')).toEqual([
      'CYP>TUR:112',
    ]);
    expect(summaries('Turkish Cypriot leader Ersin Tatar accused Greece of provocation on Monday.')).toEqual([
      'CYP>GRC:112',
    ]);
    // Not adjacent: two conjuncts keep their own countries.
    expect(summaries('Russian and Serbian officials criticized Kosovo on Monday.').sort()).toEqual([
      'RUS>XKX:111',
      'SRB>XKX:111',
    ]);
  });
});

describe('premises named by their city', () => {
  it('gives "the <city> office of X" to X, not to the city', () => {
    expect(
      pairs('Azerbaijani police on Monday raided the Baku office of the Russian state news agency Sputnik.'),
    ).toEqual(['Azerbaijani police>Sputnik:171']);
    expect(
      summaries(
        'Azerbaijani police on Monday raided the Baku office of the Russian state news agency Sputnik.',
      ),
    ).toEqual(['AZE>RUS:171']);
    expect(summaries('Russian police raided the Moscow bureau of the BBC on Monday.')).toEqual([
      'RUS>GBR:171',
    ]);
    expect(summaries('Kenyan police raided the offices of the Nation Media Group on Monday.')).toEqual([
      'KEN>KEN:171',
    ]);
  });

  it('keeps a city that is the object itself', () => {
    expect(summaries('Israel struck Beirut on Monday.')).toEqual(['ISR>LBN:190']);
    expect(
      summaries('Ukrainian drones struck an oil depot in the Russian city of Belgorod on Monday.'),
    ).toEqual(['UKR>RUS:190']);
  });
});

describe('later mentions of a named body or leader', () => {
  it('reads "the court" and "the bloc" as the body named just before', () => {
    const text =
      'THE HAGUE, Netherlands (AP) — The International Criminal Court issued a warrant for Rodrigo Duterte on ' +
      "Monday. The European Union said on Thursday it supported the court's work.";
    expect(pairs(text)).toContain('European Union>International Criminal Court:051');
    expect(
      summaries('NATO held talks with Sweden on Monday. Russia criticized the alliance on Tuesday.'),
    ).toContain('RUS>IGO-nato:111');
  });

  it('names nobody for "the bloc" or "the alliance" with no such body before', () => {
    expect(summaries('Russia criticized the alliance on Tuesday.')).toEqual([]);
    expect(summaries('The ruling alliance criticized Kenya on Tuesday.')).toEqual([]);
    // A court of a country is that country's judiciary, not an earlier international court.
    expect(summaries('The court sentenced three Iranian protesters on Monday.')).toEqual(['IRN>IRN:173']);
  });

  it('reads "the <demonym> leader" as the one head of state or government named', () => {
    const text =
      'Turkish President Tayyip Erdogan met Ilham Aliyev in Ankara on Monday. ' +
      'Erdogan later spoke with the Azerbaijani leader by phone on Tuesday.';
    expect(pairs(text).filter((pair) => pair.includes('Azerbaijani leader'))).toEqual([]);
    // Two heads named: "the Kenyan leader" could be either, so it stays unnamed.
    const two =
      'Kenyan President William Ruto and Prime Minister Musalia Mudavadi met Ugandan officials on Monday. ' +
      'Uganda later criticized the Kenyan leader on Tuesday.';
    expect(pairs(two)).toContain('Uganda>Kenyan leader:111');
  });
});

describe('lexicon coverage', () => {
  it('knows intelligence services, parliaments and entity names as state bodies', () => {
    expect(summaries('The SBU accused Russia of sabotage on Monday.')).toEqual(['UKR>RUS:112']);
    expect(summaries('The United States called on Banja Luka to reverse its laws on Monday.')).toEqual([
      'USA>BIH:020',
    ]);
  });

  it('knows more IGOs, armed groups and media by name', () => {
    expect(summaries('Kataib Hezbollah threatened U.S. forces on Monday.')[0]).toMatch(/^IRQ>USA:13/);
    const oas = extract('The OAS condemned Venezuela on Monday.').events[0];
    expect(oas?.source).toMatchObject({ country: null, sector: 'IGO' });
    expect(summaries('The Arakan Army attacked Myanmar troops on Monday.')).toEqual(['MMR>MMR:190']);
    const arakan = extract('The Arakan Army attacked Myanmar troops on Monday.').events[0];
    expect(arakan?.source.sector).toBe('REB');
  });
});

describe('plural groups and collective references', () => {
  it('lets "them" point back to a plural role without an -s ("gunmen", "fishermen")', () => {
    expect(
      summaries(
        'Israeli police detained two Palestinian gunmen on Monday, accusing them of planning an attack.',
      ),
    ).toContain('ISR>PSE:112');
    expect(
      summaries("Sri Lanka's navy arrested 22 Indian fishermen on Monday, accusing them of poaching."),
    ).toContain('LKA>IND:112');
  });

  it('reads "Western diplomats" as the Western states the story named, and nobody otherwise', () => {
    const named =
      "FREETOWN, Sierra Leone (Reuters) — Sierra Leone's opposition rejected the results on Monday. " +
      'The United States and Britain urged Sierra Leone to publish the tallies on Tuesday. ' +
      'Information Minister Abdulai Swaray accused Western diplomats of meddling on Wednesday.';
    const accusations = summaries(named).filter((pair) => pair.endsWith(':112'));
    expect(accusations.sort()).toEqual(['SLE>GBR:112', 'SLE>USA:112']);
    const unnamed =
      "FREETOWN, Sierra Leone (Reuters) — Sierra Leone's opposition rejected the results on Monday. " +
      'Information Minister Abdulai Swaray accused Western diplomats of meddling on Wednesday.';
    expect(summaries(unnamed).filter((pair) => pair.endsWith(':112'))).toEqual([]);
  });

  it('reads "court officials" as the court named before, and a national court otherwise', () => {
    const text =
      'The International Criminal Court issued a warrant for Rodrigo Duterte on Monday. ' +
      'A court spokesman criticized the Philippines on Tuesday.';
    expect(summaries(text)).toContain('IGO-icc>PHL:111');
    expect(summaries('Kenyan court officials detained two opposition leaders on Monday.')).toEqual([
      'KEN>KEN:173',
    ]);
  });
});

describe('businesses named by their owner country', () => {
  it('reads "<role> of <demonym> <business noun> <Name>" as that foreign business', () => {
    const text =
      "BAMAKO (AFP) - Mali's military authorities have detained three senior executives of Canadian gold miner " +
      'Northgate Resources in Bamako on Monday. The company accused the authorities of holding its staff hostage.';
    expect(pairs(text)).toEqual(['Mali>Northgate Resources:173', 'Northgate Resources>Mali:112']);
    expect(summaries('Canadian miner Barrick Gold accused Mali of extortion on Monday.')).toEqual([
      'CAN>MLI:112',
    ]);
  });

  it('leaves "the company" with no business named before to the story\'s country', () => {
    const [event] = extract(
      'BAMAKO (AFP) - The company accused Mali of holding its staff hostage on Monday.',
    ).events;
    expect(event?.source.country ?? null).not.toBe('CAN');
  });
});

describe('what a sector group is called', () => {
  it("keeps the story's own noun for an unnamed group as an alias", () => {
    const text = 'NAIROBI, Kenya (AP) — Kenyan police fired tear gas at protesters in Nairobi on Tuesday.';
    const protesters = extract(text).actors.find((actor) => actor.sector === 'CVL');
    expect(protesters?.aliases).toContain('protesters in Nairobi');
    expect(protesters?.country).toBe('KEN');
  });

  it('adds no alias to a state or a named organization', () => {
    const { actors } = extract(
      'Hamas fighters attacked Israel on Saturday. The country said the group would pay.',
    );
    expect(actors.find((actor) => actor.id === 'ISR')?.aliases ?? []).not.toContain('country');
    const hamas = actors.find((actor) => actor.name === 'Hamas');
    expect(hamas?.name).toBe('Hamas');
  });
});

describe('international NGOs', () => {
  it('recognizes them but codes no event, since they belong to no state or IGO', () => {
    expect(
      summaries(
        'THE HAGUE, Netherlands (AP) — Amnesty International urged Manila to cooperate fully with the court on Monday.',
      ),
    ).toEqual([]);
    expect(summaries('Human Rights Watch accused Israel of war crimes on Monday.')).toEqual([]);
  });

  it('still codes a national rights body named with its country', () => {
    expect(
      summaries('The Kenya National Commission on Human Rights accused Kenyan police of abuses on Monday.'),
    ).toEqual(['KEN>KEN:112']);
  });
});

describe("a capital that is also an IGO's name", () => {
  it('reads "Brussels" as the EU when it acts or is acted on', () => {
    expect(summaries('Lukashenko accused Brussels of trying to stir up unrest on Monday.')).toEqual([
      'BLR>IGO-european-union:112',
    ]);
    expect(summaries('Brussels imposed tariffs on Chinese electric cars on Monday.')).toEqual([
      'IGO-european-union>CHN:163',
    ]);
  });

  it('keeps "in Brussels" a place', () => {
    expect(summaries('Belgian police arrested two Moroccan men in Brussels on Monday.')).toEqual([
      'BEL>MAR:173',
    ]);
  });

  it('finds "the court" in a court whose name goes on after "Court"', () => {
    const text =
      'Ali said Guyana would not negotiate over its borders and that the case belonged at the International ' +
      "Court of Justice. Maduro rejected the court's jurisdiction on Thursday.";
    expect(pairs(text)).toContain('Nicolas Maduro>International Court of Justice:120');
  });
});

describe('diplomatic ranks below ambassador', () => {
  it("reads a chargé d'affaires or high commissioner as the sending state's envoy", () => {
    expect(
      summaries("Germany summoned Iran's charge d'affaires, Mohammad Reza Sadeghi, on Tuesday."),
    ).toEqual(['DEU>IRN:114']);
    expect(summaries("India summoned Bangladesh's acting high commissioner on Monday.")).toEqual([
      'IND>BGD:114',
    ]);
    const [event] = extract(
      "Germany summoned Iran's charge d'affaires, Mohammad Reza Sadeghi, on Tuesday.",
    ).events;
    expect(event?.target.name).toBe('Mohammad Reza Sadeghi');
  });
});

describe("an opener's last phrase before the subject", () => {
  it('does not merge it with the main subject as an appositive', () => {
    expect(summaries('Speaking alongside his French counterpart, Blinken warned Russia on Monday.')).toEqual([
      'USA>RUS:130',
    ]);
    expect(summaries('Flanked by Chinese officials, Putin criticized NATO on Monday.')).toEqual([
      'RUS>IGO-nato:111',
    ]);
    expect(summaries("Accompanied by Ukraine's foreign minister, Macron visited Kyiv on Monday.")).toEqual([
      'FRA>UKR:042',
    ]);
  });

  it('still merges a true appositive', () => {
    expect(pairs('Lavrov met his North Korean counterpart, Choe Son Hui, on Thursday.')).toEqual([
      'Sergey Lavrov>Choe Son Hui:040',
    ]);
    expect(pairs("China's foreign ministry spokesperson, Mao Ning, criticized Japan on Monday.")).toEqual([
      'Mao Ning>Japan:111',
    ]);
  });
});

describe('units of an IGO', () => {
  it('reads "the U.N. Mission in ..." as the UN, not a person called "Mission"', () => {
    const { events, actors } = extract('The U.N. Mission in Libya criticized the Libyan army on Monday.');
    expect(events.map((event) => event.source.name)).toEqual(['United Nations']);
    expect(actors.some((actor) => actor.name === 'Mission')).toBe(false);
    expect(summaries('UNMISS urged South Sudan to release detained officials on Thursday.')[0]).toMatch(
      /^IGO-unmiss>SSD:02/,
    );
  });
});

describe("a person's government", () => {
  it('gives "<person>\'s government" the person\'s country', () => {
    expect(summaries("Netanyahu's government criticized Spain on Monday.")).toEqual(['ISR>ESP:111']);
    const text =
      'JUBA, South Sudan (AP) — President Salva Kiir met Yoweri Museveni on Monday. ' +
      "Ethiopia criticized Kiir's government on Tuesday.";
    expect(summaries(text)).toContain('ETH>SSD:111');
  });

  it('names no state for an unknown owner', () => {
    expect(summaries("Smith's government criticized Spain on Monday.")).toEqual([]);
  });
});
