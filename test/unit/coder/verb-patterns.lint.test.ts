import { describe, expect, it } from 'vitest';
import { ruleIndex } from '../../../core/coder/patterns';
import { isKnownCameoCode } from '../../../core/lexicon/cameo';
import { VERB_RULES } from '../../../core/lexicon/verb-patterns';
import { WORD_CLASSES } from '../../../core/lexicon/word-classes';
import { extract } from './helpers';

describe('verb-pattern lexicon', () => {
  it('has unique ids and unique patterns', () => {
    const ids = VERB_RULES.map((rule) => rule.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const patterns = VERB_RULES.map((rule) => rule.pattern.trim().replace(/\s+/g, ' ').toLowerCase());
    expect(patterns.filter((pattern, i) => patterns.indexOf(pattern) !== i)).toEqual([]);
  });

  it('gives every rule a sentence example and a CAMEO code from the codebook', () => {
    for (const rule of VERB_RULES) {
      expect(rule.example.trim().length, rule.id).toBeGreaterThan(10);
      expect(isKnownCameoCode(rule.code), `${rule.id} code ${rule.code}`).toBe(true);
    }
  });

  it('only names word classes that exist, and compiles', () => {
    for (const rule of VERB_RULES) {
      for (const part of rule.pattern.split(/\s+/)) {
        if (part.startsWith('$')) expect(WORD_CLASSES[part.slice(1)], `${rule.id}: ${part}`).toBeDefined();
      }
    }
    expect(ruleIndex().rules).toHaveLength(VERB_RULES.length);
  });

  it('codes each example with its own rule and code', () => {
    const failures: string[] = [];
    for (const rule of VERB_RULES) {
      const { events } = extract(rule.example);
      const fired = events.flatMap((event) =>
        event.mentions.map((mention) => [mention.rule, event.code] as const),
      );
      if (!fired.some(([id, code]) => id === rule.id && code === rule.code)) {
        failures.push(`${rule.id} (${rule.code}): "${rule.example}" -> ${JSON.stringify(fired)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
