/**
 * How every function is bundled, in one place, so the CDK construct and bench/infra.bench.ts
 * measure and ship the same artefact. No aws-cdk-lib import here: the benchmark loads this
 * file without paying for the CDK.
 */
export const FUNCTION_BUNDLE = {
  format: 'esm',
  outExtension: '.mjs',
  platform: 'node',
  /** Matches the Lambda runtime the construct picks (nodejs24.x). */
  target: 'node24',
  minify: true,
  sourcemap: true,
  /** Stack traces need the mappings only; leaving the sources out keeps the map small to load. */
  sourcesContent: false,
  charset: 'utf8',
  /** Prefer packages' ESM builds so esbuild can drop what the handlers never call. */
  mainFields: ['module', 'main'],
  /** The Node.js Lambda runtime ships AWS SDK v3; bundling our own copy only adds cold-start bytes. */
  external: ['@aws-sdk/*'],
  /** An ESM bundle has no `require`; CommonJS dependencies bundled into it still call it. */
  banner:
    "import { createRequire as __newseventsCreateRequire } from 'node:module';const require = __newseventsCreateRequire(import.meta.url);",
} as const;
