#!/usr/bin/env node
// The package "bin" entry: Node cannot run TypeScript by itself, so register tsx's loader first.
// The tsconfig is pinned to the repository's so the CLI behaves the same from any working directory.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('./newsevents.ts');
