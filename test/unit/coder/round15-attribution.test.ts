import { describe, expect, it } from 'vitest';
import { extract, summaries } from './helpers';

describe('a trailing attribution after a dated act ("on Monday, the ministry said")', () => {
  it('codes the act with its own subject and object', () => {
    expect(
      summaries(
        'ANKARA (Reuters) — Turkey expelled two Swedish diplomats on Monday, the foreign ministry said.',
      ),
    ).toEqual(['TUR>SWE:174']);
    expect(
      summaries(
        'VILNIUS (Reuters) — Lithuania expelled a Russian diplomat on Friday, officials said, without giving details.',
      ),
    ).toEqual(['LTU>RUS:174']);
    expect(
      summaries(
        'PARIS (Reuters) — French President Emmanuel Macron called Ukrainian President Volodymyr Zelenskiy on Tuesday, the Elysee said.',
      ),
    ).toEqual(['FRA>UKR:041']);
  });

  it('dates the act by its own day, not by the day of the saying', () => {
    const [event] = extract(
      'KYIV (Reuters) — Russian forces shelled Kharkiv on Monday, Ukrainian officials said on Tuesday.',
    ).events;
    expect(event?.date).toBe('2023-10-16');
    const [expelled] = extract(
      'ANKARA (Reuters) — Turkey expelled two Swedish diplomats on Monday, the foreign ministry said.',
    ).events;
    expect(expelled?.date).toBe('2023-10-16');
  });

  it('never makes the speaker a party to the act', () => {
    // The ministry is the teller: no Chinese act on China, no speaker as target.
    expect(
      summaries('BEIJING (Reuters) — China condemned the attack on Monday, the foreign ministry said.'),
    ).toEqual([]);
    expect(
      summaries(
        'TOKYO (Reuters) — Japan expelled a Chinese diplomat on Wednesday, Moscow said in a statement.',
      ),
    ).toEqual(['JPN>CHN:174']);
    expect(
      summaries(
        'ROME (Reuters) — Italy summoned the Iranian ambassador on Thursday, the German embassy said.',
      ),
    ).toEqual(['ITA>IRN:114']);
  });

  it('keeps a leading "X said" claim the speaker’s accusation, and a time aside before a new clause', () => {
    expect(
      summaries(
        'WASHINGTON (Reuters) — The United States said on Monday North Korea had transferred munitions to Russia.',
      ),
    ).toEqual(['PRK>RUS:072', 'USA>PRK:112']);
    expect(
      summaries(
        'KYIV (Reuters) — Russia attacked Kharkiv on Tuesday, a day after Ukraine shot down 20 drones.',
      ),
    ).toEqual(['RUS>UKR:190']);
  });
});

describe('an attribution set between the subject and its verb ("X, the statement said, had ...")', () => {
  it('finds the subject before the attribution', () => {
    expect(
      summaries('KYIV (Reuters) — Russian forces, the governor said, shelled Kharkiv on Monday.'),
    ).toEqual(['RUS>UKR:194']);
    expect(
      summaries('ANKARA (Reuters) — Turkey, the foreign ministry said, had expelled two Swedish diplomats.'),
    ).toEqual(['TUR>SWE:174']);
    expect(
      summaries(
        "KHARTOUM (Reuters) — Sudan's army, the statement said on Sunday, had attacked RSF positions in Omdurman.",
      ),
    ).toEqual(['SDN>SDN:190']);
  });

  it('does not let a subject reach across an attribution into a later clause', () => {
    // "militants" is nobody known: the people killed earlier in the sentence are not the killers.
    const events = summaries(
      'ISLAMABAD (AP) — Pakistani warplanes struck hideouts inside Afghanistan early Monday, killing eight people, Taliban officials said, two days after militants killed seven soldiers.',
    );
    expect(events).not.toContain('AFG>AFG:190');
    expect(events).toContain('PAK>AFG:190');
  });
});
