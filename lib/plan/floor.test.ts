/**
 * The floor plan (RA Network configuration: the 7-rack approach, and "Beyond 64 GPU servers, it may
 * be better to place the Spectrum-X spine and north-south switches at the end of the rack isle"):
 * racks in rows of `racksPerRow`, blocks never split, network racks in a middle row.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYOUT_IDS } from '../catalog/ids';
import { maxWorkerNodesFor } from '../catalog/layouts';
import { aPlannedDesign, DEFAULT_DESIGN } from '../design/schema';
import { ROOMY_CIDRS } from '../design/test-support/arbitraries';
import { assertProperty } from '../design/test-support/seeds';
import { planCluster } from './plan-cluster';
import { networkRowIndex } from './racks';
import type { ClusterPlan } from './types';

const rowsOf = (plan: ClusterPlan) =>
  plan.floor.rowDetails.map((r) => `${r.name}:${r.racks}${r.network ? 'N' : ''}`);
const rackOf = (plan: ClusterPlan, label: string) =>
  plan.racks.find((r) => r.devices.some((d) => d.name.endsWith(`-${label}`)))?.name;
const gpuServers = (plan: ClusterPlan) =>
  plan.racks.map((r) => r.devices.filter((d) => d.kind === 'gpu-server').length);

describe('the RA design points stay as the RA draws them (one row)', () => {
  // RA: "The main building block is a set of 3 racks with 32 GPU servers and 1 Spectrum-X leaf switch
  // ... in the middle"; "For clusters up to 32 GPU servers, you only need the 1 Spectrum-X switch for
  // east-west, and another for north-south". 32 x 3,550 W servers at 40 kW: 11/10/11, the leaf
  // (2,000 W + 32 ports x 18 W) in the middle rack; neither the north-south switch (2,576 W) nor the
  // control plane (3 + 1 spare x 500 W, kept together) fits beside them: they stand in a rack next
  // to the block.
  it('puts 32 servers in the RA block of 3 racks, leaf in the middle, plus a network rack', () => {
    const plan = planCluster(aPlannedDesign({ workerNodes: 32 }));
    expect(rowsOf(plan)).toEqual(['A:4']);
    expect(gpuServers(plan)).toEqual([11, 10, 11, 0]);
    expect(rackOf(plan, 'leaf-1')).toBe('A02');
    expect(rackOf(plan, 'ns-1')).toBe('A04');
    expect(rackOf(plan, 'cp-1')).toBe('A04');
  });

  it('keeps the 7-rack row for 64 servers: blocks A01-A03 and A05-A07 around the spine rack A04', () => {
    const plan = planCluster(aPlannedDesign());
    expect(rowsOf(plan)).toEqual(['A:7']);
    expect(gpuServers(plan)).toEqual([11, 10, 11, 0, 11, 10, 11]);
    expect([rackOf(plan, 'leaf-1'), rackOf(plan, 'spine-1'), rackOf(plan, 'leaf-2')]).toEqual([
      'A02',
      'A04',
      'A06',
    ]);
  });

  it('plans 48 servers as a 3-rack and a 2-rack block around the spine rack', () => {
    const plan = planCluster(aPlannedDesign({ workerNodes: 48 }));
    expect(rowsOf(plan)).toEqual(['A:6']);
    expect(rackOf(plan, 'spine-1')).toBe('A04');
  });
});

describe('larger sites: rows of 12 racks, the network racks in a middle row (hand-checked)', () => {
  // 512 x 1-4-3-200: 16 leaves x 32 servers in 3-rack blocks = 48 racks = 4 rows of 12 (4 blocks each).
  // Network racks: 8 spines (2,000 W + 64 ports x 18 W = 3,152 W each, 25.2 kW) + 5 north-south
  // (2,576 W each) = 38.1 kW + SN2201 200 W fills the first; 11 north-south + 4 control-plane +
  // spare (500 W each) the second: row C, between rows A-B and D-E.
  it('512 servers: rows A, B, network row C (2 racks), D, E', () => {
    const plan = planCluster(aPlannedDesign({ workerNodes: 512, ...ROOMY_CIDRS }));
    expect(rowsOf(plan)).toEqual(['A:12', 'B:12', 'C:2N', 'D:12', 'E:12']);
    expect(rackOf(plan, 'spine-8')).toBe('C01');
    expect(rackOf(plan, 'ns-5')).toBe('C01');
    expect(rackOf(plan, 'ns-6')).toBe('C02');
    expect(rackOf(plan, 'leaf-16')).toBe('E11');
  });

  // 2,048 x 1-2-3-400: 64 leaves x 32 two-GPU servers, 16 per rack: 2-rack blocks (128 racks), 6
  // blocks a row: 10 full rows + 8 racks; 32 spines + 64 north-south + 4 CP in 7 network racks.
  // 11 block rows: 6 before the network row G, 5 after.
  it('2,048 servers: 11 block rows around the network row F, every run far below the 159 m of one row', () => {
    const plan = planCluster(aPlannedDesign({ workerNodes: 2048, layout: '1-2-3-400', ...ROOMY_CIDRS }));
    // 10 full block rows and a partial one (8 racks). The network row goes where the servers' runs
    // cross the fewest rows: with 5 full rows before it and 5 full + the partial one after, a full row
    // w crosses 1..5 rows on each side and the partial row w' crosses 6: 30w + 6w'; one row later
    // (6 full before, 4 full + partial after) it is 21w + 10w + 5w' = 31w + 5w', more since w' < w.
    expect(rowsOf(plan)).toEqual([
      ...['A', 'B', 'C', 'D', 'E'].map((r) => `${r}:12`),
      'F:7N',
      ...['G', 'H', 'I', 'J', 'K'].map((r) => `${r}:12`),
      'L:8',
    ]);
    const longest = Math.max(...plan.cabling.cables.map((c) => c.lengthM));
    // Farthest: row L to row F: 6 rows x 2.4 m + up to a row length (7.2 m) + verticals and slack.
    expect(longest).toBeLessThanOrEqual(6 * 2.4 + 7.2 + 2 * 1.87 + 0.6 + 1 + 1);
    expect(plan.cabling.cables.every((c) => c.lengthM <= c.reachM)).toBe(true);
  });
});

describe('floor properties', () => {
  const designs = fc.record({
    layout: fc.constantFrom(...LAYOUT_IDS),
    fraction: fc.double({ min: 0, max: 1, noNaN: true }),
    racksPerRow: fc.integer({ min: 3, max: 30 }),
    budgetKW: fc.integer({ min: 10, max: 120 }),
    extraKW: fc.integer({ min: 0, max: 60 }),
    tall: fc.boolean(),
  });

  it('never needs more racks for a larger power budget or taller racks', () => {
    assertProperty(
      fc.property(designs, (r) => {
        const workerNodes = Math.max(1, Math.ceil(r.fraction * Math.min(600, maxWorkerNodesFor(r.layout))));
        const at = (budget: number, height: 42 | 48) =>
          planCluster(
            aPlannedDesign({
              ...ROOMY_CIDRS,
              layout: r.layout,
              workerNodes,
              physical: {
                ...DEFAULT_DESIGN.physical,
                racksPerRow: r.racksPerRow,
                rackPowerBudgetKW: budget,
                rackHeightU: height,
              },
            }),
          ).racks.length;
        const base = at(r.budgetKW, 42);
        expect(at(Math.min(200, r.budgetKW + r.extraKW), 42)).toBeLessThanOrEqual(base);
        if (r.tall) expect(at(r.budgetKW, 48)).toBeLessThanOrEqual(base);
      }),
      40,
    );
  });

  it('gives every rack one row and position within the row length, named by them', () => {
    assertProperty(
      fc.property(designs, (r) => {
        const workerNodes = Math.max(1, Math.ceil(r.fraction * maxWorkerNodesFor(r.layout)));
        const plan = planCluster(
          aPlannedDesign({
            ...ROOMY_CIDRS,
            layout: r.layout,
            workerNodes,
            physical: { ...DEFAULT_DESIGN.physical, racksPerRow: r.racksPerRow },
          }),
        );
        const names = new Set(plan.racks.map((x) => x.name));
        expect(names.size).toBe(plan.racks.length);
        const oneRow = plan.racks.length <= r.racksPerRow;
        for (const rack of plan.racks) {
          expect(rack.position).toBeGreaterThanOrEqual(1);
          if (!oneRow) expect(rack.position).toBeLessThanOrEqual(r.racksPerRow);
          expect(rack.name.startsWith(rack.row)).toBe(true);
        }
        expect(plan.floor.rows).toBe(new Set(plan.racks.map((x) => x.row)).size);
        expect(plan.cabling.cables.every((c) => c.lengthM <= c.reachM)).toBe(true);
      }),
      25,
    );
  });
});

describe('networkRowIndex: the network row where the servers cross the fewest rows', () => {
  const rows = (...servers: number[]) => servers.map((n) => [{ core: [], servers: new Array(n).fill(null) }]);
  it('stands in the middle of equal rows (on a tie, the later middle), and leans to the heavier side', () => {
    // 4 equal rows: before index 2: distances 2,1 | 1,2 = 6w; index 1: 1 | 1,2,3 = 7w.
    expect(networkRowIndex(rows(12, 12, 12, 12) as never)).toBe(2);
    // 2 rows of 12 and 7 servers: between them each crosses 1 row (19); in front, 12 + 2 x 7 = 26.
    expect(networkRowIndex(rows(12, 7) as never)).toBe(1);
    // One heavy row last: 1, 1, 1, 40 -> after 3 rows: 3+2+1 + 40 = 46; after 2: 2+1+1+80 = 84.
    expect(networkRowIndex(rows(1, 1, 1, 40) as never)).toBe(3);
  });
});
