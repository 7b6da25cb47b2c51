import { describe, expect, it } from 'vitest';
import { extract, summaries } from './helpers';

describe('source and target from grammar', () => {
  it('flips the passive: "were killed by" makes the agent the source', () => {
    expect(summaries('Three Ukrainian soldiers were killed by Russian artillery on Tuesday.')).toContain(
      'RUS>UKR:190',
    );
  });

  it('skips a relative clause between subject and verb', () => {
    expect(summaries('China, which has close ties to Russia, criticized Japan on Monday.')).toEqual([
      'CHN>JPN:111',
    ]);
  });

  it('skips a leading prepositional phrase', () => {
    expect(summaries('During the summit in Beijing, Brazil praised China.')).toEqual(['BRA>CHN:051']);
  });

  it('gives one event per coordinated subject and per coordinated object', () => {
    expect(summaries('France and Britain condemned Iran and Syria on Friday.').sort()).toEqual(
      ['FRA>IRN:111', 'FRA>SYR:111', 'GBR>IRN:111', 'GBR>SYR:111'].sort(),
    );
  });

  it('codes "X and Y met" as a meeting between them, never a self-event', () => {
    const coded = summaries('Japan and Australia held talks in Tokyo on Monday.');
    expect(coded.sort()).toEqual(['AUS>JPN:046', 'JPN>AUS:046']);
  });

  it('shares the subject of a verb joined by "and"', () => {
    const coded = summaries('Lavrov met Kim Jong Un on Thursday and praised North Korea.');
    expect(coded).toEqual(['RUS>PRK:040', 'RUS>PRK:051']);
  });

  it('sets negated on "did not" and on denials, and codes the denied act', () => {
    const denial = extract('Iran on Wednesday denied supplying drones to Russia.').events;
    expect(
      denial.map((event) => [event.source.country, event.target.country, event.code, event.negated]),
    ).toEqual([['IRN', 'RUS', '072', true]]);
    const didNot = extract('Germany did not criticize China.').events;
    expect(didNot[0]?.negated).toBe(true);
  });

  it('codes future statements as intentions and refusals as rejections', () => {
    expect(summaries('Japan said it would provide patrol boats to the Philippines.')).toEqual([
      'JPN>PHL:033',
    ]);
    expect(summaries('Russia said it would attack Ukraine.')).toEqual(['RUS>UKR:138']);
    expect(summaries('Ukraine refused to meet Russia.')).toEqual(['UKR>RUS:125']);
  });

  it('records the mode: planned, future, threatened', () => {
    const planned = extract('Blinken plans to visit China next month.').events[0];
    expect(planned?.mode).toBe('planned');
    const threatened = extract('Russia threatened to cut gas supplies to Moldova.').events[0];
    expect(threatened).toMatchObject({ code: '131' });
  });

  it('codes a speaker accusing another country of a reported act, and the act itself', () => {
    const coded = summaries(
      'The White House said Friday that North Korea had delivered munitions to Russia.',
    );
    expect(coded).toEqual(expect.arrayContaining(['USA>PRK:112', 'PRK>RUS:072']));
  });

  it('resolves "condemned the attack" to whoever made the attack', () => {
    const coded = summaries(
      'Israel launched airstrikes on Syria on Tuesday. Iran condemned the attack on Wednesday.',
    );
    expect(coded).toEqual(['ISR>SYR:190', 'IRN>ISR:111']);
  });

  it('does not code acts inside a long quotation, only the reporting verb', () => {
    const text = '"We believe China will soon attack Taiwan and Japan with missiles," the analyst said.';
    expect(summaries(text)).toEqual([]);
    expect(summaries('Taiwan accused China of "provocations" on Monday.')).toEqual(['TWN>CHN:112']);
  });

  it('resolves "the two sides" to the parties of the latest exchange', () => {
    const text =
      'Antony Blinken met Xi Jinping in Beijing on Friday. Russia criticized the talks. The two sides agreed to hold talks on trade.';
    expect(summaries(text, '2024-04-27')).toEqual(expect.arrayContaining(['USA>CHN:036', 'CHN>USA:036']));
  });

  it('skips sentences with no identifiable source or target', () => {
    expect(summaries('Officials called for restraint from all sides.')).toEqual([]);
    expect(summaries('The weather was cold in the capital.')).toEqual([]);
  });
});
