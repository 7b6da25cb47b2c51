import { describe, expect, it } from 'vitest';
import { extract, summaries } from './helpers';

const sorted = (text: string): string[] => summaries(text).sort();

describe('self-events', () => {
  it('never codes a state acting on itself or cooperating with its own organs', () => {
    expect(summaries("North Korea's Foreign Ministry held talks with North Korea on Monday.")).toEqual([]);
    expect(summaries("North Korean leader Kim Jong Un met North Korea's military chiefs on Monday.")).toEqual(
      [],
    );
  });

  it('keeps domestic events between distinct sub-state actors', () => {
    const { events } = extract('Kenyan police arrested dozens of protesters in Nairobi on Tuesday.');
    expect(events.map((event) => [event.source.id, event.target.id, event.code])).toEqual([
      ['KEN-COP', 'KEN-CVL', '173'],
    ]);
  });
});

describe('names that are no actors', () => {
  it('reads "Line of Control" and "South China Sea" as places, not people or China', () => {
    const { actors } = extract(
      'Indian troops fired across the Line of Control on Sunday. Chinese ships patrolled the South China Sea.',
    );
    expect(actors.map((actor) => actor.name)).not.toContain('Line');
    expect(actors.map((actor) => actor.name)).not.toContain('Sea');
  });

  it('never makes "the country" or "the government" an alias of a state', () => {
    const { actors } = extract(
      "CHISINAU, Moldova (Wire) — Moldova's president accused Russia on Monday of meddling. " +
        'The country has long resisted Moscow. The government criticized Russia again on Tuesday.',
    );
    const aliases = actors.flatMap((actor) => actor.aliases.map((alias) => alias.toLowerCase()));
    expect(aliases).not.toContain('country');
    expect(aliases).not.toContain('government');
  });
});

describe('"both sides", "the two", "the parties"', () => {
  it('expands to the two countries of the last exchange, one event each', () => {
    expect(
      sorted(
        'Indian and Pakistani troops exchanged fire on Sunday. China urged both sides to exercise restraint.',
      ),
    ).toEqual(expect.arrayContaining(['CHN>IND:025', 'CHN>PAK:025']));
    expect(
      sorted('Israel and Hamas fought for weeks. Qatar urged the parties to agree a truce.').filter((s) =>
        s.startsWith('QAT'),
      ),
    ).toEqual(['QAT>ISR:020', 'QAT>PSE:020']);
  });

  it('skips a denied act when looking for the last exchange', () => {
    const coded = summaries(
      'Blinken met Wang Yi in Beijing on Friday. China has denied providing weapons to Russia. ' +
        'The two sides agreed to hold talks on artificial intelligence.',
    );
    expect(coded).toEqual(expect.arrayContaining(['USA>CHN:036']));
    expect(coded.filter((s) => s.endsWith(':036') && s.includes('RUS'))).toEqual([]);
  });

  it('prefers two parties named earlier in the same sentence over a place', () => {
    const coded = summaries(
      'U.S. and South Korean jets held a joint drill on Tuesday. Japanese Prime Minister Fumio Kishida met ' +
        'South Korean President Yoon Suk Yeol in Vilnius on Wednesday, and the two agreed to share missile data.',
    );
    const agreed = coded.filter((s) => /:03\d$/.test(s)).map((s) => s.slice(0, 7));
    expect(agreed.sort()).toEqual(['JPN>KOR', 'KOR>JPN']);
  });
});

describe('object relative clauses', () => {
  it('gives the clause the doer of the act it hangs on', () => {
    expect(
      sorted(
        'North Korea test-fired a missile into the sea on Wednesday, in a launch that South Korea, ' +
          'Japan and the United States quickly condemned.',
      ),
    ).toEqual(['JPN>PRK:111', 'KOR>PRK:111', 'USA>PRK:111']);
    expect(
      sorted(
        'Israel carried out strikes near Damascus, an operation which Iran and Turkey denounced on Sunday.',
      ),
    ).toEqual(['IRN>ISR:111', 'TUR>ISR:111']);
    expect(
      summaries(
        "China sent 30 warplanes toward the island, a show of force that Taiwan's Defense Ministry condemned.",
      ),
    ).toEqual(['TWN>CHN:111']);
  });
});

describe('mediation', () => {
  it('codes the mediator against each party, passive or active', () => {
    expect(sorted('The talks between Israel and Hamas were mediated by Qatar.')).toEqual([
      'QAT>ISR:045',
      'QAT>PSE:045',
    ]);
    expect(
      sorted(
        'Congo and Rwanda agreed to a ceasefire on Monday. The truce, brokered by Angola, took effect Tuesday.',
      ),
    ).toEqual(expect.arrayContaining(['AGO>COD:045', 'AGO>RWA:045']));
    expect(
      sorted(
        'Congolese and Rwandan officials met in Luanda on Monday for talks mediated by Angolan President Joao Lourenco.',
      ),
    ).toEqual(expect.arrayContaining(['AGO>COD:045', 'AGO>RWA:045']));
  });
});

describe('most specific actor', () => {
  it('makes a speaker who names their own state the source', () => {
    const told = extract(
      'Xi told Blinken that China was willing to cooperate with the United States.',
    ).events;
    expect(told.map((event) => `${event.source.name}>${event.target.country}:${event.code}`)).toEqual([
      'Xi Jinping>USA:031',
    ]);
    const said = extract(
      'German Defense Minister Boris Pistorius said Berlin would deliver more air defense systems to Ukraine.',
    ).events;
    expect(said.map((event) => event.source.name)).toEqual(['Boris Pistorius']);
  });

  it('keeps the state when the speaker is of another country', () => {
    expect(summaries('Blinken said China was supplying Russia with machine tools.')).not.toContain(
      'USA>RUS:070',
    );
  });
});
