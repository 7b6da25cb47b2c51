import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { FUNCTION_BUNDLE } from '../lib/bundle-options';

/**
 * What each Lambda function costs to ship and to start: bundle size (esbuild with the options
 * the CDK construct uses), cold import time of that bundle in a fresh `node` process, and how
 * long `cdk synth` takes. Targets from issue 6: <= 1.5 MB and <= 300 ms per function.
 */
const root = join(import.meta.dirname, '..');
const FUNCTIONS = ['ingest', 'publish', 'notify'] as const;
const RUNS = 5;
const TARGET_BYTES = 1.5 * 1024 * 1024;
const TARGET_IMPORT_MS = 300;
const STUB = /^\s*export const handler = async \(\): Promise<void> => \{\};?\s*$/;

/** The variables the stack gives the functions, so module-level configuration parses as in Lambda. */
const lambdaEnv = {
  AWS_REGION: 'us-east-1',
  TABLE_NAME: 'bench-table',
  MAX_ARTICLE_BYTES: '5242880',
  BUS_NAME: 'newsevents',
  TOPIC_ARN: 'arn:aws:sns:us-east-1:123456789012:bench',
  POWERTOOLS_METRICS_NAMESPACE: 'newsevents',
  LOG_LEVEL: 'INFO',
  NODE_OPTIONS: '--enable-source-maps',
};

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const bundle = async (name: string, outdir: string): Promise<{ file: string; metafile: Metafile }> => {
  const file = join(outdir, name, 'index.mjs');
  const result = await build({
    entryPoints: [join(root, 'functions', name, 'index.ts')],
    outfile: file,
    bundle: true,
    format: FUNCTION_BUNDLE.format,
    platform: FUNCTION_BUNDLE.platform,
    target: FUNCTION_BUNDLE.target,
    minify: FUNCTION_BUNDLE.minify,
    sourcemap: FUNCTION_BUNDLE.sourcemap,
    sourcesContent: FUNCTION_BUNDLE.sourcesContent,
    charset: FUNCTION_BUNDLE.charset,
    mainFields: [...FUNCTION_BUNDLE.mainFields],
    external: [...FUNCTION_BUNDLE.external],
    banner: { js: FUNCTION_BUNDLE.banner },
    metafile: true,
    logLevel: 'error',
  });
  return { file, metafile: result.metafile };
};

/** One cold import per fresh process, timed inside the child so process start-up is not counted. */
const coldImportMs = (file: string, serviceName: string): number => {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - t));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...lambdaEnv, POWERTOOLS_SERVICE_NAME: serviceName },
  });
  if (child.status !== 0) throw new Error(child.stderr.trim().split('\n').slice(0, 6).join('\n'));
  return Number(child.stdout);
};

/** Where the bytes come from, grouped by package (or top-level folder for our own code). */
const largestInputs = (metafile: Metafile, count: number): string => {
  const sizes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg =
        /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input.split('/').slice(0, 2).join('/');
      sizes.set(pkg, (sizes.get(pkg) ?? 0) + bytesInOutput);
    }
  }
  return [...sizes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([pkg, bytes]) => `${pkg} ${(bytes / 1024).toFixed(0)} kB`)
    .join(', ');
};

const timeSynth = (): { ms: number; ok: boolean; detail: string } => {
  const outdir = mkdtempSync(join(tmpdir(), 'newsevents-bench-synth-'));
  const env = { ...process.env, AWS_EC2_METADATA_DISABLED: 'true', CDK_DISABLE_VERSION_CHECK: '1' };
  const started = performance.now();
  const child = spawnSync(join(root, 'node_modules/.bin/cdk'), ['synth', '--quiet', '--output', outdir], {
    cwd: root,
    encoding: 'utf8',
    env,
  });
  const ms = performance.now() - started;
  rmSync(outdir, { recursive: true, force: true });
  return { ms, ok: child.status === 0, detail: child.stderr.trim().split('\n').slice(-5).join('\n') };
};

const outdir = join(root, '.cache', 'bench-infra');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

let failures = 0;
console.log(
  `esbuild: ESM, minified, ${FUNCTION_BUNDLE.target}, external ${FUNCTION_BUNDLE.external.join(' ')}`,
);
console.log(
  `cold import: median of ${RUNS} fresh node processes, NODE_OPTIONS=--enable-source-maps as in Lambda`,
);
// Timings on a shared machine mean little without the load they were taken under.
console.log(`load average (1 min) at start: ${loadavg()[0]?.toFixed(1)} on this machine`);
for (const name of FUNCTIONS) {
  const source = join(root, 'functions', name, 'index.ts');
  const stub = STUB.test(readFileSync(source, 'utf8'));
  try {
    const { file, metafile } = await bundle(name, outdir);
    const bytes = statSync(file).size;
    const mapBytes = statSync(`${file}.map`).size;
    // Lambda receives a zip: deflate at level 9 approximates what is uploaded and unpacked.
    const zipped = deflateRawSync(readFileSync(file), { level: 9 }).length;
    const times = Array.from({ length: RUNS }, () => coldImportMs(file, `newsevents-${name}`));
    const ms = median(times);
    const verdict = bytes <= TARGET_BYTES && ms <= TARGET_IMPORT_MS ? 'within target' : 'OVER TARGET';
    console.log(
      `${name.padEnd(8)} bundle ${megabytes(bytes)} (zipped ${megabytes(zipped)}, map ${megabytes(mapBytes)})` +
        `  cold import ${ms.toFixed(0)} ms` +
        ` (runs: ${times.map((t) => t.toFixed(0)).join(' ')})  ${verdict}`,
    );
    console.log(`         largest: ${largestInputs(metafile, 5)}`);
  } catch (error) {
    failures += 1;
    console.log(`${name.padEnd(8)} FAILED: ${(error as Error).message}`);
  }
  if (stub) {
    console.log(
      `         note: ${relative(root, source)} is still a stub; its figures say nothing about the real handler`,
    );
  }
}

const synth = timeSynth();
console.log(
  `cdk synth (offline, local esbuild, cdk-nag): ${(synth.ms / 1000).toFixed(1)} s${synth.ok ? '' : ' FAILED'}`,
);
if (!synth.ok) {
  failures += 1;
  console.log(synth.detail);
}
rmSync(outdir, { recursive: true, force: true });
if (failures > 0) process.exit(1);
