import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSchema, SCHEMA_CATALOG } from '../events/catalog';

/** Writes events/schemas/*.json from the zod model; `--check` exits 1 when a file is stale. */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const stale: string[] = [];
mkdirSync(join(root, 'events/schemas'), { recursive: true });
for (const entry of SCHEMA_CATALOG) {
  const path = join(root, 'events/schemas', `${entry.file}.json`);
  const wanted = renderSchema(entry);
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (current === wanted) continue;
  if (check) stale.push(entry.file);
  else writeFileSync(path, wanted);
}
if (stale.length > 0) {
  console.error(`stale schemas: ${stale.join(', ')} (run npm run schemas)`);
  process.exit(1);
}
