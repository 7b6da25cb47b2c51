import { describe, expect, it } from 'vitest';
import { extract, summaries } from './helpers';

const sourceIds = (text: string): string[] => extract(text).events.map((event) => event.source.id);

describe('the people of an international body speak for it ("judges at the ICC", "head of the AU Commission")', () => {
  it('makes judges and prosecutors at an international court that court', () => {
    expect(
      sourceIds(
        'THE HAGUE (Reuters) — Judges at the International Criminal Court on Wednesday issued an arrest warrant for Russian President Vladimir Putin.',
      ),
    ).toEqual(['IGO-icc']);
    expect(
      sourceIds(
        'THE HAGUE (Reuters) — Prosecutors at the International Criminal Court on Monday accused Israeli Prime Minister Benjamin Netanyahu of war crimes.',
      ),
    ).toEqual(['IGO-icc']);
  });

  it('makes the head or chairperson "of the" commission of an IGO the IGO, not the dateline state', () => {
    for (const text of [
      'ADDIS ABABA (Reuters) — The chairperson of the African Union Commission urged Sudan on Monday to open aid corridors.',
      'ADDIS ABABA (Reuters) — The head of the African Union Commission, Moussa Faki Mahamat, urged Sudan on Monday to open aid corridors.',
    ]) {
      const [event] = extract(text).events;
      expect(event?.source.country ?? null).toBeNull();
      expect(event?.source.sector).toBe('IGO');
      expect(event?.target.country).toBe('SDN');
    }
  });

  it('keeps national judges and a national chairman with their own country', () => {
    // A domestic court is not an IGO: the judges stay the state's judiciary.
    const [dutch] = extract(
      'THE HAGUE (Reuters) — Judges at a Dutch appeals court on Monday ordered the government to halt arms exports to Israel.',
    ).events;
    expect(dutch?.source.sector ?? 'JUD').not.toBe('IGO');
    // "the UN" after "at" is only where the envoy works; the envoy is still his country's.
    expect(
      summaries(
        'NEW YORK (Reuters) — Russia’s ambassador at the United Nations, Vassily Nebenzia, accused Ukraine on Monday of shelling Donetsk.',
      ),
    ).toEqual(['RUS>UKR:112']);
    expect(
      sourceIds(
        'VIENNA (Reuters) — The director general of the International Atomic Energy Agency on Monday criticized Iran for barring inspectors.',
      ),
    ).toEqual(['IGO-iaea']);
  });
});

describe('a body renewing the mandate of its force in a country (074 to the host)', () => {
  it('codes the renewal with the host country as target', () => {
    expect(
      summaries(
        'UNITED NATIONS (Reuters) — The Security Council on Friday renewed the mandate of the peacekeeping mission in South Sudan for another year.',
      ),
    ).toEqual(['IGO-un-security-council>SSD:074']);
    expect(
      summaries(
        'ADDIS ABABA (Reuters) — The African Union on Tuesday extended the mandate of its stabilization force in Somalia until December.',
      ),
    ).toEqual(['IGO-african-union>SOM:074']);
    expect(
      summaries(
        'NEW YORK (Reuters) — The Security Council on Thursday voted to extend the mandate of its peacekeeping force in southern Lebanon for a final time.',
      ),
    ).toEqual(['IGO-un-security-council>LBN:074']);
  });

  it('does not fire on mandates that are not a force in a country, or on a renewal that failed', () => {
    expect(
      summaries(
        'BRUSSELS (Reuters) — The European Commission extended the mandate of its trade negotiators by six months on Monday.',
      ),
    ).toEqual([]);
    expect(
      summaries(
        'UNITED NATIONS (Reuters) — Russia vetoed a resolution that would have extended the mandate of the UN mission in Mali.',
      ).filter((s) => s.endsWith(':074')),
    ).toEqual([]);
  });
});

describe("a state's envoy to an IGO ('Israel's UN ambassador') is the state's, not the IGO's", () => {
  it('keeps the country and the government sector of the envoy', () => {
    for (const text of [
      'NEW YORK (Reuters) — Brazil’s UN ambassador, Sergio Danese, criticized Venezuela on Monday over the election.',
      'NEW YORK (Reuters) — Brazilian UN Ambassador Sergio Danese criticized Venezuela on Monday over the election.',
    ]) {
      const [event] = extract(text).events;
      expect(event?.source.country).toBe('BRA');
      expect(event?.source.sector).toBe('GOV');
    }
  });

  it('leaves the IGO’s own officials with the IGO', () => {
    const [event] = extract(
      'NEW YORK (Reuters) — UN Secretary-General Antonio Guterres criticized Venezuela on Monday over the election.',
    ).events;
    expect(event?.source.country ?? null).toBeNull();
    expect(event?.source.sector).toBe('IGO');
  });
});
