import { LAYOUTS } from '../catalog/layouts';
import { DPU, SUPERNIC } from '../catalog/nics';
import { SN2201, SN5610 } from '../catalog/switches';
import type { PlannedDesign } from '../design/schema';
import type { ControlPlanePlan, FabricPlan, NorthSouthPlan, OobPorts } from './types';

/** BMC ports per server (one dedicated BMC port; hardware-facts section 1). */
export const BMC_PORTS_PER_SERVER = 1;

/**
 * Out-of-band 1GbE ports and SN2201 count: per worker 1 BMC + 1 per B3140H + 1 per B3220 (each
 * BlueField-3 has a 1GbE OOB port, hardware-facts section 5), plus 1 management port per SN5610
 * (leaves, spines, super-spines, north-south) and the BMCs of physical control-plane and spare servers.
 * The SN2201 count is not decided here: the rack plan places the switches each rack needs.
 */
export function planOob(
  input: PlannedDesign,
  fabric: FabricPlan,
  northSouth: NorthSouthPlan,
  controlPlane: ControlPlanePlan,
): OobPorts {
  const layout = LAYOUTS[input.layout];
  const perServer = {
    bmc: BMC_PORTS_PER_SERVER,
    superNics: layout.eastWestNicsPerServer * SUPERNIC.oobPorts,
    dpus: layout.northSouthDpusPerServer * DPU.oobPorts,
  };
  const portsPerServer = perServer.bmc + perServer.superNics + perServer.dpus;
  const serverPorts = input.workerNodes * portsPerServer;
  const sn5610s =
    fabric.leafSwitches + fabric.spineSwitches + fabric.superSpineSwitches + northSouth.switches;
  const controlPlaneBmcs =
    controlPlane.placement === 'physical'
      ? (controlPlane.nodes + controlPlane.spareNodes) * BMC_PORTS_PER_SERVER
      : 0;
  const otherPorts = sn5610s * SN5610.mgmtPorts + controlPlaneBmcs;
  const totalPorts = serverPorts + otherPorts;
  return {
    portsPerServer,
    perServer,
    serverPorts,
    otherPorts,
    totalPorts,
    portsPerSwitch: SN2201.ports,
    switchModel: SN2201.partNumber,
  };
}
