import { describe, expect, it } from 'vitest';
import { summaries, summariesMatching } from './helpers';

// Round 19, mechanism 2: codes the round 18 audit found wrong for phrasings of its own.

describe('cutting aid is never coded as giving it', () => {
  it.each([
    ['Germany announced on Tuesday it would cut aid to Niger after the coup.', 'DEU>NER'],
    ['Britain announced it would reduce its aid to Rwanda.', 'GBR>RWA'],
    ['The Netherlands announced it would freeze development funding for Mali.', 'NLD>MLI'],
  ])('a future cut is a threat to reduce aid (13x), not a pledge (03x): %s', (text, pair) => {
    const events = summaries(text);
    expect(events).toContain(`${pair}:131`);
    expect(events.some((event) => event.endsWith(':033'))).toBe(false);
  });

  it.each([
    ['Washington slashed humanitarian funding for Yemen.', 'USA>YEM:162'],
    ['The IMF withheld assistance to Sri Lanka.', 'IGO-imf>LKA:162'],
    ['Germany announced it had cut aid to Niger.', 'DEU>NER:162'],
  ])('a cut already made reduces aid (162): %s', (text, expected) => {
    expect(summaries(text)).toContain(expected);
  });

  it.each([
    ['Japan announced it would send aid to Turkey.', 'JPN>TUR:033'],
    ['Japan pledged humanitarian aid to Turkey on Tuesday.', 'JPN>TUR:033'],
  ])('a pledge of aid still codes 033: %s', (text, expected) => {
    expect(summaries(text)).toContain(expected);
  });

  it('a company cutting its own budget codes nothing', () => {
    expect(summaries('The company reduced funding for its research unit.')).toEqual([]);
  });
});

describe('troops sent into a multinational mission keep the peace (074)', () => {
  it.each([
    ['Rwanda deployed troops to Mozambique as part of an African Union mission on Monday.', 'RWA>MOZ:074'],
    [
      'Burundi sent 1,000 soldiers to Somalia as part of the African Union peacekeeping force.',
      'BDI>SOM:074',
    ],
    ['Kenya sent police officers to Haiti to lead a UN-backed security mission.', 'KEN>HTI:074'],
  ])('done: %s', (text, expected) => {
    expect(summaries(text)).toContain(expected);
  });

  it.each([
    ['Kenya agreed to deploy troops to Haiti as part of a UN-backed mission.', 'KEN>HTI'],
    ['Egypt will deploy troops to Somalia under the new African Union mission.', 'EGY>SOM'],
  ])('promised: intent to provide (033), never a threat of force: %s', (text, pair) => {
    const events = summaries(text);
    expect(events).toContain(`${pair}:033`);
    expect(events.some((event) => /:13\d$/.test(event))).toBe(false);
  });

  it.each([
    ['Russia deployed troops to the border with Ukraine on Monday.', 'RUS>UKR:154'],
    ['Russia deployed troops to Ukraine in what it called a special military operation.', 'RUS>UKR:154'],
  ])('a unilateral deployment stays a show of force (154): %s', (text, expected) => {
    const events = summaries(text);
    expect(events).toContain(expected);
    expect(events.some((event) => event.endsWith(':074'))).toBe(false);
  });
});

describe('telling a state to quit a disputed place is a demand, not an expulsion', () => {
  it.each([
    ['China told the Philippines to leave the shoal on Monday.', 'CHN>PHL'],
    ['Beijing told Manila to withdraw its vessels from the disputed reef.', 'CHN>PHL'],
    ['The Chinese coast guard ordered Philippine vessels to leave the waters around the atoll.', 'CHN>PHL'],
  ])('%s', (text, pair) => {
    const events = summaries(text);
    expect(events).toContain(`${pair}:100`);
    expect(events.some((event) => event.endsWith(':174'))).toBe(false);
  });

  it.each([
    ['Russia ordered the British diplomat to leave the country within 48 hours.', 'RUS>GBR:174'],
    ['Mali told the French ambassador to leave the territory within 72 hours.', 'MLI>FRA:174'],
    ['Poland ordered five Russian diplomats to leave the country.', 'POL>RUS:174'],
  ])('people told to leave the country are still expelled (174): %s', (text, expected) => {
    expect(summaries(text)).toContain(expected);
  });
});

describe('a blocked or stalled measure is not taken', () => {
  it.each([
    ["Hungary blocked the European Union's sanctions package against Russia on Monday.", 'HUN'],
    ['Hungary blocked the EU sanctions package against Russia on Monday.', 'HUN'],
    ["Slovakia stalled the EU's new sanctions on Russia.", 'SVK'],
  ])('the blocker vetoes the EU (129) and no EU sanctions are coded: %s', (text, blocker) => {
    const events = summaries(text);
    expect(events).toContain(`${blocker}>IGO-european-union:129`);
    expect(events.some((event) => event.endsWith('>RUS:163'))).toBe(false);
  });

  it("blocking another state's bid is a veto too", () => {
    expect(summaries("Turkey blocked Sweden's bid to join NATO for months.")).toContain('TUR>SWE:129');
  });

  it('delayed sanctions are not imposed sanctions', () => {
    expect(summariesMatching('Hungary delayed new EU sanctions against Russia for weeks.', /:16\d$/)).toEqual(
      [],
    );
  });

  it.each([
    ['Polish farmers blocked Ukrainian trucks at the border.', 'POL>UKR:144'],
    ['The EU imposed sanctions on Russia on Monday.', 'IGO-european-union>RUS:163'],
  ])('a physical blockade and imposed sanctions keep their codes: %s', (text, expected) => {
    expect(summaries(text)).toContain(expected);
  });
});

describe('a prison sentence is legal action (173); a conviction is a finding of guilt (116)', () => {
  it.each([
    ['A court in Moscow sentenced the American journalist to 16 years in prison.', 'RUS>USA:173'],
    [
      'An Iranian court sentenced a French national to eight years in prison on spying charges.',
      'IRN>FRA:173',
    ],
  ])('%s', (text, expected) => {
    const events = summaries(text);
    expect(events).toContain(expected);
    expect(events.some((event) => event.endsWith(':116'))).toBe(false);
  });

  it('convicted stays 116', () => {
    expect(summaries('A Chinese court convicted the Australian writer of espionage.')).toContain(
      'CHN>AUS:116',
    );
  });

  it('the noun "sentence" codes nothing', () => {
    expect(summaries('Reading a sentence aloud, the judge paused.')).toEqual([]);
  });
});
