import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aPlannedDesign, DEFAULT_DESIGN, type DesignInput } from '../design/schema';
import { growingDesignPairArb, ROOMY_CIDRS, validDesignArb } from '../design/test-support/arbitraries';
import { assertProperty } from '../design/test-support/seeds';
import { InvalidDesignError, planLogical } from './logical';

describe('planLogical: the RA reference design (Solution sizing)', () => {
  const plan = planLogical(DEFAULT_DESIGN);

  it('reproduces the Solution sizing figures', () => {
    expect(plan.compute.totalGpus).toBe(256);
    expect(plan.compute.totalGpuMemoryTB).toBe(24);
    expect(plan.kubernetes.podCapacity).toBe(16_000);
    expect(plan.kubernetes.overheadPods).toBe(1_731);
    expect(plan.kubernetes.workloadPods).toBe(14_269);
    expect(plan.kubernetes.maxNodesForPodCidr).toBe(4_096);
    expect(plan.kubernetes.serviceAddresses).toBe(262_144);
  });

  it('has the RA 64-node fabric: 128+64 ports, 2 leaves, 1 spine; 2 north-south SN5610 (Network configuration)', () => {
    expect([plan.fabric.serverPorts, plan.fabric.spineLinks]).toEqual([128, 64]);
    expect([plan.fabric.leafSwitches, plan.fabric.spineSwitches, plan.northSouth.switches]).toEqual([
      2, 1, 2,
    ]);
  });

  it('has 3 control-plane nodes + 1 spare sized from the table, /29 switchports (RA /30 + nv-ipam), MacvlanNetwork', () => {
    expect([plan.controlPlane.nodes, plan.controlPlane.spareNodes]).toEqual([3, 1]);
    expect([plan.controlPlane.cpuCores, plan.controlPlane.memoryGB]).toEqual([8, 32]);
    expect([plan.network.portPrefixLength, plan.network.nicSharingMode]).toEqual([29, 'MacvlanNetwork']);
  });

  it('carries the software table and the RA discrepancy notes', () => {
    expect(plan.software).toHaveLength(18);
    expect(plan.software.find((s) => s.product === 'Longhorn')?.version).toBe('1.9.0');
    expect(plan.notes.map((n) => n.code)).toEqual(
      expect.arrayContaining([
        'service-cidr-prefix',
        'longhorn-version',
        'longhorn-instance-manager-cpu',
        'control-plane-sizing',
        'two-tier-limit',
        'doca-version',
        'cpu-model-name',
      ]),
    );
  });

  it('raises no error or warning for the RA reference itself', () => {
    expect(plan.warnings.filter((w) => w.severity !== 'info')).toEqual([]);
  });

  it('is plain JSON data: survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });
});

describe('planLogical: input handling', () => {
  it('throws an InvalidDesignError listing every field problem', () => {
    const bad = { ...DEFAULT_DESIGN, workerNodes: 0, podCidr: 'nope' } as DesignInput;
    expect(() => planLogical(bad)).toThrow(InvalidDesignError);
    try {
      planLogical(bad);
    } catch (e) {
      const err = e as InvalidDesignError;
      expect(err.errors.map((x) => x.path).sort()).toEqual(['podCidr', 'workerNodes']);
      expect(err.message).toMatch(/workerNodes: at least 1 worker node/);
    }
  });

  it('plans more workers than the 2-tier fabric holds as 3 tiers, with the beyond-the-RA warning', () => {
    const p = planLogical(aPlannedDesign({ ...ROOMY_CIDRS, layout: '1-4-3-200', workerNodes: 2049 }));
    expect(p.fabric.tiers).toBe(3);
    expect(p.warnings.map((w) => w.code)).toContain('three-tier-beyond-ra');
  });

  it('is deterministic and does not modify its input', () => {
    const input = aPlannedDesign({ workerNodes: 48, migProfile: '2g.48gb' });
    const copy = structuredClone(input);
    expect(planLogical(input)).toEqual(planLogical(input));
    expect(input).toEqual(copy);
  });

  it('plans 4,096 workers in milliseconds', () => {
    const big = aPlannedDesign({ ...ROOMY_CIDRS, layout: '1-2-2-200', workerNodes: 4096 });
    planLogical(big);
    const start = performance.now();
    for (let i = 0; i < 20; i++) planLogical(big);
    expect((performance.now() - start) / 20).toBeLessThan(20);
    const p = planLogical(big);
    expect([p.fabric.leafSwitches, p.fabric.spineSwitches, p.fabric.leaves.length]).toEqual([64, 32, 64]);
  });
});

describe('planLogical properties (fast-check)', () => {
  it('plans every valid design without throwing, consistently across sections', () => {
    assertProperty(
      fc.property(validDesignArb, (d) => {
        const p = planLogical(d);
        expect(p.compute.totalGpus).toBe(d.workerNodes * p.compute.gpusPerServer);
        expect(p.fabric.serverPorts).toBe(d.workerNodes * p.compute.eastWestNicsPerServer);
        expect(p.kubernetes.overheadPods).toBe(25 * d.workerNodes + 131);
        expect(p.network.pools).toHaveLength(p.compute.eastWestNicsPerServer);
        expect(p.oob.totalPorts).toBe(p.oob.serverPorts + p.oob.otherPorts);
        for (const w of p.warnings) expect(w.message.length).toBeGreaterThan(0);
      }),
      150,
    );
  });

  it('is monotone in node count: GPUs, switches, ports and overhead never shrink', () => {
    assertProperty(
      fc.property(growingDesignPairArb, ([smaller, larger]) => {
        const s = planLogical(smaller);
        const l = planLogical(larger);
        const pairs: [number, number][] = [
          [s.compute.totalGpus, l.compute.totalGpus],
          [s.fabric.leafSwitches, l.fabric.leafSwitches],
          [s.fabric.spineSwitches, l.fabric.spineSwitches],
          [s.fabric.serverPorts, l.fabric.serverPorts],
          [s.northSouth.switches, l.northSouth.switches],
          [s.oob.totalPorts, l.oob.totalPorts],
          [s.kubernetes.overheadPods, l.kubernetes.overheadPods],
          [s.controlPlane.cpuCores, l.controlPlane.cpuCores],
        ];
        for (const [small, large] of pairs) expect(large).toBeGreaterThanOrEqual(small);
      }),
      100,
    );
  });
});
