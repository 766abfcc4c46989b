import { describe, expect, it } from 'vitest';
import { aDesign } from '@/lib/design/schema';
import { ROOMY_CIDRS } from '@/lib/design/test-support/arbitraries';
import { planCluster } from '@/lib/plan/plan-cluster';
import { cablesByMedia, powerBars, switchCounts } from './summary-figures';

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

describe('powerBars', () => {
  // 4,096 workers on 1-2-2-200 (a /11 pod CIDR: a /12 holds too few node /24s): hundreds of racks.
  const bigPlan = () => planCluster(aDesign({ layout: '1-2-2-200', workerNodes: 4096, ...ROOMY_CIDRS }));

  it('draws every rack of the RA reference design (7 racks), each against its budget', () => {
    const plan = planCluster(aDesign());
    const bars = powerBars(plan);
    expect(bars.map((b) => b.label)).toEqual(plan.racks.map((r) => r.name));
    expect(bars.map((b) => b.kw)).toEqual(plan.racks.map((r) => r.powerKW));
  });

  it('beyond 48 racks draws one bar per row: its highest rack, over budget when any rack of the row is', () => {
    const plan = bigPlan();
    expect(plan.racks.length).toBeGreaterThan(48);
    const bars = powerBars(plan);
    const rows = [...new Set(plan.racks.map((r) => r.row))];
    expect(bars.map((b) => b.label)).toEqual(rows);
    for (const bar of bars) {
      const racks = plan.racks.filter((r) => r.row === bar.label);
      expect(bar.kw).toBe(Math.max(...racks.map((r) => r.powerKW)));
      expect(bar.over).toBe(racks.some((r) => r.overBudget));
      expect(bar.title).toContain(`${racks.length} racks`);
    }
  });

  it('marks a row over budget when one of its racks is, and only that row', () => {
    const plan = bigPlan();
    expect(plan.racks.some((r) => r.overBudget)).toBe(false);
    // One rack in the middle of the floor over its budget, the others as planned.
    const over = plan.racks[Math.floor(plan.racks.length / 2)]!;
    const racks = plan.racks.map((r) => (r === over ? { ...r, overBudget: true } : r));
    expect(
      powerBars({ ...plan, racks })
        .filter((b) => b.over)
        .map((b) => b.label),
    ).toEqual([over.row]);
  });
});
