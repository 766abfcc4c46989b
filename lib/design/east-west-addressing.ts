import { migInstancesPerGpu } from '../catalog/gpus';
import type { GpuId, LayoutId, MigProfileId } from '../catalog/ids';
import { LAYOUTS } from '../catalog/layouts';
import { prefixForAddresses } from './cidr';

/**
 * Spectrum-X per-switchport addressing (RA Network configuration, last part): every SuperNIC port is a
 * routed subnet holding 1 address for the switchport plus 1 per device that communicates through the
 * NIC at the same time. Shared by the schema (to refuse a too-small east-west CIDR) and the IPAM plan.
 */
export interface PortAddressing {
  gpusPerNic: number;
  migInstancesPerGpu: number;
  /** GPU workloads (whole GPUs or MIG instances) sharing one SuperNIC. */
  devicesPerNic: number;
  /** devicesPerNic + 1 for the switchport. */
  addressesNeeded: number;
  /** 32 - ceil(log2(addressesNeeded)): /31 at 1:1, /30 with 2 GPUs per NIC, /29 for all-2g.48gb at 2:1. */
  portPrefixLength: number;
  addressesPerPort: number;
}

export function portAddressing(
  gpu: GpuId,
  layout: LayoutId,
  migProfile: MigProfileId | null,
): PortAddressing {
  const l = LAYOUTS[layout];
  const gpusPerNic = l.gpusPerServer / l.eastWestNicsPerServer;
  const instances = migInstancesPerGpu(gpu, migProfile);
  const devicesPerNic = gpusPerNic * instances;
  const addressesNeeded = devicesPerNic + 1;
  const portPrefixLength = prefixForAddresses(addressesNeeded);
  return {
    gpusPerNic,
    migInstancesPerGpu: instances,
    devicesPerNic,
    addressesNeeded,
    portPrefixLength,
    addressesPerPort: 2 ** (32 - portPrefixLength),
  };
}

/**
 * Rail (per SuperNIC position) CIDRPool sizing: a rail must hold one per-switchport block per worker
 * (rounded up to a power of two so it is one prefix); the east-west CIDR is split evenly between the
 * rails, so it must be at least rails x that block.
 */
export interface RailSizing {
  rails: number;
  /** Smallest prefix (longest length) that holds one rail's blocks. */
  minRailPrefixLength: number;
  /** Smallest east-west prefix length that holds every rail. */
  requiredPrefixLength: number;
}

export function railSizing(layout: LayoutId, workers: number, portPrefixLength: number): RailSizing {
  const rails = LAYOUTS[layout].eastWestNicsPerServer;
  const minRailPrefixLength = prefixForAddresses(workers * 2 ** (32 - portPrefixLength));
  return {
    rails,
    minRailPrefixLength,
    requiredPrefixLength: minRailPrefixLength - Math.ceil(Math.log2(rails)),
  };
}

/** Prefix length of each rail when the east-west CIDR is split evenly between the rails. */
export function railPrefixLength(eastWestPrefixLength: number, rails: number): number {
  return eastWestPrefixLength + Math.ceil(Math.log2(rails));
}
