import { describe, expect, it } from 'vitest';
import { summaries, summariesMatching } from './helpers';

// Round 19: reactions told with the reactors after the verb ("drew condemnation from X", "came under
// criticism from X", "was condemned by X" with an act as subject), aimed at the subject or at the doer
// of the act the subject names; "warned X that ..." aimed at X; threats in scare quotes.
const REACTIONS = /:(05|11)\d*$/;
const THREATS = /:13\d*$/;

describe('round 19: reactions whose reactors follow the verb', () => {
  it.each([
    ['Venezuela drew condemnation from Colombia on Tuesday.', ['COL>VEN:111']],
    [
      'Serbia drew a sharp rebuke from Croatia, Slovenia and Hungary after the vote.',
      ['HRV>SRB:111', 'HUN>SRB:111', 'SVN>SRB:111'],
    ],
    ['Tehran came under fresh criticism from Berlin over the executions.', ['DEU>IRN:111']],
    ['The Turkish incursion into Syria met with condemnation from Iraq.', ['IRQ>TUR:111']],
    ['Pyongyang launched a ballistic missile on Sunday, drawing criticism from Tokyo.', ['JPN>PRK:111']],
    ['Moscow expelled two Estonian diplomats, prompting a rebuke from Tallinn.', ['EST>RUS:111']],
    [
      'Azerbaijani forces shelled villages in Armenia on Sunday. The attack drew condemnation from France.',
      ['FRA>AZE:111'],
    ],
    [
      'Saudi jets bombed Sanaa on Friday. The bombing was condemned by Iran and Oman.',
      ['IRN>SAU:111', 'OMN>SAU:111'],
    ],
    ['Ghana won praise from the African Union for its handling of the vote.', ['IGO-african-union>GHA:051']],
  ])('%s', (text, expected) => {
    expect(summariesMatching(text, REACTIONS)).toEqual([...expected].sort());
  });

  it.each([
    // No political reactor, or no doer to aim at.
    'The film drew praise from critics at the festival.',
    'The budget drew criticism from economists and bankers.',
    'The plan came under criticism from analysts on Monday.',
    'The decision was welcomed by fans of the club.',
    'The storm drew a response from rescue workers.',
  ])('codes no reaction: %s', (text) => {
    expect(summariesMatching(text, REACTIONS)).toEqual([]);
  });

  it('does not aim a strike at the reactors that condemn it', () => {
    const events = summaries(
      'Israeli jets struck Beirut on Monday. The strike drew condemnation from Egypt.',
    );
    expect(events).toContain('EGY>ISR:111');
    expect(events.some((event) => event.startsWith('ISR>EGY'))).toBe(false);
    const named = summaries('The Russian strike on Kharkiv drew sharp criticism from Germany and Poland.');
    expect(named).toEqual(expect.arrayContaining(['DEU>RUS:111', 'POL>RUS:111', 'RUS>UKR:195']));
    expect(named.some((event) => event.startsWith('RUS>DEU') || event.startsWith('RUS>POL'))).toBe(false);
  });
});

describe('round 19: warnings aimed at whom they address', () => {
  it.each([
    ['Ankara warned Stockholm that Kurdish militants posed a threat to the region.', ['TUR>SWE:130']],
    ['Moscow warned Helsinki that joining NATO would be a mistake.', ['RUS>FIN:130']],
    ['Iran warned that Israel would pay a heavy price.', ['IRN>ISR:130']],
  ])('%s', (text, expected) => {
    expect(summariesMatching(text, THREATS)).toEqual(expected);
  });

  it.each([
    [
      'Lithuania seized a Belarusian cargo train on Monday. Minsk warned of "serious consequences".',
      'BLR>LTU:130',
    ],
    ['Iran warned Israel of "a crushing response" on Sunday.', 'IRN>ISR:138'],
    ['Seoul warned Pyongyang of “grave consequences” on Friday.', 'KOR>PRK:13'],
  ])('a threat in quotes still codes: %s', (text, expected) => {
    expect(summariesMatching(text, THREATS).some((event) => event.startsWith(expected))).toBe(true);
  });

  it('a quoted account of an act is not run through', () => {
    expect(
      summaries('The Israeli army said it had carried out a "precise strike" on leaders in Doha.').filter(
        (event) => event.endsWith(':190'),
      ),
    ).toEqual([]);
  });
});
