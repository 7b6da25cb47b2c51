import { z } from 'zod';

/** Collapses runs of whitespace (including NBSP and zero-width) so one name has one spelling. */
export const collapseWhitespace = (value: string): string =>
  value
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export const NameSchema = z.string().transform(collapseWhitespace).pipe(z.string().min(1).max(300));

export const SECTORS = [
  'GOV',
  'MIL',
  'REB',
  'OPP',
  'MED',
  'EDU',
  'BUS',
  'NGO',
  'IGO',
  'CVL',
  'JUD',
  'LEG',
  'POL',
  'COP',
  'SPY',
  'UNK',
] as const;
export const SectorSchema = z
  .string()
  .transform((value) => value.trim().toUpperCase())
  .pipe(z.enum(SECTORS));
export type Sector = z.infer<typeof SectorSchema>;

/** ISO 3166-1 alpha-3; input is trimmed and upper-cased so 'rus ' and 'RUS' are one country. */
export const CountryCodeSchema = z
  .string()
  .transform((value) => value.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code'));

/** CAMEO codes keep their leading zero: numbers are padded so 42 becomes '042'. */
export const CameoCodeSchema = z
  .union([z.string(), z.number().int().nonnegative()])
  .transform((value) => {
    const text = String(value).trim();
    return text.length === 2 || (typeof value === 'number' && text.length < 3) ? text.padStart(3, '0') : text;
  })
  .pipe(z.string().regex(/^(0[1-9]|1\d|20)\d{1,2}$/, 'expected a CAMEO code of 3 or 4 digits'));

export const CameoRootSchema = z
  .union([z.string(), z.number().int()])
  .transform((value) => String(value).trim().padStart(2, '0'))
  .pipe(z.string().regex(/^(0[1-9]|1\d|20)$/, 'expected a CAMEO root 01..20'));

export const QuadClassSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const PLOVER_CATEGORIES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export const PloverSchema = z.enum(PLOVER_CATEGORIES);

const isRealDate = (value: string): boolean => {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
};

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(isRealDate, 'not a calendar date');

export const DatePrecisionSchema = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

export const IsoTimestampSchema = z.iso.datetime({ offset: true });

/** Deterministic ids are lowercase hex digests or readable slugs; both are bounded and URL-safe. */
export const IdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9:_.-]+$/, 'ids use letters, digits and : _ . - only');
