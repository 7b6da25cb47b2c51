/**
 * CAMEO 1.1b3 event codes with their Goldstein score, QuadClass and PLOVER category.
 *
 * The data lives in ./data (cameo-codes.json, plover.json); this module validates it once at load,
 * indexes it in a Map and answers lookups. A 4-digit code missing from the table falls back to its
 * 3-digit parent, then to its root, so a coder rule that names a finer code than the codebook still
 * gets a score; a code whose root is not 01..20 is an error.
 */
import { z } from 'zod';
import { PLOVER_CATEGORIES as PLOVER_NAMES, PloverSchema, QuadClassSchema } from '../model/common';
import rawCodes from './data/cameo-codes.json' with { type: 'json' };
import rawPlover from './data/plover.json' with { type: 'json' };

export type Plover = z.infer<typeof PloverSchema>;
export type QuadClass = z.infer<typeof QuadClassSchema>;

const ROOT_PATTERN = /^(0[1-9]|1\d|20)$/;

/**
 * The shapes of data/cameo-codes.json and data/plover.json: committed and bundled, parsed by
 * test/unit/cameo.test.ts with these schemas and trusted at run time (as data/places.json).
 */
export const CameoEntrySchema = z.strictObject({
  code: z.string().regex(/^(0[1-9]|1\d|20)(\d|\d\d)?$/, 'expected a CAMEO code of 2 to 4 digits'),
  name: z.string().min(1),
  goldstein: z.number().min(-10).max(10),
  quadClass: QuadClassSchema,
  plover: PloverSchema,
  /** Why this code's PLOVER category (or score) departs from its root's default. */
  notes: z.string().min(1).optional(),
});
export type CameoEntry = Readonly<z.infer<typeof CameoEntrySchema>>;

export const PloverInfoSchema = z.strictObject({
  name: PloverSchema,
  quadClass: QuadClassSchema,
  /** CAMEO roots whose default maps to this category (individual codes may differ: see their notes). */
  cameoRoots: z.array(z.string().regex(ROOT_PATTERN)),
  definition: z.string().min(1),
});
export type PloverInfo = Readonly<z.infer<typeof PloverInfoSchema>>;

/** What the coder attaches to an event. `matched` is the table entry used (differs from `code` on fallback). */
export interface CameoInfo {
  readonly code: string;
  readonly root: string;
  readonly name: string;
  readonly goldstein: number;
  readonly quadClass: QuadClass;
  readonly plover: Plover;
  readonly matched: string;
}

export class UnknownCameoCodeError extends Error {
  override readonly name = 'UnknownCameoCodeError';
  readonly cameoCode: string;

  constructor(cameoCode: string, reason: string) {
    super(`Unknown CAMEO code ${JSON.stringify(cameoCode)}: ${reason}`);
    this.cameoCode = cameoCode;
  }
}

const ENTRIES: readonly CameoEntry[] = Object.freeze(
  (rawCodes as CameoEntry[]).map((entry) => Object.freeze(entry)),
);

const BY_CODE: ReadonlyMap<string, CameoEntry> = (() => {
  const map = new Map<string, CameoEntry>();
  for (const entry of ENTRIES) {
    if (map.has(entry.code)) throw new Error(`cameo-codes.json lists CAMEO code ${entry.code} twice`);
    map.set(entry.code, entry);
  }
  return map;
})();

/** The 20 CAMEO root categories ("01".."20"), in codebook order. */
export const CAMEO_ROOTS: readonly CameoEntry[] = Object.freeze(
  ENTRIES.filter((entry) => entry.code.length === 2),
);

/** The 16 PLOVER event categories with their definition and quad class. */
export const PLOVER_INFO: readonly PloverInfo[] = Object.freeze(
  (rawPlover as PloverInfo[]).map((info) => Object.freeze(info)),
);

{
  const listed = PLOVER_INFO.map((info) => info.name);
  if (listed.length !== PLOVER_NAMES.length || PLOVER_NAMES.some((name) => !listed.includes(name))) {
    throw new Error(`plover.json must list exactly the PLOVER categories ${PLOVER_NAMES.join(', ')}`);
  }
}

/** Every entry of the table (roots, 3-digit and 4-digit codes), in codebook order. */
export const allCameoCodes = (): readonly CameoEntry[] => ENTRIES;

/** True when the code itself (not a fallback) is in the table. */
export const isKnownCameoCode = (code: string): boolean => BY_CODE.has(code.trim());

/**
 * Looks up a CAMEO code ("042", "0871", or a root such as "04").
 * Unlisted 4-digit codes fall back to the 3-digit parent, unlisted 3-digit codes to the root.
 * @throws UnknownCameoCodeError when the code is not 2-4 digits or its root is not 01..20.
 */
export const cameoInfo = (code: string): CameoInfo => {
  const normalized = code.trim();
  if (!/^\d{2,4}$/.test(normalized)) throw new UnknownCameoCodeError(code, 'expected 2 to 4 digits');
  const root = normalized.slice(0, 2);
  if (!ROOT_PATTERN.test(root)) throw new UnknownCameoCodeError(code, `root ${root} is not one of 01..20`);
  const entry = BY_CODE.get(normalized) ?? BY_CODE.get(normalized.slice(0, 3)) ?? BY_CODE.get(root);
  if (entry === undefined) throw new UnknownCameoCodeError(code, `root ${root} is missing from the table`);
  return {
    code: normalized,
    root,
    name: entry.name,
    goldstein: entry.goldstein,
    quadClass: entry.quadClass,
    plover: entry.plover,
    matched: entry.code,
  };
};
