import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers';

const coded = (text: string): string[] =>
  extract(text).events.map((event) => `${summary(event)} ${event.source.name}>${event.target.name}`);

describe('references back to actors already named', () => {
  it('reads "the rebel group" as the rebel organization just named, not every rebel', () => {
    const text = `KINSHASA (Reuters) - Congolese President Felix Tshisekedi on Monday suspended talks with the M23 after the rebel group attacked an army post near Goma.`;
    const events = coded(text);
    // The army nobody named gets its country's name, not a bare code.
    expect(events).toContain("COD>COD:190 M23>Democratic Republic of Congo's military");
    expect(events.some((event) => event.includes('rebels'))).toBe(false);
  });

  it('reads "the two governments" as the two states, not the two leaders who met', () => {
    const text = `ASTANA (Reuters) - Kazakh President Kassym-Jomart Tokayev and his Uzbek counterpart, Shavkat Mirziyoyev, met in Astana on Friday.

The Shanghai Cooperation Organization offered to mediate between the two governments.`;
    const mediation = extract(text).events.filter((event) => event.code === '039');
    expect(mediation.map((event) => event.target.id).sort()).toEqual(['KAZ', 'UZB']);
  });

  it('reads "both warring parties" of a civil war as the army and the rebels, not the state', () => {
    const text = `KHARTOUM (Reuters) - The Rapid Support Forces shelled army positions in Omdurman on Sunday, killing 12 soldiers.

The African Union called on both warring parties to observe a truce.`;
    const calls = extract(text).events.filter((event) => event.code.startsWith('02'));
    expect(calls.map((event) => event.target.id).sort()).toEqual(['SDN-MIL', 'SDN-REB-rsf']);
  });

  it('reads "it" after a speech verb as the speaking state, not the last country named', () => {
    const text = `CHISINAU (Reuters) - Romania, which supplies much of Moldova's electricity, said it would impose sanctions on Moldova.`;
    expect(coded(text)).toEqual(['ROU>MDA:131 Romania>Moldova']);
  });
});

describe('demands for a release, aimed at the holder', () => {
  it('codes "demanded their release" at the state whose police made the arrests', () => {
    const text = `BELGRADE (Reuters) - Kosovo police detained four ethnic Serbs near the northern town of Zvecan on Monday.

Serbia condemned the arrests and demanded their immediate release.`;
    expect(coded(text)).toContain('SRB>XKX:1053 Serbia>Kosovo');
  });

  it('codes "demanded the release of the crew" at the state whose navy seized the ship', () => {
    const text = `ATHENS (Reuters) - Iranian naval forces seized a Greek-owned oil tanker in the Gulf of Oman on Thursday.

Greece's foreign ministry summoned Iran's ambassador and demanded the release of the crew.`;
    const events = coded(text);
    expect(events.some((event) => event.startsWith('GRC>IRN:1053'))).toBe(true);
    expect(events.some((event) => event.startsWith('IRN>GRC:1053'))).toBe(false);
  });

  it('codes nothing when the demand names nobody who holds anyone', () => {
    const text = `GENEVA (Reuters) - Amnesty International demanded the release of all political prisoners on Monday.`;
    expect(extract(text).events.filter((event) => event.code === '1053')).toEqual([]);
  });
});
