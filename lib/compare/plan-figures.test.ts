import { describe, expect, it } from 'vitest';
import { aDesign } from '../design/schema';
import { planCluster } from '../plan/plan-cluster';
import { serverCounts } from './plan-figures';

describe('serverCounts', () => {
  it('counts the RA reference: 64 GPU servers, 3 control-plane nodes and 1 spare (RA Hardware resources)', () => {
    expect(serverCounts(planCluster(aDesign()))).toEqual({
      gpuWorkers: 64,
      controlPlane: 3,
      spare: 1,
      total: 68,
    });
  });

  it('counts no control-plane servers when they are virtual, and equals the BOM server lines', () => {
    const plan = planCluster(aDesign({ workerNodes: 8, controlPlane: { nodes: 3, placement: 'virtual' } }));
    const counts = serverCounts(plan);
    expect(counts.gpuWorkers).toBe(8);
    expect(counts.controlPlane).toBe(0);
    const placed = plan.racks.flatMap((r) => r.devices).filter((d) => d.kind.endsWith('-server')).length;
    expect(counts.total).toBe(placed);
  });
});
