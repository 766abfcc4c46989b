import { describe, expect, it } from 'vitest';
import { aPlannedDesign } from '../design/schema';
import { controlPlaneRowFor, planControlPlane } from './control-plane';

/** RA Hardware resources, control-plane table: workers | namespaces | CPU cores | memory (GB). */
const RA_CONTROL_PLANE_TABLE = [
  [10, 100, 4, 8],
  [25, 500, 4, 16],
  [125, 1000, 8, 32],
  [250, 2000, 16, 64],
  [500, 4000, 32, 128],
  [1000, 4000, 64, 256],
] as const;

describe('control-plane sizing: RA Hardware resources table', () => {
  it.each(RA_CONTROL_PLANE_TABLE)('%i workers / %i namespaces -> %i cores, %i GB', (w, ns, cores, gb) => {
    const { row, beyond } = controlPlaneRowFor(w, ns);
    expect([row.cpuCores, row.memoryGB, beyond]).toEqual([cores, gb, false]);
  });

  it('takes the first row covering both workers and namespaces', () => {
    expect(controlPlaneRowFor(11, 100).row.workers).toBe(25);
    expect(controlPlaneRowFor(10, 101).row.workers).toBe(25);
    expect(controlPlaneRowFor(5, 1500).row.workers).toBe(250);
    expect(controlPlaneRowFor(1, 1).row.workers).toBe(10);
  });

  it('sizes the RA reference (64 workers, 100 namespaces) from the 125-worker row: 8 cores, 32 GB', () => {
    const cp = planControlPlane(aPlannedDesign());
    expect([cp.nodes, cp.spareNodes, cp.cpuCores, cp.memoryGB, cp.beyondTable]).toEqual([3, 1, 8, 32, false]);
  });

  it('uses the last row and flags beyondTable past 1,000 workers or 4,000 namespaces', () => {
    expect(controlPlaneRowFor(1001, 100)).toEqual({ row: RA_ROW_1000, beyond: true });
    expect(controlPlaneRowFor(10, 4001)).toEqual({ row: RA_ROW_1000, beyond: true });
    const cp = planControlPlane(
      aPlannedDesign({ layout: '1-2-2-200', workerNodes: 2000, podCidr: '10.0.0.0/11' }),
    );
    expect([cp.cpuCores, cp.memoryGB, cp.beyondTable]).toEqual([64, 256, true]);
  });

  // "you always need 1 extra server available in MAAS to facilitate rolling control plane repaves".
  it('always keeps 1 spare and takes the node count and placement from the design', () => {
    const cp = planControlPlane(aPlannedDesign({ controlPlane: { nodes: 5, placement: 'virtual' } }));
    expect([cp.nodes, cp.spareNodes, cp.placement]).toEqual([5, 1, 'virtual']);
  });
});

const RA_ROW_1000 = { workers: 1000, namespaces: 4000, cpuCores: 64, memoryGB: 256 };
