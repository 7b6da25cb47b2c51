import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateGold } from '../../gold/eval';

/**
 * fixtures/dev4 holds ten wire-style articles written after dev3 (new regions and topics), hand-coded before the
 * coder ever ran on them (same gold format as test/gold). The floor records what the coder honestly
 * reaches on text it was not first tuned to, so a regression in a general class shows here.
 */
const DEV4 = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'dev4');

describe('coder on the fourth development set (fixtures/dev4)', () => {
  it('keeps root-level precision >= 0.78 and recall >= 0.55', () => {
    const report = evaluateGold(DEV4);
    expect(report.skipped).toEqual([]);
    expect(report.articles.length).toBeGreaterThanOrEqual(10);
    expect(report.root.precision).toBeGreaterThanOrEqual(0.78);
    expect(report.root.recall).toBeGreaterThanOrEqual(0.55);
  });
});
