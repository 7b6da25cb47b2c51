import { describe, expect, it } from 'vitest';
import { summariesMatching } from './helpers';

// Round 18 coverage audit of CAMEO roots 07-13: other verbs and light-verb noun forms wire copy uses
// for aid, yielding, investigation, demands, disapproval, rejection and threats. Each family has
// sentences that must code and sentences with the same words that must not.

const none = (text: string, family: RegExp) => expect(summariesMatching(text, family)).toEqual([]);

describe('07 aid: other verbs of giving', () => {
  it('codes humanitarian goods airlifted, donated or trucked to a country', () => {
    expect(summariesMatching('Egypt airlifted medical supplies to Libya on Sunday.', /:07\d$/)).toEqual([
      'EGY>LBY:073',
    ]);
    expect(summariesMatching('Kuwait donated 20,000 tonnes of wheat to Somalia.', /:07\d$/)).toEqual([
      'KWT>SOM:073',
    ]);
    expect(summariesMatching('Jordan trucked food and blankets to Syria last week.', /:07\d$/)).toEqual([
      'JOR>SYR:073',
    ]);
  });

  it('codes loans, credit lines and financing approved for a state', () => {
    expect(summariesMatching('The IMF approved a $1.2 billion loan for Ghana on Friday.', /:07\d$/)).toEqual([
      'IGO-imf>GHA:071',
    ]);
    expect(summariesMatching('India extended a $1 billion credit line to Sri Lanka.', /:07\d$/)).toEqual([
      'IND>LKA:071',
    ]);
  });

  it('codes refuge offered to people of another state', () => {
    expect(
      summariesMatching('Colombia offered refuge to the Nicaraguan opposition politicians.', /:07\d$/),
    ).toEqual(['COL>NIC:075']);
  });

  it('codes nothing for goods, loans or refuge with no foreign state', () => {
    none('Farmers donated wheat to a local food bank.', /:07\d$/);
    none('The bank approved a loan for the new stadium.', /:07\d$/);
    none('The airline flew 200 passengers to Madrid on Tuesday.', /:07\d$/);
    none('The church offered refuge to families fleeing the floods.', /:07\d$/);
  });
});

describe('08 yield: ordered withdrawals', () => {
  it('codes a withdrawal of forces ordered or announced', () => {
    expect(summariesMatching('Moscow ordered the withdrawal of its troops from Armenia.', /:08\d+$/)).toEqual(
      ['RUS>ARM:0874'],
    );
  });

  it('codes nothing for a company withdrawing staff', () => {
    none('The company ordered the withdrawal of its staff from the plant.', /:08\d+$/);
  });
});

describe('09 investigate: inquiries opened', () => {
  it('codes an inquiry into a state or into acts done by it', () => {
    expect(
      summariesMatching('The European Commission opened an inquiry into Chinese steel subsidies.', /:09\d$/),
    ).toEqual(['IGO-european-union>CHN:090']);
    expect(
      summariesMatching('The UN Human Rights Council launched an inquiry into abuses by Iran.', /:09\d$/),
    ).toEqual(['IGO-un-human-rights-council>IRN:090']);
  });

  it('codes nothing for a police inquiry into a fire', () => {
    none('Police opened an inquiry into the fire at the warehouse.', /:09\d$/);
  });
});

describe('10 demand: insisting that another side act', () => {
  it('codes "insisted that X halt / must ..." as a demand', () => {
    expect(summariesMatching('Iran insisted that Israel halt its strikes.', /:10\d+$/)).toEqual([
      'IRN>ISR:100',
    ]);
    expect(summariesMatching('Serbia insisted that Kosovo must withdraw its police.', /:10\d+$/)).toEqual([
      'SRB>XKX:100',
    ]);
  });

  it('codes nothing when "insisted that" asserts a fact', () => {
    none('Officials in Ankara insisted that the navy was enforcing the law.', /:10\d+$/);
    none('The minister insisted that the economy was growing.', /:10\d+$/);
  });
});

describe('11 disapprove: concern, criticism, accusations and complaints in other words', () => {
  it('codes concern or displeasure at a party as disapproval (110)', () => {
    expect(
      summariesMatching("Canada voiced concern over Russia's military build-up near Finland.", /:11\d$/),
    ).toEqual(['CAN>RUS:110']);
    expect(
      summariesMatching('Seoul expressed strong dissatisfaction with Tokyo over the textbooks.', /:11\d$/),
    ).toEqual(['KOR>JPN:110']);
  });

  it('codes criticism voiced, censure and taking aim as 111', () => {
    expect(summariesMatching("The EU voiced criticism of Georgia's foreign agents law.", /:11\d$/)).toEqual([
      'IGO-european-union>GEO:111',
    ]);
    expect(summariesMatching('Norway censured Iran for the executions.', /:11\d$/)).toEqual(['NOR>IRN:111']);
    expect(summariesMatching('Britain took aim at Russia over the poisoning.', /:11\d$/)).toEqual([
      'GBR>RUS:111',
    ]);
  });

  it('codes allegations, blame and accusations made as nouns as 112', () => {
    expect(summariesMatching('Russia alleged that Ukraine had shelled the power plant.', /:11\d$/)).toEqual([
      'RUS>UKR:112',
    ]);
    expect(summariesMatching('Kyiv held Moscow responsible for the attack on the dam.', /:11\d$/)).toEqual([
      'UKR>RUS:112',
    ]);
    expect(summariesMatching('Armenia pointed the finger at Azerbaijan for the shelling.', /:11\d$/)).toEqual(
      ['ARM>AZE:112'],
    );
    expect(
      summariesMatching('Serbia leveled accusations against Kosovo over the arrests.', /:11\d$/),
    ).toEqual(['SRB>XKX:112']);
  });

  it('codes official complaints: protests filed, envoys called in, a state protesting', () => {
    expect(
      summariesMatching('The Philippines filed a diplomatic protest against China on Monday.', /:11\d$/),
    ).toEqual(['PHL>CHN:114']);
    expect(summariesMatching('Britain called in the Russian ambassador on Tuesday.', /:11\d$/)).toEqual([
      'GBR>RUS:114',
    ]);
    expect(
      summariesMatching("Japan strongly protested China's launch of ballistic missiles.", /:1[14]\d$/),
    ).toEqual(['JPN>CHN:114']);
    expect(
      summariesMatching(
        'Australia lodged a complaint with the World Trade Organization against China.',
        /:11\d$/,
      ),
    ).toEqual(['AUS>CHN:114']);
  });

  it('codes cases brought and legal action taken against a state (115)', () => {
    expect(
      summariesMatching('Nicaragua took legal action against Germany at the World Court.', /:11\d$/),
    ).toEqual(['NIC>DEU:115']);
    expect(summariesMatching('Gambia brought a case against Myanmar at the ICJ.', /:11\d$/)).toEqual([
      'GMB>MMR:115',
    ]);
  });

  it('codes nothing for the same words about private life, sport or a forum', () => {
    none('Residents voiced concern over rising prices.', /:11\d$/);
    none("Fans voiced criticism of the referee's decision.", /:11\d$/);
    none('The prosecutor alleged that the businessman had hidden assets.', /:11\d$/);
    none('Parents held the school responsible for the accident.', /:11\d$/);
    none('The actor took legal action against the tabloid.', /:11\d$/);
    none('Qatar lodged a complaint with the U.N. Security Council on Tuesday.', /:11\d$/);
  });

  it('leaves crowds that protest to the protest codes', () => {
    expect(summariesMatching('Kenyan students protested outside parliament in Nairobi.', /:114$/)).toEqual(
      [],
    );
  });
});

describe('12 reject: spurning, brushing aside, ruling out talks', () => {
  it('codes the other verbs of rejection with the party rejected', () => {
    expect(summariesMatching('Venezuela brushed aside criticism from the United States.', /:12\d$/)).toEqual([
      'VEN>USA:120',
    ]);
    expect(summariesMatching('Israel spurned the ceasefire proposal from Egypt.', /:12\d$/)).toEqual([
      'ISR>EGY:125',
    ]);
    expect(summariesMatching('Ukraine ruled out talks with Russia on Monday.', /:12\d$/)).toEqual([
      'UKR>RUS:125',
    ]);
    expect(
      summariesMatching('Iran declined an invitation from the United States to meet.', /:12\d$/),
    ).toEqual(['IRN>USA:125']);
  });

  it('codes nothing for the same words in sport, business or labour rows', () => {
    none('The striker brushed aside criticism from the fans.', /:12\d$/);
    none('The minister ruled out talks with the striking teachers.', /:12\d$/);
    none('The coach declined an invitation from the federation.', /:12\d$/);
  });
});

describe('13 threaten: warnings, ultimatums, sanctions and force threatened', () => {
  it('codes the threat with its instrument', () => {
    expect(
      summariesMatching('The United States threatened Turkey with sanctions over the purchase.', /:13\d$/),
    ).toEqual(['USA>TUR:132']);
    expect(summariesMatching('Azerbaijan gave Armenia a 24-hour ultimatum.', /:13\d$/)).toEqual([
      'AZE>ARM:139',
    ]);
    expect(summariesMatching('Israel vowed revenge against Hamas for the killings.', /:13\d$/)).toEqual([
      'ISR>PSE:138',
    ]);
    expect(
      summariesMatching('North Korea threatened to use nuclear weapons against South Korea.', /:13\d$/),
    ).toEqual(['PRK>KOR:138']);
    expect(summariesMatching('Iran issued a stern warning to Israel on Sunday.', /:13\d$/)).toEqual([
      'IRN>ISR:130',
    ]);
  });

  it('codes a threatened attack, strike or war without "military" before it', () => {
    expect(summariesMatching('Iran threatened an attack on Israel.', /:13\d$/)).toEqual(['IRN>ISR:138']);
    expect(summariesMatching("Russia has threatened strikes on Ukraine's capital.", /:13\d$/)).toEqual([
      'RUS>UKR:138',
    ]);
    expect(summariesMatching('Hezbollah threatened attacks on Israel.', /:13\d$/)).toEqual(['LBN>ISR:138']);
  });

  it('codes nothing for a labour strike threatened', () => {
    none('Kenyan teachers threatened a strike against the government.', /:13\d$/);
    none('Dockworkers threatened a strike against the port operator.', /:13\d$/);
  });

  it('codes nothing for threats and warnings outside politics', () => {
    none('The union gave the management an ultimatum over wages.', /:13\d$/);
    none('The league threatened the club with sanctions over unpaid wages.', /:13\d$/);
    none('The gang vowed revenge against the rival group.', /:13\d$/);
    none('Forecasters issued a warning to residents of the coast.', /:13\d$/);
  });
});

describe('headline present tense and defiance', () => {
  it('codes "slams" and "demands ... from" read by the tagger as plural nouns', () => {
    expect(summariesMatching('Brazil slams Israel over Gaza offensive', /:11\d$/)).toEqual(['BRA>ISR:111']);
    expect(summariesMatching('Lithuania demands explanation from Belarus over balloons', /:10\d$/)).toEqual([
      'LTU>BLR:100',
    ]);
  });

  it('codes flouting a body or its sanctions as defiance (128)', () => {
    expect(summariesMatching('North Korea flouted UN sanctions with another launch.', /:12\d$/)).toEqual([
      'PRK>IGO-united-nations:128',
    ]);
  });

  it('codes nothing for the same words in sport, labour or business', () => {
    none("Djokovic's grand slams include ten in Australia.", /:11\d$/);
    none('The union demands answers from management over job cuts', /:10\d$/);
    none("The company disregarded the court's order.", /:12\d$/);
  });
});

describe('objections and sanctions eased in other words', () => {
  it('codes taking issue with, objecting to and voicing opposition to a party', () => {
    expect(summariesMatching("Spain took issue with Morocco's handling of the migrants.", /:11\d$/)).toEqual([
      'ESP>MAR:111',
    ]);
    expect(summariesMatching("Hungary objected to the EU's plan.", /:11\d$/)).toEqual([
      'HUN>IGO-european-union:111',
    ]);
    expect(
      summariesMatching("Japan voiced opposition to Russia's deployment on the Kuril islands.", /:11\d$/),
    ).toEqual(['JPN>RUS:110']);
  });

  it('codes state assets unfrozen as sanctions eased (085)', () => {
    expect(summariesMatching('Britain unfroze Libyan assets on Monday.', /:08\d$/)).toEqual(['GBR>LBY:085']);
  });

  it('codes nothing for objections and unblocking in private life', () => {
    none("The lawyer took issue with the judge's remarks.", /:11\d$/);
    none('Residents objected to the new highway.', /:11\d$/);
    none("The farmers' union voiced opposition to the trade deal.", /:11\d$/);
    none('The bank unblocked the accounts of its customers.', /:08\d$/);
  });
});

describe('threats with no one named, and accusations traded', () => {
  it('aims a warning of retaliation at the other side of the row', () => {
    expect(
      summariesMatching(
        'Lithuania seized a Belarusian freight train on Friday. Minsk warned of retaliation.',
        /:13\d$/,
      ),
    ).toEqual(['BLR>LTU:130']);
    expect(
      summariesMatching(
        'Norway expelled 15 Russian diplomats on Tuesday. Moscow threatened countermeasures.',
        /:13\d$/,
      ),
    ).toEqual(['RUS>NOR:130']);
  });

  it('codes nothing for a warning with no row or no political actor', () => {
    none('Moscow warned of retaliation on Monday.', /:13\d$/);
    none('The drought threatened consequences for farmers.', /:13\d$/);
  });

  it('codes accusations traded by two sides both ways', () => {
    expect(
      summariesMatching('India and Pakistan traded blame for the ceasefire violations.', /:11\d$/),
    ).toEqual(['IND>PAK:112', 'PAK>IND:112']);
  });

  it('codes nothing for clubs trading accusations', () => {
    none('The two clubs traded accusations over the transfer.', /:11\d$/);
  });
});

describe('07 and 09 in other words: money disbursed or rolled over, arms donated, reviews', () => {
  it('codes money disbursed or deferred for a state (071) and arms donated (072)', () => {
    expect(summariesMatching('The World Bank disbursed $300 million to Ethiopia.', /:07\d$/)).toEqual([
      'IGO-world-bank>ETH:071',
    ]);
    expect(summariesMatching('China rolled over a $2 billion loan to Pakistan.', /:07\d$/)).toEqual([
      'CHN>PAK:071',
    ]);
    expect(summariesMatching('Norway donated air defence missiles to Ukraine.', /:07\d$/)).toEqual([
      'NOR>UKR:072',
    ]);
  });

  it("codes a monitor's review of a state's conduct as an investigation (090)", () => {
    expect(
      summariesMatching("The IAEA launched a review of Japan's plan to release water.", /:09\d$/),
    ).toEqual(['IGO-iaea>JPN:090']);
  });

  it('codes nothing for charities, banks or ministries doing the same', () => {
    none('The charity disbursed $2 million to flood victims.', /:07\d$/);
    none('The bank rolled over the loans of its biggest client.', /:07\d$/);
    none('The ministry launched a review of the school curriculum.', /:09\d$/);
  });
});
