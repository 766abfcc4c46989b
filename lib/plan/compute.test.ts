import { describe, expect, it } from 'vitest';
import { aPlannedDesign } from '../design/schema';
import { planCompute } from './compute';

describe('planCompute: RA Solution sizing', () => {
  // "Up to 64 bare metal worker nodes ... for a total of 256 GPUs" (Solution sizing).
  it('counts 256 GPUs for 64 workers with 4 GPUs each', () => {
    expect(planCompute(aPlannedDesign({ layout: '1-4-3-200', workerNodes: 64 })).totalGpus).toBe(256);
  });

  // "With RTX PRO 6000 Blackwell GPUs, that is a maximum combined 24TB of VRAM": 256 x 96 GB = 24,576 GB.
  it('gives 24TB of VRAM with 64 x 4 RTX PRO 6000 (binary TB: 24,576 GB)', () => {
    const c = planCompute(aPlannedDesign({ gpu: 'rtx-pro-6000', layout: '1-4-3-200', workerNodes: 64 }));
    expect(c.totalGpuMemoryGB).toBe(24_576);
    expect(c.totalGpuMemoryTB).toBe(24);
  });

  // "With H200 NVL GPUs, that is a maximum combined 35TB of VRAM": 256 x 141 GB = 36,096 GB = 35.25 TiB.
  it('gives 35TB of VRAM with 64 x 4 H200 NVL (binary TB: 36,096 GB)', () => {
    const c = planCompute(aPlannedDesign({ gpu: 'h200-nvl', layout: '1-4-3-200', workerNodes: 64 }));
    expect(c.totalGpuMemoryGB).toBe(36_096);
    expect(Math.floor(c.totalGpuMemoryTB)).toBe(35);
  });

  it('totals CPU cores, RAM and NVMe from the layout table (RA Hardware resources)', () => {
    const c = planCompute(aPlannedDesign({ layout: '1-2-2-200', workerNodes: 10 }));
    expect([c.cpuCoresPerServer, c.totalCpuCores]).toEqual([64, 640]);
    expect([c.ramGBPerServer, c.totalRamGB]).toEqual([256, 2560]);
    expect([c.nvmeDataTBPerServer, c.totalNvmeDataTB]).toEqual([4, 40]);
  });

  it('counts MIG instances as schedulable GPU devices', () => {
    const c = planCompute(
      aPlannedDesign({ gpu: 'h200-nvl', layout: '1-4-3-200', workerNodes: 2, migProfile: '1g.18gb' }),
    );
    expect([c.migInstancesPerGpu, c.totalGpuInstances]).toEqual([7, 56]);
  });
});

describe('planCompute: RA Hardware resources minimums', () => {
  const byName = (c: ReturnType<typeof planCompute>, start: string) =>
    c.checks.find((k) => k.name.startsWith(start))!;

  // "At least 8 physical CPU cores per GPU ... 1 additional core per GPU": 4 x 9 = 36 of 64.
  it('needs 9 cores per GPU: 36 for 4 GPUs, met by the 64-core Xeon 6774P', () => {
    const k = byName(planCompute(aPlannedDesign({ layout: '1-4-3-200' })), 'CPU cores per server:');
    expect([k.required, k.actual, k.ok]).toEqual([36, 64, true]);
  });

  // "at least 2 CPU cores per MIG instance": 4 H200 x 7 x 2 + 4 OS cores = 60 of 64.
  it('needs 2 cores per MIG instance plus the OS core: 60 for 4 H200 at 1g.18gb', () => {
    const c = planCompute(aPlannedDesign({ gpu: 'h200-nvl', layout: '1-4-3-200', migProfile: '1g.18gb' }));
    const k = byName(c, 'CPU cores per server for MIG');
    expect([k.required, k.actual, k.ok]).toEqual([60, 64, true]);
  });

  it('has no MIG core check without MIG', () => {
    expect(planCompute(aPlannedDesign()).checks.some((k) => k.name.includes('MIG'))).toBe(false);
  });

  // "Minimum 128 GB of system memory per GPU": 4 x 128 = 512 GB = the table's "512GB minimum".
  it.each([
    ['1-2-2-200', 256],
    ['1-2-3-400', 256],
    ['1-4-3-200', 512],
  ] as const)('needs 128 GB RAM per GPU (%s: %i GB)', (layout, gb) => {
    const k = byName(planCompute(aPlannedDesign({ layout })), 'System memory');
    expect([k.required, k.actual, k.ok]).toEqual([gb, gb, true]);
  });

  // "Training / DL Servers: Minimum 2 TB NVMe drive per CPU socket"; inference and HPC 1 TB.
  it.each([
    ['inference', 1],
    ['fine-tuning', 2],
    ['hpc', 1],
  ] as const)('needs NVMe per socket for %s: %i TB', (workload, tb) => {
    const k = byName(planCompute(aPlannedDesign({ workload })), 'NVMe data per CPU socket');
    expect([k.required, k.actual, k.ok]).toEqual([tb, 4, true]);
  });

  // "With 136 PCIe 5.0 lanes, all 4 GPUs, 3 Bluefield-3 NICs and ... NVMe drives can be directly attached".
  it('fits 4 GPUs, 3 NICs and 3 NVMe drives in 136 PCIe lanes', () => {
    const k = byName(planCompute(aPlannedDesign({ layout: '1-4-3-200' })), 'PCIe');
    expect([k.required, k.actual, k.ok]).toEqual([4 * 16 + 3 * 16 + 3 * 4, 136, true]);
  });

  it('names its RA section on every check', () => {
    for (const k of planCompute(aPlannedDesign({ migProfile: '1g.24gb' })).checks)
      expect(k.raSection).toBe('Hardware resources');
  });
});
