import { describe, expect, it } from 'vitest';
import { summaries } from './helpers';

describe('verb families added in round 12', () => {
  it('codes backing, withdrawals of envoys and troops, and turning down', () => {
    expect(summaries('Moscow threw its weight behind the Serbian government on Friday.')).toEqual([
      'RUS>SRB:051',
    ]);
    expect(summaries('Niger withdrew its ambassador from France on Tuesday.')).toEqual(['NER>FRA:161']);
    expect(summaries('Chad pulled its soldiers out of Mali last year.')).toEqual(['TCD>MLI:0874']);
    expect(summaries("Hungary turned down Ukraine's request on Monday.")).toEqual(['HUN>UKR:120']);
  });

  it('codes killings, bombings and effigy burnings', () => {
    expect(summaries('Gunmen shot dead three Nigerian soldiers in Borno on Sunday.')).toEqual([
      'NGA>NGA:190',
    ]);
    expect(summaries('Militants detonated a roadside bomb in Kabul on Monday.')).toEqual(['AFG>AFG:183']);
    expect(summaries('Students in Dhaka burnt effigies of the Indian prime minister.')).toEqual([
      'BGD>IND:141',
    ]);
  });

  it('codes aid dispatched, delistings and acts called unfair', () => {
    expect(summaries('Turkey dispatched a convoy of relief supplies to Syria on Friday.')).toEqual([
      'TUR>SYR:073',
    ]);
    expect(
      summaries('The United States removed North Korea from its list of state sponsors of terrorism.'),
    ).toEqual(['USA>PRK:081']);
    expect(summaries('China described the Japanese measures as unfair.')).toEqual(['CHN>JPN:111']);
  });

  it('does not fire on look-alikes', () => {
    expect(summaries('The court turned down the appeal.')).toEqual([]);
    expect(summaries('He removed his name from the list.')).toEqual([]);
    expect(summaries('Ankara threw a reception for the Qatari emir.')).not.toContain('TUR>QAT:051');
    expect(summaries('Farmers in Punjab burnt crop stubble on Thursday.')).toEqual([]);
    expect(summaries('The army detonated unexploded shells at a range.')).toEqual([]);
  });
});

describe('hedging participles before the object', () => {
  it('reads "suspected", "alleged" as part of the object, not as a new clause', () => {
    expect(summaries('Iraqi police arrested 40 suspected Islamic State militants on Friday.')).toEqual([
      'IRQ>IRQ:173',
    ]);
    expect(summaries('Russia detained an alleged Ukrainian saboteur in Crimea.')).toEqual(['RUS>UKR:173']);
    expect(summaries('Turkish police detained 30 suspected Islamic State members.')).toEqual(['TUR>TUR:173']);
  });

  it('still lets "suspected" act as a verb', () => {
    expect(summaries('Police suspected the militants of planning attacks.')).toEqual([]);
  });
});

describe('negations that report no act', () => {
  it('codes nothing for "has not yet" or a standing non-recognition', () => {
    expect(summaries("Algeria's foreign ministry has not yet responded to the French measures.")).toEqual([]);
    expect(summaries('Israel has not yet retaliated against Iran.')).toEqual([]);
    expect(summaries('New Delhi does not formally recognise the Taliban government.')).toEqual([]);
    expect(summaries('Most countries do not recognize Kosovo.')).toEqual([]);
  });

  it('keeps denials and refusals of acts', () => {
    expect(summaries('Iran did not attack Israel, the minister said.')).toEqual(['IRN>ISR:190']);
    expect(summaries('India refused to recognise the Taliban government.')).toEqual(['IND>AFG:120']);
    expect(summaries('Russia has not attacked Poland, Putin said.')).toEqual(['RUS>POL:190']);
  });
});

describe('background told in a relative clause or a headline', () => {
  it('codes no act from a present-simple relative clause that characterizes an actor', () => {
    expect(
      summaries(
        'Algeria, which supports the Polisario Front, withdrew its ambassador from France on Friday.',
      ),
    ).toEqual(['DZA>FRA:161']);
    expect(summaries('Iran, which arms the Houthis, condemned Israel on Monday.')).toEqual(['IRN>ISR:111']);
  });

  it('still codes a relative clause that reports a dated act', () => {
    expect(summaries('Russia, which attacked Ukraine in 2022, condemned NATO on Monday.')).toContain(
      'RUS>UKR:190',
    );
    expect(summaries('The talks with Wang Yi, who warned Washington on Monday, ended.')).toEqual([
      'CHN>USA:130',
    ]);
  });

  it('does not read a lifted sanction in a headline as one imposed', () => {
    expect(summaries('UN Security Council lifts sanctions on Syria ahead of White House visit')).toEqual([
      'IGO-un-security-council>SYR:085',
    ]);
    expect(summaries('Britain ends sanctions on Syrian banks')).not.toContain('GBR>SYR:163');
    expect(summaries("Washington's sanctions on Iran remain in force.")).toEqual(['USA>IRN:163']);
  });
});

describe('who does a participle act after a relative clause', () => {
  it('gives "..., killing" to the main clause subject, not to the relative clause', () => {
    const found = summaries(
      'Cameroonian security forces fired live rounds at opposition supporters who had gathered outside his home, killing four people.',
    );
    expect(found).toContain('CMR>CMR:190');
    expect(found.filter((key) => key.endsWith(':190'))).toEqual(['CMR>CMR:190']);
  });
});

describe('armed groups and crowds', () => {
  it('aims an insurgent act with no named victim at the state it fights at home', () => {
    expect(
      summaries(
        'QUETTA, Pakistan (Reuters) - Baloch Liberation Army fighters hijacked a passenger train on Tuesday.',
      ),
    ).toEqual(['PAK>PAK:181']);
    expect(summaries('Gunmen hijacked a passenger bus in Nigeria on Sunday.')).toEqual(['NGA>NGA:181']);
  });

  it('does not send an armed group against its own state when the scene is unknown or abroad', () => {
    expect(summaries('Hamas fighters attacked a kibbutz on Saturday.')).toEqual([]);
    expect(summaries('Al-Shabab fighters hijacked a passenger bus in northern Kenya.')).toEqual([
      'SOM>KEN:181',
    ]);
  });

  it('codes civilians attacking police as a riot (145), armed actors as an attack (190)', () => {
    expect(summaries('Serbian protesters attacked police officers in Novi Sad.')).toEqual(['SRB>SRB:145']);
    expect(summaries('Gunmen attacked a Nigerian police station.')).toEqual(['NGA>NGA:190']);
  });

  it('reads "cautioned" as a threat only when force or retaliation is named', () => {
    expect(summaries('China cautioned Japan that it would respond with force.')).toEqual(['CHN>JPN:138']);
    expect(summaries('Iran cautioned Israel of a harsh response.')).toEqual(['IRN>ISR:138']);
    expect(summaries('Analysts cautioned that the deal could collapse.')).toEqual([]);
  });

  it('aims an opposition or crowd demand of no one named at its own government', () => {
    expect(summaries("Kenya's opposition leader demanded a recount on Monday.")).toEqual(['KEN>KEN:100']);
    expect(summaries('Serbian students demanded early elections on Friday.')).toEqual(['SRB>SRB:100']);
    expect(summaries('Serbian students demanded that Croatia apologize.')).toEqual(['SRB>HRV:100']);
    expect(summaries('The Turkish government demanded an investigation.')).toEqual([]);
  });

  it('keeps a government warning its own opposition as a domestic threat', () => {
    expect(
      summaries(
        "Kenya's interior minister warned protesters that they would face the full force of the law.",
      ),
    ).toEqual(['KEN>KEN:138']);
    expect(summaries('Aliyev warned that his forces would respond.')).toEqual([]);
  });
});

describe('commentators', () => {
  it('codes nothing an analyst or expert says or forecasts', () => {
    expect(summaries('Western analysts criticized the Chinese military drills near Taiwan.')).toEqual([]);
    expect(summaries('A Japanese professor warned China against interfering in Okinawa.')).toEqual([]);
    expect(summaries('Analysts warn that Ethiopian forces would attack Eritrea.')).toEqual([]);
  });

  it('still codes acts on commentators and forecasts by a side', () => {
    expect(summaries('Iranian police arrested a university professor on Monday.')).toEqual(['IRN>IRN:173']);
    expect(summaries('Ethiopia warned that its forces would attack Eritrea.')).toEqual(['ETH>ERI:138']);
  });
});

describe('release demanded after a sentence', () => {
  it('aims the demand at the state whose court jailed the person', () => {
    expect(
      summaries(
        'A Russian court sentenced an American journalist to 16 years in prison. Washington demanded his release.',
      ),
    ).toEqual(['RUS>USA:173', 'USA>RUS:1053']);
  });
});

describe('clause and aside boundaries inside a pattern', () => {
  it('steps over a bracketed aside', () => {
    expect(summaries('Japan pledged 5 billion yen (about $33 million) to Ukraine on Friday.')).toEqual([
      'JPN>UKR:033',
    ]);
  });

  it('never lets a gap cross ", and" into the next actor\'s clause', () => {
    const found = summaries('China provided food aid, and Britain pledged 1 million pounds to Turkey.');
    expect(found).toContain('GBR>TUR:033');
    expect(found).not.toContain('CHN>GBR:073');
    expect(summaries('Japan sent food, medicine, and tents to Turkey.')).toEqual(['JPN>TUR:073']);
  });
});

describe('releases ordered and captives sent back', () => {
  it("codes a release ordered by a court or government, aimed at the captives' side", () => {
    expect(summaries('An Argentine judge ordered the release of the Spanish captain on Friday.')).toEqual([
      'ARG>ESP:084',
    ]);
    expect(summaries('The minister ordered the release of funds to Ukraine.')).toEqual([]);
  });

  it('reads "sent back" migrants as deportation', () => {
    expect(summaries('Iran sent back thousands of Afghan migrants this year.')).toEqual(['IRN>AFG:174']);
    expect(summaries('The court sent back the case to a lower court.')).toEqual([]);
  });
});

describe('subjects behind brackets and appositions', () => {
  it('finds the subject past a bracketed abbreviation and a noun phrase in apposition', () => {
    expect(
      summaries(
        'Rebels from the Allied Democratic Forces (ADF) killed 38 civilians in eastern Congo on Monday.',
      ),
    ).toEqual(['COD>COD:190']);
    expect(
      summaries('Boko Haram, a group allied to the Islamic State, killed 38 civilians in Nigeria.'),
    ).toEqual(['NGA>NGA:190']);
  });

  it('codes no act from a perfect in a non-restrictive relative clause', () => {
    expect(
      summaries(
        'Boko Haram, which has pledged allegiance to the Islamic State, killed 38 civilians in Nigeria.',
      ),
    ).toEqual(['NGA>NGA:190']);
    expect(
      summaries('Russia, which has long supplied weapons to Syria, condemned Israel on Monday.'),
    ).toEqual(['RUS>ISR:111']);
  });
});

describe('participles that modify the subject', () => {
  it('looks past "linked to X", "affiliated to X" for the subject', () => {
    expect(summaries('Militants linked to al-Qaeda attacked a Malian army base on Sunday.')).toEqual([
      'MLI>MLI:190',
    ]);
    expect(
      summaries('Indian farmers affiliated to the Samyukt Kisan Morcha burnt effigies of Trump on Thursday.'),
    ).toEqual(['IND>USA:141']);
  });

  it('leaves a passive with such an agent to the passive reading', () => {
    expect(summaries('Two Malian soldiers were killed by militants linked to al-Qaeda.')).toEqual([
      'MLI>MLI:190',
    ]);
    expect(summaries('Two Malian soldiers were killed on Sunday.')).toEqual([]);
  });
});

describe("appeals to one's own camp", () => {
  it('codes no appeal a leader makes to his own supporters', () => {
    expect(
      summaries("Kenya's opposition leader called on his supporters to stay at home on Wednesday."),
    ).toEqual([]);
    expect(summaries("Kenya's opposition leader urged his supporters to boycott the vote.")).toEqual([]);
  });

  it("still codes an appeal to another side's supporters", () => {
    expect(summaries("Kenya's president called on opposition supporters to stay calm.")).toEqual([
      'KEN>KEN:020',
    ]);
  });
});

describe('yielding to a ruling or a body', () => {
  it('codes compliance as a yield, a promise to comply as intent, a refusal as refusal', () => {
    expect(summaries("Iran complied with the IAEA's demands on Monday.")).toEqual(['IRN>IGO-iaea:080']);
    expect(summaries("Serbia said it would abide by the International Court of Justice's ruling.")).toEqual([
      'SRB>IGO-icj:035',
    ]);
    expect(summaries('Israel said it would not comply with the ICJ order.')).toEqual(['ISR>IGO-icj:124']);
    expect(summaries('The company complied with the rules.')).toEqual([]);
  });
});
