import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTION_BUNDLE } from '../../lib/bundle-options';
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
    const bundles = readdirSync(outdir)
      .filter((name) => name.startsWith('asset.'))
      .filter((asset) => readdirSync(join(outdir, asset)).includes('index.mjs'));
    expect(bundles).toHaveLength(3);
    for (const asset of bundles) {
      const files = readdirSync(join(outdir, asset));
      expect(files.sort()).toEqual(['index.mjs', 'index.mjs.map']);
      const code = readFileSync(join(outdir, asset, 'index.mjs'), 'utf8');
      expect(code.startsWith(FUNCTION_BUNDLE.banner)).toBe(true);
      expect(code).toMatch(/export\s*\{[^}]*\bhandler\b/);
    }
  });
});
