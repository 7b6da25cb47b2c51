import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * How every function is bundled, in one place, so the CDK construct and the benchmarks
 * (bench/infra.bench.ts, bench/coder.bench.ts) measure and ship the same artefact. No aws-cdk-lib
 * import here: the benchmarks load this file without paying for the CDK.
 */

/** A data file a bundled dependency loads at run time with require(), shipped beside index.mjs. */
export interface ShippedFile {
  /** The specifier the dependency passes to require(); esbuild leaves it verbatim in the bundle. */
  specifier: string;
  /** Where the file is on this machine. */
  source: string;
  /** Where it goes, relative to the folder of index.mjs: the specifier resolves there from the bundle. */
  target: string;
}

/*
 * wink-eng-lite-web-model's modules live in its dist/ folder and require('./languages/cur/models/*.json')
 * when they load, and core/nlp/wink-model.ts reads the 3 MB core model by that same relative path.
 * Inlined by esbuild, those files would become JavaScript object literals, which V8 parses far slower
 * than JSON.parse and keeps as source in memory; left external, they are read from next to index.mjs
 * (the small ones through the bundle's createRequire, the banner). A file is shipped only when the
 * bundle names it, so the model parts newsevents never loads stay behind.
 */
const WINK_MODELS = 'languages/cur/models';
const winkDist = dirname(createRequire(import.meta.url).resolve('wink-eng-lite-web-model'));

/** Every file in wink's model folder, so a model upgrade that adds one cannot leave it behind. */
export const SHIPPED_FILES: readonly ShippedFile[] = readdirSync(join(winkDist, WINK_MODELS))
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({
    specifier: `./${WINK_MODELS}/${name}`,
    source: join(winkDist, WINK_MODELS, name),
    target: `${WINK_MODELS}/${name}`,
  }));

const quote = (value: string): string => `'${value.replaceAll("'", `'\\''`)}'`;

/**
 * bash commands that copy into `outputDir` each shipped file its index.mjs requires, and only those:
 * a function that never bundles wink (publish, notify) ships no model. The CDK construct runs them as
 * its afterBundling hook and the benchmarks run the very same commands.
 */
export const shipFilesCommands = (outputDir: string): string[] => {
  const bundle = quote(join(outputDir, 'index.mjs'));
  return SHIPPED_FILES.map((file) => {
    const target = join(outputDir, file.target);
    return (
      `if grep -qF ${quote(file.specifier)} ${bundle}; then ` +
      `mkdir -p ${quote(dirname(target))} && cp ${quote(file.source)} ${quote(target)}; fi`
    );
  });
};

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
  /**
   * Only the shipped data files (exact specifiers, matched before resolution, so no other file of the
   * same name is left out). The AWS SDK is bundled although the runtime has a copy: tree-shaken and
   * minified it imports in well under half the time of the runtime's many CommonJS files (ingest cold
   * import about 150 ms faster in bench/infra.bench.ts for 0.5 MB more JS), and the deployed SDK is the
   * version the tests ran against.
   */
  external: SHIPPED_FILES.map((file) => file.specifier),
  /** An ESM bundle has no `require`; CommonJS dependencies bundled into it still call it. */
  banner:
    "import { createRequire as __newseventsCreateRequire } from 'node:module';const require = __newseventsCreateRequire(import.meta.url);",
} as const;
