/**
 * The IP plan: one list of address blocks derived from the port-level links, read by the switch side
 * (per-switchport prefixes, /31 links, loopbacks) and the cluster side (CIDRPool static allocations,
 * MAAS subnets, the MetalLB pool) alike (RA Network configuration; RA Canonical MAAS configuration).
 */
import { CONTROL_PLANE_NIC_PORTS } from '../catalog/nics';
import { cidrSize, formatCidr, formatIpv4, subCidr, validCidr } from '../design/cidr';
import { clusterNodeCount, type PlannedDesign } from '../design/schema';
import { type CableTable, tableOf } from './cable-table';
import { defineLazyField } from './lazy-field';
import type { RackLayout } from './racks';
import { RESERVED_AFTER_GATEWAY, siteSubnets } from './site-subnets';
import type { AddressBlock, Cable, IpPlan, LogicalPlan, NetworkId, PlacedDevice } from './types';

/** "a" or "a-b": the addresses a peer may use. */
function addressRange(first: number, last: number): string {
  // join: one flat string (a template keeps both halves and a join node).
  return first === last ? formatIpv4(first) : [formatIpv4(first), formatIpv4(last)].join('-');
}

/** Leg indexes of the cable table, per network, in cable order (the cabling plan's port order). */
type LegsByNetwork = Record<NetworkId, number[]>;

/** One pass over the table. */
function legsByNetwork(table: CableTable): LegsByNetwork {
  const legs: LegsByNetwork = {
    'east-west': [],
    'leaf-spine': [],
    'spine-superspine': [],
    'north-south': [],
    oob: [],
  };
  const lists = new Map<number, number[]>();
  for (let i = 0; i < table.length; i++) {
    const network = table.networkId(i);
    let list = lists.get(network);
    if (!list) {
      list = legs[table.network(i)];
      lists.set(network, list);
    }
    const [first, end] = table.legs(i);
    for (let l = first; l < end; l++) list.push(l);
  }
  return legs;
}

/**
 * East-west: every leaf port facing a SuperNIC gets the block of its worker on its rail (block w of
 * the rail's pool, so growing the cluster never moves a worker's block). The switchport holds the
 * gateway (index 0 of a /31, else 1); the pods draw from the rest, network and broadcast excluded.
 */
function eastWestBlocks(
  logical: LogicalPlan,
  workers: readonly PlacedDevice[],
  table: CableTable,
  legs: readonly number[],
): AddressBlock[] {
  const workerIndex = new Map(workers.map((d, w) => [d.name, w]));
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
    const peerDevice = table.device(leg, 1);
    const peerPort = table.port(leg, 1);
    const w = workerIndex.get(peerDevice);
    const rail = railOf(peerPort);
    const railCidr = railCidrs[rail];
    if (w === undefined || railCidr === undefined)
      throw new Error(`east-west link to ${peerDevice} ${peerPort}`);
    const block = subCidr(railCidr, portPrefixLength, w);
    const gateway = block.network + gatewayIndex;
    const last = block.network + cidrSize(block) - 1;
    const peers = portPrefixLength === 31 ? addressRange(last, last) : addressRange(gateway + 1, last - 1);
    return {
      network: 'east-west',
      device: table.device(leg, 0),
      port: table.port(leg, 0),
      prefix: formatCidr(block),
      gateway: formatIpv4(gateway),
      peerDevice,
      peerPort,
      peerAddresses: peers,
      rail,
    };
  });
}

/** Underlay: loopbacks (/32) in the lower half, leaf-spine then spine-super-spine /31s in the upper half, the lower tier's end first. */
function underlayBlocks(
  input: PlannedDesign,
  switches: readonly PlacedDevice[],
  table: CableTable,
  legs: LegsByNetwork,
): AddressBlock[] {
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
        device: table.device(leg, 0),
        port: table.port(leg, 0),
        prefix: formatCidr({ network, prefix: 31 }),
        gateway: formatIpv4(network),
        peerDevice: table.device(leg, 1),
        peerPort: table.port(leg, 1),
        peerAddresses: formatIpv4(network + 1),
      });
    }
  }
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
function oobBlocks(input: PlannedDesign, table: CableTable, legs: readonly number[]): AddressBlock[] {
  const oob = validCidr(input.oobCidr);
  const gateway = formatIpv4(oob.network + 1);
  return legs.map((leg, i) => ({
    network: 'oob',
    device: table.device(leg, 0),
    port: table.port(leg, 0),
    prefix: input.oobCidr,
    gateway,
    peerDevice: table.device(leg, 1),
    peerPort: table.port(leg, 1),
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
  table: CableTable,
  firstPorts: ReadonlyMap<string, number>,
): AddressBlock[] {
  const cidr = validCidr(cidrText);
  const first = cidr.network + 2 + RESERVED_AFTER_GATEWAY;
  const gateway = formatIpv4(cidr.network + 1);
  return nodes.map((node, i) => {
    const leg = firstPorts.get(node);
    return {
      network,
      device: leg === undefined ? '' : table.device(leg, 0),
      port: leg === undefined ? '' : table.port(leg, 0),
      prefix: cidrText,
      gateway,
      peerDevice: node,
      peerPort: leg === undefined ? '' : table.port(leg, 1),
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

/** What the blocks are derived from, kept by the plan until its blocks are first read. */
interface BlockSources {
  input: PlannedDesign;
  logical: LogicalPlan;
  workers: readonly PlacedDevice[];
  /** Leaves, spines, super-spines, north-south switches: the loopbacks' order. */
  switches: readonly PlacedDevice[];
  nodes: readonly string[];
  table: CableTable;
  loadBalancer: AddressBlock;
}

/** Every block, in the IP plan's order. */
function addressBlocks(s: BlockSources): AddressBlock[] {
  const legs = legsByNetwork(s.table);
  // Each node's first north-south port: a worker's DPU port 0, a control-plane node's NIC port 0.
  const firstPorts = new Set(['dpu-p0', CONTROL_PLANE_NIC_PORTS[0]]);
  const dpuPorts = new Map<string, number>();
  for (const leg of legs['north-south'])
    if (firstPorts.has(s.table.port(leg, 1))) dpuPorts.set(s.table.device(leg, 1), leg);
  const blocks = eastWestBlocks(s.logical, s.workers, s.table, legs['east-west']);
  for (const more of [
    underlayBlocks(s.input, s.switches, s.table, legs),
    oobBlocks(s.input, s.table, legs.oob),
    hostBlocks('management', s.input.managementCidr, s.nodes, s.table, dpuPorts),
    hostBlocks('north-south', s.input.northSouthCidr, s.nodes, s.table, dpuPorts),
  ]) {
    for (const block of more) blocks.push(block);
  }
  blocks.push(s.loadBalancer);
  return blocks;
}

/**
 * What building the blocks could throw on, checked now so the plan fails where it always did: each
 * rail's pool must hold a block for the last worker.
 */
function checkEastWestPools(logical: LogicalPlan, workers: number): void {
  if (workers === 0) return;
  for (const pool of logical.network.pools)
    subCidr(validCidr(pool.cidr), logical.network.portPrefixLength, workers - 1);
}

/**
 * Every address block of the design, derived from its port-level links. The blocks (167k at 16,384
 * workers) are built when `blocks` is first read; the rest of the IP plan is built now.
 */
export function planIpPlan(
  input: PlannedDesign,
  logical: LogicalPlan,
  layout: RackLayout,
  cables: readonly Cable[] | CableTable,
): IpPlan {
  checkEastWestPools(logical, layout.workers.length);
  const lb = loadBalancerBlock(input);
  const sources: BlockSources = {
    input,
    logical,
    workers: layout.workers,
    switches: [...layout.leaves, ...layout.spines, ...layout.superSpines, ...layout.northSouth],
    nodes: clusterNodes(input, logical, layout),
    table: tableOf(cables),
    loadBalancer: lb,
  };
  const ipPlan: IpPlan = {
    blocks: [],
    subnets: siteSubnets(input, logical),
    loadBalancer: { range: lb.peerAddresses, addresses: input.loadBalancerAddresses },
    conventions: CONVENTIONS,
  };
  return defineLazyField(ipPlan, 'blocks', () => addressBlocks(sources));
}
