import { describe, expect, it } from 'vitest';
import { ActorSchema } from '../../core/model/actor';
import {
  CameoCodeSchema,
  CountryCodeSchema,
  IsoDateSchema,
  NameSchema,
  SectorSchema,
} from '../../core/model/common';

describe('normalization in the schemas', () => {
  it('trims and collapses names, zero-width characters included', () => {
    expect(NameSchema.parse('  Sergey \n\t Lavrov\u200B ')).toBe('Sergey Lavrov');
    expect(NameSchema.safeParse(' \u200B ').success).toBe(false);
  });

  it('upper-cases alpha-3 countries and rejects anything else', () => {
    expect(CountryCodeSchema.parse(' rus ')).toBe('RUS');
    expect(CountryCodeSchema.safeParse('RU').success).toBe(false);
    expect(CountryCodeSchema.safeParse('RUSSIA').success).toBe(false);
  });

  it('keeps sectors to the closed list', () => {
    expect(SectorSchema.parse('mil')).toBe('MIL');
    expect(SectorSchema.safeParse('ARMY').success).toBe(false);
  });

  it('keeps the leading zero of CAMEO codes', () => {
    expect(CameoCodeSchema.parse(42)).toBe('042');
    expect(CameoCodeSchema.parse('0871')).toBe('0871');
    expect(CameoCodeSchema.parse('173')).toBe('173');
    expect(CameoCodeSchema.safeParse('210').success).toBe(false);
    expect(CameoCodeSchema.safeParse('42a').success).toBe(false);
  });

  it('accepts only real calendar dates', () => {
    expect(IsoDateSchema.parse('2024-02-29')).toBe('2024-02-29');
    expect(IsoDateSchema.safeParse('2023-02-29').success).toBe(false);
    expect(IsoDateSchema.safeParse('2023-10-19T00:00:00Z').success).toBe(false);
  });

  it('dedupes and sorts actor aliases so output is byte-stable', () => {
    const actor = ActorSchema.parse({
      id: 'RUS',
      name: 'Russia',
      country: 'rus',
      sector: 'gov',
      kind: 'STATE',
      role: null,
      aliases: ['the Kremlin', 'Moscow', 'the  Kremlin'],
    });
    expect(actor.aliases).toEqual(['Moscow', 'the Kremlin']);
    expect(actor.country).toBe('RUS');
  });
});
