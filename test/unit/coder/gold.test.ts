import { describe, expect, it } from 'vitest';
import { evaluateGold } from '../../gold/eval';

describe('coder against the gold set (test/gold)', () => {
  it('keeps root-level precision >= 0.85 and recall >= 0.70', () => {
    const report = evaluateGold();
    expect(report.articles.length).toBeGreaterThanOrEqual(20);
    expect(report.root.precision).toBeGreaterThanOrEqual(0.85);
    expect(report.root.recall).toBeGreaterThanOrEqual(0.7);
    // Every miss is sorted into exactly one kind.
    const { silent, otherRoot, otherActors } = report.missKinds;
    expect(silent + otherRoot + otherActors).toBe(report.root.fn);
  });
});
