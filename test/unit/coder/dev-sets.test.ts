import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateGold } from '../../gold/eval';

/**
 * fixtures/devN hold wire-style articles hand-coded in the test/gold format before the coder was tuned
 * on them; dev5 to dev8 were written by separate annotators with precision traps in every article
 * (see their READMEs). Each floor sits a few points under what the coder reached after the rounds that
 * used the set, so a regression in a general class shows here. Raise a floor when a round lifts a set
 * for good; never lower one to let a change in.
 */
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

const FLOORS = [
  { set: 'dev2', articles: 10, precision: 0.88, recall: 0.66 },
  { set: 'dev3', articles: 10, precision: 0.88, recall: 0.66 },
  { set: 'dev4', articles: 10, precision: 0.85, recall: 0.72 },
  { set: 'dev5', articles: 12, precision: 0.88, recall: 0.5 },
  { set: 'dev6', articles: 12, precision: 0.86, recall: 0.64 },
  { set: 'dev7', articles: 8, precision: 0.85, recall: 0.55 },
  { set: 'dev8', articles: 8, precision: 0.78, recall: 0.57 },
] as const;

describe('coder on the development sets (fixtures/devN)', () => {
  it.each(FLOORS)('$set keeps root-level precision >= $precision and recall >= $recall', (floor) => {
    const report = evaluateGold(join(FIXTURES, floor.set));
    expect(report.skipped).toEqual([]);
    expect(report.articles.length).toBeGreaterThanOrEqual(floor.articles);
    expect(report.root.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(report.root.recall).toBeGreaterThanOrEqual(floor.recall);
  });
});
