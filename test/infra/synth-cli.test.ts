import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTION_BUNDLE, SHIPPED_FILES } from '../../lib/bundle-options';
import { projectRoot } from './synth';

/** The environment of a CI runner with no AWS account and no Docker engine. */
const offlineEnv = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('AWS_') || key.startsWith('CDK_')) delete env[key];
  return {
    ...env,
    AWS_EC2_METADATA_DISABLED: 'true',
    CDK_DISABLE_VERSION_CHECK: '1',
    // Any attempt to bundle through Docker would run this and fail.
    CDK_DOCKER: '/bin/false',
  };
};

let outdir: string;
let result: ReturnType<typeof spawnSync>;

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'newsevents-synth-'));
  result = spawnSync(join(projectRoot, 'node_modules/.bin/cdk'), ['synth', '--quiet', '--output', outdir], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: offlineEnv(),
    timeout: 120_000,
  });
});

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('npx cdk synth', () => {
  it('succeeds offline, without credentials or Docker, and with cdk-nag satisfied', () => {
    expect(result.status, `${result.stderr}`).toBe(0);
    expect(readdirSync(outdir)).toContain('newsevents-dev.template.json');
    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8'));
    expect(
      report.pluginReports.filter((plugin: { conclusion: string }) => plugin.conclusion !== 'success'),
    ).toEqual([]);
  });

  it('bundles each function locally as ESM that can still require CommonJS dependencies', () => {
    const bundles = Object.values(functionAssets());
    expect(bundles).toHaveLength(3);
    for (const asset of bundles) {
      const code = readFileSync(join(outdir, asset, 'index.mjs'), 'utf8');
      expect(code.startsWith(FUNCTION_BUNDLE.banner)).toBe(true);
      expect(code).toMatch(/export\s*\{[^}]*\bhandler\b/);
    }
  });

  it('ships the NLP model files the ingest bundle names beside it, byte for byte, and nothing extra', () => {
    const assets = functionAssets();
    const code = readFileSync(join(outdir, assets.ingest, 'index.mjs'), 'utf8');
    const named = SHIPPED_FILES.filter((file) => code.includes(file.specifier));
    // The core model and the two annotations the pipe runs; the unused entity, sentiment and negation
    // machines (core/nlp/wink-model.ts) are neither bundled nor shipped.
    expect(named.map((file) => basename(file.target)).sort()).toEqual([
      'eng-cer-meta-model.json',
      'eng-core-web-model.json',
      'eng-pos-model.json',
      'eng-sbd-model.json',
    ]);
    expect(filesOf(assets.ingest)).toEqual(
      ['index.mjs', 'index.mjs.map', ...named.map((file) => file.target)].sort(),
    );
    for (const file of named) {
      expect(readFileSync(join(outdir, assets.ingest, file.target)).equals(readFileSync(file.source))).toBe(
        true,
      );
    }
    // Functions that do not bundle the model do not carry it.
    expect(filesOf(assets.publish)).toEqual(['index.mjs', 'index.mjs.map']);
    expect(filesOf(assets.notify)).toEqual(['index.mjs', 'index.mjs.map']);
  });

  it('keeps UTF-8 in the bundle rather than escaping the lexicons', () => {
    const code = readFileSync(join(outdir, functionAssets().ingest, 'index.mjs'), 'utf8');
    expect(code).toMatch(/\P{ASCII}/u);
  });

  it('the ingest bundle starts with no node_modules at all and reads the model from its own folder', () => {
    const asset = join(outdir, functionAssets().ingest);
    const script = [
      "import { createRequire } from 'node:module';",
      `const { handler } = await import(${JSON.stringify(pathToFileURL(join(asset, 'index.mjs')).href)});`,
      'const loaded = Object.keys(createRequire(import.meta.url).cache);',
      'process.stdout.write(JSON.stringify({ handler: typeof handler, loaded }));',
    ].join('\n');
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: outdir,
      encoding: 'utf8',
      env: { ...offlineEnv(), AWS_REGION: 'us-east-1', TABLE_NAME: 'synth-test-table', NODE_OPTIONS: '' },
      timeout: 60_000,
    });
    expect(child.status, child.stderr).toBe(0);
    const { handler, loaded } = JSON.parse(child.stdout) as { handler: string; loaded: string[] };
    expect(handler).toBe('function');
    // The small models load through the bundle's require; the core model is read by path, from the
    // asset folder: the temporary folder has no node_modules to fall back on.
    const models = loaded.filter((path) => path.endsWith('.json') && path.includes('languages'));
    expect(models.map((path) => basename(path)).sort()).toEqual([
      'eng-cer-meta-model.json',
      'eng-pos-model.json',
      'eng-sbd-model.json',
    ]);
    for (const path of models) expect(path.startsWith(asset)).toBe(true);
    expect(loaded.filter((path) => path.includes('wink'))).toEqual([]);
    // The SDK is bundled too: nothing outside the asset folder was loaded.
    expect(loaded.filter((path) => !path.startsWith(asset))).toEqual([]);
  });
});

/** The asset folder of each newsevents function, found through the service name the construct sets. */
const functionAssets = (): Record<'ingest' | 'publish' | 'notify', string> => {
  const template = JSON.parse(readFileSync(join(outdir, 'newsevents-dev.template.json'), 'utf8'));
  const assets: Record<string, string> = {};
  for (const resource of Object.values(template.Resources) as FunctionResource[]) {
    const service = resource.Properties?.Environment?.Variables?.POWERTOOLS_SERVICE_NAME;
    const path = resource.Metadata?.['aws:asset:path'];
    if (resource.Type === 'AWS::Lambda::Function' && service?.startsWith('newsevents-') && path) {
      assets[service.slice('newsevents-'.length)] = path;
    }
  }
  return assets as Record<'ingest' | 'publish' | 'notify', string>;
};

interface FunctionResource {
  Type: string;
  Metadata?: Record<string, string>;
  Properties?: { Environment?: { Variables?: Record<string, string> } };
}

const filesOf = (asset: string): string[] =>
  readdirSync(join(outdir, asset), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(join(outdir, asset).length + 1))
    .sort();
