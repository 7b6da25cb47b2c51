import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { FUNCTION_BUNDLE } from '../lib/bundle-options';
import { bundleLikeFunction } from './function-bundle';

/**
 * What each Lambda function costs to ship and to start: bundle size (esbuild with the options
 * the CDK construct uses, plus the data files the construct copies beside it), cold import time
 * of that folder's index.mjs in a fresh `node` process, and how long `cdk synth` takes.
 * Targets from issue 6: <= 1.5 MB and <= 300 ms per function, lexicons included. The size verdict
 * is printed twice, for the JavaScript alone and with the data files it loads at import, since
 * moving the NLP model out of the JavaScript changes the first figure, not what is loaded.
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

interface Bundle {
  file: string;
  metafile: Metafile;
  /** Files beside index.mjs other than its source map, relative to its folder. */
  dataFiles: string[];
}

const bundle = async (name: string, outdir: string): Promise<Bundle> => {
  const dir = join(outdir, name);
  const file = join(dir, 'index.mjs');
  const metafile = await bundleLikeFunction(join(root, 'functions', name, 'index.ts'), file);
  const dataFiles = (readdirSync(dir, { recursive: true }) as string[])
    .filter((path) => !['index.mjs', 'index.mjs.map'].includes(path) && statSync(join(dir, path)).isFile())
    .sort();
  return { file, metafile, dataFiles };
};

const bytesOf = (dir: string, files: string[]): number =>
  files.reduce((sum, path) => sum + statSync(join(dir, path)).size, 0);
// Lambda receives a zip: deflate at level 9, file by file, approximates what is uploaded and unpacked.
const zippedOf = (dir: string, files: string[]): number =>
  files.reduce((sum, path) => sum + deflateRawSync(readFileSync(join(dir, path)), { level: 9 }).length, 0);

interface ImportTime {
  ms: number;
  /** CPU time of the child (all its threads): less disturbed than wall time when others load the machine. */
  cpuMs: number;
}

/**
 * One cold import per fresh process, timed inside the child so process start-up is not counted.
 * `specifiers` imported in that order, so the same child can time the bundle's external imports alone.
 */
const coldImport = (specifiers: string[], serviceName: string): ImportTime => {
  const imports = specifiers.map((specifier) => `await import(${JSON.stringify(specifier)});`).join('');
  const script =
    `const t = performance.now(); const c = process.cpuUsage(); ${imports}` +
    'const used = process.cpuUsage(c);' +
    'process.stdout.write(JSON.stringify({ ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000 }));';
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...lambdaEnv, POWERTOOLS_SERVICE_NAME: serviceName },
  });
  if (child.status !== 0) throw new Error(child.stderr.trim().split('\n').slice(0, 6).join('\n'));
  return JSON.parse(child.stdout) as ImportTime;
};

/** Packages the bundle leaves to the runtime's node_modules; their load time is part of a cold start. */
const externalPackages = (metafile: Metafile): string[] => {
  const found = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const entry of output.imports) {
      // Static imports only: an external require() inside a try (linkedom's optional canvas) never loads.
      const fromNodeModules = !entry.path.startsWith('.') && !isBuiltin(entry.path);
      if (entry.external && entry.kind === 'import-statement' && fromNodeModules) found.add(entry.path);
    }
  }
  return [...found].sort();
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
  `esbuild: ESM, minified, ${FUNCTION_BUNDLE.target}, AWS SDK bundled, data files shipped beside the bundle`,
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
    const { file, metafile, dataFiles } = await bundle(name, outdir);
    const dir = dirname(file);
    const jsBytes = statSync(file).size;
    const dataBytes = bytesOf(dir, dataFiles);
    const mapBytes = statSync(`${file}.map`).size;
    const loaded = ['index.mjs', ...dataFiles];
    const url = pathToFileURL(file).href;
    const runs = Array.from({ length: RUNS }, () => coldImport([url], `newsevents-${name}`));
    const times = runs.map((run) => run.ms);
    const ms = median(times);
    const cpuMs = median(runs.map((run) => run.cpuMs));
    const external = externalPackages(metafile);
    const externalMs =
      external.length === 0
        ? 0
        : median(Array.from({ length: RUNS }, () => coldImport(external, `newsevents-${name}`).ms));
    const over = (ok: boolean): string => (ok ? 'within target' : 'OVER TARGET');
    console.log(
      `${name.padEnd(8)} JS ${megabytes(jsBytes)} + data ${megabytes(dataBytes)} = ${megabytes(jsBytes + dataBytes)}` +
        ` (zipped ${megabytes(zippedOf(dir, loaded))}); with source map ${megabytes(jsBytes + dataBytes + mapBytes)}` +
        ` (zipped ${megabytes(zippedOf(dir, [...loaded, 'index.mjs.map']))})`,
    );
    console.log(
      `         cold import ${ms.toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(' ')}; CPU ${cpuMs.toFixed(0)} ms)` +
        (external.length === 0
          ? ', no package loaded from node_modules'
          : `, of which loading its ${external.length} external package(s) alone takes ${externalMs.toFixed(0)} ms`),
    );
    console.log(
      `         verdict (<= ${megabytes(TARGET_BYTES)}, <= ${TARGET_IMPORT_MS} ms): JS alone ${over(jsBytes <= TARGET_BYTES)};` +
        ` JS + data ${over(jsBytes + dataBytes <= TARGET_BYTES)}; cold import ${over(ms <= TARGET_IMPORT_MS)}`,
    );
    if (dataFiles.length > 0) {
      const folders = [...new Set(dataFiles.map((path) => dirname(path)))];
      console.log(
        `         data: ${dataFiles.length} file(s) in ${folders.join(', ')}, read and parsed as JSON at import`,
      );
    }
    console.log(`         largest in JS: ${largestInputs(metafile, 6)}`);
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
