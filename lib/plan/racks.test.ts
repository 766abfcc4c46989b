import { describe, expect, it } from 'vitest';
import { aPlannedDesign, DEFAULT_DESIGN, type DesignInput } from '../design/schema';
import { planLogical } from './logical';
import { distribute, type PlacedRack, planRacks, workerOobPortNames } from './racks';

const layoutOf = (d: DesignInput) => {
  const logical = planLogical(d);
  return planRacks(logical.input, logical);
};
const servers = (r: PlacedRack) => r.devices.filter((d) => d.kind === 'gpu-server').length;
const rackOf = (racks: PlacedRack[], label: string) =>
  racks.find((r) => r.devices.some((d) => d.name.endsWith(`-${label}`)))?.name;

describe('distribute', () => {
  it('deals servers evenly within capacity', () => {
    expect(distribute(32, [11, 10, 11], 1)).toEqual([11, 10, 11]);
    expect(distribute(31, [11, 10, 11], 1)).toEqual([11, 10, 10]);
    expect(distribute(8, [11, 10, 11], 1)).toEqual([3, 3, 2]);
  });
  it('keeps counts even in units of 2 (two 1-SuperNIC servers share a splitter)', () => {
    expect(distribute(64, [20, 18, 20, 20], 2)).toEqual([16, 16, 16, 16]);
    expect(distribute(7, [10, 10], 2)).toEqual([4, 3]);
  });
  it('throws when the racks cannot hold the servers', () => {
    expect(() => distribute(5, [2, 2], 1)).toThrow();
  });
});

describe('planRacks: the RA 7-rack layout (RA Network configuration)', () => {
  const { racks, leaves, spines, northSouth, controlPlane, workers } = layoutOf(DEFAULT_DESIGN);

  it('has 7 racks: GPU racks 1-3 and 5-7, leaves in racks 2 and 6, the spine in rack 4', () => {
    expect(racks.map((r) => r.name)).toEqual(['A01', 'A02', 'A03', 'A04', 'A05', 'A06', 'A07']);
    expect(leaves.map((d) => d.rack)).toEqual(['A02', 'A06']);
    expect(spines.map((d) => d.rack)).toEqual(['A04']);
    expect(racks.map((r) => r.role)).toEqual(['gpu', 'mixed', 'gpu', 'network', 'gpu', 'mixed', 'gpu']);
  });

  it('puts 32 servers per 3-rack block, 11/10/11 with the leaf in the middle rack', () => {
    expect(racks.map(servers)).toEqual([11, 10, 11, 0, 11, 10, 11]);
    // Block 1 holds workers 1-32 (leaf 1), block 2 workers 33-64.
    expect(workers.slice(0, 32).every((w) => ['A01', 'A02', 'A03'].includes(w.rack))).toBe(true);
    expect(workers.slice(32).every((w) => ['A05', 'A06', 'A07'].includes(w.rack))).toBe(true);
  });

  it('puts the north-south switches and the control plane + spare in the spine rack', () => {
    expect(northSouth.map((d) => d.rack)).toEqual(['A04', 'A04']);
    expect(controlPlane.map((d) => [d.kind, d.heightU, d.rack])).toEqual([
      ['control-plane-server', 1, 'A04'],
      ['control-plane-server', 1, 'A04'],
      ['control-plane-server', 1, 'A04'],
      ['spare-server', 1, 'A04'],
    ]);
  });

  it('has one SN2201 per rack and readable, stable names', () => {
    expect(racks.map((r) => r.devices.filter((d) => d.kind === 'sn2201').length)).toEqual([
      1, 1, 1, 1, 1, 1, 1,
    ]);
    expect(workers[0]!.name).toMatch(/^a01-u\d\d-gpu-001$/);
    expect(workers[63]!.name).toMatch(/^a07-u\d\d-gpu-064$/);
    expect(leaves[0]!.name).toBe(`a02-u${String(leaves[0]!.u).padStart(2, '0')}-leaf-1`);
  });

  it('places the leaf near the middle U, servers around it, nothing overlapping or above the top', () => {
    const leafRack = racks[1]!;
    expect(Math.abs(leaves[0]!.u - 21)).toBeLessThanOrEqual(3);
    for (const r of racks) {
      const used = new Set<number>();
      for (const d of r.devices) {
        for (let u = d.u; u < d.u + d.heightU; u++) {
          expect(used.has(u)).toBe(false);
          used.add(u);
        }
        expect(d.u).toBeGreaterThanOrEqual(1);
        expect(d.u + d.heightU - 1).toBeLessThanOrEqual(r.heightU);
      }
    }
    const below = leafRack.devices.filter((d) => d.kind === 'gpu-server' && d.u < leaves[0]!.u).length;
    expect(below).toBe(5);
  });
});

describe('planRacks: capacity from rack height and power budget', () => {
  it('a 48U rack at a high budget holds more servers: fewer racks per 64-server 1-SuperNIC leaf', () => {
    // 1-2-2-200, 128 workers: 2 leaves of 64. At 200 kW only height limits: a plain 42U rack takes
    // floor((42 - 2 SN2201) / 2) = 20 servers, the leaf rack 19 -> 18 (even, for shared splitters):
    // 4 racks per block (16 each); at 48U 23 -> 22 and 22: 3 racks per block (22/22/20).
    const d = (rackHeightU: 42 | 48) =>
      aPlannedDesign({
        layout: '1-2-2-200',
        workerNodes: 128,
        physical: { ...DEFAULT_DESIGN.physical, rackHeightU, rackPowerBudgetKW: 200 },
      });
    expect(layoutOf(d(42)).racks.map(servers)).toEqual([16, 16, 16, 16, 0, 16, 16, 16, 16]);
    expect(layoutOf(d(48)).racks.map(servers)).toEqual([22, 22, 20, 0, 22, 22, 20]);
  });

  it('a low budget spreads servers over more racks and moves what does not fit out of the leaf rack', () => {
    // 5 kW: one 3.5 kW server per plain rack. The leaf rack holds the leaf (2,000 W + 4 ports x 18 W
    // optics allowance) and ns-1 (same) + its SN2201 (200 W) = 4,344 W, no servers; the control
    // plane (3 nodes + the spare, 4 x 500 W, kept together) goes to a network rack beside the block.
    const d = aPlannedDesign({
      workerNodes: 4,
      physical: { ...DEFAULT_DESIGN.physical, rackPowerBudgetKW: 5 },
    });
    const { racks } = layoutOf(d);
    expect(racks.map(servers)).toEqual([1, 1, 0, 1, 1, 0]);
    expect(rackOf(racks, 'leaf-1')).toBe('A03');
    expect(rackOf(racks, 'ns-1')).toBe('A03');
    expect(rackOf(racks, 'cp-1')).toBe('A06');
    expect(rackOf(racks, 'cp-spare-1')).toBe('A06');
  });

  it('keeps 1-SuperNIC servers in pairs within a rack', () => {
    const { racks } = layoutOf(aPlannedDesign({ layout: '1-2-2-200', workerNodes: 45 }));
    const odd = racks.filter((r) => servers(r) % 2 === 1);
    expect(odd.length).toBeLessThanOrEqual(1);
  });
});

describe('workerOobPortNames', () => {
  it('names the BMC, each SuperNIC OOB and the DPU OOB port', () => {
    expect(workerOobPortNames({ bmc: 1, superNics: 2, dpus: 1 })).toEqual([
      'bmc',
      'nic1-oob',
      'nic2-oob',
      'dpu-oob',
    ]);
  });
});
