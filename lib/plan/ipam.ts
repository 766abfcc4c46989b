import { LAYOUTS } from '../catalog/layouts';
import { cidrSize, formatCidr, parseCidr, subCidr } from '../design/cidr';
import {
  type PortAddressing,
  portAddressing,
  railPrefixLength,
  railSizing,
} from '../design/east-west-addressing';
import type { PlannedDesign } from '../design/schema';
import type { IpPool, NetworkPlan, NicSharingMode } from './types';

const SECTION = 'Network configuration';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Why the switchports get their prefix, in words: the devices, the RA's rule and nv-ipam's. */
function prefixReason(input: PlannedDesign, port: PortAddressing): string {
  const what =
    input.migProfile === null
      ? `${plural(port.gpusPerNic, 'GPU')} per SuperNIC`
      : `${plural(port.gpusPerNic, 'GPU')} x ${port.migInstancesPerGpu} ${input.migProfile} MIG instances per SuperNIC`;
  const prefix = `/${port.portPrefixLength} (${port.addressesPerPort} addresses)`;
  if (port.pointToPoint) {
    return `${what}, single-tenant: ${prefix} per switchport, the switchport and the SuperNIC one address each (RA ${SECTION})`;
  }
  const ra =
    port.raPortPrefixLength === port.portPrefixLength
      ? `the RA's /${port.raPortPrefixLength}`
      : `larger than the RA's /${port.raPortPrefixLength}, because nv-ipam gives pods neither the network nor the broadcast address`;
  return `${what}: ${plural(port.devicesPerNic, 'device')} + 1 switchport (gateway) address: ${prefix} per switchport, ${ra}; nv-ipam gives ${plural(port.podAddressesPerPort, 'pod address', 'pod addresses')} per node and rail (RA ${SECTION})`;
}

/** NIC sharing resource the Network Operator's nic-networks manifest uses (RA network-operator-config layer). */
export function nicSharingFor(
  sriov: boolean,
  devicesPerNic: number,
): { mode: NicSharingMode; reason: string } {
  if (sriov) {
    return {
      mode: 'SriovNetwork',
      reason:
        'SR-IOV is enabled: Virtual Functions on each SuperNIC are passed to the containers (hardware isolation for multi-tenancy, about 20% slower than the RdmaSharedDevice approach; not recommended with GPUDirect Storage, which needs IOMMU disabled)',
    };
  }
  if (devicesPerNic === 1) {
    return {
      mode: 'HostDeviceNetwork',
      reason:
        '1 GPU device per SuperNIC (1:1): the whole SuperNIC is passed through to the container, no SR-IOV',
    };
  }
  return {
    mode: 'MacvlanNetwork',
    reason: `${devicesPerNic} GPU devices share each SuperNIC: RdmaSharedDevice plugin plus a macvlan interface per pod, no SR-IOV`,
  };
}

/**
 * East-west addressing (RA Network configuration, last part): the per-switchport prefix, the NIC
 * sharing mode and one nv-ipam CIDRPool per rail (SuperNIC position): the east-west CIDR split evenly
 * between the rails. Throws when the CIDR is too small (validateDesign refuses such designs first).
 */
export function planNetwork(input: PlannedDesign): NetworkPlan {
  const layout = LAYOUTS[input.layout];
  const port = portAddressing(
    input.gpu,
    input.layout,
    input.migProfile,
    input.pointToPointPorts,
    input.sriov,
  );
  const rails = railSizing(input.layout, input.workerNodes, port.portPrefixLength);
  const parsed = parseCidr(input.eastWestCidr);
  if (!parsed.success) throw new Error(`eastWestCidr: ${parsed.error}`);
  const eastWest = parsed.data;
  if (eastWest.prefix > rails.requiredPrefixLength) {
    throw new Error(
      `eastWestCidr: /${eastWest.prefix} is too small, ${rails.rails === 1 ? '1 rail pool' : `${rails.rails} rail pools`} of at least /${rails.minRailPrefixLength} need /${rails.requiredPrefixLength} or larger`,
    );
  }
  // Rails split the east-west CIDR evenly, so growing the cluster never moves a rail's pool.
  const railPrefix = railPrefixLength(eastWest.prefix, rails.rails);
  const pools: IpPool[] = Array.from({ length: layout.eastWestNicsPerServer }, (_, rail) => {
    const cidr = formatCidr(subCidr(eastWest, railPrefix, rail));
    return {
      name: `rail-${rail}`,
      rail,
      cidr,
      perNodeNetworkPrefix: port.portPrefixLength,
      gatewayIndex: port.gatewayIndex,
      nodes: input.workerNodes,
      routes: [cidr, input.eastWestCidr],
    };
  });
  const sharing = nicSharingFor(input.sriov, port.devicesPerNic);
  return {
    devicesPerNic: port.devicesPerNic,
    addressesNeededPerPort: port.addressesNeeded,
    portPrefixLength: port.portPrefixLength,
    raPortPrefixLength: port.raPortPrefixLength,
    addressesPerPort: port.addressesPerPort,
    podAddressesPerPort: port.podAddressesPerPort,
    gatewayIndex: port.gatewayIndex,
    pointToPoint: port.pointToPoint,
    prefixReason: prefixReason(input, port),
    nicSharingMode: sharing.mode,
    nicSharingReason: sharing.reason,
    ipamResource: 'CIDRPool',
    eastWestCidr: input.eastWestCidr,
    pools,
    addressesUsed: rails.rails * input.workerNodes * port.addressesPerPort,
    addressesAvailable: cidrSize(eastWest),
  };
}
