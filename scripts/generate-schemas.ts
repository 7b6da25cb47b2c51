import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSchema, SCHEMA_CATALOG } from '../events/catalog';
import { syncGeneratedFile } from './generated-file';

/** Writes events/schemas/*.json from the zod model; `--check` exits 1 when a file is stale. */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const stale: string[] = [];
mkdirSync(join(root, 'events/schemas'), { recursive: true });
for (const entry of SCHEMA_CATALOG) {
  const path = join(root, 'events/schemas', `${entry.file}.json`);
  if (syncGeneratedFile(path, renderSchema(entry), check) && check) stale.push(entry.file);
}
if (stale.length > 0) {
  console.error(`stale schemas: ${stale.join(', ')} (run npm run schemas)`);
  process.exit(1);
}
