/**
 * nv-ipam `CIDRPool` rules, written from Mellanox/nvidia-k8s-ipam at tag network-operator-v25.10.0
 * (the nv-ipam that Network Operator 25.10.0 deploys):
 * - api/v1alpha1/cidrpool_validate.go (Validate, validateCIDR, validateStaticAllocations),
 *   validate_routes.go, validate_exclusions.go, validate_nodeselector.go;
 * - api/v1alpha1/helpers.go GetGatewayForSubnet and GetPossibleIPCount;
 * - api/v1alpha1/cidrpool_type.go, the fields the CRD has (no perNodeExclusions before 26.x);
 * - the node side, which decides the addresses pods get: pkg/ipam-node/controllers/cidrpool/cidrpool.go
 *   (range start and end), pkg/ip/cidr.go LastIP, pkg/ipam-node/allocator/allocator.go (the gateway
 *   is skipped).
 * The controller and every node agent run Validate and drop an invalid pool without a word when the
 * webhook is off (the bundle's NicClusterPolicy sets nvIpam.enableWebhook: false).
 */

import { parseIpv4 } from '../../design/cidr';
import { blockSize, contains, type ParsedCidr, parseIpv4Cidr } from './ipv4';
import { isDns1123Subdomain, isQualifiedName } from './k8s-names';
import {
  isInteger,
  isRecord,
  type K8sObject,
  objectName,
  type Problem,
  ProblemList,
  recordAt,
} from './problems';

/** CNI network name (containernetworking/cni pkg/utils/utils.go ValidateNetworkName). */
const CNI_NETWORK_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

const SPEC_FIELDS = new Set([
  'cidr',
  'gatewayIndex',
  'perNodeNetworkPrefix',
  'exclusions',
  'staticAllocations',
  'nodeSelector',
  'defaultGateway',
  'routes',
]);

/**
 * Host addresses of an IPv4 prefix (GetPossibleIPCount): network and broadcast excluded, except /31
 * (point to point, 2) and /32 (1).
 */
export function possibleIpCount(prefix: number): number {
  if (prefix === 32) return 1;
  if (prefix === 31) return 2;
  return blockSize(prefix) - 2;
}

/**
 * Offset of the gateway inside a node prefix for `index` (GetGatewayForSubnet), or null when nv-ipam
 * finds none and the pool is invalid: index 0 only for /31 and /32; at most addresses - 2 otherwise.
 */
export function gatewayOffset(prefix: number, index: number): number | null {
  if (!Number.isInteger(index) || index < 0) return null;
  const pointToPoint = prefix >= 31;
  if (!pointToPoint && index === 0) return null;
  const maxIndex = pointToPoint ? possibleIpCount(prefix) - 1 : possibleIpCount(prefix);
  return index > maxIndex ? null : index;
}

/**
 * Addresses pods on one node can get from a node prefix: nv-ipam hands out network + 1 .. broadcast - 1
 * (the whole block for /31 and /32) and skips the gateway. 0 when the gateway index makes the pool
 * invalid, because then no node serves it at all.
 */
export function podAddressesPerNodePrefix(prefix: number, gatewayIndex?: number): number {
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32) throw new RangeError(`/${prefix} is not IPv4`);
  const range = possibleIpCount(prefix);
  if (gatewayIndex === undefined) return range;
  return gatewayOffset(prefix, gatewayIndex) === null ? 0 : range - 1;
}

export interface CidrPoolCheckOptions {
  /** Nodes the pool must serve: it needs at least this many node prefixes. */
  minNodes?: number;
  /** Pods per node that need an address from the pool at once (devices sharing the SuperNIC). */
  minPodAddresses?: number;
}

/** Every problem nv-ipam 25.10.0 would have with this CIDRPool. */
export function checkCidrPool(object: K8sObject, options: CidrPoolCheckOptions = {}): Problem[] {
  const problems = new ProblemList(objectName(object));
  checkName(object, problems);
  const spec = recordAt(object.spec);
  for (const key of Object.keys(spec))
    if (!SPEC_FIELDS.has(key))
      problems.at(`spec.${key}`, 'not a CIDRPool field in nv-ipam 25.10.0: the API server prunes it');
  const cidr = checkCidrAndPrefix(spec, problems);
  if (cidr) {
    checkGatewayIndex(spec, cidr.perNode, problems);
    checkExclusions(spec.exclusions, cidr.network, problems);
    checkStaticAllocations(spec.staticAllocations, cidr.network, cidr.perNode, problems);
    const prefixes = 2 ** (cidr.perNode - cidr.network.prefix);
    if (options.minNodes !== undefined && prefixes < options.minNodes)
      problems.at('spec.perNodeNetworkPrefix', `${prefixes} node prefixes for ${options.minNodes} nodes`);
    checkPodAddresses(spec.gatewayIndex, cidr.perNode, options.minPodAddresses, problems);
  }
  if (spec.nodeSelector !== undefined) checkNodeSelector(spec.nodeSelector, problems);
  checkGatewayDependents(spec, problems);
  checkRoutes(spec, problems);
  return problems.items;
}

function checkPodAddresses(
  gatewayIndex: unknown,
  perNode: number,
  needed: number | undefined,
  problems: ProblemList,
): void {
  if (needed === undefined || (gatewayIndex !== undefined && !isInteger(gatewayIndex))) return;
  const available = podAddressesPerNodePrefix(perNode, gatewayIndex);
  if (available < needed)
    problems.at(
      'spec.perNodeNetworkPrefix',
      `/${perNode} gives ${available} pod addresses per node, ${needed} needed`,
    );
}

function checkName(object: K8sObject, problems: ProblemList): void {
  const name = recordAt(object.metadata).name;
  if (typeof name !== 'string' || !CNI_NETWORK_NAME.test(name))
    problems.at('metadata.name', 'invalid CIDR pool name, should be compatible with CNI network name');
  else if (!isDns1123Subdomain(name)) problems.at('metadata.name', 'not a DNS-1123 subdomain');
}

/** validateCIDR up to the per-node prefix; returns early like upstream, since the rest needs both. */
function checkCidrAndPrefix(
  spec: Record<string, unknown>,
  problems: ProblemList,
): { network: ParsedCidr; perNode: number } | null {
  const network = typeof spec.cidr === 'string' ? parseIpv4Cidr(spec.cidr) : null;
  if (!network) {
    problems.at('spec.cidr', 'is invalid cidr (IPv4 a.b.c.d/n)');
    return null;
  }
  if (network.address !== network.network) {
    problems.at('spec.cidr', 'network prefix has host bits set');
    return null;
  }
  const perNode = spec.perNodeNetworkPrefix;
  if (!isInteger(perNode) || perNode <= 0 || perNode > 32 || perNode < network.prefix) {
    problems.at(
      'spec.perNodeNetworkPrefix',
      `must be an integer between the cidr prefix /${network.prefix} and /32`,
    );
    return null;
  }
  return { network, perNode };
}

function checkGatewayIndex(spec: Record<string, unknown>, perNode: number, problems: ProblemList): void {
  const index = spec.gatewayIndex;
  if (index === undefined) return;
  if (!isInteger(index)) problems.at('spec.gatewayIndex', 'must be an integer');
  else if (index < 0) problems.at('spec.gatewayIndex', 'must not be negative');
  else if (gatewayOffset(perNode, index) === null)
    problems.at(
      'spec.gatewayIndex',
      `gateway index is outside of the node prefix /${perNode} (index 0 only for /31 and /32)`,
    );
}

function checkExclusions(exclusions: unknown, network: ParsedCidr, problems: ProblemList): void {
  if (exclusions === undefined) return;
  if (!Array.isArray(exclusions)) {
    problems.at('spec.exclusions', 'must be a list');
    return;
  }
  exclusions.forEach((e, i) => {
    const range = recordAt(e);
    const path = `spec.exclusions[${i}]`;
    const start = ipInside(range.startIP, network, `${path}.startIP`, problems);
    const end = ipInside(range.endIP, network, `${path}.endIP`, problems);
    if (start !== null && end !== null && end < start)
      problems.at(path, 'endIP should be equal or greater than startIP');
  });
}

function ipInside(value: unknown, network: ParsedCidr, path: string, problems: ProblemList): number | null {
  const ip = typeof value === 'string' ? parseIpv4(value) : null;
  if (ip === null) problems.at(path, 'is invalid IP address');
  else if (!contains(network, ip)) problems.at(path, 'is not part of the pool cidr');
  return ip;
}

/** validateStaticAllocations: unique node names and prefixes, of the node size, inside the pool. */
function checkStaticAllocations(
  allocations: unknown,
  network: ParsedCidr,
  perNode: number,
  problems: ProblemList,
): void {
  if (allocations === undefined) return;
  if (!Array.isArray(allocations)) {
    problems.at('spec.staticAllocations', 'must be a list');
    return;
  }
  const nodes = new Map<string, number>();
  const prefixes = new Map<string, number>();
  allocations.forEach((a, i) => {
    const alloc = recordAt(a);
    const path = `spec.staticAllocations[${i}]`;
    if (typeof alloc.nodeName === 'string' && alloc.nodeName !== '')
      nodes.set(alloc.nodeName, (nodes.get(alloc.nodeName) ?? 0) + 1);
    const prefix = checkStaticPrefix(alloc.prefix, network, perNode, `${path}.prefix`, problems);
    if (!prefix) return;
    const key = `${prefix.network}/${prefix.prefix}`;
    prefixes.set(key, (prefixes.get(key) ?? 0) + 1);
    checkStaticGateway(alloc.gateway, prefix, `${path}.gateway`, problems);
  });
  for (const [node, n] of nodes)
    if (n > 1) problems.at('spec.staticAllocations', `contains multiple entries for node ${node}`);
  for (const [prefix, n] of prefixes)
    if (n > 1) problems.at('spec.staticAllocations', `contains multiple entries for prefix ${prefix}`);
}

function checkStaticPrefix(
  value: unknown,
  network: ParsedCidr,
  perNode: number,
  path: string,
  problems: ProblemList,
): ParsedCidr | null {
  const prefix = typeof value === 'string' ? parseIpv4Cidr(value) : null;
  if (!prefix) problems.at(path, 'is not a valid network prefix');
  else if (prefix.address !== prefix.network) problems.at(path, 'network prefix has host bits set');
  else if (!contains(network, prefix.network)) problems.at(path, 'prefix is not part of the pool cidr');
  else if (prefix.prefix !== perNode)
    problems.at(path, "prefix size doesn't match spec.perNodeNetworkPrefix");
  else return prefix;
  return null;
}

function checkStaticGateway(value: unknown, prefix: ParsedCidr, path: string, problems: ProblemList): void {
  if (value === undefined || value === '') return;
  const ip = typeof value === 'string' ? parseIpv4(value) : null;
  if (ip === null) problems.at(path, 'is not a valid IP');
  else if (!contains(prefix, ip)) problems.at(path, 'is outside of the node prefix');
}

/** validateNodeSelector (a copy of Kubernetes' core validation in nv-ipam). */
function checkNodeSelector(selector: unknown, problems: ProblemList): void {
  const terms = recordAt(selector).nodeSelectorTerms;
  if (!Array.isArray(terms) || terms.length === 0) {
    problems.at('spec.nodeSelector.nodeSelectorTerms', 'must have at least one node selector term');
    return;
  }
  terms.forEach((term, i) => {
    const expressions = recordAt(term).matchExpressions;
    if (!Array.isArray(expressions)) return;
    expressions.forEach((e, j) => {
      checkRequirement(
        recordAt(e),
        `spec.nodeSelector.nodeSelectorTerms[${i}].matchExpressions[${j}]`,
        problems,
      );
    });
  });
}

function checkRequirement(req: Record<string, unknown>, path: string, problems: ProblemList): void {
  const values = Array.isArray(req.values) ? req.values : [];
  if (values.some((v) => typeof v !== 'string')) problems.at(`${path}.values`, 'values must be strings');
  switch (req.operator) {
    case 'In':
    case 'NotIn':
      if (values.length === 0)
        problems.at(`${path}.values`, "must be specified when `operator` is 'In' or 'NotIn'");
      break;
    case 'Exists':
    case 'DoesNotExist':
      if (values.length > 0)
        problems.at(`${path}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
      break;
    case 'Gt':
    case 'Lt':
      if (values.length !== 1) problems.at(`${path}.values`, "must be a single value for 'Gt' or 'Lt'");
      break;
    default:
      problems.at(`${path}.operator`, 'not a valid selector operator');
  }
  if (typeof req.key !== 'string' || !isQualifiedName(req.key))
    problems.at(`${path}.key`, 'not a valid label key');
}

/** Validate: without a gateway index there is no gateway, so neither a default gateway nor routes. */
function checkGatewayDependents(spec: Record<string, unknown>, problems: ProblemList): void {
  if (spec.defaultGateway !== undefined && typeof spec.defaultGateway !== 'boolean')
    problems.at('spec.defaultGateway', 'must be a boolean');
  if (spec.gatewayIndex !== undefined) return;
  if (spec.defaultGateway === true)
    problems.at('spec.defaultGateway', 'cannot be true if spec.gatewayIndex is not set');
  if (Array.isArray(spec.routes) && spec.routes.length > 0)
    problems.at('spec.routes', 'cannot be set if spec.gatewayIndex is not set');
}

/** validateRoutes: each dst a CIDR of the pool's family, no default route with defaultGateway. */
function checkRoutes(spec: Record<string, unknown>, problems: ProblemList): void {
  if (spec.routes === undefined) return;
  if (!Array.isArray(spec.routes)) {
    problems.at('spec.routes', 'must be a list');
    return;
  }
  spec.routes.forEach((r, i) => {
    const dst = isRecord(r) ? r.dst : undefined;
    const path = `spec.routes[${i}].dst`;
    const route = typeof dst === 'string' ? parseIpv4Cidr(dst) : null;
    if (!route) problems.at(path, 'is invalid subnet (or not IPv4, like the pool)');
    else if (spec.defaultGateway === true && route.network === 0 && route.prefix === 0)
      problems.at(path, "default route is not allowed if 'defaultGateway' is true");
  });
}
