import { join } from 'node:path';
import { lexiconSurfaces, surfaceName } from '../core/coder/lexicon-index';
import { plainNameTokens, tokenize } from '../core/coder/nlp';
import { syncGeneratedFile } from './generated-file';

const NAME_TOKENS_FILE = 'core/lexicon/data/name-tokens.json';

/**
 * The keys of every lexicon name wink tokenizes differently from a plain split (punctuation, digits,
 * diacritics, hyphens), so compiling the lexicons at cold start runs no wink pass. One name per line:
 * a lexicon change shows as the lines it adds or removes. `--check` exits 1 when the file is stale.
 */
export const renderNameTokens = (): string => {
  const tokens = new Map<string, string[]>();
  for (const { surface } of lexiconSurfaces()) {
    const name = surfaceName(surface);
    if (name === '' || plainNameTokens(name) !== null || tokens.has(name)) continue;
    tokens.set(
      name,
      tokenize(name, 0).map((token) => token.lower),
    );
  }
  const lines = [...tokens]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, keys]) => `  ${JSON.stringify(name)}: ${JSON.stringify(keys)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
};

const isMain = process.argv[1] !== undefined && import.meta.filename === process.argv[1];
if (isMain) {
  const check = process.argv.includes('--check');
  const stale = syncGeneratedFile(
    join(import.meta.dirname, '..', NAME_TOKENS_FILE),
    renderNameTokens(),
    check,
  );
  if (stale && check) {
    console.error(`${NAME_TOKENS_FILE} is stale (run npm run name-tokens)`);
    process.exit(1);
  }
}
