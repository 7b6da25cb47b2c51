import { describe, expect, it } from 'vitest';
import { extract, summaries } from './helpers';

const rules = (text: string): string[] => extract(text).events.map((event) => event.evidence.rule ?? '');
const sorted = (text: string): string[] => summaries(text).sort();

describe('standing by an ally', () => {
  it('codes support when a relation noun stands before the name', () => {
    expect(summaries('Moscow stood by its ally Syria on Monday.')).toEqual(['RUS>SYR:051']);
    expect(summaries('Beijing has stood firmly behind its longtime partner Pakistan.')).toEqual([
      'CHN>PAK:051',
    ]);
    expect(summaries('Tehran stands by its friends in Caracas.')).not.toContain('IRN>IRN:051');
  });

  it('does not fire without an actor after the relation noun', () => {
    expect(summaries('The ministry stood by its partner agencies on Monday.')).toEqual([]);
    expect(summaries('Troops stood by as the crowd gathered in Nairobi.')).toEqual([]);
  });
});

describe('a state freeing its own prisoners', () => {
  it('codes the release aimed at the prisoners of the freeing state', () => {
    expect(summaries('Cuba freed 500 political prisoners on Friday.')).toEqual(['CUB>CUB:084']);
    expect(summaries('Venezuela freed 20 political prisoners under the deal.')).toEqual(['VEN>VEN:084']);
    expect(summaries('The Myanmar junta released 300 detainees on Tuesday.')).toEqual(['MMR>MMR:084']);
  });

  it("keeps another country's captives theirs and codes no self-release in a swap", () => {
    expect(summaries('Israel released 300 Palestinian prisoners on Friday.')).toEqual(['ISR>PSE:084']);
    expect(summaries('Hamas freed 20 hostages on Sunday.')).toEqual([]);
    const swap = summaries(
      'Hamas freed three Israeli hostages on Saturday. Israel released 90 prisoners in return.',
    );
    expect(swap).not.toContain('ISR>ISR:084');
    expect(summaries('The rebels freed 30 prisoners from the jail.')).toEqual([]);
  });
});

describe('tear gas and warning shots aimed at the crowd the story told of', () => {
  it('takes the crowd from an earlier sentence or clause', () => {
    expect(
      summaries('Opposition supporters marched in Nairobi on Tuesday. Kenyan police fired tear gas.'),
    ).toEqual(['KEN>KEN:141', 'KEN>KEN:175']);
    expect(
      summaries('Thousands of protesters marched on parliament in Mogadishu and police fired tear gas.'),
    ).toEqual(['SOM>SOM:141', 'SOM>SOM:175']);
    expect(summaries('Students rallied in Dhaka on Monday. Police shot into the air.')).toContain(
      'BGD>BGD:175',
    );
  });

  it('takes the crowd from the purpose and never reads shots into the air as an attack', () => {
    expect(
      summaries('Kenyan police fired tear gas and shot into the air to disperse the protesters.'),
    ).toEqual(['KEN>KEN:175']);
    const shots = summaries(
      'Georgian police fired rubber bullets and shot into the air to disperse demonstrators in Tbilisi.',
    );
    expect(shots.some((summary) => summary.endsWith(':195'))).toBe(false);
  });

  it('codes nothing with no crowd anywhere', () => {
    expect(summaries('Police fired tear gas during a training exercise in Nairobi.')).toEqual([]);
    expect(summaries('Hunters shot into the air near the village.')).toEqual([]);
    expect(summaries('Russia struck Kyiv on Monday. Police fired tear gas in a drill.')).toEqual([
      'RUS>UKR:190',
    ]);
  });
});

describe('a clause joined by "and" after a prepositional object', () => {
  it('does not make the object and the next subject one group', () => {
    const events = summaries('Protesters marched on parliament in Mogadishu and police fired tear gas.');
    expect(events.filter((summary) => summary === 'SOM>SOM:141')).toHaveLength(1);
  });

  it('keeps a real coordination of objects', () => {
    expect(sorted('Russia accused Ukraine and Poland of sabotage.')).toEqual(['RUS>POL:112', 'RUS>UKR:112']);
  });
});

describe('passive signing of a pact', () => {
  it('codes both signatories toward each other', () => {
    expect(sorted('A convention signed by France and Spain in 1900 set the border.')).toEqual([
      'ESP>FRA:057',
      'FRA>ESP:057',
    ]);
    expect(sorted('The accord was signed by Armenia and Azerbaijan in Washington.')).toEqual([
      'ARM>AZE:057',
      'AZE>ARM:057',
    ]);
  });

  it('needs an agreement noun, two parties and a signing not told before', () => {
    expect(summaries('The agreement was signed by Russia on Tuesday.')).toEqual([]);
    expect(rules('A letter signed by France and Spain urged Brussels to act.')).not.toContain('signed-by');
    expect(
      rules(
        'Japan and the Philippines signed a defense pact on Monday. The pact was signed by Teodoro and Kamikawa in Manila.',
      ).filter((rule) => rule === 'signed-by'),
    ).toEqual([]);
  });

  it('does not make a described pact the exchange "the two countries" refers to', () => {
    const events = summaries(
      'Gabon and Equatorial Guinea met in Geneva on Monday. A convention signed by France and Spain in 1900 drew the border. The two countries agreed to resume talks.',
    );
    expect(events).not.toContain('FRA>ESP:030');
    expect(events).not.toContain('FRA>ESP:036');
  });
});

describe('reactions to a ruling', () => {
  it('aims praise, rejection and criticism at the court that ruled', () => {
    expect(
      summaries(
        'The International Court of Justice ruled on Monday that the island belongs to Gabon. Equatorial Guinea hailed the ruling on Tuesday.',
      ),
    ).toEqual(['GNQ>IGO-icj:051']);
    expect(
      summaries(
        'The International Criminal Court convicted the militia leader. Uganda welcomed the verdict.',
      ),
    ).toContain('UGA>IGO-icc:051');
    expect(
      summaries(
        'The International Court of Justice ruled on Monday that the island belongs to Gabon. Equatorial Guinea rejected the ruling.',
      ),
    ).toEqual(['GNQ>IGO-icj:120']);
  });

  it('codes nothing with no court and never reads "the ruling party" as a ruling', () => {
    expect(summaries('The opposition hailed the ruling on Monday.')).toEqual([]);
    expect(summaries('Protesters denounced the ruling party on Monday.')).toEqual([]);
    expect(summaries('The government welcomed the decision on Monday.')).toEqual([]);
  });
});

describe('weapons standing for the side that fires them', () => {
  it('reads "Russian missiles struck" as Russia striking', () => {
    expect(summaries('Russian missiles struck Kyiv on Monday.')).toEqual(['RUS>UKR:190']);
    expect(summaries('Houthi rockets hit an Israeli town on Sunday.')).toEqual(['YEM>ISR:190']);
  });

  it('codes nothing for weapons that only exist or are found', () => {
    expect(summaries('Russian missiles are a threat to Europe, Poland said.')).toEqual([]);
    expect(summaries('Iranian rockets were found in Yemen.')).toEqual([]);
  });
});

describe('an envoy recalled with no country named', () => {
  it('aims the recall at the country the source is in a row with', () => {
    expect(summaries('Paris expelled 12 Algerian diplomats and recalled its ambassador.')).toContain(
      'FRA>DZA:161',
    );
    expect(
      summaries('Algeria expelled 12 French officials on Monday. France recalled its ambassador on Tuesday.'),
    ).toEqual(['DZA>FRA:174', 'FRA>DZA:161']);
    expect(
      summaries('Niger expelled the French ambassador in July, and Paris withdrew its envoy a month later.'),
    ).toContain('FRA>NER:161');
  });

  it('codes nothing when the source is in no row', () => {
    expect(summaries('France recalled its ambassador for consultations.')).toEqual([]);
    expect(
      summaries('Russia struck Kyiv on Monday. France recalled its ambassador for consultations.'),
    ).toEqual(['RUS>UKR:190']);
  });
});

describe('a bare "called X" as a phone call', () => {
  it('codes a call when only a time or a purpose follows the actor', () => {
    expect(summaries('Biden called Netanyahu on Sunday.')).toEqual(['USA>ISR:041']);
    expect(
      summaries('Lula called Indian Prime Minister Narendra Modi on Thursday to discuss the tariffs.'),
    ).toEqual(['BRA>IND:041']);
    expect(summaries('French President Emmanuel Macron called Putin late on Friday.')).toEqual([
      'FRA>RUS:041',
    ]);
  });

  it('leaves labels, appeals and names to their own rules', () => {
    expect(summaries('Trump called Maduro a dictator.')).toEqual(['USA>VEN:111']);
    expect(summaries('Iran called the Israeli strikes illegal.')).toEqual(['IRN>ISR:111']);
    expect(summaries('China called on Japan to stop.')).not.toContain('CHN>JPN:041');
    expect(summaries('The islands, which Argentina calls the Malvinas, are British.')).toEqual([]);
    expect(summaries('The islands, which Argentina called the Malvinas, are British.')).toEqual([]);
    expect(summaries('Venezuela called the United States an empire.')).not.toContain('VEN>USA:041');
  });
});

describe('a pact named with its subject before the partner', () => {
  it('codes the signing with the partner after "with"', () => {
    expect(summaries('Iraq signed a memorandum of understanding with Turkey on Tuesday.')).toEqual([
      'IRQ>TUR:057',
    ]);
    expect(summaries('Kenya signed a framework agreement on trade with Ethiopia.')).toEqual(['KEN>ETH:057']);
  });

  it('does not take an actor from another clause', () => {
    expect(summaries('Iraq signed a memorandum of understanding; talks with Turkey stalled.')).not.toContain(
      'IRQ>TUR:057',
    );
  });
});

describe('a promise to lift sanctions after a reporting verb', () => {
  it('codes the easing, not an imposition read across the verb that undoes it', () => {
    expect(summaries('Trump announced he would lift U.S. sanctions on Syria.')).toEqual(['USA>SYR:035']);
    expect(summaries('The EU announced it would ease its sanctions on Belarus.')).not.toContain(
      'IGO-european-union>BLR:163',
    );
  });

  it('still codes sanctions announced outright', () => {
    expect(summaries('The European Union announced new sanctions on Iran on Monday.')).toEqual([
      'IGO-european-union>IRN:163',
    ]);
  });
});
