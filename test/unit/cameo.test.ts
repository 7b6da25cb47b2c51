import { describe, expect, it } from 'vitest';
import {
  allCameoCodes,
  CAMEO_ROOTS,
  CameoEntrySchema,
  cameoInfo,
  isKnownCameoCode,
  PLOVER_INFO,
  PloverInfoSchema,
  UnknownCameoCodeError,
} from '../../core/lexicon/cameo';
import cameoData from '../../core/lexicon/data/cameo-codes.json' with { type: 'json' };
import ploverData from '../../core/lexicon/data/plover.json' with { type: 'json' };
import { PLOVER_CATEGORIES as MODEL_PLOVER } from '../../core/model/common';

const ROOTS = Array.from({ length: 20 }, (_, index) => String(index + 1).padStart(2, '0'));
const quadOfRoot = (root: string): number => {
  const value = Number(root);
  if (value <= 5) return 1;
  if (value <= 8) return 2;
  if (value <= 13) return 3;
  return 4;
};

const codes = allCameoCodes();
const byCode = new Map(codes.map((entry) => [entry.code, entry]));
const level = (length: number) => codes.filter((entry) => entry.code.length === length);

/** 3-digit codes that wire stories produce day in, day out. */
const COMMON_CODES = (
  '010 020 036 040 042 043 046 051 057 061 070 073 087 100 ' +
  '111 112 120 130 138 140 141 160 163 173 190 193 195 200'
).split(' ');

describe('the bundled CAMEO and PLOVER tables', () => {
  it('match their schemas, which the runtime trusts instead of parsing at every cold start', () => {
    expect(CameoEntrySchema.array().safeParse(cameoData).error).toBeUndefined();
    expect(PloverInfoSchema.array().safeParse(ploverData).error).toBeUndefined();
    const [first] = cameoData;
    expect(CameoEntrySchema.safeParse({ ...first, code: '21' }).success).toBe(false);
    expect(CameoEntrySchema.safeParse({ ...first, goldstein: 11 }).success).toBe(false);
    expect(CameoEntrySchema.safeParse({ ...first, extra: 1 }).success).toBe(false);
  });
});

describe('CAMEO table', () => {
  it('has every root 01..20, in order, each with a name', () => {
    expect(CAMEO_ROOTS.map((root) => root.code)).toEqual(ROOTS);
    expect(level(2).map((root) => root.code)).toEqual(ROOTS);
    for (const root of CAMEO_ROOTS) expect(root.name.length).toBeGreaterThan(0);
  });

  it('lists each code once', () => {
    expect(new Set(codes.map((entry) => entry.code)).size).toBe(codes.length);
  });

  it('has the full 1.1b3 codebook: 20 roots, 149 three-digit and 147 four-digit codes', () => {
    expect(level(2)).toHaveLength(20);
    expect(level(3)).toHaveLength(149);
    expect(level(4)).toHaveLength(147);
  });

  it('gives every 3-digit code an existing root and every 4-digit code an existing parent', () => {
    for (const entry of level(3)) expect(byCode.has(entry.code.slice(0, 2)), entry.code).toBe(true);
    for (const entry of level(4)) expect(byCode.has(entry.code.slice(0, 3)), entry.code).toBe(true);
  });

  it('gives every root its "not specified" x0 code', () => {
    for (const root of ROOTS) expect(byCode.has(`${root}0`), root).toBe(true);
  });

  it.each(COMMON_CODES)('has the common wire-news code %s', (code) => {
    expect(isKnownCameoCode(code)).toBe(true);
  });

  it('maps every code to a PLOVER category listed in plover.json', () => {
    const names = new Set(ploverData.map((category) => category.name));
    for (const entry of codes) expect(names.has(entry.plover), entry.code).toBe(true);
  });

  it('keeps quadClass consistent with the root (01-05, 06-08, 09-13, 14-20)', () => {
    for (const entry of codes) expect(entry.quadClass, entry.code).toBe(quadOfRoot(entry.code.slice(0, 2)));
  });

  it('keeps Goldstein scores within [-10, 10]', () => {
    for (const entry of codes) {
      expect(entry.goldstein, entry.code).toBeGreaterThanOrEqual(-10);
      expect(entry.goldstein, entry.code).toBeLessThanOrEqual(10);
    }
  });

  it('carries the published Goldstein values', () => {
    const expected: Record<string, number> = {
      '010': 0,
      '020': 3,
      '030': 4,
      '040': 1,
      '042': 1.9,
      '043': 2.8,
      '051': 3.4,
      '057': 8,
      '070': 7,
      '073': 7.4,
      '0871': 9,
      '111': -2,
      '112': -2,
      '130': -4.4,
      '138': -7,
      '140': -6.5,
      '163': -8,
      '173': -5,
      '190': -10,
      '195': -10,
    };
    for (const [code, goldstein] of Object.entries(expected))
      expect(byCode.get(code)?.goldstein, code).toBe(goldstein);
  });

  it('explains in notes every code whose PLOVER category departs from its root', () => {
    for (const entry of codes) {
      const rootPlover = byCode.get(entry.code.slice(0, 2))?.plover;
      if (entry.plover !== rootPlover) expect(entry.notes, entry.code).toBeTruthy();
    }
  });

  it('follows the crosswalk for the YIELD split and signing agreements', () => {
    expect(cameoInfo('080').plover).toBe('CONCEDE');
    expect(cameoInfo('087').plover).toBe('RETREAT');
    expect(cameoInfo('0871').plover).toBe('RETREAT');
    expect(cameoInfo('057').plover).toBe('AGREE');
    expect(cameoInfo('051').plover).toBe('SUPPORT');
    expect(cameoInfo('100').plover).toBe('REQUEST');
    expect(cameoInfo('090').plover).toBe('ACCUSE');
  });
});

describe('PLOVER categories', () => {
  it('are exactly the 16 categories of the event model', () => {
    expect(PLOVER_INFO.map((category) => category.name)).toEqual([...MODEL_PLOVER]);
  });

  it('each have a definition and a quad class', () => {
    for (const category of PLOVER_INFO) {
      expect(category.definition.length, category.name).toBeGreaterThan(20);
      expect([1, 2, 3, 4]).toContain(category.quadClass);
    }
  });
});

describe('cameoInfo', () => {
  it('returns the entry for a listed code', () => {
    expect(cameoInfo('042')).toEqual({
      code: '042',
      root: '04',
      name: 'Make a visit',
      goldstein: 1.9,
      quadClass: 1,
      plover: 'CONSULT',
      matched: '042',
    });
    expect(cameoInfo(' 1121 ')).toMatchObject({
      code: '1121',
      root: '11',
      plover: 'ACCUSE',
      matched: '1121',
    });
  });

  it('answers for a root code', () => {
    expect(cameoInfo('19')).toMatchObject({ root: '19', goldstein: -10, quadClass: 4, plover: 'ASSAULT' });
  });

  it('falls back from an unlisted 4-digit code to its 3-digit parent', () => {
    const info = cameoInfo('0429');
    expect(info).toMatchObject({
      code: '0429',
      root: '04',
      matched: '042',
      name: 'Make a visit',
      goldstein: 1.9,
    });
  });

  it('falls back to the root when neither the code nor its parent is listed', () => {
    expect(cameoInfo('0499')).toMatchObject({ code: '0499', matched: '04', goldstein: 1, plover: 'CONSULT' });
    expect(cameoInfo('199')).toMatchObject({ code: '199', matched: '19', quadClass: 4 });
  });

  it.each(['00', '21', '210', '2101', '99', '990'])(
    'throws UnknownCameoCodeError for root-less %s',
    (code) => {
      expect(() => cameoInfo(code)).toThrow(UnknownCameoCodeError);
    },
  );

  it.each(['', '4', '04a', '12345', 'abc'])('throws UnknownCameoCodeError for malformed %j', (code) => {
    expect(() => cameoInfo(code)).toThrow(UnknownCameoCodeError);
  });

  it('names the offending code in the error', () => {
    expect(() => cameoInfo('215')).toThrow(/"215".*root 21/);
  });
});
