import { describe, expect, it } from 'vitest';
import { extract, summaries } from './helpers';

describe('purpose infinitives', () => {
  it('gives "summoned X ... to protest" one complaint by the summoner, no protest by the envoy', () => {
    const text =
      "Ghana's foreign ministry summoned Togo's ambassador in Accra on Monday to protest against the border raids.";
    const { events } = extract(text);
    expect(events.map((event) => `${event.source.country}>${event.target.country}:${event.code}`)).toEqual([
      'GHA>TGO:114',
    ]);
    expect(events[0]?.source.sector).toBe('GOV');
  });

  it('never makes the object before a purpose infinitive its doer ("called in the envoy to complain")', () => {
    const coded = summaries(
      "Peru's government called in Chile's ambassador on Friday to complain to Chile about the fishing dispute.",
    );
    expect(coded).toEqual(['PER>CHL:114']);
  });

  it('adds no second meeting for "met ... to discuss"', () => {
    const coded = summaries('Kenya and Ethiopia met in Nairobi on Wednesday to discuss the disputed dam.');
    expect(coded.length).toBeGreaterThan(0);
    expect(coded.every((line) => line.endsWith(':040') || line.endsWith(':043'))).toBe(true);
    expect(new Set(coded).size).toBe(coded.length);
  });

  it('still hands the act to the object of a verb that asks for it ("urged Mali to release")', () => {
    const sources = extract('Senegal urged Mali on Thursday to release the detained soldiers.').events.map(
      (event) => event.source.country,
    );
    expect(sources).not.toContain('MLI');
  });
});

describe('canonical names of sector actors', () => {
  it('names the military by a clean mention, not by the posts it was first seen as', () => {
    const text =
      "Armenian troops shelled Azerbaijani army positions near the border on Sunday. Azerbaijan's military accused Armenia of breaking the truce.";
    const { events, actors } = extract(text);
    const military = actors.find((actor) => actor.country === 'AZE' && actor.sector === 'MIL');
    expect(military?.name).toBe("Azerbaijan's military");
    expect(military?.aliases).not.toContain('Azerbaijani army positions');
    const accusation = events.find((event) => event.code === '112');
    expect(accusation?.source.name).toBe("Azerbaijan's military");
  });

  it('keeps a facility phrase as an alias when it is the only mention, with a clean name', () => {
    const { actors } = extract('Sudanese troops attacked Chadian army bases near the frontier on Sunday.');
    const military = actors.find((actor) => actor.country === 'TCD' && actor.sector === 'MIL');
    expect(military?.aliases).toContain('Chadian army bases');
    expect(military?.name).not.toMatch(/bases$/);
  });
});
