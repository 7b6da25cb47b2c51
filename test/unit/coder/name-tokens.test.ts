import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconSurfaces, surfaceName } from '../../../core/coder/lexicon-index';
import { nameTokens, plainNameTokens, tokenize } from '../../../core/coder/nlp';
import { renderNameTokens } from '../../../scripts/generate-name-tokens';

const names = [...new Set([...lexiconSurfaces()].map(({ surface }) => surfaceName(surface)))].filter(
  (name) => name !== '',
);
const winkKeys = (name: string): string[] => tokenize(name, 0).map((token) => token.lower);

describe('lexicon name keys without wink at cold start', () => {
  it('gives exactly the keys wink gives, for every name the lexicon index inserts', () => {
    const disagreements = names
      .map((name) => ({ name, fast: nameTokens(name), wink: winkKeys(name) }))
      .filter(({ fast, wink }) => JSON.stringify(fast) !== JSON.stringify(wink));
    expect(disagreements).toEqual([]);
    // The lexicons are thousands of names, most of them plain words: a fast path that never
    // applied would make this test vacuous.
    expect(names.length).toBeGreaterThan(1000);
    expect(names.filter((name) => plainNameTokens(name) !== null).length).toBeGreaterThan(names.length / 2);
  });

  it('keeps the precomputed keys of the other names current (npm run name-tokens rewrites them)', () => {
    const file = readFileSync(
      join(import.meta.dirname, '../../../core/lexicon/data/name-tokens.json'),
      'utf8',
    );
    expect(file).toBe(renderNameTokens());
    expect(Object.keys(JSON.parse(file)).length).toBeGreaterThan(100);
  });

  it('leaves to wink what it might split or join differently', () => {
    for (const name of ["Côte d'Ivoire", 'U.S.', 'al-Qaida', 'G7', 'Guinea-Bissau', 'New  York', ' Iran']) {
      expect(plainNameTokens(name)).toBeNull();
    }
    expect(plainNameTokens('South Korea')).toEqual(['south', 'korea']);
    // A name in no lexicon still gets wink's keys.
    expect(nameTokens('Jean-Luc Pâquet-Ngô')).toEqual(winkKeys('Jean-Luc Pâquet-Ngô'));
  });
});
