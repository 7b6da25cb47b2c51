import { describe, expect, it } from 'vitest';
import { summaries, summariesMatching } from './helpers';

// Round 20, roots 02-05: wordings that left whole wire sentences silent.
describe('"asked X to ..." is an appeal to X', () => {
  it('codes a plain request as 020 from the asker to the one asked', () => {
    expect(summariesMatching('Kenya asked Tanzania on Monday to reopen the border.', /:02/)).toEqual([
      'KEN>TZA:020',
    ]);
    expect(summariesMatching('Peru has requested Chile to share its radar data.', /:02/)).toEqual([
      'PER>CHL:020',
    ]);
  });

  it('codes asks for release or restraint as 025 and asks for talks as 026', () => {
    expect(summariesMatching('Kenya asked Tanzania to free the detained activists.', /:02/)).toEqual([
      'KEN>TZA:025',
    ]);
    expect(summariesMatching('Sudan asked Egypt to hold talks on the dam.', /:02/)).toEqual(['SDN>EGY:026']);
  });

  it('does not code the act asked for as done by the one asked', () => {
    const coded = summaries('Kenya asked Tanzania to free the detained activists.');
    expect(coded.some((event) => event.startsWith('TZA>'))).toBe(false);
  });

  it('does not fire on newsrooms asking for comment or sources asking not to be named', () => {
    expect(summaries('Reuters asked the Kenyan ministry to comment on the report.')).toEqual([]);
    expect(summaries('A diplomat, who asked not to be named, said the talks had stalled.')).toEqual([]);
    expect(summaries('The Indian ambassador asked reporters to leave the room.')).toEqual([]);
  });
});

describe('openness or readiness to take up talks is intent to negotiate (036)', () => {
  it('codes "remained open to dialogue with X"', () => {
    expect(summariesMatching('Pakistan said it remained open to dialogue with India.', /:03/)).toEqual([
      'PAK>IND:036',
    ]);
  });

  it('codes "ready to pick up the negotiations with X" as intent, picking them up as talks', () => {
    expect(
      summariesMatching('Chile said it was ready to pick up the negotiations with Argentina.', /:0[34]/),
    ).toEqual(['CHL>ARG:036']);
    expect(summariesMatching('Chile and Argentina picked up the negotiations in Santiago.', /:04/)).toEqual([
      'ARG>CHL:046',
      'CHL>ARG:046',
    ]);
  });

  it('does not fire on openness to other things or on talk picked up by no state', () => {
    expect(summariesMatching('Pakistan said the border remained open to trade with India.', /:03/)).toEqual(
      [],
    );
    expect(summariesMatching('The storm picked up speed as it neared the coast of Cuba.', /:0[34]/)).toEqual(
      [],
    );
  });
});

describe('an object pronoun is not the subject of its own sentence', () => {
  it('aims an appeal at the person met or called, not back at the speaker', () => {
    expect(
      summariesMatching(
        "The Thai foreign minister met Cambodia's prime minister on Monday, urging him to free the detainees.",
        /:02/,
      ),
    ).toEqual(['THA>KHM:025']);
    expect(
      summariesMatching(
        "Thailand's foreign minister called the Cambodian president on Friday and asked him to reopen the border.",
        /:02/,
      ),
    ).toEqual(['THA>KHM:020']);
    expect(
      summariesMatching(
        "The Thai foreign minister said on Monday that Cambodia's prime minister had invited him to Phnom Penh.",
        /:03/,
      ),
    ).toEqual(['KHM>THA:036']);
  });

  it('leaves a pronoun after a preposition or with no subject in its sentence to the usual reading', () => {
    expect(
      summariesMatching(
        "Thailand's prime minister met Cambodia's leader on Monday. Reporters later asked her about the border.",
        /:02/,
      ),
    ).toEqual([]);
  });
});

describe('a verb joined to a passive is active when an actor follows it', () => {
  it('codes "said it was alarmed and urged X to ..."', () => {
    expect(
      summariesMatching(
        'Germany said it was alarmed and urged Ethiopia to open talks with the rebels.',
        /:02/,
      ),
    ).toEqual(['DEU>ETH:026']);
    expect(
      summariesMatching(
        'Canada said it was deeply troubled by the verdict and urged Iran to free the jailed reporter.',
        /:02/,
      ),
    ).toEqual(['CAN>IRN:025']);
  });

  it('keeps a joined participle passive when no actor follows it', () => {
    expect(summariesMatching('Two Kenyan activists were detained and deported by Tanzania.', /:17/)).toEqual([
      'TZA>KEN:173',
      'TZA>KEN:174',
    ]);
    expect(summaries('The opposition leader was arrested on Monday and charged with treason.')).toEqual([]);
  });
});

describe('a government asking its legislature to act', () => {
  it('is procedure, not an appeal, while an appeal to another state still codes', () => {
    expect(
      summariesMatching(
        "Estonia's government said on Monday that it would ask parliament to approve the treaty.",
        /:02\d+$/,
      ),
    ).toEqual([]);
    expect(summariesMatching('Estonia asked Latvia on Monday to reopen the crossing.', /:02\d+$/)).toEqual([
      'EST>LVA:020',
    ]);
  });
});
