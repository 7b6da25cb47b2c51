import { describe, expect, it, vi } from 'vitest';

/** Every name lexiconIndex() asks nameTokens() for, recorded through a pass-through wrapper. */
const seen = vi.hoisted(() => [] as string[]);
vi.mock('../../../core/coder/nlp', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../core/coder/nlp')>();
  return {
    ...original,
    nameTokens: (name: string) => {
      seen.push(name);
      return original.nameTokens(name);
    },
  };
});

const { lexiconIndex } = await import('../../../core/coder/lexicon-index');
const { plainNameTokens, tokenize } = await import('../../../core/coder/nlp');

describe('plainNameTokens', () => {
  it('gives exactly the keys wink gives, for every name the lexicon index inserts', () => {
    lexiconIndex();
    const names = [...new Set(seen)];
    const plain = names.filter((name) => plainNameTokens(name) !== null);
    const disagreements = plain
      .map((name) => ({ name, fast: plainNameTokens(name), wink: tokenize(name, 0).map((t) => t.lower) }))
      .filter(({ fast, wink }) => JSON.stringify(fast) !== JSON.stringify(wink));
    expect(disagreements).toEqual([]);
    // The lexicons are thousands of names, most of them plain words: a fast path that never
    // applied would make this test vacuous.
    expect(names.length).toBeGreaterThan(1000);
    expect(plain.length).toBeGreaterThan(names.length / 2);
  });

  it('leaves to wink what it might split or join differently', () => {
    for (const name of ["Côte d'Ivoire", 'U.S.', 'al-Qaida', 'G7', 'Guinea-Bissau', 'New  York', ' Iran']) {
      expect(plainNameTokens(name)).toBeNull();
    }
    expect(plainNameTokens('South Korea')).toEqual(['south', 'korea']);
  });
});
