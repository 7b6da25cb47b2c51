import { describe, expect, it } from 'vitest';
import { summaries, summariesMatching } from './helpers';

/**
 * Round 18 coverage audit of CAMEO roots 01-06: other verbs and light-verb nouns wire copy uses for
 * statements, appeals, intents, consultations, visits, praise, agreements and material cooperation.
 */
describe('round 18: roots 01-06 wordings', () => {
  it.each([
    ['Canada extended its deepest sympathies to Morocco following the quake.', 'CAN>MAR:018'],
    ['The Indian government conveyed its condolences to Nepal on Sunday.', 'IND>NPL:018'],
    ['Pope Francis sent a message of condolence to Morocco after the quake.', 'VAT>MAR:018'],
    ['The European Union implored Serbia to engage constructively.', 'IGO-european-union>SRB:020'],
    ['Kenya issued a call to Ethiopia to respect the border.', 'KEN>ETH:020'],
    ['Somalia sought financial assistance from Qatar.', 'SOM>QAT:023'],
    ['Ukraine appealed for humanitarian aid from the European Union.', 'UKR>IGO-european-union:023'],
    ['Sudan asked Saudi Arabia to mediate with the Rapid Support Forces.', 'SDN>SAU:028'],
    ['Vietnam expressed its readiness to work with the Philippines on maritime security.', 'VNM>PHL:030'],
    ['India offered to help Sri Lanka restructure its debt.', 'IND>LKA:030'],
    ['Germany committed to working with France on defence.', 'DEU>FRA:030'],
    ['Russia expressed willingness to hold talks with Ukraine.', 'RUS>UKR:036'],
    ['Turkey offered to act as mediator between Russia and Ukraine.', 'TUR>RUS:039'],
    ['Blinken sat down with Chinese President Xi Jinping on Monday.', 'USA>CHN:040'],
    ['Macron conferred with Zelenskyy in Paris.', 'FRA>UKR:040'],
    ['The Chinese foreign minister paid a visit to Pakistan on Monday.', 'CHN>PAK:042'],
    ['Blinken made an unannounced trip to Kyiv on Wednesday.', 'USA>UKR:042'],
    ['German Chancellor Olaf Scholz landed in Beijing on Thursday for a two-day visit.', 'DEU>CHN:042'],
    ['Putin flew into Pyongyang early on Wednesday.', 'RUS>PRK:042'],
    ["Britain's foreign secretary toured Ukraine on Monday.", 'GBR>UKR:042'],
    ['Egypt played host to the Israeli delegation on Monday.', 'EGY>ISR:043'],
    ['Russia applauded China for its peace plan.', 'RUS>CHN:051'],
    ['Germany paid tribute to Poland for taking in refugees.', 'DEU>POL:051'],
    ['China came to the defense of Russia at the Security Council.', 'CHN>RUS:052'],
    ['Japan issued a formal apology to South Korea over forced labour.', 'JPN>KOR:055'],
    ['India inked a trade deal with Britain on Thursday.', 'IND>GBR:057'],
    ['Jordan passed intelligence to Israel about the attack.', 'JOR>ISR:064'],
  ])('%s', (text, expected) => {
    expect(summaries(text)).toContain(expected);
  });

  it.each([
    ['Erdogan and Putin spoke by phone on Friday.', /:041$/, ['RUS>TUR:041', 'TUR>RUS:041']],
    [
      'Saudi Arabia and Iran restored diplomatic relations on Friday.',
      /:054$/,
      ['IRN>SAU:054', 'SAU>IRN:054'],
    ],
    [
      'Armenia and Azerbaijan initialled a peace treaty in Washington.',
      /:057$/,
      ['ARM>AZE:057', 'AZE>ARM:057'],
    ],
    [
      'Russia and Iran sealed a strategic partnership treaty on Friday.',
      /:057$/,
      ['IRN>RUS:057', 'RUS>IRN:057'],
    ],
    ['Ukraine and Russia held a new round of talks in Istanbul.', /:046$/, ['RUS>UKR:046', 'UKR>RUS:046']],
    ['Turkey and Azerbaijan cooperated on the pipeline project.', /:060$/, ['AZE>TUR:060', 'TUR>AZE:060']],
  ])('both sides: %s', (text, family, expected) => {
    expect(summariesMatching(text, family)).toEqual(expected);
  });

  it('codes a claimed attack against the side attacked', () => {
    const text =
      'Gunmen attacked a police post in Niger on Thursday. Islamic State claimed the attack on Friday.';
    expect(summariesMatching(text, /:015$/)).toEqual([expect.stringMatching(/>NER:015$/)]);
  });

  it.each([
    'The company extended its condolences to the family of the driver.',
    'The flooding claimed the lives of 40 people in Kenya.',
    'Rebels claimed control of the town in eastern Congo.',
    'The ruling party claimed victory in the election in Ghana.',
    'The charity made an appeal to the public for donations.',
    'Residents sought financial assistance from the local bank.',
    'A Turkish cargo plane landed in Germany on Tuesday.',
    'Nigerian troops landed in Liberia on Tuesday.',
    'Chinese tourists paid a visit to Japan during the holiday.',
    'The football club played host to the champions on Saturday.',
    "Brazilian fans applauded Argentina's players after the final.",
    'Mourners paid tribute to the singer who died on Monday.',
    'The lawyer came to the defense of her client.',
    'A Japanese carmaker inked a supply deal with an Indian battery maker.',
    'The two firms cooperated on the project.',
    'The singer spoke by phone with her manager.',
  ])('codes nothing: %s', (text) => {
    expect(summaries(text)).toEqual([]);
  });
});
