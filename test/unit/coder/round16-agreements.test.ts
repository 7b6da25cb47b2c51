import { describe, expect, it } from 'vitest';
import { summaries, summariesMatching } from './helpers';

const AGREEMENTS = /:057$/;
const INTENTS = /:03\d$/;

describe('agreements concluded by coordinated parties', () => {
  it('codes the British "agreed a deal" both ways, or toward the partner named', () => {
    expect(summariesMatching('Norway and Iceland agreed a new fishing deal on Tuesday.', AGREEMENTS)).toEqual(
      ['ISL>NOR:057', 'NOR>ISL:057'],
    );
    expect(
      summariesMatching('Ghana agreed a debt restructuring pact with China on Friday.', AGREEMENTS),
    ).toEqual(['GHA>CHN:057']);
  });

  it('codes a plan or roadmap the two sides signed as an agreement', () => {
    expect(
      summariesMatching(
        'The Kenyan and Ugandan police chiefs signed a plan to pool intelligence on cattle raiders.',
        AGREEMENTS,
      ),
    ).toEqual(['KEN>UGA:057', 'UGA>KEN:057']);
    expect(
      summariesMatching(
        'Peru recalled its ambassador to Bolivia on Friday. In March, the two countries signed a roadmap for joint border patrols.',
        AGREEMENTS,
      ),
    ).toEqual(['BOL>PER:057', 'PER>BOL:057']);
  });

  it('codes nothing for an opinion about a plan or a signing that has not happened', () => {
    expect(summariesMatching('The Danish minister agreed the plan had failed.', AGREEMENTS)).toEqual([]);
    expect(
      summariesMatching('Fiji has yet to sign a similar maritime agreement with Australia.', AGREEMENTS),
    ).toEqual([]);
    expect(summaries('Tonga is yet to agree a fisheries deal with New Zealand.')).toEqual([]);
  });
});

describe('intent to cooperate stated by both sides or by one toward a partner', () => {
  it('codes "both sides pledged to deepen cooperation" both ways, also in a "with ... pledging" clause', () => {
    const meeting = "Morocco's king received Senegal's president in Rabat on Monday";
    expect(
      summariesMatching(`${meeting}. Both sides pledged to deepen cooperation in fisheries.`, INTENTS),
    ).toEqual(['MAR>SEN:030', 'SEN>MAR:030']);
    expect(
      summariesMatching(`${meeting}, with both sides pledging to expand trade and security ties.`, INTENTS),
    ).toEqual(['MAR>SEN:030', 'SEN>MAR:030']);
  });

  it('aims "agreed to speed up the deportations" at the other party of the act referred to', () => {
    expect(
      summariesMatching(
        "Malaysia deported 40 Indonesians on Monday. Malaysia's home minister later agreed to speed up the deportations.",
        INTENTS,
      ),
    ).toEqual(['MYS>IDN:030']);
    expect(
      summariesMatching(
        'Thailand expelled two Myanmar diplomats on Tuesday. On Friday Bangkok agreed to review the expulsions.',
        INTENTS,
      ),
    ).toEqual(['THA>MMR:030']);
  });

  it('finds no partner when the agreed act refers to nothing told', () => {
    expect(
      summariesMatching(
        'Malaysia deported 40 Indonesians on Monday. Malaysia agreed to raise fuel prices.',
        INTENTS,
      ),
    ).toEqual([]);
  });

  it('codes readiness to work with a partner as intent, but not work already done', () => {
    expect(
      summaries('Vietnam is willing to work with Laos to build a new rail link.').filter((event) =>
        /^VNM>LAO:03/.test(event),
      ),
    ).toHaveLength(1);
    expect(
      summaries('India is ready to work with Nepal to rebuild the damaged dams.').filter((event) =>
        /^IND>NPL:03/.test(event),
      ),
    ).toHaveLength(1);
    expect(summaries('Vietnam worked with Laos to build a new rail link.')).toEqual([]);
  });
});

describe('ties cut by both sides', () => {
  it('codes a coordinated or "the two countries" downgrade both ways', () => {
    expect(summariesMatching('Mali and Algeria downgraded diplomatic relations in April.', /:161$/)).toEqual([
      'DZA>MLI:161',
      'MLI>DZA:161',
    ]);
    expect(
      summariesMatching(
        'Russia expelled an Estonian diplomat on Monday. The two countries have downgraded their embassies.',
        /:161$/,
      ),
    ).toEqual(['EST>RUS:161', 'RUS>EST:161']);
  });
});

describe('deportations of people of two-word nationalities', () => {
  it('takes the deportees\' country from a plural demonym like "South Koreans"', () => {
    expect(summariesMatching('Laos deported 23 South Koreans on Friday.', /:174$/)).toEqual(['LAO>KOR:174']);
    expect(summariesMatching('Oman deported 150 Sri Lankans last week.', /:174$/)).toEqual(['OMN>LKA:174']);
    expect(summariesMatching('Kuwait deported dozens of South Africans on Monday.', /:174$/)).toEqual([
      'KWT>ZAF:174',
    ]);
  });

  it('does not make a country of the plural where no one is acted on', () => {
    expect(summaries('South Koreans voted in large numbers on Wednesday.')).toEqual([]);
  });
});

describe('visits told as nouns', () => {
  it('codes "the X president\'s state visit to Y" as a visit from X to Y', () => {
    expect(
      summariesMatching(
        "The accord was signed on Tuesday during the Kenyan president's three-day state visit to Ghana.",
        /:042$/,
      ),
    ).toEqual(['KEN>GHA:042']);
    expect(summariesMatching("The Brazilian president's visit to Angola ended on Friday.", /:042$/)).toEqual([
      'BRA>AGO:042',
    ]);
  });

  it("codes no visit that was only planned, and none to the visitor's own compatriots", () => {
    expect(
      summariesMatching("The Brazilian president's planned visit to Angola was called off.", /:042$/),
    ).toEqual([]);
    expect(
      summariesMatching(
        'The Japanese prime minister visited Japanese engineers at a dam site in Laos.',
        /:042$/,
      ),
    ).toEqual([]);
  });
});
