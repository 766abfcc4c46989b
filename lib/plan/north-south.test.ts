import { describe, expect, it } from 'vitest';
import { aPlannedDesign } from '../design/schema';
import { planNorthSouth } from './north-south';

describe('planNorthSouth: RA Network configuration', () => {
  // "For clusters up to 32 GPU servers, you only need the 1 Spectrum-X switch for east-west, and another for north-south."
  it.each([
    [1, 1],
    [32, 1],
    [33, 2],
    [64, 2],
    [65, 3],
  ])('%i workers -> %i north-south SN5610', (workerNodes, switches) => {
    expect(planNorthSouth(aPlannedDesign({ workerNodes })).switches).toBe(switches);
  });

  // "Bluefield-3 B3220 DPU for 2x200GbE of north-south traffic" (Architecture).
  it('connects 2 x 200GbE per worker', () => {
    const ns = planNorthSouth(aPlannedDesign({ workerNodes: 64 }));
    expect([ns.dpuPortsPerServer, ns.dpuPortGbps, ns.serverPorts, ns.switchModel]).toEqual([
      2,
      200,
      128,
      'SN5610',
    ]);
  });
});
