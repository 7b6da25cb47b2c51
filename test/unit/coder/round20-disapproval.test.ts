import { describe, expect, it } from 'vitest';
import { summariesMatching } from './helpers';

/** Disapproval events (root 11) a text yields, as `source>target:code`, sorted. */
const disapproval = (text: string): string[] => summariesMatching(text, /:11\d$/);

describe('round 20: censure whose object carries quote marks, epithets or "in the strongest terms"', () => {
  it.each([
    [
      'Gunmen killed 40 villagers in eastern Congo on Sunday. MONUSCO condemned the "barbaric" killings on Monday.',
      'IGO-monusco>COD:111',
    ],
    [
      'Separatists hijacked a train in Pakistan on Tuesday. The U.N. Security Council condemned "the heinous terrorist attack".',
      'IGO-un-security-council>PAK:111',
    ],
    [
      'Separatists hijacked a train in Pakistan on Tuesday. The U.N. Security Council condemned in the strongest terms the attack.',
      'IGO-un-security-council>PAK:111',
    ],
    [
      'Separatists hijacked a train in Pakistan on Tuesday. The U.N. Security Council condemned "in the strongest possible terms the cowardly and brutal attack" on Wednesday.',
      'IGO-un-security-council>PAK:111',
    ],
  ])('aims the condemnation at the doer: %s', (text, expected) => {
    expect(disapproval(text)).toContain(expected);
  });

  it('does not reach past a new clause for an act noun', () => {
    expect(
      disapproval(
        'Russian forces shelled Kharkiv on Monday. Germany condemned "hate speech" and said it would host a conference on the attack next month.',
      ),
    ).toEqual([]);
  });
});

describe('round 20: an adverbial phrase between the auxiliary and the censure verb', () => {
  it.each([
    ['Serbia has in the past accused Croatia of meddling in its affairs.', 'SRB>HRV:112'],
    ['Japan has on several occasions condemned China over incursions near the islands.', 'JPN>CHN:111'],
    ['Armenia had for months criticised Azerbaijan over the blockade of the corridor.', 'ARM>AZE:111'],
  ])('keeps the subject before the auxiliary: %s', (text, expected) => {
    expect(disapproval(text)).toContain(expected);
  });

  it.each([
    'Serbia would in that case accuse Croatia of meddling in its affairs.',
    'Japan could on such occasions condemn China over incursions near the islands.',
    'If Serbia had in the past accused Croatia of meddling, the talks would have stalled.',
  ])('codes nothing after a modal or in a condition: %s', (text) => {
    expect(disapproval(text)).toEqual([]);
  });
});

describe("round 20: a censure joined after a reported clause is the speaker's", () => {
  it.each([
    [
      "Britain said Argentina was trying to strangle the islands' economy and accused Buenos Aires of harassing vessels.",
      'GBR>ARG:112',
    ],
    [
      'Japan said China had sent ships into its waters and condemned Beijing for the incursion.',
      'JPN>CHN:111',
    ],
    [
      'Germany said that Russia was spreading lies about the war and criticised Moscow for its disinformation campaign.',
      'DEU>RUS:111',
    ],
  ])('codes the speaker as the censuring side: %s', (text, expected) => {
    const events = disapproval(text);
    expect(events).toContain(expected);
    // The reported subject does not censure anyone.
    const [speaker] = expected.split('>');
    expect(events.every((event) => event.startsWith(`${speaker}>`))).toBe(true);
  });

  it('leaves a non-censure verb with the reported subject', () => {
    // "killed" belongs to the troops the speaker reports on, never to the speaker.
    expect(
      summariesMatching(
        'Ukraine said Russian troops had shelled the town and killed five civilians.',
        /:1[89]\d$/,
      ).every((event) => event.startsWith('RUS>')),
    ).toBe(true);
  });
});

describe("round 20: displeasure told as the speaker's state", () => {
  it.each([
    [
      'Israel struck Hamas leaders in Doha on Tuesday. The U.S. president said he was "very unhappy" about the strike.',
      'USA>ISR:110',
    ],
    [
      'Israel struck Hamas leaders in Doha on Tuesday. Qatar said it was deeply disappointed by the strike.',
      'QAT>ISR:110',
    ],
    [
      'Russia expelled two Estonian diplomats on Monday. Estonia was dismayed by the expulsions.',
      'EST>RUS:110',
    ],
    [
      "Sweden allowed a Koran burning in Stockholm. Turkey said it was outraged by Sweden's decision.",
      'TUR>SWE:111',
    ],
  ])('codes disapproval at the party or the doer of the act: %s', (text, expected) => {
    expect(disapproval(text)).toContain(expected);
  });

  it.each([
    "The coach said he was unhappy about the referee's decision.",
    'Fans were unhappy about the ticket prices at the final.',
    "Investors were disappointed by the central bank's decision to hold rates.",
    'Officials said they were disappointed with the turnout in the capital.',
    'Israel struck Hamas leaders in Doha on Tuesday. Residents were angered by the power cuts.',
  ])('codes nothing when no political party is aimed at: %s', (text) => {
    expect(disapproval(text)).toEqual([]);
  });
});
