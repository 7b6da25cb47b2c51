import { describe, expect, it } from 'vitest';
import { CODER_VERSION, createCoder } from '../../../core/coder/index';
import { CODER_SEMVER, coderVersionOf, LEXICON_DATA } from '../../../core/coder/version';
import { VERB_RULES } from '../../../core/lexicon/verb-patterns';

describe('coder version', () => {
  it('is the semver plus 8 hex of a hash over the lexicon data, stable across calls', () => {
    expect(CODER_VERSION).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{8}$/);
    expect(CODER_VERSION.startsWith(`${CODER_SEMVER}+`)).toBe(true);
    expect(coderVersionOf(CODER_SEMVER, LEXICON_DATA)).toBe(CODER_VERSION);
    expect(createCoder().version).toBe(CODER_VERSION);
  });

  it('changes when one rule changes, and when the semver changes', () => {
    const [firstRule, ...rest] = VERB_RULES;
    if (!firstRule) throw new Error('no rules');
    const edited = { ...LEXICON_DATA, verbRules: [{ ...firstRule, code: '012' }, ...rest] };
    expect(coderVersionOf(CODER_SEMVER, edited)).not.toBe(CODER_VERSION);
    const reordered = { ...LEXICON_DATA, verbRules: [...rest, firstRule] };
    expect(coderVersionOf(CODER_SEMVER, reordered)).not.toBe(CODER_VERSION);
    expect(coderVersionOf('9.9.9', LEXICON_DATA)).not.toBe(CODER_VERSION);
  });
});
