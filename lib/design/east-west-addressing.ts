import { migInstancesPerGpu } from '../catalog/gpus';
import type { GpuId, LayoutId, MigProfileId } from '../catalog/ids';
import { LAYOUTS } from '../catalog/layouts';
import { prefixForAddresses } from './cidr';

/**
 * Spectrum-X per-switchport addressing (RA Network configuration, last part): every SuperNIC port is a
 * routed subnet holding the switchport's address (the pods' gateway) plus one address per device that
 * communicates through the NIC at the same time. Shared by the schema (to refuse a too-small
 * east-west CIDR) and the IPAM plan.
 *
 * The prefix must satisfy the RA and the consumer, NVIDIA IPAM (Mellanox/nvidia-k8s-ipam):
 * - RA: /30 per switchport without MIG; with MIG (or more devices), devices + 1 addresses rounded up
 *   to a power of two; /31 only for single-tenant designs with a SuperNIC per GPU.
 * - nv-ipam hands pods the addresses between the network and the broadcast address of a node prefix
 *   shorter than /31 (pkg/ipam-node/controllers/cidrpool/cidrpool.go, pkg/ip/cidr.go `LastIP`) and
 *   skips the gateway (pkg/ipam-node/allocator/allocator.go); gateway index 0 is valid only for /31
 *   and /32 (api/v1alpha1/helpers.go `GetGatewayForSubnet`). So a /30 gives one pod address, not 3.
 * The chosen prefix is the larger block of the two rules.
 */
export interface PortAddressing {
  gpusPerNic: number;
  migInstancesPerGpu: number;
  /** GPU workloads (whole GPUs or MIG instances) sharing one SuperNIC; also the VFs per NIC with SR-IOV. */
  devicesPerNic: number;
  /** devicesPerNic + 1 for the switchport (the RA's count). */
  addressesNeeded: number;
  /** The RA's prefix for this design (/30 without MIG, /29 for all-2g.48gb at 2:1, ...). */
  raPortPrefixLength: number;
  /** The prefix configured on every switchport and in the CIDRPools. */
  portPrefixLength: number;
  addressesPerPort: number;
  /** Index of the switchport address in each block: 0 for /31 (point to point), else 1. */
  gatewayIndex: number;
  /** Addresses nv-ipam can give pods in one block (network, broadcast and gateway excluded). */
  podAddressesPerPort: number;
  /** True for the single-tenant /31 option. */
  pointToPoint: boolean;
}

/** Pod addresses nv-ipam allocates from a node prefix with the gateway inside it (see above). */
export function ipamPodAddresses(prefixLength: number): number {
  if (prefixLength >= 32) return 0;
  if (prefixLength === 31) return 1;
  return 2 ** (32 - prefixLength) - 3;
}

/** Longest prefix (smallest block, at most /30) from which nv-ipam gives `devices` pod addresses. */
export function ipamPrefixFor(devices: number): number {
  let prefix = 30;
  while (ipamPodAddresses(prefix) < devices) prefix--;
  return prefix;
}

export function portAddressing(
  gpu: GpuId,
  layout: LayoutId,
  migProfile: MigProfileId | null,
  pointToPoint = false,
  sriov = false,
): PortAddressing {
  const l = LAYOUTS[layout];
  const gpusPerNic = l.gpusPerServer / l.eastWestNicsPerServer;
  const instances = migInstancesPerGpu(gpu, migProfile);
  const devicesPerNic = gpusPerNic * instances;
  const addressesNeeded = devicesPerNic + 1;
  const raPortPrefixLength = Math.min(30, prefixForAddresses(addressesNeeded));
  const p2p = pointToPoint && devicesPerNic === 1 && !sriov;
  const portPrefixLength = p2p ? 31 : Math.min(raPortPrefixLength, ipamPrefixFor(devicesPerNic));
  return {
    gpusPerNic,
    migInstancesPerGpu: instances,
    devicesPerNic,
    addressesNeeded,
    raPortPrefixLength: p2p ? 31 : raPortPrefixLength,
    portPrefixLength,
    addressesPerPort: 2 ** (32 - portPrefixLength),
    gatewayIndex: portPrefixLength === 31 ? 0 : 1,
    podAddressesPerPort: ipamPodAddresses(portPrefixLength),
    pointToPoint: p2p,
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
