import { describe, expect, it } from 'vitest';
import { summaries } from './helpers';

/** The reactions (111 criticize, 051 praise) a text codes, as source>target:code, sorted. */
const reactions = (text: string): string[] =>
  summaries(text)
    .filter((event) => /:(111|051)$/.test(event))
    .sort();

describe('a reaction aimed at an act reported earlier in the story', () => {
  it('aims "condemned Monday\'s attack" at the attacker, as "condemned the attack"', () => {
    const story = 'Russian forces shelled the city of Kharkiv on Monday. ';
    expect(reactions(`${story}Germany strongly condemned Monday's attack.`)).toEqual(['DEU>RUS:111']);
    expect(reactions(`${story}Poland condemned Sunday's deadly strike on the city.`)).toEqual([
      'POL>RUS:111',
    ]);
  });

  it('aims "welcomed the ceasefire" at both sides that agreed to it', () => {
    expect(
      reactions('Israel and Hamas agreed to a ceasefire on Friday. Beijing welcomed the ceasefire.'),
    ).toEqual(['CHN>ISR:051', 'CHN>PSE:051']);
    expect(reactions('Armenia and Azerbaijan agreed to a truce on Friday. Iran praised the truce.')).toEqual([
      'IRN>ARM:051',
      'IRN>AZE:051',
    ]);
  });

  it('prefers the act the noun names to a later act of another kind', () => {
    expect(
      reactions(
        'Russian forces shelled Kharkiv on Monday. Ukrainian drones struck the Russian city of Belgorod on Tuesday. Germany condemned the shelling.',
      ),
    ).toEqual(['DEU>RUS:111']);
    expect(
      reactions(
        'Iran detained two French nationals on Monday. Iraqi forces struck Kurdish militants in Syria on Tuesday. Paris condemned the arrests.',
      ),
    ).toEqual(['FRA>IRN:111']);
    expect(
      reactions(
        'Israeli jets bombed a refugee camp in Gaza on Monday. Hezbollah fighters attacked an Israeli army post on Tuesday. Jordan condemned the bombing.',
      ),
    ).toEqual(['JOR>ISR:111']);
  });

  it("never aims a state's reaction at its own forces' act abroad", () => {
    const story = 'Russian forces shelled Kharkiv on Monday. ';
    expect(reactions(`${story}Russia condemned the attack.`)).toEqual([]);
    // The latest attack by the other side is the one meant.
    expect(
      reactions(
        `${story}Ukrainian drones struck the Russian city of Belgorod on Tuesday. Moscow condemned the attack.`,
      ),
    ).toEqual(['RUS>UKR:111']);
    // At home a government may condemn its own police.
    expect(
      reactions(
        'Kenyan police killed three protesters in Nairobi on Tuesday. President William Ruto condemned the killings.',
      ),
    ).toEqual(['KEN>KEN:111']);
  });

  it('codes nothing when no such act was reported', () => {
    expect(reactions('France condemned the attack.')).toEqual([]);
    expect(reactions('Germany welcomed the ceasefire on Monday.')).toEqual([]);
    expect(reactions("Britain strongly condemned Monday's attack.")).toEqual([]);
    expect(reactions('The talks resumed in Doha on Monday. Qatar welcomed the truce.')).toEqual([]);
  });
});
