import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateGold } from '../../gold/eval';

/**
 * fixtures/dev5 holds twelve wire-style articles in the house styles of five agencies (see its README),
 * hand-coded by a separate annotator before the coder was tuned on them, with precision traps in
 * every article. The floor sits a few points under what the coder reached when the set arrived and
 * was first used, so a regression in a general class shows here.
 */
const DEV5 = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'dev5');

describe('coder on the fifth development set (fixtures/dev5)', () => {
  it('keeps root-level precision >= 0.85 and recall >= 0.46', () => {
    const report = evaluateGold(DEV5);
    expect(report.skipped).toEqual([]);
    expect(report.articles.length).toBeGreaterThanOrEqual(12);
    expect(report.root.precision).toBeGreaterThanOrEqual(0.85);
    expect(report.root.recall).toBeGreaterThanOrEqual(0.46);
  });
});
