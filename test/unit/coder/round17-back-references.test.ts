import { describe, expect, it } from 'vitest';
import { summariesMatching } from './helpers';

describe('a reaction to "the treaty" means the act told with that same noun', () => {
  it('skips a later pact told with another noun', () => {
    expect(
      summariesMatching(
        'Kenya and Ethiopia signed a border treaty on Monday. Tensions have risen since Sudan signed a security pact with Egypt in 2021. The African Union welcomed the treaty in a statement.',
        /:051$/,
      ),
    ).toEqual(['IGO-african-union>ETH:051', 'IGO-african-union>KEN:051']);
    expect(
      summariesMatching(
        'Chile and Peru signed a fisheries deal on Tuesday. Ecuador reached an agreement with Colombia last year. Brazil praised the deal.',
        /:051$/,
      ),
    ).toEqual(['BRA>CHL:051', 'BRA>PER:051']);
  });

  it('still takes the latest pact when no earlier act was told with the noun', () => {
    expect(
      summariesMatching(
        'Japan and the Philippines signed a defence pact on Monday. Manila concluded an accord with Hanoi in May. China criticized the agreement.',
        /:111$/,
      ),
    ).toEqual(['CHN>PHL:111', 'CHN>VNM:111']);
  });
});

describe('a reaction to "the move" or "the decision" means the act just told', () => {
  it('aims at the doer of the latest act rather than an older act of a kind listed first', () => {
    expect(
      summariesMatching(
        'Judges at the International Criminal Court issued arrest warrants for Taliban leader Haibatullah Akhundzada on Tuesday. Moscow accepted the credentials of the new Afghan ambassador on Thursday. Kabul welcomed the move as a "historic step".',
        /:051$/,
      ),
    ).toEqual(['AFG>RUS:051']);
    expect(
      summariesMatching(
        'Turkey imposed sanctions on Israel in May. On Friday Russia recognized the new government in Damascus. Syria welcomed the decision.',
        /:051$/,
      ),
    ).toEqual(['SYR>RUS:051']);
  });

  it('still reaches back past acts of roots the noun cannot mean', () => {
    expect(
      summariesMatching(
        'Beijing imposed sanctions on Japan on Monday. Seoul criticized the sanctions on Tuesday. Japan condemned the move.',
        /:111$/,
      ),
    ).toEqual(['JPN>CHN:111', 'KOR>CHN:111']);
  });
});

describe('a sentence that only characterizes an act tells no new act', () => {
  it('does not code "It was the first ... attack" or "It follows ... strike"', () => {
    expect(
      summariesMatching(
        'Israeli jets struck a building in Doha on Tuesday. It was the first known Israeli attack on the territory of Qatar.',
        /:19\d+$/,
      ),
    ).toEqual(['ISR>QAT:190']);
    expect(
      summariesMatching(
        "It also follows last week's Turkish air strike on Kurdish fighters in Iraq.",
        /:19\d+$/,
      ),
    ).toEqual([]);
    expect(summariesMatching('This was the latest Russian attack on the port of Odesa.', /:19\d+$/)).toEqual(
      [],
    );
  });

  it('still codes acts told as nouns by a named subject or in a plain report', () => {
    expect(
      summariesMatching('There was a Russian attack on the port of Odesa on Sunday.', /:19\d+$/),
    ).toEqual(['RUS>UKR:190']);
    expect(
      summariesMatching("The talks follow Israel's deadly air strike on Hamas leaders in Doha.", /:19\d+$/),
    ).toEqual(['ISR>PSE:195']);
  });
});
