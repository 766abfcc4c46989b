import { LAYOUTS } from '../catalog/layouts';
import { cidrSize, formatCidr, parseCidr, subCidr } from '../design/cidr';
import { portAddressing, railPrefixLength, railSizing } from '../design/east-west-addressing';
import type { DesignInput } from '../design/schema';
import type { IpPool, NetworkPlan, NicSharingMode } from './types';

const SECTION = 'Network configuration';

/** The switchport takes the first address of each per-node block (Spectrum-X: gatewayIndex 0). */
export const SWITCHPORT_GATEWAY_INDEX = 0;

function prefixReason(
  input: DesignInput,
  devicesPerNic: number,
  gpusPerNic: number,
  instances: number,
): string {
  const addresses = devicesPerNic + 1;
  const prefix = 32 - Math.ceil(Math.log2(addresses));
  const size = 2 ** (32 - prefix);
  const what =
    input.migProfile === null
      ? `${gpusPerNic} GPU(s) share each SuperNIC`
      : `${gpusPerNic} GPU(s) x ${instances} ${input.migProfile} MIG instances share each SuperNIC`;
  return `${what}: ${devicesPerNic} device address(es) + 1 switchport address = ${addresses} -> /${prefix} (${size} addresses) per switchport (RA ${SECTION})`;
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
export function planNetwork(input: DesignInput): NetworkPlan {
  const layout = LAYOUTS[input.layout];
  const port = portAddressing(input.gpu, input.layout, input.migProfile);
  const rails = railSizing(input.layout, input.workerNodes, port.portPrefixLength);
  const parsed = parseCidr(input.eastWestCidr);
  if (!parsed.success) throw new Error(`eastWestCidr: ${parsed.error}`);
  const eastWest = parsed.data;
  if (eastWest.prefix > rails.requiredPrefixLength) {
    throw new Error(
      `eastWestCidr: /${eastWest.prefix} is too small, ${rails.rails} rail pool(s) of at least /${rails.minRailPrefixLength} need /${rails.requiredPrefixLength} or larger`,
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
      gatewayIndex: SWITCHPORT_GATEWAY_INDEX,
      nodes: input.workerNodes,
      routes: [cidr, input.eastWestCidr],
    };
  });
  const sharing = nicSharingFor(input.sriov, port.devicesPerNic);
  return {
    devicesPerNic: port.devicesPerNic,
    addressesNeededPerPort: port.addressesNeeded,
    portPrefixLength: port.portPrefixLength,
    addressesPerPort: port.addressesPerPort,
    prefixReason: prefixReason(input, port.devicesPerNic, port.gpusPerNic, port.migInstancesPerGpu),
    nicSharingMode: sharing.mode,
    nicSharingReason: sharing.reason,
    ipamResource: 'CIDRPool',
    eastWestCidr: input.eastWestCidr,
    pools,
    addressesUsed: rails.rails * input.workerNodes * port.addressesPerPort,
    addressesAvailable: cidrSize(eastWest),
  };
}
