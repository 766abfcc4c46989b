import { describe, expect, it } from 'vitest';
import { aPlannedDesign, type DesignInput } from '../design/schema';
import { ROOMY_CIDRS } from '../design/test-support/arbitraries';
import { planLogical } from './logical';
import { sortWarnings, warning } from './warnings';

const codes = (overrides: Partial<DesignInput>) =>
  planLogical(aPlannedDesign(overrides)).warnings.map((w) => w.code);
const find = (overrides: Partial<DesignInput>, code: string) =>
  planLogical(aPlannedDesign(overrides)).warnings.find((w) => w.code === code);

describe('logical warnings', () => {
  // "Above that node count, it may be better to consider 8-GPU HGX-based nodes instead." (Solution sizing)
  it('warns above 64 workers that the RA suggests 8-GPU HGX nodes', () => {
    expect(codes({ workerNodes: 64 })).not.toContain('beyond-ra-sizing');
    const w = find({ workerNodes: 65 }, 'beyond-ra-sizing');
    expect(w).toMatchObject({ severity: 'warning', raSection: 'Solution sizing' });
    expect(w?.message).toMatch(/8-GPU HGX/);
  });

  // "GPU configuration": Inferencing 2x, 4x, 8x; Fine-tuning 8x; HPC 4x or 8x (Hardware resources).
  it.each([
    ['inference', '1-2-2-200', false],
    ['inference', '1-4-3-200', false],
    ['fine-tuning', '1-4-3-200', true],
    ['fine-tuning', '1-2-3-400', true],
    ['hpc', '1-4-3-200', false],
    ['hpc', '1-2-2-200', true],
  ] as const)('workload %s on %s: GPU-per-server guidance warning %s', (workload, layout, expected) => {
    const w = find({ workload, layout }, 'workload-gpus-per-server');
    expect(w !== undefined).toBe(expected);
    if (w) expect(w.raSection).toBe('Hardware resources');
  });

  it('warns about SR-IOV performance and GPUDirect Storage, and VFs per NIC with MIG', () => {
    const w = find({ sriov: true }, 'sriov-performance');
    expect(w?.message).toMatch(/20%/);
    expect(w?.message).toMatch(/GPUDirect Storage/);
    expect(find({ sriov: true, migProfile: '1g.24gb' }, 'sriov-vfs')?.message).toMatch(
      /at least 8 Virtual Functions/,
    );
    expect(find({ sriov: true }, 'sriov-vfs')?.message).toMatch(/at least 2 Virtual Functions \(one per GPU/);
    expect(codes({ sriov: true, layout: '1-2-3-400' })).toContain('sriov-one-to-one');
    expect(codes({ sriov: false })).not.toContain('sriov-performance');
  });

  // RA Network configuration: /31 "can still be used in single-tenant environments where every GPU has
  // a dedicated SuperNIC, but ... does not work for multi-tenant environments".
  it('warns with the RA caveat when the single-tenant /31 per switchport is chosen', () => {
    const w = find({ layout: '1-2-3-400', pointToPointPorts: true }, 'switchport-point-to-point');
    expect(w?.severity).toBe('warning');
    expect(w?.message).toMatch(/single-tenant/);
    expect(w?.message).toMatch(/multi-tenant/);
    expect(codes({ layout: '1-2-3-400' })).not.toContain('switchport-point-to-point');
  });

  it('warns when the control plane goes beyond the sizing table (Hardware resources)', () => {
    expect(find({ namespaces: 4001 }, 'control-plane-beyond-table')?.severity).toBe('warning');
    expect(codes({ namespaces: 4000 })).not.toContain('control-plane-beyond-table');
  });

  it('warns for a single control-plane node and notes scale-up for 5', () => {
    expect(codes({ controlPlane: { nodes: 1, placement: 'physical' } })).toContain(
      'control-plane-single-node',
    );
    expect(codes({ controlPlane: { nodes: 5, placement: 'physical' } })).toContain('control-plane-scale-up');
    expect(
      find({ controlPlane: { nodes: 3, placement: 'virtual' } }, 'control-plane-virtual')?.message,
    ).toMatch(/Proxmox/);
  });

  it('gives the 200 vs 400 Gbps per GPU recommendation as info (Hardware resources)', () => {
    expect(find({ layout: '1-4-3-200' }, 'east-west-200-per-gpu')?.severity).toBe('info');
    expect(codes({ layout: '1-2-3-400' })).not.toContain('east-west-200-per-gpu');
  });

  it('notes H200 NVL NVLink pairs only (Network configuration)', () => {
    expect(find({ gpu: 'h200-nvl', layout: '1-2-2-200' }, 'h200-nvlink-pairs')?.message).toMatch(
      /1 NVLink pair/,
    );
    expect(find({ gpu: 'h200-nvl', layout: '1-4-3-200' }, 'h200-nvlink-pairs')?.message).toMatch(
      /2 NVLink pair/,
    );
    expect(codes({ gpu: 'rtx-pro-6000' })).not.toContain('h200-nvlink-pairs');
  });

  it('errors when max pods cannot hold the overhead pods (Solution sizing)', () => {
    expect(find({ maxPodsPerNode: 20 }, 'max-pods-below-daemonsets')?.severity).toBe('error');
    expect(find({ maxPodsPerNode: 26, workerNodes: 8 }, 'no-workload-pods')?.severity).toBe('error');
    expect(find({ maxPodsPerNode: 110 }, 'max-pods-differs')?.severity).toBe('info');
  });

  it('lists errors first, then warnings, then infos', () => {
    const w = planLogical(
      aPlannedDesign({ ...ROOMY_CIDRS, maxPodsPerNode: 20, workerNodes: 100, sriov: true }),
    ).warnings;
    const rank = { error: 0, warning: 1, info: 2 };
    const ranks = w.map((x) => rank[x.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(0);
  });
});

describe('warning helpers', () => {
  it('omits raSection when none is given and keeps order within a severity', () => {
    expect(warning('a', 'info', 'x')).toEqual({ code: 'a', severity: 'info', message: 'x' });
    const list = [
      warning('i1', 'info', ''),
      warning('e1', 'error', ''),
      warning('i2', 'info', ''),
      warning('w1', 'warning', ''),
    ];
    expect(sortWarnings(list).map((w) => w.code)).toEqual(['e1', 'w1', 'i1', 'i2']);
  });
});
