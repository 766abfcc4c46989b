import { describe, expect, it } from 'vitest';
import { aPlannedDesign } from '../design/schema';
import { planControlPlane } from './control-plane';
import { planFabric } from './fabric';
import { planNorthSouth } from './north-south';
import { planOob } from './oob';
import { planCluster } from './plan-cluster';

const plan = (overrides: Parameters<typeof aPlannedDesign>[0]) => {
  const d = aPlannedDesign(overrides);
  return planOob(d, planFabric(d), planNorthSouth(d), planControlPlane(d));
};

describe('planOob: 1GbE ports (BMC + BlueField-3 OOB ports, SN5610 mgmt)', () => {
  it('counts BMC + 2 SuperNIC + 1 DPU OOB ports per 1-4-3-200 server', () => {
    const o = plan({ layout: '1-4-3-200', workerNodes: 64 });
    expect(o.perServer).toEqual({ bmc: 1, superNics: 2, dpus: 1 });
    expect([o.portsPerServer, o.serverPorts]).toEqual([4, 256]);
  });

  it('adds the SN5610 mgmt ports and physical control-plane + spare BMCs: RA reference = 265 ports', () => {
    // 2 leaves + 1 spine + 2 north-south = 5 SN5610; 3 control plane + 1 spare = 4 BMCs.
    const o = plan({
      layout: '1-4-3-200',
      workerNodes: 64,
      controlPlane: { nodes: 3, placement: 'physical' },
    });
    expect([o.otherPorts, o.totalPorts, o.portsPerSwitch, o.switchModel]).toEqual([9, 265, 48, 'SN2201']);
  });

  it('counts no BMCs for a virtual control plane', () => {
    const o = plan({ layout: '1-2-2-200', workerNodes: 4, controlPlane: { nodes: 3, placement: 'virtual' } });
    // 4 x (1 BMC + 1 SuperNIC + 1 DPU) = 12, plus 1 leaf + 1 north-south SN5610.
    expect([o.serverPorts, o.otherPorts, o.totalPorts]).toEqual([12, 2, 14]);
  });
});

describe('OOB switches: the count the rack plan places', () => {
  // Hand-checked for the RA reference (7 racks): a GPU rack of 11 servers x 4 ports = 44 <= 48, the
  // leaf racks 10 x 4 + 1 leaf management port = 41, the spine rack 3 control-plane + 1 spare BMCs +
  // 3 SN5610 management ports = 7: one SN2201 in each rack.
  it('places one SN2201 per rack of the RA reference, and the plan reports that count', () => {
    const plan = planCluster(aPlannedDesign());
    const perRack = plan.racks.map((r) => r.devices.filter((d) => d.kind === 'sn2201').length);
    expect(perRack).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(plan.oob.switches).toBe(7);
  });
});
