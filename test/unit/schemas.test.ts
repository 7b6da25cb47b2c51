import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { renderSchema, SCHEMA_CATALOG } from '../../events/catalog';

const eventsDir = join(import.meta.dirname, '../../events');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(eventsDir, path), 'utf8'));

describe.each(SCHEMA_CATALOG)('schema $file', (entry) => {
  it('is regenerated from the zod model (run npm run schemas)', () => {
    expect(readFileSync(join(eventsDir, 'schemas', `${entry.file}.json`), 'utf8')).toBe(renderSchema(entry));
  });

  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validateJson = ajv.compile(readJson(`schemas/${entry.file}.json`) as object);

  it('accepts its valid example in zod and in JSON Schema', () => {
    const example = readJson(`examples/${entry.file}.valid.json`);
    expect(entry.schema.safeParse(example).error).toBeUndefined();
    expect(validateJson(example), JSON.stringify(validateJson.errors)).toBe(true);
  });

  it('rejects its invalid example in zod and in JSON Schema', () => {
    const example = readJson(`examples/${entry.file}.invalid.json`);
    expect(entry.schema.safeParse(example).success).toBe(false);
    expect(validateJson(example)).toBe(false);
  });
});
