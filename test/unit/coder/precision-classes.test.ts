import { describe, expect, it } from 'vitest';
import { summaries } from './helpers';

/** Classes found on fixtures/dev4 and in the held-out precision drop, each with new sentences. */
describe('vessels', () => {
  it('codes fishing boats as their crews, never as the seizing navy', () => {
    expect(summaries('The Chilean navy seized three Peruvian fishing boats off Arica on Monday.')).toEqual([
      'CHL>PER:171',
    ]);
  });
  it('does not turn ships passing by into an event', () => {
    expect(
      summaries('Peruvian warships and two Chilean cargo ships sailed past the port on Monday.'),
    ).toEqual([]);
  });
});

describe('first-person "we" inside quotations', () => {
  it('skips conditions and modal options', () => {
    expect(
      summaries('Chile\'s foreign minister said: "If we reject Peru\'s proposal, talks will collapse."'),
    ).toEqual([]);
    expect(
      summaries('"We could sanction Peru if the talks fail," the Chilean foreign ministry said.'),
    ).toEqual([]);
  });
});

describe('reciprocal fighting between coordinated sides', () => {
  it('codes one event each way for "exchanged fire" and "clashed" with no object', () => {
    expect(
      summaries('Chadian and Sudanese troops exchanged fire along their shared border on Monday.'),
    ).toEqual(['TCD>SDN:190', 'SDN>TCD:190']);
    expect(summaries('Chadian and Sudanese troops clashed on Monday.')).toEqual([
      'TCD>SDN:190',
      'SDN>TCD:190',
    ]);
  });
});

describe('threats with no named target', () => {
  it("aim at the opponent of the latest armed exchange, never at the speaker's own forces", () => {
    const coded = summaries(
      'Chadian troops attacked Sudanese troops on Monday. Chadian President Mahamat Deby warned that his army would retaliate.',
    );
    expect(coded).toContain('TCD>SDN:130');
    expect(coded.filter((s) => s.startsWith('TCD>TCD'))).toEqual([]);
  });
  it('codes nothing when there is no exchange to take the opponent from', () => {
    expect(
      summaries(
        'Moldovan police detained two men on Monday. Moldovan President Maia Sandu warned that her government would respond firmly.',
      ),
    ).toEqual([]);
  });
});

describe('speech acts', () => {
  it('codes solidarity as support, hosting talks as mediation, and "hit out at" as criticism', () => {
    expect(summaries('Ghana expressed solidarity with Togo on Tuesday.')).toEqual(['GHA>TGO:051']);
    expect(summaries('Angola offered to host talks between Chad and Sudan on Tuesday.')).toEqual([
      'AGO>TCD:039',
      'AGO>SDN:039',
    ]);
    expect(summaries('Chilean President Gabriel Boric hit out at Peru on Monday.')).toEqual(['CHL>PER:111']);
  });
  it('aims "rejected the allegations" at the accuser', () => {
    expect(
      summaries('Peru accused Chile of spying on Monday. Chile rejected the allegations on Tuesday.'),
    ).toEqual(['PER>CHL:112', 'CHL>PER:120']);
  });
  it('knows SADC as an IGO', () => {
    expect(summaries('The Southern African Development Community condemned Zimbabwe on Monday.')).toEqual([
      'IGO-sadc>ZWE:111',
    ]);
  });
});
