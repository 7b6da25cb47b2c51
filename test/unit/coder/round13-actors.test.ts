import { describe, expect, it } from 'vitest';
import { findPlace, findPlaceIn } from '../../../core/lexicon/places';
import type { Extraction } from '../../../core/ports';
import { extract, summaries } from './helpers';

/** "source name (country sector) > target name (country sector) code" for each event. */
const described = (extraction: Extraction): string[] => {
  const byId = new Map(extraction.actors.map((actor) => [actor.id, actor]));
  const side = (id: string): string => {
    const actor = byId.get(id);
    return actor ? `${actor.name} (${actor.country ?? 'IGO'} ${actor.sector})` : id;
  };
  return extraction.events.map(
    (event) => `${side(event.source.id)} > ${side(event.target.id)} ${event.code}`,
  );
};

const actorsOf = (text: string): string[] => described(extract(text));

describe('"the X group" after a known armed group', () => {
  it('keeps the generic tail inside the name so the group is the subject', () => {
    expect(
      summaries('DAMASCUS (Reuters) — The Islamic State group attacked Syrian troops on Monday.'),
    ).toEqual(['SYR>SYR:190']);
    expect(summaries('BEIRUT (AP) — The Hezbollah group fired rockets at Israel on Tuesday.')).toEqual([
      'LBN>ISR:195',
    ]);
  });

  it('does not swallow "group" that starts the next phrase', () => {
    // No known group before "group": nothing to extend, nothing coded from "A group of men".
    expect(summaries('DAMASCUS (Reuters) — A group of men attacked Syrian troops on Monday.')).not.toContain(
      'SYR>SYR:190',
    );
  });
});

describe('protest organizers', () => {
  it('are the crowd of the protest, coded as civilians of its country', () => {
    expect(
      actorsOf(
        'ISLAMABAD (Reuters) — Organizers of the protest accused the government of rigging the vote on Monday.',
      ),
    ).toEqual(['Organizers of the protest (PAK CVL) > Pakistan (PAK GOV) 112']);
    expect(
      summaries('NAIROBI, Kenya (AP) — The rally organisers accused police of beating marchers on Tuesday.'),
    ).toEqual(['KEN>KEN:112']);
    expect(
      summaries(
        'BELGRADE (AP) — Vucic accused the organizers of the blockades of trying to topple him on Monday.',
      ),
    ).toEqual(['SRB>SRB:112']);
  });

  it('are nobody when they organize a summit or a festival', () => {
    expect(summaries('NAIROBI, Kenya (AP) — The organizers of the summit invited Putin on Tuesday.')).toEqual(
      [],
    );
    expect(
      summaries('NAIROBI, Kenya (AP) — Festival organizers accused police of harassment on Tuesday.'),
    ).toEqual([]);
  });
});

describe('national Red Crescent societies', () => {
  it("are their own country's aid society, not the ICRC", () => {
    expect(actorsOf('The Iranian Red Crescent sent aid to Lebanon on Monday.')).toEqual([
      'Iranian Red Crescent (IRN NGO) > Lebanon (LBN GOV) 073',
    ]);
    expect(
      actorsOf("KABUL (AP) — Iran's Red Crescent Society sent relief supplies to Afghanistan on Monday."),
    ).toEqual(["Iran's Red Crescent Society (IRN NGO) > Afghanistan (AFG GOV) 073"]);
    expect(summaries('TEHRAN (Reuters) — The Red Crescent sent aid to Lebanon on Monday.')).toEqual([
      'IRN>LBN:073',
    ]);
    expect(
      summaries('The Palestine Red Crescent Society accused Israel of attacking its ambulances on Monday.'),
    ).toEqual(['PSE>ISR:112']);
  });

  it('leaves the Red Cross as the ICRC', () => {
    const coded = extract('The Red Cross visited Ukrainian prisoners in Russia on Monday.');
    expect(coded.events[0]?.source).toMatchObject({
      name: 'International Committee of the Red Cross',
      country: null,
    });
  });
});

describe('ministries named in their own way, and "the ministry" after them', () => {
  it("reads India's Ministry of External Affairs as the foreign ministry of the story's country", () => {
    expect(
      actorsOf(
        'NEW DELHI (Reuters) — The Ministry of External Affairs (MEA) condemned Canada on Tuesday over the killing.',
      ),
    ).toEqual(['Ministry of External Affairs (IND GOV) > Canada (CAN GOV) 111']);
    expect(
      summaries('NEW DELHI (Reuters) — The external affairs ministry criticized Canada on Tuesday.'),
    ).toEqual(['IND>CAN:111']);
  });

  it('resolves a bare "the ministry" to the ministry just named, else to the story\'s government', () => {
    expect(
      actorsOf(
        "KYIV (Reuters) — Russia's Defense Ministry said on Monday its forces struck Kharkiv. The ministry also accused Ukraine of shelling Belgorod.",
      ),
    ).toContain("Russia's Defense Ministry (RUS MIL) > Ukraine (UKR GOV) 112");
    expect(
      summaries(
        'NEW DELHI (Reuters) — India protested to Canada on Monday. The ministry also criticized Canada on Tuesday.',
      ),
    ).toEqual(['IND>CAN:141', 'IND>CAN:111']);
  });

  it('does not make a ministry out of an unrelated "ministry" word', () => {
    // A ministry as a place of work says nothing about who acted.
    expect(summaries('Protesters gathered outside the ministry on Monday.')).toEqual([]);
  });
});

describe('UN missions and regional bodies', () => {
  it('codes peacekeeping and political missions as IGOs', () => {
    expect(summaries('KABUL (AP) — UNAMA condemned the Taliban on Monday.')).toEqual(['IGO-unama>AFG:111']);
    expect(summaries('BANGUI (AP) — MINUSCA condemned the rebels on Monday.')[0]).toMatch(
      /^IGO-minusca>CAF:11/,
    );
    expect(summaries('MOGADISHU (AP) — ATMIS troops killed 20 al-Shabab fighters on Monday.')).toEqual([
      'IGO-au-somalia>SOM:190',
    ]);
  });
});

describe('long names of armed and political movements', () => {
  it('keeps "for"/"of" tails inside the name and takes a country they name', () => {
    expect(
      actorsOf(
        'GOMA, Congo (AP) — The Patriotic Front for the Liberation of Kivu attacked Congolese troops on Monday.',
      ),
    ).toEqual(['Patriotic Front for the Liberation of Kivu (COD REB) > Congolese troops (COD MIL) 190']);
    expect(
      actorsOf('The National Front for the Liberation of Burundi attacked Congolese troops on Monday.'),
    ).toEqual(['National Front for the Liberation of Burundi (BDI REB) > Congolese troops (COD MIL) 190']);
    expect(
      actorsOf('KHARTOUM (AP) — The Movement for Justice and Equality attacked Sudanese troops on Monday.'),
    ).toEqual(['Movement for Justice and Equality (SDN REB) > Sudanese troops (SDN MIL) 190']);
  });

  it('knows the FDLR by both names', () => {
    expect(summaries('GOMA, Congo (AP) — FDLR rebels killed 12 villagers on Monday.')).toEqual([
      'RWA>COD:190',
    ]);
    expect(
      summaries('The Democratic Forces for the Liberation of Rwanda attacked Congolese troops on Monday.'),
    ).toEqual(['RWA>COD:190']);
  });

  it('does not stretch a movement word that is no name', () => {
    expect(summaries('KYIV (AP) — Movement of troops near the border worried Ukraine on Monday.')).toEqual(
      [],
    );
  });
});

describe('a town or region that two countries share', () => {
  it('is the story country\'s ("Punjab" in a story from New Delhi)', () => {
    expect(findPlace('Punjab')?.country).toBe('PAK');
    expect(findPlaceIn('Punjab', 'IND')?.country).toBe('IND');
    expect(findPlaceIn('Punjab', 'PAK')?.country).toBe('PAK');
    // A country with no Punjab of its own keeps the usual pick.
    expect(findPlaceIn('Punjab', 'FRA')?.country).toBe('PAK');
    expect(summaries('NEW DELHI (Reuters) — Police arrested 20 protesters in Punjab on Monday.')).toEqual([
      'IND>IND:173',
    ]);
    expect(
      summaries('LAHORE, Pakistan (Reuters) — Police arrested 20 protesters in Punjab on Monday.'),
    ).toEqual(['PAK>PAK:173']);
  });

  it('never moves a capital or a country', () => {
    expect(findPlaceIn('Paris', 'USA')?.country).toBe('FRA');
    expect(findPlaceIn('Georgia', 'USA')?.country).toBe('GEO');
  });
});

describe('a place in an opening phrase', () => {
  it('is not merged with the crowd that follows the comma', () => {
    expect(
      actorsOf(
        "NEW DELHI (AP) — In Punjab's Sangrur and Bathinda, farmers burnt effigies of Trump on Thursday.",
      ),
    ).toEqual(['farmers (IND CVL) > Donald Trump (USA GOV) 141']);
  });

  it('still merges a name with its singular description', () => {
    expect(summaries('Hamas, the militant group, fired rockets at Israel on Monday.')).toEqual([
      'PSE>ISR:195',
    ]);
  });
});

describe('"the rebels" after an armed group was named', () => {
  it('is that group', () => {
    const coded = extract(
      'GOMA, Congo (AP) — Fighters of the Allied Democratic Forces killed 12 villagers on Monday. The rebels also abducted dozens of villagers, officials said.',
    );
    expect(coded.events.map((event) => event.source.id)).toEqual(['COD-REB-adf', 'COD-REB-adf']);
  });

  it('is not a group named before rebels of another place came up', () => {
    const coded = extract(
      'Israeli troops fought Hamas fighters in Rafah on Monday. Separately, police in Mexico said rebels attacked a village. The rebels killed three villagers.',
    );
    const last = coded.events[coded.events.length - 1];
    expect(last?.source.id).not.toBe('PSE-REB-hamas');
  });
});

describe('an election challenger', () => {
  it("is the opposition of the incumbent's country", () => {
    expect(
      actorsOf(
        'President Paul Biya of Cameroon was declared the winner on Monday. His main challenger, Issa Tchiroma Bakary, accused the ruling party of stuffing ballot boxes.',
      ),
    ).toContain('Issa Tchiroma Bakary (CMR OPP) > ruling party (CMR POL) 112');
    expect(
      summaries(
        'NAIROBI, Kenya (AP) — Opposition candidate Raila Odinga accused the electoral commission of fraud on Monday.',
      ),
    ).toEqual(['KEN>KEN:112']);
  });

  it('does not turn a sporting challenger into a political actor abroad', () => {
    // No country to place the challenger in: nothing is coded.
    expect(summaries('The challenger accused the champion of cheating on Monday.')).toEqual([]);
  });
});

describe('a sentence-opening "it"', () => {
  it("continues the previous sentence's subject rather than its object", () => {
    expect(
      actorsOf(
        'THE HAGUE (Reuters) — The International Court of Justice on Monday ordered Israel to halt the offensive. It also urged Hamas to release the hostages.',
      ),
    ).toContain('International Court of Justice (IGO IGO) > Hamas (PSE REB) 025');
  });

  it('falls back to the last thing named when the subject was a person', () => {
    // A person is never "it": the object of the previous sentence is meant.
    expect(
      summaries(
        'President Joe Biden criticized Russia on Monday. It expelled two U.S. diplomats on Tuesday.',
      ),
    ).toContain('RUS>USA:174');
  });
});
