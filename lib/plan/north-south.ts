import { LAYOUTS } from '../catalog/layouts';
import { DPU } from '../catalog/nics';
import { SN5610 } from '../catalog/switches';
import type { PlannedDesign } from '../design/schema';
import type { NorthSouthPlan } from './types';

/**
 * GPU servers per north-south SN5610: "For clusters up to 32 GPU servers, you only need the 1
 * Spectrum-X switch for east-west, and another for north-south" (RA Network configuration).
 */
export const NORTH_SOUTH_SERVERS_PER_SWITCH = 32;

/** North-south network: the B3220 DPU's 2 x 200GbE per worker, one SN5610 per 32 workers. */
export function planNorthSouth(input: PlannedDesign): NorthSouthPlan {
  const dpuPortsPerServer = DPU.ports * LAYOUTS[input.layout].northSouthDpusPerServer;
  return {
    dpuPortsPerServer,
    dpuPortGbps: DPU.portGbps,
    serverPorts: input.workerNodes * dpuPortsPerServer,
    serversPerSwitch: NORTH_SOUTH_SERVERS_PER_SWITCH,
    switches: Math.ceil(input.workerNodes / NORTH_SOUTH_SERVERS_PER_SWITCH),
    switchModel: SN5610.partNumber,
  };
}
