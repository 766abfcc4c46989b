import { describe, expect, it } from 'vitest';
import { aPlannedDesign } from '../design/schema';
import { planCluster } from './plan-cluster';

describe('planCluster', () => {
  it('lists errors before warnings before infos, whichever module raised them', () => {
    // 1 kW racks cannot hold a 3.5 kW server (physical error) and > 64 workers is beyond the RA (logical warning).
    const plan = planCluster(
      aPlannedDesign({ workerNodes: 80, physical: { ...aPlannedDesign().physical, rackPowerBudgetKW: 1 } }),
    );
    const rank = { error: 0, warning: 1, info: 2 } as const;
    const ranks = plan.warnings.map((w) => rank[w.severity]);
    expect(new Set(ranks).size).toBeGreaterThan(1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('counts the SN2201s it placed in the racks as the OOB switches', () => {
    const plan = planCluster(aPlannedDesign());
    const placed = plan.racks.flatMap((r) => r.devices).filter((d) => d.kind === 'sn2201').length;
    expect(plan.oob.switches).toBe(placed);
    // RA 7-rack reference: every rack has OOB ports to serve, so one SN2201 each at least.
    expect(placed).toBeGreaterThanOrEqual(plan.racks.length);
  });

  it('is deterministic: the same design gives the same plan', () => {
    const design = aPlannedDesign({ workerNodes: 200, layout: '1-2-3-400' });
    expect(JSON.stringify(planCluster(design))).toBe(JSON.stringify(planCluster(design)));
  });
});
