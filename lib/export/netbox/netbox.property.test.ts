import fc from 'fast-check';
import { describe, it } from 'vitest';
import { validDesignArb } from '../../design/test-support/arbitraries';
import { assertProperty } from '../../design/test-support/seeds';
import { planCluster } from '../../plan/plan-cluster';
import { allProblems } from './test-support/checks';
import { readNetboxZip } from './test-support/read-zip';
import { buildNetboxZip } from './zip';

/** Small designs keep 20 runs quick; fewer workers than a valid design's never invalidate it. */
const MAX_WORKERS = 96;
const smallDesignArb = validDesignArb.map((d) => ({
  ...d,
  workerNodes: Math.min(d.workerNodes, MAX_WORKERS),
}));

describe('NetBox zip over random designs', () => {
  it('always resolves every reference and counts what the plan holds', () => {
    assertProperty(
      fc.property(smallDesignArb, (design) => {
        const plan = planCluster(design);
        const problems = allProblems(readNetboxZip(buildNetboxZip(plan)), plan);
        if (problems.length > 0) throw new Error(problems.slice(0, 10).join('\n'));
      }),
      20,
    );
  });
});
