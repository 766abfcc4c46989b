import { describe, expect, it } from 'vitest';
import { aDesign } from '@/lib/design/schema';
import { planCluster } from '@/lib/plan/plan-cluster';
import { cablesByMedia, switchCounts } from './summary-figures';

describe('switchCounts', () => {
  it('counts every network of the RA reference design: 2 leaves, 1 spine, north-south and OOB', () => {
    const plan = planCluster(aDesign());
    const counts = switchCounts(plan);
    expect(counts).toEqual({
      leaf: plan.fabric.leafSwitches,
      spine: plan.fabric.spineSwitches,
      superSpine: 0,
      northSouth: plan.northSouth.switches,
      oob: plan.oob.switches,
      total:
        plan.fabric.leafSwitches + plan.fabric.spineSwitches + plan.northSouth.switches + plan.oob.switches,
    });
    expect(counts.leaf).toBe(2);
    expect(counts.spine).toBe(1);
    // The headline once showed only the east-west switches: the total must hold the others too.
    expect(counts.northSouth).toBeGreaterThan(0);
    expect(counts.oob).toBeGreaterThan(0);
    expect(counts.total).toBeGreaterThan(counts.leaf + counts.spine);
  });

  it('equals the switches placed in the racks, super-spines of a 3-tier fabric included', () => {
    for (const [layout, workerNodes] of [
      ['1-2-2-200', 1],
      ['1-2-2-200', 32],
      ['1-2-2-200', 300],
      ['1-4-3-200', 2049],
    ] as const) {
      const plan = planCluster(aDesign({ layout, workerNodes }));
      const placed = plan.racks
        .flatMap((r) => r.devices)
        .filter((d) => ['leaf', 'spine', 'super-spine', 'north-south', 'oob'].includes(d.role)).length;
      expect(switchCounts(plan).total).toBe(placed);
    }
  });
});

describe('cablesByMedia', () => {
  it('lists every media in the RA order, zeros included, summing to the cable count', () => {
    const plan = planCluster(aDesign());
    const counts = cablesByMedia(plan);
    expect(counts.map((c) => c.media)).toEqual(['DAC', 'ACC', 'AEC', 'fiber', 'cat6']);
    expect(counts.reduce((s, c) => s + c.count, 0)).toBe(plan.cabling.cables.length);
  });
});
