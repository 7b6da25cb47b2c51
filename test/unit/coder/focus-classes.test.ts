import { describe, expect, it } from 'vitest';
import { extract, summaries, summary } from './helpers';

const coded = (text: string): string[] =>
  extract(text).events.map((event) => `${summary(event)} ${event.source.id}>${event.target.id}`);

describe('article focus country versus dateline', () => {
  it('places unqualified actors of a Bangkok-datelined Myanmar story in Myanmar', () => {
    const text = `BANGKOK (AP) — Myanmar's junta bombed a monastery in northwestern Myanmar on Monday, killing 17 villagers, residents said Thursday.

The military detained dozens of students on Wednesday. Rebels attacked a police station on Tuesday. Police arrested 20 protesters in Bangkok on Friday.

Thailand said it would keep its border open.`;
    const events = coded(text);
    expect(events).toContain('MMR>MMR:173 MMR-MIL>MMR-CVL');
    expect(events).toContain('MMR>MMR:190 MMR-REB>MMR-COP');
    // The sentence's own place comes before the article's focus.
    expect(events).toContain('THA>THA:173 THA-COP>THA-CVL');
    expect(events.some((event) => event.includes('THA-MIL') || event.includes('THA-REB'))).toBe(false);
  });

  it('places unqualified actors of a Seoul-datelined North Korea story in North Korea', () => {
    const text = `SEOUL, South Korea (AP) — North Korea fired two ballistic missiles into the sea on Thursday, a day after North Korean leader Kim Jong Un toured a weapons factory, state media said.

The military arrested three fishermen on Wednesday. Police detained dozens of farmers on Tuesday.`;
    expect(coded(text)).toEqual(['PRK>PRK:173 PRK-MIL>PRK-CVL', 'PRK>PRK:173 PRK-COP>PRK-CVL']);
  });

  it('keeps the dateline country when the story is about it', () => {
    const text = `NAIROBI, Kenya (AP) — Kenyan police fired tear gas at protesters in Nairobi on Thursday as demonstrations spread.

Police arrested dozens of students on Wednesday. The government accused the opposition of inciting violence.`;
    expect(coded(text)).toEqual([
      'KEN>KEN:175 KEN-COP>KEN-CVL',
      'KEN>KEN:173 KEN-COP>KEN-CVL',
      'KEN>KEN:112 KEN>KEN-OPP',
    ]);
  });
});

describe('desire and attempt verbs are not acts', () => {
  it('codes no event for wished, tried, weighed or possible hostile acts', () => {
    for (const sentence of [
      'Ukraine said Russia wanted to block Ukrainian exports.',
      'Russia sought to impose sanctions on Georgia.',
      'Iranian forces tried to seize a British tanker on Tuesday.',
      'The European Union is considering sanctions against Belarus.',
      'Poland is considering expelling Russian diplomats.',
      'Serbia could recall its ambassador to Montenegro.',
      'India might impose tariffs on Chinese steel.',
    ]) {
      expect(summaries(sentence), sentence).toEqual([]);
    }
  });

  it('codes a wish to cooperate as the intent code, and the act itself as the act', () => {
    expect(summaries('China hopes to sign a trade deal with Australia.')).toEqual(['CHN>AUS:032']);
    expect(summaries('Turkey wants to meet Greece next month.')).toEqual(['TUR>GRC:036']);
    expect(summaries('Poland expelled Russian diplomats on Monday.')).toEqual(['POL>RUS:174']);
  });
});

describe('"the two leaders", "the two armies", "both warring parties"', () => {
  it('resolves the two leaders to the two people of an exchange in an earlier sentence', () => {
    const text =
      'Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Monday. ' +
      'On Tuesday, the two leaders signed a security pact.';
    expect(summaries(text)).toEqual(['JPN>KOR:040', 'JPN>KOR:057', 'KOR>JPN:057']);
  });

  it('resolves "both leaders" to the people of the latest meeting, not a later exchange of states', () => {
    const text =
      'Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Beijing on Friday. ' +
      'Russia criticized Japan on Saturday. Germany praised both leaders.';
    // Events of one sentence come in id order, which depends on their date: compare as sets.
    expect(summaries(text).sort()).toEqual(
      ['CHN>BRA:040', 'RUS>JPN:111', 'DEU>CHN:051', 'DEU>BRA:051'].sort(),
    );
  });

  it('resolves "both warring parties" of a civil war to its two armed sides, not the speakers', () => {
    const text =
      "Sudan's army clashed with the Rapid Support Forces in Khartoum on Sunday.\n\n" +
      'Egypt and Saudi Arabia urged both warring parties to agree to a ceasefire.';
    const events = extract(text).events.map((event) => `${summary(event)} ${event.target.id}`);
    expect(events).toContain('EGY>SDN:020 SDN-REB-rsf');
    expect(events).toContain('SAU>SDN:020 SDN-MIL');
    expect(events.some((event) => /EGY>SAU|SAU>EGY/.test(event))).toBe(false);
  });

  it('resolves "the two armies" to the militaries of the latest fighting', () => {
    const text =
      'Armenian troops shelled Azerbaijani positions on Monday.\n\nThe two armies clashed again on Thursday.';
    expect(summaries(text)).toEqual(['ARM>AZE:194', 'AZE>ARM:190', 'ARM>AZE:190']);
  });

  it('codes nothing when no exchange says who the two are', () => {
    expect(summaries('France urged both warring parties to respect the truce.')).toEqual([]);
    expect(summaries('The two presidents condemned the decision.')).toEqual([]);
    expect(
      summaries(
        'Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva urged both warring parties to stop fighting.',
      ),
    ).toEqual([]);
  });
});

describe('coordinated subjects condemning an earlier act', () => {
  it('codes one 111 per subject against the raiders, read from an "after" clause', () => {
    const text =
      'QUITO, Ecuador (AP) — Mexico suspended relations with Ecuador on Saturday after Ecuadorian police ' +
      'raided the Mexican Embassy in Quito.\n\nBrazil, Colombia and Argentina condemned the raid.';
    // Events of one sentence come in id order, which depends on their date: compare as sets.
    expect(summaries(text).sort()).toEqual(
      ['MEX>ECU:161', 'ECU>MEX:171', 'BRA>ECU:111', 'ARG>ECU:111', 'COL>ECU:111'].sort(),
    );
  });

  it('targets the attacker, not the actors of a later unrelated event', () => {
    const text =
      'Israeli jets struck a weapons depot near Damascus on Sunday. Russia criticized Ukraine on Monday. ' +
      'Iran, Iraq and Lebanon condemned the strike on Tuesday.';
    expect(summaries(text)).toEqual([
      'ISR>SYR:190',
      'RUS>UKR:111',
      'IRN>ISR:111',
      'LBN>ISR:111',
      'IRQ>ISR:111',
    ]);
  });
});

describe('pledges, offers and claims of responsibility', () => {
  it('codes pledged money, offered aid and promised deliveries as 033 to the country in need', () => {
    const text =
      'KATHMANDU, Nepal (AP) — A powerful earthquake struck western Nepal on Friday, and Nepali officials ' +
      'said 150 people had died.\n\nIndia pledged $50 million to Nepal. China offered assistance. ' +
      'Japan promised to send tents and blankets. Britain tried to send aid.';
    expect(summaries(text)).toEqual(['IND>NPL:033', 'CHN>NPL:033', 'JPN>NPL:033']);
  });

  it('gives aid named without a recipient to the other country of the sentence', () => {
    const text = 'Venezuela expressed solidarity with the Cuban people and pledged to send generators.';
    expect(summaries(text)).toContain('VEN>CUB:033');
  });

  it('codes an offer to host talks for a country at war as 036', () => {
    const text =
      "Sudan's army fought Sudanese rebels in Khartoum. Saudi Arabia offered to host a new round of talks.";
    expect(summaries(text)).toEqual(['SDN>SDN:193', 'SAU>SDN:036']);
  });

  it('codes a claim of responsibility by an apposition-named group against the side it attacked', () => {
    const burkina =
      'OUAGADOUGOU, Burkina Faso (AP) — Jihadist fighters killed 100 soldiers in an attack on an army base ' +
      'in Burkina Faso.\n\nAn al-Qaida affiliate, JNIM, claimed responsibility for the attack on Thursday.';
    expect(
      extract(burkina).events.map((event) => `${summary(event)} ${event.source.id}>${event.target.id}`),
    ).toEqual(['BFA>BFA:190 BFA-REB>BFA-MIL', 'BFA>BFA:015 BFA-REB-jnim>BFA-MIL']);
    const colombia =
      'BOGOTA, Colombia (AP) — Colombian troops clashed with rebels in Cauca province on Monday.\n\n' +
      "The FARC dissidents, Colombia's largest remaining rebel faction, claimed responsibility for the attack.";
    expect(extract(colombia).events.map((event) => `${summary(event)} ${event.target.id}`)).toContain(
      'COL>COL:015 COL-MIL',
    );
  });
});
