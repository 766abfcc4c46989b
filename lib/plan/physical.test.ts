import { describe, expect, it } from 'vitest';
import { aPlannedDesign, DEFAULT_DESIGN } from '../design/schema';
import { ROOMY_CIDRS } from '../design/test-support/arbitraries';
import { planLogical } from './logical';
import { planPhysical } from './physical';
import { planCluster } from './plan-cluster';
import type { ClusterPlan } from './types';

const servers = (p: ClusterPlan) =>
  p.racks.map((r) => r.devices.filter((d) => d.kind === 'gpu-server').length);
const rackOf = (p: ClusterPlan, label: string) =>
  p.racks.find((r) => r.devices.some((d) => d.name.endsWith(`-${label}`)))!.name;
const count = (p: ClusterPlan, network: string) =>
  p.cabling.cables.filter((c) => c.network === network).length;

describe('planPhysical: the RA reference (64 servers, 1-4-3-200; RA Network configuration)', () => {
  const plan = planCluster(DEFAULT_DESIGN);

  it('is the 7-rack approach: leaves in racks 2 and 6, spine in rack 4, 32 servers per block', () => {
    expect(plan.racks).toHaveLength(7);
    expect([rackOf(plan, 'leaf-1'), rackOf(plan, 'leaf-2'), rackOf(plan, 'spine-1')]).toEqual([
      'A02',
      'A06',
      'A04',
    ]);
    expect(servers(plan)).toEqual([11, 10, 11, 0, 11, 10, 11]);
  });

  it('keeps GPU racks near "around 40kW per rack for racks 1-3 and 5-7"', () => {
    for (const i of [0, 1, 2, 4, 5, 6]) {
      expect(plan.racks[i]!.powerKW).toBeGreaterThanOrEqual(30);
      expect(plan.racks[i]!.powerKW).toBeLessThanOrEqual(42);
    }
  });

  it('uses DAC for most server-to-leaf cables', () => {
    const ew = plan.cabling.cables.filter((c) => c.network === 'east-west');
    expect(ew.filter((c) => c.media === 'DAC').length / ew.length).toBeGreaterThan(0.5);
  });

  it('places as many SN2201 as planCluster reports in the OOB plan', () => {
    expect(plan.oob.switches).toBe(7);
  });

  it('is the same as planPhysical over planLogical', () => {
    const logical = planLogical(DEFAULT_DESIGN);
    const physical = planPhysical(logical.input, logical);
    expect(physical.racks).toEqual(plan.racks);
    expect(physical.bom).toEqual(plan.bom);
  });
});

describe('planPhysical: 16 servers, 1-4-3-200, checked by hand', () => {
  // One leaf (16 servers x 2 SuperNICs = 32 x 400G = 16 splitter ports, no spine), 1 north-south
  // switch (16 / 32 per switch), 3 control-plane nodes + 1 spare (1U each).
  // Server load for packing: 3,502 W max + 4 ports x 12 W optics allowance = 3,550 W.
  // Leaf rack core: leaf 2,000 + 16 x 18 W, ns-1 the same, 4 x 500 W CP = 6,576 W, 8U, 6 OOB ports.
  //   servers: floor((40,000 - 6,576 - 200 SN2201) / 3,550) = 9 (height allows 16).
  // Plain rack: floor((40,000 - 200) / 3,550) = 11. So 2 racks (9 + 11 >= 16), leaf in the first
  // ("middle" of 2 = rack 1), 16 dealt evenly: 8 + 8.
  // OOB ports: rack 1 = 8 x 4 + 6 = 38, rack 2 = 32: one SN2201 each; 70 Cat6 cables.
  // Rack 2 is the leaf rack's neighbour, so every server cable runs sideways: <= 0.5 m vertical +
  // 0.6 m + 2 x 0.5 m slack < 3 m: 16 east-west + 16 north-south DAC. The 4 control-plane nodes'
  // NICs take 4 more north-south splitters to ns-1 in their own rack: DAC too.
  const plan = planCluster(aPlannedDesign({ workerNodes: 16 }));

  it('has 2 racks: the leaf, north-south switch and control plane with 8 servers, then 8 servers', () => {
    expect(plan.racks.map((r) => r.role)).toEqual(['mixed', 'gpu']);
    expect(servers(plan)).toEqual([8, 8]);
    for (const label of ['leaf-1', 'ns-1', 'cp-1', 'cp-2', 'cp-3', 'cp-spare-1'])
      expect(rackOf(plan, label)).toBe('A01');
    expect(plan.racks.map((r) => r.usedU)).toEqual([16 + 2 + 2 + 4 + 1, 16 + 1]);
    expect(plan.oob.switches).toBe(2);
  });

  it('has 16 east-west and 16 + 4 north-south DAC splitters, no leaf-spine, 70 OOB cables', () => {
    expect([
      count(plan, 'east-west'),
      count(plan, 'north-south'),
      count(plan, 'leaf-spine'),
      count(plan, 'oob'),
    ]).toEqual([16, 16 + 4, 0, 70]);
    expect(plan.cabling.byMedia.DAC.count).toBe(16 + 20);
    expect(plan.cabling.links).toBe(16 * 2 + 20 * 2 + 70);
  });
});

describe('planPhysical: 200 servers, 1-4-3-200, on a floor of 12-rack rows, checked by hand', () => {
  // 7 leaves (6 x 32 + 8 servers), 4 spines (1 per 2 leaves), 7 north-south (ceil(200 / 32)), 4 CP.
  // Full blocks: leaf 2,000 + (32 + 32 ports) x 18 W = 3,152 W -> leaf rack floor(36,648 / 3,550) = 10
  //   servers, plain racks 11: 3 racks, 11/10/11 (as the RA's block).
  // Block 7: 8 servers, leaf 2,000 + (8 + 8) x 18 = 2,288 W -> holds 10 >= 8: one rack.
  // Network rack: spines 2,000 + 50 ports x 18 = 2,900 W each (200 uplinks / 4 spines), ns-1..6
  //   2,000 + 32 x 18 = 2,576 W, ns-7 2,000 + 8 x 18 = 2,144 W, 4 x 500 W CP: 31,200 W + SN2201
  //   200 W <= 40 kW and 22 + 4 + 1 = 27U <= 42U: one rack.
  // 20 racks > 12 per row: blocks 1-4 fill row A (12 racks); blocks 5-7 (3 + 3 + 1) row C; the
  //   network rack is the middle row B, at the main-tray end (B01).
  // Cables: 200 east-west, 200 leaf-spine, 200 + 4 control-plane north-south; OOB 200 x 4 + 18
  //   SN5610 + 4 CP = 822.
  // DAC: the 200 east-west runs (in-block) and the 4 control-plane runs (in B01 with ns-1); every
  //   leaf-spine and worker north-south run crosses to row B: at least one 2.4 m row pitch + 2 x
  //   0.3 m tray + 1 m slack > the 3 m DAC reach.
  const plan = planCluster(aPlannedDesign({ workerNodes: 200, ...ROOMY_CIDRS }));

  it("has rows A (4 blocks), B (the network rack) and C (3 blocks), the leaf in each block's middle rack", () => {
    expect(plan.floor.rowDetails.map((r) => [r.name, r.racks, r.network])).toEqual([
      ['A', 12, false],
      ['B', 1, true],
      ['C', 7, false],
    ]);
    expect(plan.racks).toHaveLength(20);
    expect(servers(plan)).toEqual([
      ...[11, 10, 11, 11, 10, 11, 11, 10, 11, 11, 10, 11],
      0,
      ...[11, 10, 11, 11, 10, 11, 8],
    ]);
    expect([1, 2, 3, 4, 5, 6, 7].map((i) => rackOf(plan, `leaf-${i}`))).toEqual([
      'A02',
      'A05',
      'A08',
      'A11',
      'C02',
      'C05',
      'C07',
    ]);
    for (const label of ['spine-1', 'spine-4', 'ns-1', 'ns-7', 'cp-1', 'cp-spare-1'])
      expect(rackOf(plan, label)).toBe('B01');
    expect(plan.racks.find((r) => r.name === 'B01')?.usedU).toBe(27);
    expect(plan.oob.switches).toBe(20);
    expect(plan.racks.map((r) => `${r.row}${String(r.position).padStart(2, '0')}`)).toEqual(
      plan.racks.map((r) => r.name),
    );
  });

  it('measures the floor: 12 racks x 0.6 m + 2 end aisles of 1.2 m long, 3 rows x 1.2 m + 4 aisles wide', () => {
    expect([plan.floor.rows, plan.floor.racksPerRow, plan.floor.lengthM, plan.floor.widthM]).toEqual([
      3, 12, 9.6, 8.4,
    ]);
  });

  it('uses 50 ports on each of the 4 spines', () => {
    const perSpine = new Map<string, number>();
    for (const c of plan.cabling.cables.filter((x) => x.network === 'leaf-spine')) {
      const spine = c.legs[0]!.b.device;
      perSpine.set(spine, (perSpine.get(spine) ?? 0) + 1);
    }
    expect([...perSpine.values()]).toEqual([50, 50, 50, 50]);
  });

  it('has the cable counts and media worked out above', () => {
    expect([
      count(plan, 'east-west'),
      count(plan, 'leaf-spine'),
      count(plan, 'north-south'),
      count(plan, 'oob'),
    ]).toEqual([200, 200, 204, 822]);
    expect(plan.cabling.cables.filter((c) => c.network === 'east-west').every((c) => c.media === 'DAC')).toBe(
      true,
    );
    expect(plan.cabling.byMedia.DAC.count).toBe(200 + 4);
    // The farthest leaf-spine run: leaf-4 in A11 (centre 6.6 m from the start) to B01 (0.3 m) via the
    // far end would be 2 x 7.2 - 6.9 = 7.5 m, via the start 6.9 m: 6.9 + 2.4 across = 9.3 m in trays.
    const leaf4 = plan.cabling.cables.filter(
      (c) => c.network === 'leaf-spine' && c.legs[0]!.a.device.endsWith('leaf-4'),
    );
    expect(leaf4.every((c) => c.media === 'fiber' && c.lengthM >= 9.3 + 0.6 + 1)).toBe(true);
    expect(Math.max(...plan.cabling.cables.map((c) => c.lengthM))).toBeLessThan(20);
  });
});

describe('planPhysical: 4,096 workers (speed is measured by npm run bench, not here)', () => {
  it('cables every SuperNIC pair of 4,096 one-SuperNIC servers', () => {
    const plan = planCluster(aPlannedDesign({ workerNodes: 4096, layout: '1-2-2-200', ...ROOMY_CIDRS }));
    expect(plan.cabling.cables.filter((c) => c.network === 'east-west')).toHaveLength(2048);
  });
});
