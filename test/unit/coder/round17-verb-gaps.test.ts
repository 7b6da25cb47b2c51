import { describe, expect, it } from 'vitest';
import { summariesMatching } from './helpers';

describe('unspecified threats: reserving the right to respond', () => {
  it('aims the threat at the other side of the row', () => {
    expect(
      summariesMatching(
        'Latvian border guards detained a Belarusian truck driver on Monday. Minsk said it reserved the right to respond.',
        /:13\d$/,
      ),
    ).toEqual(['BLR>LVA:130']);
    expect(
      summariesMatching(
        'Finland seized a Russian cargo ship on Friday. The Russian side reserves the right to take all necessary measures.',
        /:13\d$/,
      ),
    ).toEqual(['RUS>FIN:130']);
  });

  it('codes nothing for a reserved right with no row or no force', () => {
    expect(
      summariesMatching('The airline reserves the right to change its fares without notice.', /:13\d$/),
    ).toEqual([]);
    expect(summariesMatching('Brazil reserved the right to respond, officials said.', /:13\d$/)).toEqual([]);
  });
});

describe('taking responsibility for an act of force', () => {
  it('claims the act (015) toward its victim', () => {
    expect(
      summariesMatching(
        'Turkish jets struck targets in northern Iraq. Ankara took full responsibility for it.',
        /:015$/,
      ),
    ).toEqual(['TUR>IRQ:015']);
  });

  it('codes nothing for responsibility for a domestic failure', () => {
    expect(
      summariesMatching('The Greek minister took full responsibility for the delays and resigned.', /:015$/),
    ).toEqual([]);
  });
});

describe('closing its own mission in a country', () => {
  it('reduces relations with the host (161)', () => {
    expect(
      summariesMatching('Norway on Tuesday shut its embassy in Kabul, citing security.', /:16\d$/),
    ).toEqual(['NOR>AFG:161']);
    expect(summariesMatching('Ghana temporarily closed its High Commission in Pretoria.', /:16\d$/)).toEqual([
      'GHA>ZAF:161',
    ]);
  });

  it('codes nothing for a ministry closing offices at home', () => {
    expect(
      summariesMatching('The Kenyan tax authority closed its offices in Mombasa for renovation.', /:16\d$/),
    ).toEqual([]);
  });
});

describe('accepting credentials and asking for consular access', () => {
  it('codes accepting an envoy as recognition (054)', () => {
    expect(
      summariesMatching('Beijing accepted the credentials of the new Afghan ambassador on Monday.', /:054$/),
    ).toEqual(['CHN>AFG:054']);
  });

  it('aims a consular request at who holds the citizen, a demand as 100', () => {
    expect(
      summariesMatching(
        'Iranian police detained a Swedish engineer in Tehran. Sweden requested consular access to him.',
        /:020$/,
      ),
    ).toEqual(['SWE>IRN:020']);
    expect(
      summariesMatching(
        'Venezuela arrested three Colombian truckers. Colombia demanded consular access to the men.',
        /:100$/,
      ),
    ).toEqual(['COL>VEN:100']);
  });

  it('codes no request when nobody holds anyone', () => {
    expect(summariesMatching('Sweden requested consular access on Monday.', /:020$/)).toEqual([]);
  });
});

describe('intent to keep negotiating', () => {
  it('codes continued engagement through diplomacy (036)', () => {
    expect(
      summariesMatching(
        'Uganda would continue to engage the government of Rwanda through diplomatic channels.',
        /:036$/,
      ),
    ).toEqual(['UGA>RWA:036']);
    expect(summariesMatching('Japan will continue to engage with China on the dispute.', /:036$/)).toEqual([
      'JPN>CHN:036',
    ]);
  });

  it('codes no intent to negotiate when troops keep engaging an enemy', () => {
    expect(
      summariesMatching(
        'The Nigerian army will continue to engage Boko Haram fighters in the northeast.',
        /:036$/,
      ),
    ).toEqual([]);
  });
});

describe('retaliation: the instrument decides the code', () => {
  it('codes retaliation with tariffs or sanctions as 163, not force', () => {
    expect(
      summariesMatching(
        'China imposed tariffs on Australia. Australia retaliated with tariffs on Chinese steel.',
        /:(163|190)$/,
      ),
    ).toEqual(['AUS>CHN:163', 'CHN>AUS:163']);
    expect(
      summariesMatching('Peru retaliated against Bolivia with tariffs on Friday.', /:(163|190)$/),
    ).toEqual(['PER>BOL:163']);
  });

  it('keeps armed retaliation as force (190)', () => {
    expect(
      summariesMatching('Russia retaliated against Ukraine with missile strikes on Friday.', /:(163|190)$/),
    ).not.toContain('RUS>UKR:163');
  });
});

describe('pulling out of a gathering another state hosts', () => {
  it('boycotts the host (143)', () => {
    expect(
      summariesMatching('Ghana pulled out of an investment forum in Nairobi, Kenya, in protest.', /:143$/),
    ).toEqual(['GHA>KEN:143']);
    expect(summariesMatching('Iran withdrew from the Ghanaian summit.', /:143$/)).toEqual(['IRN>GHA:143']);
  });

  it('codes no boycott of a gathering at home or a race', () => {
    expect(summariesMatching('Nigeria pulled out of a summit in Abuja.', /:143$/)).toEqual([]);
    expect(summariesMatching('Nigeria withdrew from the race on Monday.', /:143$/)).toEqual([]);
  });
});

describe('labelling an act just told', () => {
  it('criticizes the doer when the label has a bare pronoun object (111)', () => {
    expect(
      summariesMatching(
        'Israeli jets struck Beirut on Tuesday. France called it a flagrant violation of sovereignty.',
        /:111$/,
      ),
    ).toEqual(['FRA>ISR:111']);
    expect(
      summariesMatching('Russia seized a Ukrainian ship. Kyiv called this an act of piracy.', /:111$/),
    ).toEqual(['UKR>RUS:111']);
  });

  it('codes nothing for a side labelling its own act or a cooperative act', () => {
    expect(
      summariesMatching(
        'Israeli jets struck Beirut on Tuesday. Israel called it a legitimate operation.',
        /:111$/,
      ),
    ).toEqual([]);
    expect(
      summariesMatching('Japan and China signed a trade deal. France called it unfair.', /:111$/),
    ).toEqual([]);
  });
});
