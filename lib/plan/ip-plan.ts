/**
 * The IP plan: one list of address blocks derived from the port-level links, read by the switch side
 * (per-switchport prefixes, /31 links, loopbacks) and the cluster side (CIDRPool static allocations,
 * MAAS subnets, the MetalLB pool) alike (RA Network configuration; RA Canonical MAAS configuration).
 */
import { CONTROL_PLANE_NIC_PORTS } from '../catalog/nics';
import { cidrSize, formatCidr, formatIpv4, subCidr, validCidr } from '../design/cidr';
import { clusterNodeCount, type PlannedDesign } from '../design/schema';
import type { RackLayout } from './racks';
import { RESERVED_AFTER_GATEWAY, siteSubnets } from './site-subnets';
import type { AddressBlock, Cable, IpPlan, Link, LogicalPlan } from './types';

/** "a" or "a-b": the addresses a peer may use. */
function addressRange(first: number, last: number): string {
  // join: one flat string (a template keeps both halves and a join node).
  return first === last ? formatIpv4(first) : [formatIpv4(first), formatIpv4(last)].join('-');
}

type LegsByNetwork = Record<Cable['network'], Link[]>;

/** Legs of every cable, per network, in cable order (the cabling plan's port order): one pass. */
function legsByNetwork(cables: readonly Cable[]): LegsByNetwork {
  const legs: LegsByNetwork = {
    'east-west': [],
    'leaf-spine': [],
    'spine-superspine': [],
    'north-south': [],
    oob: [],
  };
  for (const c of cables) {
    const list = legs[c.network];
    for (const leg of c.legs) list.push(leg);
  }
  return legs;
}

/**
 * East-west: every leaf port facing a SuperNIC gets the block of its worker on its rail (block w of
 * the rail's pool, so growing the cluster never moves a worker's block). The switchport holds the
 * gateway (index 0 of a /31, else 1); the pods draw from the rest, network and broadcast excluded.
 */
function eastWestBlocks(logical: LogicalPlan, layout: RackLayout, legs: readonly Link[]): AddressBlock[] {
  const workerIndex = new Map(layout.workers.map((d, w) => [d.name, w]));
  const { pools, portPrefixLength, gatewayIndex } = logical.network;
  const railCidrs = pools.map((p) => validCidr(p.cidr));
  // "nic1" -> rail 0: a handful of port names, read once each.
  const rails = new Map<string, number>();
  const railOf = (port: string) => {
    let rail = rails.get(port);
    if (rail === undefined) {
      rail = Number(port.replace(/^nic/, '')) - 1;
      rails.set(port, rail);
    }
    return rail;
  };
  return legs.map((leg) => {
    const w = workerIndex.get(leg.b.device);
    const rail = railOf(leg.b.port);
    const railCidr = railCidrs[rail];
    if (w === undefined || railCidr === undefined)
      throw new Error(`east-west link to ${leg.b.device} ${leg.b.port}`);
    const block = subCidr(railCidr, portPrefixLength, w);
    const gateway = block.network + gatewayIndex;
    const last = block.network + cidrSize(block) - 1;
    const peers = portPrefixLength === 31 ? addressRange(last, last) : addressRange(gateway + 1, last - 1);
    return {
      network: 'east-west',
      device: leg.a.device,
      port: leg.a.port,
      prefix: formatCidr(block),
      gateway: formatIpv4(gateway),
      peerDevice: leg.b.device,
      peerPort: leg.b.port,
      peerAddresses: peers,
      rail,
    };
  });
}

/** Underlay: loopbacks (/32) in the lower half, leaf-spine then spine-super-spine /31s in the upper half, the lower tier's end first. */
function underlayBlocks(input: PlannedDesign, layout: RackLayout, legs: LegsByNetwork): AddressBlock[] {
  const underlay = validCidr(input.underlayCidr);
  const half = underlay.prefix + 1;
  const loopbackBase = subCidr(underlay, half, 0).network;
  const linkBase = subCidr(underlay, half, 1).network;
  const links: AddressBlock[] = [];
  for (const net of ['leaf-spine', 'spine-superspine'] as const) {
    for (const leg of legs[net]) {
      const network = linkBase + 2 * links.length;
      links.push({
        network: net,
        device: leg.a.device,
        port: leg.a.port,
        prefix: formatCidr({ network, prefix: 31 }),
        gateway: formatIpv4(network),
        peerDevice: leg.b.device,
        peerPort: leg.b.port,
        peerAddresses: formatIpv4(network + 1),
      });
    }
  }
  const switches = [...layout.leaves, ...layout.spines, ...layout.superSpines, ...layout.northSouth];
  const loopbacks = switches.map(
    (sw, i): AddressBlock => ({
      network: 'loopback',
      device: sw.name,
      port: 'lo',
      prefix: formatCidr({ network: loopbackBase + i, prefix: 32 }),
      gateway: formatIpv4(loopbackBase + i),
      peerDevice: '',
      peerPort: '',
      peerAddresses: '',
    }),
  );
  for (const block of loopbacks) links.push(block);
  return links;
}

/** Out-of-band: gateway first, then one address per 1GbE port in cabling order. */
function oobBlocks(input: PlannedDesign, legs: readonly Link[]): AddressBlock[] {
  const oob = validCidr(input.oobCidr);
  const gateway = formatIpv4(oob.network + 1);
  return legs.map((leg, i) => ({
    network: 'oob',
    device: leg.a.device,
    port: leg.a.port,
    prefix: input.oobCidr,
    gateway,
    peerDevice: leg.b.device,
    peerPort: leg.b.port,
    peerAddresses: formatIpv4(oob.network + 2 + i),
  }));
}

/** Kubernetes nodes in plan order: workers, then control plane and spare (placed, or virtual by label). */
function clusterNodes(input: PlannedDesign, logical: LogicalPlan, layout: RackLayout): string[] {
  const workers = layout.workers.map((d) => d.name);
  if (layout.controlPlane.length > 0) return [...workers, ...layout.controlPlane.map((d) => d.name)];
  const cp = Array.from({ length: logical.controlPlane.nodes }, (_, i) => `cp-${i + 1}`);
  const spare = Array.from({ length: logical.controlPlane.spareNodes }, (_, i) => `cp-spare-${i + 1}`);
  const names = [...workers, ...cp, ...spare];
  if (names.length !== clusterNodeCount(input)) throw new Error('cluster node count');
  return names;
}

/**
 * A host subnet (management or north-south): gateway, the reserved addresses, then one address per
 * node; each node's row names the north-south switchport of its first north-south port (a worker's
 * DPU port 0, a physical control-plane node's NIC port 0; both subnets ride those links, the VLAN plan
 * is the site's).
 */
function hostBlocks(
  network: 'management' | 'north-south',
  cidrText: string,
  nodes: readonly string[],
  firstPorts: ReadonlyMap<string, Link>,
): AddressBlock[] {
  const cidr = validCidr(cidrText);
  const first = cidr.network + 2 + RESERVED_AFTER_GATEWAY;
  const gateway = formatIpv4(cidr.network + 1);
  return nodes.map((node, i) => {
    const leg = firstPorts.get(node);
    return {
      network,
      device: leg?.a.device ?? '',
      port: leg?.a.port ?? '',
      prefix: cidrText,
      gateway,
      peerDevice: node,
      peerPort: leg?.b.port ?? '',
      peerAddresses: formatIpv4(first + i),
    };
  });
}

/** MetalLB: the top addresses of the north-south subnet, below the broadcast address. */
function loadBalancerBlock(input: PlannedDesign): AddressBlock {
  const ns = validCidr(input.northSouthCidr);
  const last = ns.network + cidrSize(ns) - 2;
  return {
    network: 'load-balancer',
    device: '',
    port: '',
    prefix: input.northSouthCidr,
    gateway: formatIpv4(ns.network + 1),
    peerDevice: 'metallb',
    peerPort: '',
    // Always a range ("a-a" for one address): MetalLB takes a range or a CIDR, not a bare address.
    peerAddresses: `${formatIpv4(last - input.loadBalancerAddresses + 1)}-${formatIpv4(last)}`,
  };
}

const CONVENTIONS = [
  'East-west: each worker has one block per rail, block w of the rail pool for worker w; the leaf switchport holds the gateway (index 0 of a /31, else 1) and pods draw the addresses after it, network and broadcast excluded (nv-ipam).',
  'Underlay: SN5610 loopbacks (/32) from the lower half of the underlay CIDR, leaf-spine /31s from the upper half, the leaf end first.',
  'OOB: the first address is the gateway, then one address per 1GbE port in cabling order (rack by rack, bottom to top).',
  `Management (PXE) and north-south: the first address is the gateway, the next ${RESERVED_AFTER_GATEWAY} are reserved for MAAS controllers and site services, then one address per node (workers, control plane, spare); both subnets ride the DPU links (VLANs are the site's choice).`,
  'MetalLB: the highest addresses of the north-south subnet, below the broadcast address.',
  'Node names are the server names of the plan: use them as MAAS hostnames, because the CIDRPool static allocations pin each prefix to a node name.',
];

/** Every address block of the design, derived from its port-level links. */
export function planIpPlan(
  input: PlannedDesign,
  logical: LogicalPlan,
  layout: RackLayout,
  cables: readonly Cable[],
): IpPlan {
  const nodes = clusterNodes(input, logical, layout);
  const legs = legsByNetwork(cables);
  // Each node's first north-south port: a worker's DPU port 0, a control-plane node's NIC port 0.
  const firstPorts = new Set(['dpu-p0', CONTROL_PLANE_NIC_PORTS[0]]);
  const dpuPorts = new Map<string, Link>();
  for (const leg of legs['north-south']) if (firstPorts.has(leg.b.port)) dpuPorts.set(leg.b.device, leg);
  const lb = loadBalancerBlock(input);
  const blocks = eastWestBlocks(logical, layout, legs['east-west']);
  for (const more of [
    underlayBlocks(input, layout, legs),
    oobBlocks(input, legs.oob),
    hostBlocks('management', input.managementCidr, nodes, dpuPorts),
    hostBlocks('north-south', input.northSouthCidr, nodes, dpuPorts),
  ]) {
    for (const block of more) blocks.push(block);
  }
  blocks.push(lb);
  return {
    blocks,
    subnets: siteSubnets(input, logical),
    loadBalancer: { range: lb.peerAddresses, addresses: input.loadBalancerAddresses },
    conventions: CONVENTIONS,
  };
}
