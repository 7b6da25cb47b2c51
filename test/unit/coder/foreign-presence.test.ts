import { describe, expect, it } from 'vitest';
import { summaries } from './helpers';

/**
 * "its embassy" as the object of an act on someone else's property: the owner is the other country the
 * article named, not the acting side (which would make a self-event that is then dropped).
 */
describe('possessive pronouns on foreign-presence objects', () => {
  it('reads "its embassy" after another country was named as that country', () => {
    const text =
      'CARACAS, Venezuela (AP) — Argentina protested to Venezuela on Tuesday. ' +
      'Venezuelan police raided its embassy in Caracas overnight.';
    const events = summaries(text);
    expect(events).toContain('VEN>ARG:171');
    expect(events.filter((event) => event.startsWith('VEN>VEN'))).toEqual([]);
  });

  it('reads "its consulate" in the same sentence as the country named before it', () => {
    const events = summaries(
      'ISTANBUL (AP) — Saudi Arabia complained on Friday after Turkish police raided its consulate in Istanbul.',
    );
    expect(events).toContain('TUR>SAU:171');
  });

  it('reads "its citizens" detained as the other country’s', () => {
    const text =
      'TEHRAN, Iran (AP) — France criticized Iran on Wednesday. Iranian authorities arrested its citizens in Tehran last month.';
    const events = summaries(text);
    expect(events.some((event) => event.startsWith('IRN>FRA:'))).toBe(true);
    expect(events.filter((event) => event.startsWith('IRN>IRN'))).toEqual([]);
  });

  it('keeps "recalled its ambassador from X" as the subject’s own ambassador', () => {
    const text =
      'ACCRA, Ghana (AP) — Ghana has long quarreled with Togo. Ghana recalled its ambassador from Burkina Faso on Monday.';
    expect(summaries(text)).toContain('GHA>BFA:161');
  });

  it('keeps "its territory" as the accusing country’s own', () => {
    const events = summaries('BAKU (AP) — Azerbaijan accused Armenia of shelling its territory on Sunday.');
    expect(events).toContain('AZE>ARM:112');
  });
});
