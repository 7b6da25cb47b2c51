import { describe, expect, it } from 'vitest';
import { extract } from './helpers';

const actorsOf = (text: string) => extract(text).actors;
const find = (text: string, name: string) => actorsOf(text).find((actor) => actor.name === name);

describe('actor composition', () => {
  it('composes demonym + role + name into a person with country, sector and role', () => {
    const actor = find(
      'Russian Foreign Minister Sergey Lavrov met Chinese officials in Beijing.',
      'Sergey Lavrov',
    );
    expect(actor).toMatchObject({
      id: 'RUS-GOV-sergey-lavrov',
      country: 'RUS',
      sector: 'GOV',
      kind: 'PERSON',
      role: 'Foreign Minister',
    });
  });

  it('reads possessives: "South Korea\'s Foreign Ministry" is a Korean government body', () => {
    const { events } = extract("South Korea's Foreign Ministry criticized Japan on Monday.");
    expect(events[0]?.source).toMatchObject({ country: 'KOR', sector: 'GOV' });
    expect(events[0]?.target).toMatchObject({ id: 'JPN', country: 'JPN' });
  });

  it('merges an appositive into its host: name, role of a ministry', () => {
    const text =
      "Lim Soosuk, spokesperson of South Korea's Foreign Ministry, criticized North Korea on Thursday.";
    const { events, actors } = extract(text);
    const lim = actors.find((actor) => actor.name === 'Lim Soosuk');
    expect(lim).toMatchObject({ country: 'KOR', sector: 'GOV', kind: 'PERSON' });
    expect(events.map((event) => `${event.source.name}>${event.target.id}`)).toEqual(['Lim Soosuk>PRK']);
  });

  it('takes the name from an appositive after a role ("his North Korean counterpart, Choe Son Hui")', () => {
    const { events } = extract('Lavrov met his North Korean counterpart, Choe Son Hui, on Thursday.');
    expect(events[0]?.target).toMatchObject({ name: 'Choe Son Hui', country: 'PRK' });
  });

  it('places an academic by the university and city after the role', () => {
    const text =
      'Leif-Eric Easley, a professor of international studies at Ewha University in Seoul, criticized China.';
    const easley = find(text, 'Leif-Eric Easley');
    expect(easley).toMatchObject({ country: 'KOR', sector: 'EDU' });
  });

  it('recognizes IGOs, media and metonyms', () => {
    const { events } = extract(
      'The U.N. Security Council condemned Iran. The Kremlin praised China. Tass accused Ukraine of lying.',
    );
    const pairs = events.map((event) => `${event.source.id}>${event.target.id}:${event.code}`);
    expect(pairs).toContain('IGO-un-security-council>IRN:111');
    expect(pairs.some((pair) => pair.startsWith('RUS') && pair.includes('>CHN:051'))).toBe(true);
    expect(pairs).toContain('RUS-MED-tass>UKR:112');
    const tass = extract('Tass accused Ukraine of lying.').actors.find(
      (actor) => actor.id === 'RUS-MED-tass',
    );
    expect(tass).toMatchObject({ sector: 'MED', kind: 'MEDIA', country: 'RUS' });
  });

  it('resolves surnames, role nouns and pronouns to earlier actors', () => {
    const text = [
      'Russian Foreign Minister Sergey Lavrov arrived in Pyongyang on Wednesday.',
      'Lavrov praised North Korea.',
      'He also criticized the United States.',
      'The minister later met North Korean leader Kim Jong Un.',
    ].join(' ');
    const { events } = extract(text);
    const sources = new Set(events.map((event) => event.source.id));
    expect([...sources]).toEqual(['RUS-GOV-sergey-lavrov']);
    expect(events.map((event) => event.target.country)).toEqual(['PRK', 'PRK', 'USA', 'PRK']);
  });

  it('maps an unnamed role ("Russia\'s foreign minister") to the one the article names', () => {
    const text =
      "Russia's foreign minister visited North Korea. Russian Foreign Minister Sergey Lavrov praised Pyongyang.";
    const { events } = extract(text);
    expect(new Set(events.map((event) => event.source.id))).toEqual(new Set(['RUS-GOV-sergey-lavrov']));
  });

  it('keeps aliases of every surface form and a canonical (fullest) name', () => {
    const { actors } = extract('Russian President Vladimir Putin met Xi Jinping. Putin praised China.');
    const putin = actors.find((actor) => actor.id === 'RUS-GOV-vladimir-putin');
    expect(putin?.name).toBe('Vladimir Putin');
    expect(putin?.aliases).toEqual(expect.arrayContaining(['Putin', 'Russian President Vladimir Putin']));
  });

  it('places unqualified domestic actors in the dateline country', () => {
    const { events } = extract('NAIROBI, Kenya (AP) — Police fired tear gas at protesters on Tuesday.');
    expect(events[0]).toMatchObject({ code: '175' });
    expect(events[0]?.source).toMatchObject({ id: 'KEN-COP', country: 'KEN', sector: 'COP' });
    expect(events[0]?.target).toMatchObject({ country: 'KEN', sector: 'CVL' });
  });

  it('does not read a capital inside a personal name as a country ("Ana Lima")', () => {
    const { events } = extract(
      "Brazil's foreign minister, Ana Lima, summoned Bolivia's ambassador on Monday.",
    );
    expect(events.map((event) => `${event.source.country}>${event.target.country}:${event.code}`)).toEqual([
      'BRA>BOL:114',
    ]);
  });
});
