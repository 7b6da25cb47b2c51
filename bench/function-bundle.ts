import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { FUNCTION_BUNDLE, shipFilesCommands } from '../lib/bundle-options';

/**
 * Builds `entry` into `outfile` exactly as the CDK construct bundles a function (lib/bundle-options.ts),
 * then runs the construct's afterBundling commands so the shipped data files sit beside it: the
 * benchmarks measure the artefact that deploys, not an approximation of it.
 */
export const bundleLikeFunction = async (
  entry: string,
  outfile: string,
  extraExternal: readonly string[] = [],
): Promise<Metafile> => {
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: FUNCTION_BUNDLE.format,
    platform: FUNCTION_BUNDLE.platform,
    target: FUNCTION_BUNDLE.target,
    minify: FUNCTION_BUNDLE.minify,
    sourcemap: FUNCTION_BUNDLE.sourcemap,
    sourcesContent: FUNCTION_BUNDLE.sourcesContent,
    charset: FUNCTION_BUNDLE.charset,
    mainFields: [...FUNCTION_BUNDLE.mainFields],
    external: [...FUNCTION_BUNDLE.external, ...extraExternal],
    banner: { js: FUNCTION_BUNDLE.banner },
    metafile: true,
    logLevel: 'error',
  });
  for (const command of shipFilesCommands(dirname(outfile))) {
    const copy = spawnSync('bash', ['-c', command], { encoding: 'utf8' });
    if (copy.status !== 0) throw new Error(`${command}: ${copy.stderr.trim()}`);
  }
  return result.metafile;
};
