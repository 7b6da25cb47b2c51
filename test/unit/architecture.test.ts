import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

const sourceFiles = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|js|mjs)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));

const importsOf = (file: string): string[] =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map(
    (match) => match[1] ?? '',
  );

/** The domain must stay runnable anywhere: no cloud SDK, no runtime glue. */
const forbiddenInCore = [
  /^@aws-sdk\//,
  /^aws-lambda$/,
  /^aws-cdk-lib/,
  /^@aws-lambda-powertools\//,
  /^@middy\//,
];
const forbiddenFolders = ['adapters', 'functions', 'local', 'lib', 'bin'];

describe('dependency direction', () => {
  it.each(sourceFiles('core'))('%s imports nothing from AWS or outer layers', (file) => {
    for (const specifier of importsOf(file)) {
      expect(
        forbiddenInCore.some((pattern) => pattern.test(specifier)),
        `${file} -> ${specifier}`,
      ).toBe(false);
      if (specifier.startsWith('.')) {
        const target = relative(root, join(root, file, '..', specifier));
        expect(
          forbiddenFolders.some((folder) => target === folder || target.startsWith(`${folder}/`)),
          `${file} -> ${specifier}`,
        ).toBe(false);
      }
    }
  });

  it.each(sourceFiles('lib'))('%s (CDK) does not import the domain', (file) => {
    for (const specifier of importsOf(file)) {
      const target = specifier.startsWith('.')
        ? relative(root, join(root, file, '..', specifier))
        : specifier;
      expect(target.startsWith('core/'), `${file} -> ${specifier}`).toBe(false);
    }
  });
});
