/**
 * IPAM records from the plan's IP plan: roles, prefixes, IP addresses and IP ranges. Columns and
 * values follow NetBox v4.6.8 (netbox/ipam/forms/bulk_import.py, netbox/ipam/choices.py).
 *
 * - A per-port block (east-west switchport prefix, leaf-spine /31, loopback /32) puts its gateway on
 *   the switch interface that owns it; the peer's address goes on the peer's interface.
 * - A shared subnet (OOB, management, north-south) is one prefix; its gateway is one address with no
 *   interface: the plan lists it on every access port of the subnet, and NetBox allows an address
 *   once (ENFORCE_GLOBAL_UNIQUE) on one interface.
 * - An address range (nv-ipam pod addresses of a switchport, the MetalLB pool) is an IP range marked
 *   populated: the cluster hands those addresses out, NetBox must not offer them as free.
 * - An address whose device is not in the zip (virtual control-plane node, MetalLB) or whose port the
 *   plan does not name is written without an interface, its owner in the description.
 */
import { formatCidr, parseCidr } from '../../design/cidr';
import type { AddressBlock, AddressNetworkId, ClusterPlan } from '../../plan/types';
import { ACTIVE, CONTAINER, IP_ROLE_LOOPBACK, type IpamRoleId, RESERVED, SCOPE_SITE } from './choices';
import type { IP_ADDRESS_COLUMNS, IP_RANGE_COLUMNS, IPAM_ROLE_COLUMNS, PREFIX_COLUMNS, Row } from './columns';
import { clip, IPAM_ROLE, type SiteNames, slugify } from './names';

/** The devices of the zip and the interfaces their device types define. */
export interface InterfaceLookup {
  hasDevice(device: string): boolean;
  hasInterface(device: string, port: string): boolean;
}

export interface IpamRows {
  roles: Row<typeof IPAM_ROLE_COLUMNS>[];
  prefixes: Row<typeof PREFIX_COLUMNS>[];
  addresses: Row<typeof IP_ADDRESS_COLUMNS>[];
  ranges: Row<typeof IP_RANGE_COLUMNS>[];
}

/** Blocks configured on one switchport (or loopback) each; the others are shared subnets. */
const PER_PORT: ReadonlySet<AddressNetworkId> = new Set([
  'east-west',
  'leaf-spine',
  'spine-superspine',
  'loopback',
]);

const prefixLength = (prefix: string): string => prefix.slice(prefix.indexOf('/') + 1);
const roleName = (role: IpamRoleId): string => IPAM_ROLE[role].name;

/** Canonical CIDR text (the plan writes canonical CIDRs; design inputs may not be). */
function canonical(cidr: string): string {
  const parsed = parseCidr(cidr);
  return parsed.success ? formatCidr(parsed.data) : cidr;
}

type PrefixRow = Row<typeof PREFIX_COLUMNS>;

/** Containers and subnets first, so NetBox nests each block under its parent as it arrives. */
function prefixRows(plan: ClusterPlan, names: SiteNames): PrefixRow[] {
  const rows = new Map<string, PrefixRow>();
  const add = (cidr: string, status: string, role: IpamRoleId, description: string) => {
    const prefix = canonical(cidr);
    if (rows.has(prefix)) return;
    rows.set(prefix, {
      prefix,
      status,
      role: roleName(role),
      scope_type: SCOPE_SITE,
      scope_name: names.site,
      description: clip(description),
    });
  };
  for (const s of plan.ipPlan.subnets) {
    add(s.cidr, s.network === 'underlay' ? CONTAINER : ACTIVE, s.network, `${s.field}: ${s.purpose}`);
  }
  add(plan.network.eastWestCidr, CONTAINER, 'east-west', 'east-west CIDR: the SuperNIC switchport prefixes');
  for (const pool of plan.network.pools)
    add(pool.cidr, CONTAINER, 'east-west', `${pool.name}: rail ${pool.rail}`);
  add(plan.kubernetes.podCidr, RESERVED, 'kubernetes', 'Kubernetes pod CIDR (cluster-internal)');
  add(plan.kubernetes.serviceCidr, RESERVED, 'kubernetes', 'Kubernetes service CIDR (cluster-internal)');
  for (const b of plan.ipPlan.blocks) add(b.prefix, ACTIVE, b.network, blockDescription(b));
  return [...rows.values()];
}

function blockDescription(b: AddressBlock): string {
  const owner = b.device ? `${b.device} ${b.port}` : b.network;
  const peer = b.peerDevice ? ` to ${b.peerDevice}${b.peerPort ? ` ${b.peerPort}` : ''}` : '';
  return `${owner}${peer}${b.rail === undefined ? '' : ` (rail ${b.rail})`}`;
}

type AddressRow = Row<typeof IP_ADDRESS_COLUMNS>;

/** The interface an address goes on, when the zip has it. */
function assignment(
  lookup: InterfaceLookup,
  device: string,
  port: string,
): { device: string; interface: string } | null {
  return lookup.hasInterface(device, port) ? { device, interface: port } : null;
}

/**
 * A device's NetBox OOB address is its BMC (servers) or management port (switches); its primary
 * address is the PXE/management InternalIP (servers) or the loopback (switches).
 */
function flags(network: AddressNetworkId, port: string): { is_primary: boolean; is_oob: boolean } {
  return {
    is_primary: network === 'management' || network === 'loopback',
    is_oob: network === 'oob' && (port === 'bmc' || port === 'mgmt'),
  };
}

function addressRow(
  address: string,
  network: AddressNetworkId,
  at: { device: string; interface: string } | null,
  description: string,
): AddressRow {
  const f = at ? flags(network, at.interface) : { is_primary: false, is_oob: false };
  return {
    address,
    status: ACTIVE,
    role: network === 'loopback' ? IP_ROLE_LOOPBACK : '',
    device: at?.device ?? '',
    interface: at?.interface ?? '',
    is_primary: f.is_primary,
    is_oob: f.is_oob,
    description: clip(description),
  };
}

/** "a-b" (a range) or "a" (one address); "" when the block has no peer addresses. */
function peerRange(text: string): { first: string; last: string } | null {
  if (!text) return null;
  const [first = '', last = first] = text.split('-');
  return { first, last };
}

function gatewayRow(b: AddressBlock, lookup: InterfaceLookup): AddressRow {
  const address = `${b.gateway}/${prefixLength(b.prefix)}`;
  if (!PER_PORT.has(b.network)) {
    return addressRow(
      address,
      b.network,
      null,
      `Gateway of the ${b.network} subnet ${b.prefix} (shared, on no interface)`,
    );
  }
  const what = b.network === 'loopback' ? 'Loopback' : `Gateway for ${b.peerDevice} ${b.peerPort}`;
  return addressRow(address, b.network, assignment(lookup, b.device, b.port), what);
}

function peerAddressRow(b: AddressBlock, address: string, lookup: InterfaceLookup): AddressRow {
  const at = assignment(lookup, b.peerDevice, b.peerPort);
  const owner = `${b.peerDevice}${b.peerPort ? ` ${b.peerPort}` : ''}`;
  const why = at
    ? ''
    : lookup.hasDevice(b.peerDevice)
      ? ' (the plan names no port)'
      : ' (not a device in this import)';
  return addressRow(`${address}/${prefixLength(b.prefix)}`, b.network, at, `${b.network}: ${owner}${why}`);
}

function rangeRow(b: AddressBlock, first: string, last: string): Row<typeof IP_RANGE_COLUMNS> {
  const length = prefixLength(b.prefix);
  const what =
    b.network === 'load-balancer'
      ? 'MetalLB address pool'
      : `Pod addresses (nv-ipam) for ${b.peerDevice} ${b.peerPort}${b.rail === undefined ? '' : `, rail ${b.rail}`}`;
  return {
    start_address: `${first}/${length}`,
    end_address: `${last}/${length}`,
    status: ACTIVE,
    role: roleName(b.network),
    mark_populated: true,
    description: clip(what),
  };
}

/** Addresses and ranges of every block; a shared subnet's gateway once. */
function addressesAndRanges(plan: ClusterPlan, lookup: InterfaceLookup) {
  const addresses: AddressRow[] = [];
  const ranges: Row<typeof IP_RANGE_COLUMNS>[] = [];
  const sharedGateways = new Set<string>();
  for (const b of plan.ipPlan.blocks) {
    const shared = !PER_PORT.has(b.network);
    if (b.gateway && !(shared && sharedGateways.has(b.gateway))) {
      if (shared) sharedGateways.add(b.gateway);
      addresses.push(gatewayRow(b, lookup));
    }
    const peer = peerRange(b.peerAddresses);
    if (!peer) continue;
    if (peer.first === peer.last) addresses.push(peerAddressRow(b, peer.first, lookup));
    else ranges.push(rangeRow(b, peer.first, peer.last));
  }
  return { addresses, ranges };
}

function roleRows(used: ReadonlySet<string>): Row<typeof IPAM_ROLE_COLUMNS>[] {
  return (Object.keys(IPAM_ROLE) as IpamRoleId[])
    .filter((id) => used.has(roleName(id)))
    .map((id) => ({ name: roleName(id), slug: slugify(id), description: IPAM_ROLE[id].description }));
}

export function ipamRows(plan: ClusterPlan, names: SiteNames, lookup: InterfaceLookup): IpamRows {
  const prefixes = prefixRows(plan, names);
  const { addresses, ranges } = addressesAndRanges(plan, lookup);
  const used = new Set([...prefixes, ...ranges].map((r) => String(r.role)));
  return { roles: roleRows(used), prefixes, addresses, ranges };
}
