import { describe, expect, it } from 'vitest';
import { summaries } from './helpers';

describe('banning goods, apps or carriers is an embargo (163), banning a group is 172', () => {
  it('codes bans on a country’s apps or airlines as 163', () => {
    expect(
      summaries('NEW DELHI (Reuters) — India banned 59 Chinese apps on Monday, citing security concerns.'),
    ).toEqual(['IND>CHN:163']);
    expect(
      summaries('ISLAMABAD (AP) — Pakistan banned Indian airlines from its airspace on Tuesday.'),
    ).toEqual(['PAK>IND:163']);
  });

  it('still codes banned parties as 172 and import bans as 163', () => {
    expect(summaries('MINSK, Belarus (AP) — Belarus banned the main opposition party on Monday.')).toEqual([
      'BLR>BLR:172',
    ]);
    expect(summaries('BEIJING (AP) — China banned seafood imports from Japan on Thursday.')).toEqual([
      'CHN>JPN:163',
    ]);
  });
});

describe('"foreign" people are not the story country’s own', () => {
  it('names no target when only "foreign" says whose they are', () => {
    expect(
      summaries(
        'BAMAKO, Mali (Reuters) — Mali’s military rulers have demanded millions of dollars in arrears from several foreign operators.',
      ),
    ).toEqual([]);
    expect(
      summaries(
        'BAMAKO, Mali (Reuters) — Mali’s junta arrested four foreign workers at a gold mine on Monday.',
      ),
    ).toEqual([]);
    expect(
      summaries('OUAGADOUGOU (AFP) — Burkina Faso’s government ordered foreign troops to leave on Tuesday.'),
    ).toEqual([]);
  });

  it('keeps named nationalities, local people and foreign ministers', () => {
    expect(
      summaries('BAMAKO, Mali (Reuters) — Mali’s junta arrested four French workers on Monday.'),
    ).toEqual(['MLI>FRA:173']);
    expect(summaries('BAMAKO, Mali (Reuters) — Mali’s junta arrested four local workers on Monday.')).toEqual(
      ['MLI>MLI:173'],
    );
    expect(summaries("Mali's foreign minister met Russia's foreign minister on Monday.")).toEqual([
      'MLI>RUS:040',
    ]);
  });
});

describe('a civilian or merchant craft does not take the country where it was stopped', () => {
  it('names no owner for unmarked boats and vessels', () => {
    expect(
      summaries('COLOMBO (AFP) — Sri Lanka’s navy seized three fishing boats off Mannar on Monday.'),
    ).toEqual([]);
    expect(
      summaries('MANILA (AP) — Philippine authorities impounded two cargo vessels in Manila Bay on Friday.'),
    ).toEqual([]);
  });

  it('leaves the crews arrested alongside as the target of the arrest', () => {
    const coded = summaries(
      'COLOMBO, Sri Lanka (AFP) — Sri Lanka’s navy arrested 13 Indian fishermen and seized two fishing boats off the northern Jaffna peninsula on Monday.',
    );
    expect(coded).toContain('LKA>IND:173');
    expect(coded).not.toContain('LKA>LKA:171');
  });

  it('keeps a flag or owner the text gives', () => {
    expect(summaries('COLOMBO (AFP) — Sri Lanka’s navy seized two Indian fishing boats on Monday.')).toEqual([
      'LKA>IND:171',
    ]);
    expect(summaries('TEHRAN (AP) — Iran seized a Greek tanker on Monday.')).toEqual(['IRN>GRC:171']);
  });
});

describe('condolences to private mourners', () => {
  it('are no exchange between political actors', () => {
    expect(
      summaries(
        'NAIROBI (Reuters) — The British High Commission offered condolences to the families of the victims on Sunday.',
      ),
    ).toEqual([]);
    expect(
      summaries(
        "KABUL (AP) — Pakistan's prime minister sent condolences to the bereaved families on Monday.",
      ),
    ).toEqual([]);
  });

  it('still code condolences to a country, its people or its named families', () => {
    expect(summaries('TOKYO (AP) — Japan offered condolences to Turkey on Monday.')).toEqual(['JPN>TUR:018']);
    expect(summaries('NEW DELHI (AP) — India offered condolences to the people of Nepal on Monday.')).toEqual(
      ['IND>NPL:018'],
    );
    expect(
      summaries('MOSCOW (AP) — Putin sent condolences to the families of the Turkish soldiers on Monday.'),
    ).toEqual(['RUS>TUR:018']);
  });
});

describe('a plural present in a comma aside describes the actor', () => {
  it('does not code "whose forces back", "which back" as support given now', () => {
    const russia = summaries(
      'MOSCOW (AP) — Russia, whose forces back the Syrian government, urged Israel on Thursday to halt attacks.',
    );
    expect(russia).toContain('RUS>ISR:025');
    expect(russia).not.toContain('RUS>SYR:051');
    expect(
      summaries('TEHRAN (AP) — Iran, whose leaders back the Houthis, condemned the strikes on Monday.'),
    ).not.toContain('IRN>YEM:051');
    expect(
      summaries('NAYPYITAW (AP) — Russia and China, which back the junta, vetoed the resolution on Monday.'),
    ).not.toContain('RUS>MMR:051');
  });

  it('keeps same-form pasts, dated plans and main-clause acts', () => {
    expect(
      summaries(
        'ISLAMABAD (AP) — Washington, which cut aid to Pakistan in March, criticized Pakistan on Monday.',
      ),
    ).toContain('USA>PAK:162');
    expect(
      summaries(
        'DOHA (Reuters) — Pakistan, whose envoys meet Afghan officials in Doha on Monday, accused Kabul of sheltering militants.',
      ),
    ).toContain('PAK>AFG:040');
    expect(summaries('SANAA (AP) — Iran backed the Houthis with missiles on Monday.')).toEqual([
      'IRN>YEM:051',
    ]);
  });
});
