import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LayoutId } from '../catalog/ids';
import { maxWorkerNodesFor } from '../catalog/layouts';
import { aPlannedDesign, planDesign } from '../design/schema';
import {
  growingDesignPairArb,
  PROPERTY_RUNS,
  ROOMY_CIDRS,
  validPlannedDesignArb,
} from '../design/test-support/arbitraries';
import { assertProperty } from '../design/test-support/seeds';
import { planFabric } from './fabric';

/**
 * RA Network configuration, "node count to switchports and switches" table, typed from the RA text:
 * GPU nodes | GPUs/server | B3140H/server | Ports needed (GPU + spine) | leaf switches | spine switches.
 * 2 GPUs + 1 B3140H is layout 1-2-2-200; 2 GPUs + 2 B3140H is 1-2-3-400; 4 GPUs + 2 B3140H is 1-4-3-200.
 */
const RA_SWITCH_TABLE: [number, number, number, string, number, number][] = [
  [4, 2, 1, '4+0', 1, 0],
  [8, 2, 2, '16+0', 1, 0],
  [8, 4, 2, '16+0', 1, 0],
  [16, 4, 2, '32+0', 1, 0],
  [32, 4, 2, '64+0', 1, 0],
  [48, 4, 2, '96+48', 2, 1],
  [64, 4, 2, '128+64', 2, 1],
];

function layoutFor(gpus: number, nics: number): LayoutId {
  if (gpus === 2 && nics === 1) return '1-2-2-200';
  if (gpus === 2 && nics === 2) return '1-2-3-400';
  if (gpus === 4 && nics === 2) return '1-4-3-200';
  throw new Error(`no layout with ${gpus} GPUs and ${nics} SuperNICs`);
}

describe('planFabric: RA Network configuration node/switch table', () => {
  it.each(RA_SWITCH_TABLE)(
    '%i nodes x %i GPUs x %i B3140H -> ports %s, %i leaf, %i spine',
    (nodes, gpus, nics, ports, leaves, spines) => {
      const fabric = planFabric(aPlannedDesign({ layout: layoutFor(gpus, nics), workerNodes: nodes }));
      expect(`${fabric.serverPorts}+${fabric.spineLinks}`).toBe(ports);
      expect(fabric.leafSwitches).toBe(leaves);
      expect(fabric.spineSwitches).toBe(spines);
      expect(fabric.tiers).toBe(spines === 0 ? 1 : 2);
    },
  );

  it('puts every 32 dual-SuperNIC servers on one leaf with 32 x 800G up to the spine (RA 7-rack approach)', () => {
    const fabric = planFabric(aPlannedDesign({ layout: '1-4-3-200', workerNodes: 64 }));
    expect(fabric.serversPerLeaf).toBe(32);
    expect(fabric.leaves.map((l) => [l.servers, l.serverPorts, l.uplinks])).toEqual([
      [32, 64, 32],
      [32, 64, 32],
    ]);
    expect(fabric.leaves.map((l) => l.uplinksPerSpine)).toEqual([[32], [32]]);
  });

  it('holds 64 single-SuperNIC servers on one leaf without a spine', () => {
    const fabric = planFabric(aPlannedDesign({ layout: '1-2-2-200', workerNodes: 64 }));
    expect([fabric.leafSwitches, fabric.spineSwitches, fabric.spineLinks]).toEqual([1, 0, 0]);
    expect(fabric.leaves[0]!.uplinksPerSpine).toEqual([]);
  });

  it.each([
    ['1-2-2-200', 4096, 64, 32],
    ['1-2-3-400', 2048, 64, 32],
    ['1-4-3-200', 2048, 64, 32],
  ] as const)(
    '%s at its 2-tier maximum of %i workers fills %i leaves and %i spines',
    (layout, workers, l, s) => {
      expect(maxWorkerNodesFor(layout)).toBe(workers);
      const fabric = planFabric(aPlannedDesign({ ...ROOMY_CIDRS, layout, workerNodes: workers }));
      expect([fabric.leafSwitches, fabric.spineSwitches, fabric.spineLinks]).toEqual([l, s, 64 * 32]);
    },
  );

  it('splits uplinks evenly over spines, remainders rotated (3 leaves of 64 ports, 2 spines)', () => {
    const fabric = planFabric(aPlannedDesign({ layout: '1-4-3-200', workerNodes: 80 }));
    expect(fabric.leaves.map((l) => l.serverPorts)).toEqual([64, 64, 32]);
    expect(fabric.leaves.map((l) => l.uplinksPerSpine)).toEqual([
      [16, 16],
      [16, 16],
      [8, 8],
    ]);
  });
});

describe('planFabric properties (fast-check, seed 42)', () => {
  it('places every SuperNIC port on exactly one leaf', () => {
    assertProperty(
      fc.property(validPlannedDesignArb, (d) => {
        const f = planFabric(d);
        let next = 0;
        for (const leaf of f.leaves) {
          expect(leaf.firstServer).toBe(next);
          expect(leaf.servers).toBeGreaterThan(0);
          next += leaf.servers;
        }
        expect(next).toBe(d.workerNodes);
        expect(f.leaves.reduce((s, l) => s + l.serverPorts, 0)).toBe(f.serverPorts);
      }),
      PROPERTY_RUNS,
    );
  });

  it('never puts more than 64 server ports, or 64 800G-port-equivalents, on a leaf', () => {
    assertProperty(
      fc.property(validPlannedDesignArb, (d) => {
        for (const leaf of planFabric(d).leaves) {
          expect(leaf.serverPorts).toBeLessThanOrEqual(64);
          expect(leaf.serverPorts / 2 + leaf.uplinks).toBeLessThanOrEqual(64);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('gives every leaf at least its server-facing bandwidth upward when there is a spine', () => {
    assertProperty(
      fc.property(validPlannedDesignArb, (d) => {
        const f = planFabric(d);
        expect(f.nonBlocking).toBe(true);
        if (f.spineSwitches > 0) {
          for (const leaf of f.leaves) expect(leaf.uplinkGbps).toBeGreaterThanOrEqual(leaf.downlinkGbps);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('never exceeds spine port capacity, in total or per spine', () => {
    assertProperty(
      fc.property(validPlannedDesignArb, (d) => {
        const f = planFabric(d);
        expect(f.spineSwitches * 64).toBeGreaterThanOrEqual(f.spineLinks);
        for (let s = 0; s < f.spineSwitches; s++) {
          const load = f.leaves.reduce((sum, l) => sum + l.uplinksPerSpine[s]!, 0);
          expect(load).toBeLessThanOrEqual(64);
        }
        for (const leaf of f.leaves) {
          expect(leaf.uplinksPerSpine.reduce((a, b) => a + b, 0)).toBe(leaf.uplinks);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('is monotone in node count: ports, leaves, spines and spine links never shrink', () => {
    assertProperty(
      fc.property(growingDesignPairArb, ([smaller, larger]) => {
        const small = planFabric(planDesign(smaller).design);
        const big = planFabric(planDesign(larger).design);
        expect(big.serverPorts).toBeGreaterThanOrEqual(small.serverPorts);
        expect(big.leafSwitches).toBeGreaterThanOrEqual(small.leafSwitches);
        expect(big.spineSwitches).toBeGreaterThanOrEqual(small.spineSwitches);
        expect(big.spineLinks).toBeGreaterThanOrEqual(small.spineLinks);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('3-tier fabric beyond the RA (pods of 32 leaves, one spine per leaf, super-spines)', () => {
  // 4,096 x 1-4-3-200: 2 SuperNICs -> 32 servers per leaf -> 128 leaves, 64 server ports and 32 x 800G
  // uplinks each; 4 pods of 32 leaves; one spine per leaf (32 ports down, 32 up): 128 spines;
  // 128 x 32 = 4,096 spine uplinks over 64-port super-spines: 64 super-spines.
  it('plans 4,096 four-GPU workers as 4 pods, 128 spines and 64 super-spines, non-blocking', () => {
    const f = planFabric(aPlannedDesign({ ...ROOMY_CIDRS, workerNodes: 4096 }));
    expect([f.tiers, f.pods, f.leafSwitches, f.spineSwitches, f.superSpineSwitches]).toEqual([
      3, 4, 128, 128, 64,
    ]);
    expect([f.spineLinks, f.superSpineLinks]).toEqual([4096, 4096]);
    expect(f.spines.every((s) => s.downlinks === 32 && s.uplinks === 32)).toBe(true);
    expect(f.nonBlocking).toBe(true);
    expect(f.beyondRa).toBe(true);
  });

  // 2,049 x 1-4-3-200: 64 full leaves + 1 leaf with one server (2 ports -> 1 uplink): pods of 32, 32
  // and 1 leaf; 65 spines; 64 x 32 + 1 = 2,049 spine uplinks -> ceil(2,049 / 64) = 33 super-spines.
  it('puts the 65th leaf in a third pod with its own spine', () => {
    const f = planFabric(aPlannedDesign({ ...ROOMY_CIDRS, workerNodes: 2049 }));
    expect([f.pods, f.leafSwitches, f.spineSwitches, f.superSpineSwitches, f.superSpineLinks]).toEqual([
      3, 65, 65, 33, 2049,
    ]);
    const last = f.leaves.at(-1)!;
    expect([last.pod, last.firstSpine, last.uplinks]).toEqual([2, 64, 1]);
  });

  it('keeps the RA 2-tier fabric up to the layout limit (2,048 four-GPU workers: 64 leaves, 32 spines)', () => {
    const f = planFabric(aPlannedDesign({ ...ROOMY_CIDRS, workerNodes: 2048 }));
    expect([f.tiers, f.pods, f.leafSwitches, f.spineSwitches, f.superSpineSwitches]).toEqual([
      2, 1, 64, 32, 0,
    ]);
  });
});
