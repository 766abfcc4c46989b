/**
 * CIDRs that fit: while the user has not chosen the pod, service or east-west CIDR (the field is
 * `null`), the planner proposes one that holds every node and overlaps no other block, keeping the
 * RA's value whenever it fits (RA Solution sizing: pod 100.64.0.0/12, service 100.80.0.0/14) and
 * saying when it had to grow or move it.
 */
import { type Cidr, cidrSize, cidrsOverlap, formatCidr, parseCidr } from './cidr';
import { portAddressing, railSizing } from './east-west-addressing';

/** The fields the planner may choose; a `null` value means "auto". */
/** In the order they are proposed: the service CIDR never needs to grow, so it keeps the RA's block. */
export const AUTO_CIDR_FIELDS = ['serviceCidr', 'podCidr', 'eastWestCidr'] as const;
export type AutoCidrField = (typeof AUTO_CIDR_FIELDS)[number];

/** The values the planner starts from: the RA's (Solution sizing) and the planner's east-west block. */
export const PREFERRED_CIDRS: Readonly<Record<AutoCidrField, string>> = {
  podCidr: '100.64.0.0/12',
  serviceCidr: '100.80.0.0/14',
  eastWestCidr: '172.16.0.0/16',
};

/**
 * Where a proposal may go, in order: the shared address space the RA's CIDRs sit in, then (pods of
 * more than about 8,000 nodes need a /10 or larger, all of 100.64.0.0/10) RFC 1918's 10.0.0.0/8;
 * RFC 1918's 172.16.0.0/12 for east-west.
 */
const SEARCH_SPACES: Readonly<Record<AutoCidrField, readonly string[]>> = {
  podCidr: ['100.64.0.0/10', '10.0.0.0/8'],
  serviceCidr: ['100.64.0.0/10'],
  eastWestCidr: ['172.16.0.0/12'],
};

/** Node pod CIDRs are /24 each (RA Solution sizing). */
const NODE_POD_PREFIX = 24;

/** What the proposal needs to know of a design (a structural subset of DesignInput). */
export interface AutoCidrDesign {
  gpu: Parameters<typeof portAddressing>[0];
  layout: Parameters<typeof portAddressing>[1];
  migProfile: Parameters<typeof portAddressing>[2];
  pointToPointPorts: boolean;
  sriov: boolean;
  workerNodes: number;
  podCidr: string | null;
  serviceCidr: string | null;
  eastWestCidr: string | null;
  /** Every other chosen block the proposals must avoid. */
  otherBlocks: readonly string[];
  clusterNodes: number;
}

export interface CidrProposal {
  field: AutoCidrField;
  cidr: string;
  /** Why it differs from the preferred value, or null when the preferred value fits. */
  changed: string | null;
}

export type ProposalResult =
  | { success: true; cidrs: Record<AutoCidrField, string>; proposals: CidrProposal[] }
  | { success: false; errors: { path: AutoCidrField; message: string }[] };

const parsed = (text: string): Cidr | null => {
  const r = parseCidr(text);
  return r.success ? r.data : null;
};

/** Longest prefix (smallest block) the field needs for this design; the preferred size when larger. */
export function neededPrefix(field: AutoCidrField, d: AutoCidrDesign): number {
  const preferred = Number(PREFERRED_CIDRS[field].split('/')[1]);
  if (field === 'podCidr') return Math.min(preferred, NODE_POD_PREFIX - Math.ceil(Math.log2(d.clusterNodes)));
  if (field === 'serviceCidr') return preferred;
  const port = portAddressing(d.gpu, d.layout, d.migProfile, d.pointToPointPorts, d.sriov);
  return Math.min(preferred, railSizing(d.layout, d.workerNodes, port.portPrefixLength).requiredPrefixLength);
}

/** The first aligned block of `prefix` in `space`, from `start` upward then from the bottom, avoiding `taken`. */
export function firstFreeBlock(
  space: Cidr,
  prefix: number,
  start: number,
  taken: readonly Cidr[],
): Cidr | null {
  if (prefix < space.prefix) return null;
  const size = 2 ** (32 - prefix);
  const count = cidrSize(space) / size;
  const first = Math.max(0, Math.floor((start - space.network) / size));
  for (let k = 0; k < count; k++) {
    const candidate = { network: space.network + ((first + k) % count) * size, prefix };
    if (!taken.some((t) => cidrsOverlap(t, candidate))) return candidate;
  }
  return null;
}

const LABEL: Readonly<Record<AutoCidrField, string>> = {
  podCidr: 'pod CIDR',
  serviceCidr: 'service CIDR',
  eastWestCidr: 'east-west CIDR',
};

/** Proposes every auto field in order (service, pod, east-west), each avoiding what is already taken. */
export function proposeCidrs(d: AutoCidrDesign): ProposalResult {
  const taken: Cidr[] = [...d.otherBlocks, ...AUTO_CIDR_FIELDS.map((f) => d[f] ?? '')]
    .map((t) => parsed(t))
    .filter((c): c is Cidr => c !== null);
  const cidrs = {} as Record<AutoCidrField, string>;
  const proposals: CidrProposal[] = [];
  const errors: { path: AutoCidrField; message: string }[] = [];
  for (const field of AUTO_CIDR_FIELDS) {
    const chosen = d[field];
    if (chosen !== null) {
      cidrs[field] = chosen;
      continue;
    }
    const preferred = parsed(PREFERRED_CIDRS[field]) as Cidr;
    const prefix = neededPrefix(field, d);
    const spaces = SEARCH_SPACES[field].map((text) => parsed(text) as Cidr);
    // From the preferred block upward in the first space; from the bottom in the fallbacks.
    const found = spaces.reduce<Cidr | null>(
      (hit, space, i) =>
        hit ?? firstFreeBlock(space, prefix, i === 0 ? preferred.network : space.network, taken),
      null,
    );
    if (!found) {
      errors.push({
        path: field,
        message: `no free /${prefix} for the ${LABEL[field]} in ${SEARCH_SPACES[field].join(' or ')} beside the other blocks: choose one`,
      });
      continue;
    }
    taken.push(found);
    const cidr = formatCidr(found);
    cidrs[field] = cidr;
    proposals.push({ field, cidr, changed: changeReason(field, cidr, prefix, preferred) });
  }
  return errors.length > 0 ? { success: false, errors } : { success: true, cidrs, proposals };
}

function changeReason(field: AutoCidrField, cidr: string, prefix: number, preferred: Cidr): string | null {
  if (cidr === formatCidr(preferred)) return null;
  const grown = prefix < preferred.prefix;
  return grown
    ? `the ${LABEL[field]} grew to ${cidr}: the design needs a /${prefix}, larger than ${formatCidr(preferred)}`
    : `the ${LABEL[field]} moved to ${cidr}: ${formatCidr(preferred)} overlaps another block of the design`;
}
