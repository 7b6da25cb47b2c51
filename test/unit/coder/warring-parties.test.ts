import { describe, expect, it } from 'vitest';
import { extract, summariesMatching } from './helpers';

/** Appeals (02x) and offers to mediate (03x). */
const APPEALS = /:0[23]\d+$/;

describe('"the warring parties" are the two sides of the latest fighting', () => {
  it('ignores a place after them that is only where talks would be held', () => {
    const text =
      'Rebels of the Popular Front shelled army barracks in Goma on Monday. ' +
      'Angola offered to host talks between the warring parties in Luanda.';
    const coded = summariesMatching(text, APPEALS);
    expect(coded.filter((event) => event.startsWith('AGO>AGO'))).toEqual([]);
    expect(coded.filter((event) => event.startsWith('AGO>COD')).length).toBeGreaterThan(0);
  });

  it('takes two armed groups trading accusations as the warring sides when no fighting was coded', () => {
    const text =
      'GOMA, Congo (Reuters) - Rebels accused the Congolese army on Monday of shelling their positions. ' +
      'Angola offered to host talks between the warring parties in Luanda.';
    const coded = summariesMatching(text, APPEALS);
    expect(coded.filter((event) => event.startsWith('AGO>AGO'))).toEqual([]);
    expect(coded.filter((event) => event.startsWith('AGO>COD')).length).toBeGreaterThan(0);
  });

  it('reads them the same with the conflict country named after them', () => {
    const text =
      'Paramilitary fighters shelled army positions in El Fasher in Sudan on Tuesday. ' +
      'Kenya urged the warring parties in Sudan to stop the fighting.';
    expect(summariesMatching(text, /^KEN>/)).toEqual(['KEN>SDN:025', 'KEN>SDN:025']);
  });

  it('leaves a place-named group alone when the story has no fighting', () => {
    const text = 'Norway hosted talks in Oslo on Monday. Norway urged the warring parties in Luanda to talk.';
    expect(summariesMatching(text, /^NOR>/)).not.toContain('NOR>COD:025');
  });

  it('does not rename either side after the phrase that named them together', () => {
    const text =
      "GOMA, Congo (Reuters) - Rebels accused Congo's army on Monday of shelling their positions. " +
      'Angola offered to host talks between the warring parties in Luanda.';
    const names = extract(text).actors.map((actor) => actor.name);
    expect(names.filter((name) => /warring/.test(name))).toEqual([]);
  });
});
