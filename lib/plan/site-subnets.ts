/**
 * The site subnets a design needs (underlay, out-of-band, PXE/management, north-south) and whether
 * the blocks the user gave hold them. One place for the counts: the IP plan carves the same numbers
 * of addresses, and planLogical refuses a design whose subnets are too small, naming the field.
 */

import { firstFreeBlock } from '../design/auto-cidrs';
import { type Cidr, cidrSize, formatCidr, formatIpv4, prefixForAddresses, validCidr } from '../design/cidr';
import {
  CIDR_FIELDS,
  CIDR_LABELS,
  clusterNodeCount,
  type FieldError,
  type PlannedDesign,
} from '../design/schema';
import type { ControlPlanePlan, FabricPlan, NorthSouthPlan, OobPorts, SiteSubnet } from './types';

/** Addresses after the gateway kept for MAAS region/rack controllers, DNS and other site services. */
export const RESERVED_AFTER_GATEWAY = 9;

export interface SiteSubnetParts {
  fabric: FabricPlan;
  northSouth: NorthSouthPlan;
  oob: OobPorts;
  controlPlane: ControlPlanePlan;
}

type SubnetField = 'underlayCidr' | 'oobCidr' | 'managementCidr' | 'northSouthCidr';

/** Addresses one subnet needs, and why. */
interface SubnetNeed {
  network: SiteSubnet['network'];
  field: SubnetField;
  /** Usable addresses needed (network and broadcast come on top). */
  addresses: number;
  /** For the underlay: loopbacks and /31 links each take one half (see ip-plan.ts). */
  halves?: { loopbacks: number; linkAddresses: number };
  purpose: string;
}

/** Every SN5610 (leaf, spine, north-south) has a loopback. */
export function loopbackCount(parts: Pick<SiteSubnetParts, 'fabric' | 'northSouth'>): number {
  const f = parts.fabric;
  return f.leafSwitches + f.spineSwitches + f.superSpineSwitches + parts.northSouth.switches;
}

export function subnetNeeds(input: PlannedDesign, parts: SiteSubnetParts): SubnetNeed[] {
  const nodes = clusterNodeCount(input);
  const hostSubnet = 1 + RESERVED_AFTER_GATEWAY + nodes;
  const loopbacks = loopbackCount(parts);
  const linkAddresses = 2 * (parts.fabric.spineLinks + parts.fabric.superSpineLinks);
  return [
    {
      network: 'underlay',
      field: 'underlayCidr',
      addresses: loopbacks + linkAddresses,
      halves: { loopbacks, linkAddresses },
      purpose: `${loopbacks} SN5610 loopbacks (/32, lower half) and ${linkAddresses / 2} fabric links (/31, upper half)`,
    },
    {
      network: 'oob',
      field: 'oobCidr',
      addresses: 1 + parts.oob.totalPorts,
      purpose: `the gateway and ${parts.oob.totalPorts} 1GbE ports (BMCs, BlueField OOB, switch management)`,
    },
    {
      network: 'management',
      field: 'managementCidr',
      addresses: hostSubnet,
      purpose: `the gateway, ${RESERVED_AFTER_GATEWAY} addresses reserved for MAAS controllers and site services, and ${nodes} nodes (their InternalIP, PXE)`,
    },
    {
      network: 'north-south',
      field: 'northSouthCidr',
      addresses: hostSubnet + input.loadBalancerAddresses,
      purpose: `the gateway, ${RESERVED_AFTER_GATEWAY} reserved addresses, ${nodes} nodes (their DPU) and ${input.loadBalancerAddresses} MetalLB addresses at the top`,
    },
  ];
}

/** Usable addresses of a subnet: IPv4 network and broadcast addresses excluded. */
export function usableAddresses(cidr: Cidr): number {
  return Math.max(0, cidrSize(cidr) - 2);
}

/** Shortest prefix length whose usable addresses (or, for the underlay, each half) hold the need. */
function prefixNeeded(need: SubnetNeed): number {
  if (need.halves) {
    const half = Math.max(need.halves.loopbacks, need.halves.linkAddresses);
    return prefixForAddresses(half) - 1;
  }
  return prefixForAddresses(need.addresses + 2);
}

function fits(need: SubnetNeed, cidr: Cidr): boolean {
  if (!need.halves) return usableAddresses(cidr) >= need.addresses;
  const half = cidrSize(cidr) / 2;
  return cidr.prefix < 32 && half >= need.halves.loopbacks && half >= need.halves.linkAddresses;
}

/** Site subnets live in RFC 1918's 10.0.0.0/8 (the defaults are 10.250-10.255); a larger block is sought there. */
const SITE_SPACE = validCidr('10.0.0.0/8');

/**
 * A block of `prefix` for `field` that overlaps no other block of the design: the one around the
 * current subnet when it is free, else the next free one in 10.0.0.0/8; null when none is.
 */
function largerBlock(input: PlannedDesign, field: SubnetField, prefix: number): string | null {
  const taken = CIDR_FIELDS.filter((f) => f !== field).map((f) => validCidr(input[f]));
  const found = firstFreeBlock(SITE_SPACE, prefix, validCidr(input[field]).network, taken);
  return found ? formatCidr(found) : null;
}

/**
 * For each subnet too small for the design: a message in words on the subnet, offering a free block
 * that fits in one click. (Not on the worker count too: the user may have changed the subnet.)
 */
export function siteSubnetProblems(input: PlannedDesign, parts: SiteSubnetParts): FieldError[] {
  return subnetNeeds(input, parts).flatMap((need) => {
    const cidr = validCidr(input[need.field]);
    if (fits(need, cidr)) return [];
    const label = CIDR_LABELS[need.field];
    const prefix = prefixNeeded(need);
    const suggestion = largerBlock(input, need.field, prefix);
    const message = `${label} ${input[need.field]} is too small: it must hold ${need.purpose}; use /${prefix} or larger`;
    if (!suggestion) return [{ path: need.field, message }];
    return [
      {
        path: need.field,
        message: `${message}, such as ${suggestion}`,
        fix: { field: need.field, value: suggestion, label: `Use ${suggestion}` },
      },
    ];
  });
}

/** The site subnets as the plan reports them. */
export function siteSubnets(input: PlannedDesign, parts: SiteSubnetParts): SiteSubnet[] {
  return subnetNeeds(input, parts).map((need) => {
    const cidr = validCidr(input[need.field]);
    return {
      network: need.network,
      field: need.field,
      cidr: input[need.field],
      gateway: need.network === 'underlay' ? '' : gatewayOf(cidr),
      addressesNeeded: need.addresses,
      addressesAvailable: need.halves ? cidrSize(cidr) : usableAddresses(cidr),
      purpose: need.purpose,
    };
  });
}

/** The first usable address is every host subnet's gateway. */
export function gatewayOf(cidr: Cidr): string {
  return formatIpv4(cidr.network + 1);
}
