import { describe, expect, it } from 'vitest';
import { extract } from './helpers';

const coded = (text: string): string[] =>
  extract(text).events.map(
    (event) => `${event.source.country ?? event.source.id}>${event.target.country}:${event.code}`,
  );

describe('where a group is, and who holds it', () => {
  it('gives an unnamed group the country of the place named right after it, not the meeting place', () => {
    const { actors } = extract(
      'EU foreign ministers, meeting in Brussels, condemned the detention of journalists in Minsk.',
    );
    expect(actors.find((actor) => actor.name === 'journalists in Minsk')?.country).toBe('BLR');
    const trapped = extract('Ministers meeting in Geneva condemned attacks on civilians trapped in Kharkiv.');
    expect(trapped.actors.find((actor) => actor.name.startsWith('civilians'))?.country).toBe('UKR');
  });

  it('keeps a group that names its own country', () => {
    const { actors } = extract('Officials meeting in Brussels praised Russian journalists in Paris.');
    expect(actors.find((actor) => actor.name.includes('Russian journalists'))?.country).toBe('RUS');
  });

  it('aims a call for release at the state holding the people, not where the callers met', () => {
    const text =
      'EU foreign ministers, meeting in Brussels, also condemned the detention of journalists in Minsk and called for their release.';
    expect(coded(text)).toContain('IGO-european-union>BLR:025');
    expect(coded(text).some((event) => event.includes('>BEL:'))).toBe(false);
  });

  it('still aims it at the country where the person is detained', () => {
    const text =
      'Prime Minister Anthony Albanese said he had raised the case of an Australian writer detained in China on espionage charges, and had called for his release.';
    expect(coded(text)).toContain('AUS>CHN:025');
  });
});
