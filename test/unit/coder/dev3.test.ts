import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateGold } from '../../gold/eval';

/**
 * fixtures/dev3 holds ten more wire-style articles written after dev2 (new regions and topics), hand-coded before the
 * coder ever ran on them (same gold format as test/gold). The floor records what the coder honestly
 * reaches on text it was not first tuned to, so a regression in a general class shows here.
 */
const DEV3 = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'dev3');

describe('coder on the third development set (fixtures/dev3)', () => {
  it('keeps root-level precision >= 0.85 and recall >= 0.50', () => {
    const report = evaluateGold(DEV3);
    expect(report.skipped).toEqual([]);
    expect(report.articles.length).toBeGreaterThanOrEqual(10);
    expect(report.root.precision).toBeGreaterThanOrEqual(0.85);
    expect(report.root.recall).toBeGreaterThanOrEqual(0.5);
  });
});
