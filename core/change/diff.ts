/** Structural equality for the JSON-like values a store image holds (objects compare regardless of key order). */
export const sameValue = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameValue(item, b[i]))
    );
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameValue(left[key], right[key])) return false;
  return true;
};

export type Changes = Record<string, { old: unknown; new: unknown }>;

/**
 * Field-by-field difference between two parsed records, limited to `fields`.
 * Absent fields are reported as null so the result stays valid JSON for subscribers.
 */
export const diffFields = <T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): Changes => {
  const changes: Changes = {};
  for (const field of fields) {
    const old = before[field];
    const now = after[field];
    if (!sameValue(old, now)) changes[field] = { old: old ?? null, new: now ?? null };
  }
  return changes;
};
