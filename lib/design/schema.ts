import { z } from 'zod';
import {
  ALL_MIG_PROFILE_IDS,
  CONTROL_PLANE_NODE_COUNTS,
  CONTROL_PLANE_PLACEMENTS,
  GPU_IDS,
  LAYOUT_IDS,
  MEDIA_POLICY_IDS,
  MIG_PROFILE_IDS,
  RACK_HEIGHTS_U,
  RACK_WIDTHS_MM,
  WORKLOAD_IDS,
} from '../catalog/ids';
import { CONTROL_PLANE_SPARE_NODES } from '../catalog/kubernetes';
import { maxWorkerNodesFor, THREE_TIER_MAX_WORKER_NODES } from '../catalog/layouts';
import {
  AUTO_CIDR_FIELDS,
  type AutoCidrDesign,
  type AutoCidrField,
  type CidrProposal,
  proposeCidrs,
} from './auto-cidrs';
import { canonicalCidr, cidrSize, cidrsOverlap, parseCidr } from './cidr';
import { DEFAULT_DESIGN, DESIGN_SCHEMA_VERSION } from './default-design';
import { portAddressing, railSizing } from './east-west-addressing';
import { DESIGN_LIMITS, MAX_PODS_PER_NODE_LIMIT, type NumberRange, PHYSICAL_LIMITS } from './limits';

// The reference design and the version live apart from the schema, so the first screen has them without zod.
export { DEFAULT_DESIGN, DESIGN_SCHEMA_VERSION };

/** Node pod CIDRs are /24 each (RA Solution sizing: "4096 sub-CIDRs of /24 each, one for each node"). */
export const NODE_POD_CIDR_PREFIX = 24;

/** A CIDR as the user typed it, checked, then kept in its canonical form for the plan and every export. */
const cidrString = z
  .string()
  .max(64, 'an IPv4 CIDR is at most 18 characters, such as 100.64.0.0/12')
  .superRefine((value, ctx) => {
    const parsed = parseCidr(value);
    if (!parsed.success) ctx.addIssue({ code: 'custom', message: parsed.error });
  })
  .transform(canonicalCidr);

const fmt = (n: number) => n.toLocaleString('en-US');

/** A number field with its limits (limits.ts) said in words ("rack power budget must be 1 to 200 kW"). */
const numberIn = (what: string, { minValue, maxValue, isInt }: NumberRange, unit = '') => {
  const range = `${what} must be ${fmt(minValue)} to ${fmt(maxValue)}${unit}`;
  const base = z.number({ message: `${what} must be a number` });
  return (isInt ? base.int(`${what} must be a whole number`) : base)
    .min(minValue, range)
    .max(maxValue, range);
};

const literalUnion = <T extends readonly number[]>(values: T, what: string) =>
  z.number().refine((v) => (values as readonly number[]).includes(v), {
    message: `${what} must be one of ${values.join(', ')}`,
  });

export const physicalOptionsSchema = z.object({
  rackHeightU: literalUnion(RACK_HEIGHTS_U, 'rack height (U)'),
  rackWidthMm: literalUnion(RACK_WIDTHS_MM, 'rack width (mm)'),
  /** The RA: "around 40kW per rack for racks 1-3 and 5-7" (Network configuration). */
  rackPowerBudgetKW: numberIn('rack power budget', PHYSICAL_LIMITS.rackPowerBudgetKW, ' kW'),
  mediaPolicy: z.enum(MEDIA_POLICY_IDS),
  /** Slack added at each end of every cable, metres (service loop; no authoritative figure exists). */
  slackPerEndM: numberIn('cable slack per end', PHYSICAL_LIMITS.slackPerEndM, ' m'),
  /** Height of the overhead cable tray above the rack top, metres. */
  trayHeightM: numberIn('tray height above the racks', PHYSICAL_LIMITS.trayHeightM, ' m'),
  /** Floor plan: racks in one row before the next row starts (a typical data-hall row holds 10 to 12). */
  racksPerRow: numberIn('racks per row', PHYSICAL_LIMITS.racksPerRow),
  /** Rack depth, mm: with the aisle it sets the distance between rows. */
  rackDepthMm: numberIn('rack depth', PHYSICAL_LIMITS.rackDepthMm, ' mm'),
  /** Aisle between rows (alternating hot and cold aisles), mm. */
  aisleWidthMm: numberIn('aisle width', PHYSICAL_LIMITS.aisleWidthMm, ' mm'),
});

const LB = DESIGN_LIMITS.loadBalancerAddresses;
const PODS = DESIGN_LIMITS.maxPodsPerNode;

export const designObjectSchema = z.object({
  schemaVersion: z.literal(DESIGN_SCHEMA_VERSION),
  gpu: z.enum(GPU_IDS),
  layout: z.enum(LAYOUT_IDS),
  workerNodes: z
    .number({ message: 'worker nodes must be a number' })
    .int('worker nodes must be a whole number')
    .min(1, 'at least 1 worker node')
    // The limit depends on the layout: the refinement below says it (with the layout's number).
    .max(Number.MAX_SAFE_INTEGER),
  workload: z.enum(WORKLOAD_IDS),
  namespaces: numberIn('namespaces', DESIGN_LIMITS.namespaces),
  /** A single MIG profile applied to every GPU ("all-<profile>"), or null for whole GPUs. */
  migProfile: z.enum(ALL_MIG_PROFILE_IDS).nullable(),
  sriov: z.boolean(),
  /** null: auto, the planner proposes one that fits (lib/design/auto-cidrs.ts). */
  podCidr: cidrString.nullable(),
  /** null: auto. */
  serviceCidr: cidrString.nullable(),
  /** Address block the Spectrum-X switchport prefixes (and the Network Operator CIDRPools) come from; null: auto. */
  eastWestCidr: cidrString.nullable(),
  /**
   * Single-tenant /31 per switchport (RA Network configuration: "can still be used in single-tenant
   * environments where every GPU has a dedicated SuperNIC"); only with 1 device per SuperNIC, no SR-IOV.
   */
  pointToPointPorts: z.boolean(),
  /** Switch loopbacks (/32) and leaf-spine links (/31): the fabric underlay. */
  underlayCidr: cidrString,
  /** Out-of-band subnet: every BMC, BlueField and switch management 1GbE port. */
  oobCidr: cidrString,
  /** MAAS PXE / management subnet: every node's InternalIP (RA Canonical MAAS configuration). */
  managementCidr: cidrString,
  /** North-south subnet: every node's DPU address and the MetalLB pool. */
  northSouthCidr: cidrString,
  /** Addresses MetalLB hands to LoadBalancer services, at the top of the north-south subnet. */
  loadBalancerAddresses: z
    .number({ message: 'load-balancer addresses must be a number' })
    .int('load-balancer addresses must be a whole number')
    .min(LB.minValue, `at least ${fmt(LB.minValue)} load-balancer address${LB.minValue === 1 ? '' : 'es'}`)
    .max(LB.maxValue, `at most ${fmt(LB.maxValue)} load-balancer addresses`),
  maxPodsPerNode: z
    .number()
    .int()
    .min(PODS.minValue, `max pods per node must be at least ${fmt(PODS.minValue)}`)
    .max(PODS.maxValue, `a /24 node pod CIDR holds at most ${fmt(MAX_PODS_PER_NODE_LIMIT)} pods`),
  controlPlane: z.object({
    nodes: literalUnion(CONTROL_PLANE_NODE_COUNTS, 'control-plane nodes'),
    placement: z.enum(CONTROL_PLANE_PLACEMENTS),
  }),
  physical: physicalOptionsSchema,
  /** User price overrides in USD, by catalog part id. */
  priceOverridesUSD: z.record(
    z.string().max(64),
    numberIn('a price override', DESIGN_LIMITS.priceOverrideUSD, ' USD'),
  ),
});

/** The design's address blocks, which must not overlap, with the words messages use for them. */
export const CIDR_FIELDS = [
  'podCidr',
  'serviceCidr',
  'eastWestCidr',
  'underlayCidr',
  'oobCidr',
  'managementCidr',
  'northSouthCidr',
] as const;
export const CIDR_LABELS: Readonly<Record<(typeof CIDR_FIELDS)[number], string>> = {
  podCidr: 'the pod CIDR',
  serviceCidr: 'the service CIDR',
  eastWestCidr: 'the east-west CIDR',
  underlayCidr: 'the underlay CIDR',
  oobCidr: 'the out-of-band subnet',
  managementCidr: 'the PXE/management subnet',
  northSouthCidr: 'the north-south subnet',
};

function migValidFor(d: { gpu: keyof typeof MIG_PROFILE_IDS; migProfile: string | null }): boolean {
  return d.migProfile === null || (MIG_PROFILE_IDS[d.gpu] as readonly string[]).includes(d.migProfile);
}

/**
 * Kubernetes nodes of a design: workers, control plane and the spare kept for repaves (RA Hardware
 * resources); each takes a node pod /24 and a management and a north-south address.
 */
export function clusterNodeCount(d: { workerNodes: number; controlPlane: { nodes: number } }): number {
  return d.workerNodes + d.controlPlane.nodes + CONTROL_PLANE_SPARE_NODES;
}

/** Cross-field rules: each message names the field so the UI can show it inline. */
export const designInputSchema = designObjectSchema.superRefine((d, ctx) => {
  const maxNodes = THREE_TIER_MAX_WORKER_NODES;
  if (d.workerNodes > maxNodes) {
    const twoTier = maxWorkerNodesFor(d.layout).toLocaleString('en-US');
    ctx.addIssue({
      code: 'custom',
      path: ['workerNodes'],
      message: `at most ${maxNodes.toLocaleString('en-US')} worker nodes: layout ${d.layout} takes up to ${twoTier} in the RA's 2-tier fabric and up to ${maxNodes.toLocaleString('en-US')} in a 3-tier fabric beyond the RA`,
    });
  }
  if (d.migProfile !== null && !(MIG_PROFILE_IDS[d.gpu] as readonly string[]).includes(d.migProfile)) {
    ctx.addIssue({
      code: 'custom',
      path: ['migProfile'],
      message: `MIG profile ${d.migProfile} does not exist on ${d.gpu}; choose one of ${MIG_PROFILE_IDS[d.gpu].join(', ')}`,
    });
  }
  // Checks of a field the user chose; an auto field (null) is proposed to fit, or refused below.
  const chosen = (text: string | null) => (text === null ? ({ success: false } as const) : parseCidr(text));
  const pod = chosen(d.podCidr);
  const svc = chosen(d.serviceCidr);
  const ew = chosen(d.eastWestCidr);
  // Only for a node count the other checks accept (zod runs this refinement after min/max failures).
  const workersValid = d.workerNodes >= 1 && d.workerNodes <= maxNodes;
  if (pod.success && workersValid) {
    if (pod.data.prefix > NODE_POD_CIDR_PREFIX) {
      ctx.addIssue({
        code: 'custom',
        path: ['podCidr'],
        message: `pod CIDR must be /${NODE_POD_CIDR_PREFIX} or larger: each node takes a /${NODE_POD_CIDR_PREFIX}`,
      });
    } else {
      const nodeSlots = 2 ** (NODE_POD_CIDR_PREFIX - pod.data.prefix);
      const clusterNodes = clusterNodeCount(d);
      if (nodeSlots < clusterNodes) {
        const needed = NODE_POD_CIDR_PREFIX - Math.ceil(Math.log2(clusterNodes));
        ctx.addIssue({
          code: 'custom',
          path: ['podCidr'],
          message: `pod CIDR /${pod.data.prefix} holds ${nodeSlots} node /24s but the cluster has ${clusterNodes} nodes (workers + control plane + spare): use /${needed} or larger, or leave it empty for the planner to choose`,
        });
        // The worker count is what the user changed: it says why, and offers the fix.
        ctx.addIssue({
          code: 'custom',
          path: ['workerNodes'],
          message: `${clusterNodes} nodes need a /${needed} pod CIDR; the chosen ${d.podCidr} holds ${nodeSlots}`,
          params: { fix: { field: 'podCidr', value: null, label: 'Let the planner choose the pod CIDR' } },
        });
      }
    }
  }
  if (svc.success && cidrSize(svc.data) < 256) {
    ctx.addIssue({ code: 'custom', path: ['serviceCidr'], message: 'service CIDR must be /24 or larger' });
  }
  // No two address blocks of the design may overlap; both fields say so, in words.
  const parsedBlocks = CIDR_FIELDS.map((field) => ({ field, cidr: chosen(d[field]) }));
  parsedBlocks.forEach((a, i) => {
    for (const b of parsedBlocks.slice(i + 1)) {
      if (!a.cidr.success || !b.cidr.success || !cidrsOverlap(a.cidr.data, b.cidr.data)) continue;
      const [aText, bText] = [
        `${CIDR_LABELS[a.field]} (${d[a.field]})`,
        `${CIDR_LABELS[b.field]} (${d[b.field]})`,
      ];
      ctx.addIssue({ code: 'custom', path: [a.field], message: `${aText} overlaps ${bText}` });
      ctx.addIssue({ code: 'custom', path: [b.field], message: `${bText} overlaps ${aText}` });
    }
  });
  if (d.pointToPointPorts) {
    const port = migValidFor(d) ? portAddressing(d.gpu, d.layout, d.migProfile, false, d.sriov) : null;
    if (d.sriov || (port !== null && port.devicesPerNic !== 1)) {
      ctx.addIssue({
        code: 'custom',
        path: ['pointToPointPorts'],
        message:
          'single-tenant /31 switchports need a dedicated SuperNIC per GPU and no SR-IOV (1-2-3-400 without MIG): a /31 holds one host address',
      });
    }
  }
  // The east-west CIDR must hold one CIDRPool per rail, each with a per-switchport block per worker
  // (RA Network configuration, per-port prefixes).
  const migValid = migValidFor(d);
  if (ew.success && migValid && workersValid) {
    const port = portAddressing(d.gpu, d.layout, d.migProfile, d.pointToPointPorts, d.sriov);
    const rails = railSizing(d.layout, d.workerNodes, port.portPrefixLength);
    if (ew.data.prefix > rails.requiredPrefixLength) {
      ctx.addIssue({
        code: 'custom',
        path: ['eastWestCidr'],
        message: `east-west CIDR /${ew.data.prefix} is too small: ${rails.rails === 1 ? '1 rail pool' : `${rails.rails} rail pools`} of at least /${rails.minRailPrefixLength} (${d.workerNodes} workers × /${port.portPrefixLength} per switchport) need /${rails.requiredPrefixLength} or larger, or leave it empty for the planner to choose`,
      });
      ctx.addIssue({
        code: 'custom',
        path: ['workerNodes'],
        message: `${d.workerNodes} workers need a /${rails.requiredPrefixLength} east-west CIDR; the chosen ${d.eastWestCidr} is a /${ew.data.prefix}`,
        params: {
          fix: { field: 'eastWestCidr', value: null, label: 'Let the planner choose the east-west CIDR' },
        },
      });
    }
  }
  // Auto fields: there must be room for them.
  if (migValid && workersValid && AUTO_CIDR_FIELDS.some((f) => d[f] === null)) {
    const proposal = proposeCidrs(autoCidrDesign(d));
    if (!proposal.success)
      for (const e of proposal.errors) ctx.addIssue({ code: 'custom', path: [e.path], message: e.message });
  }
});

function autoCidrDesign(d: DesignInput): AutoCidrDesign {
  return {
    ...d,
    otherBlocks: CIDR_FIELDS.filter((f) => !(AUTO_CIDR_FIELDS as readonly string[]).includes(f)).map(
      (f) => d[f] ?? '',
    ),
    clusterNodes: clusterNodeCount(d),
  };
}

/** A design with every CIDR decided: the user's where chosen, the planner's proposal where auto. */
export type PlannedDesign = Omit<DesignInput, AutoCidrField> & Record<AutoCidrField, string>;

/**
 * The design with its auto CIDRs proposed, and what changed against the RA's values. Throws for a
 * design validateDesign refuses (call it on validated designs).
 */
export function planDesign(d: DesignInput): { design: PlannedDesign; proposals: CidrProposal[] } {
  const proposal = proposeCidrs(autoCidrDesign(d));
  if (!proposal.success) throw new Error(proposal.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return { design: { ...d, ...proposal.cidrs }, proposals: proposal.proposals };
}

export type DesignInput = z.infer<typeof designObjectSchema>;
export type PhysicalOptions = z.infer<typeof physicalOptionsSchema>;

/** A one-click fix a message offers: set `field` to `value` (null: let the planner choose). */
export interface FieldFix {
  field: string;
  value: unknown;
  label: string;
}

export interface FieldError {
  /** Dotted path of the field ("workerNodes", "physical.rackHeightU"); "" for the whole document. */
  path: string;
  message: string;
  fix?: FieldFix;
}
export type DesignResult = { success: true; data: DesignInput } | { success: false; errors: FieldError[] };

/** Boundary parser: never throws, returns every problem with its field. */
export function validateDesign(value: unknown): DesignResult {
  const result = designInputSchema.safeParse(value);
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    errors: result.error.issues.map((issue) => {
      const fix = issue.code === 'custom' ? (issue.params as { fix?: FieldFix } | undefined)?.fix : undefined;
      return { path: issue.path.map(String).join('.'), message: issue.message, ...(fix ? { fix } : {}) };
    }),
  };
}

/** A design built from the reference defaults with some fields replaced (tests, CLI, UI). */
export function aDesign(overrides: Partial<DesignInput> = {}): DesignInput {
  return {
    ...DEFAULT_DESIGN,
    ...overrides,
    controlPlane: { ...DEFAULT_DESIGN.controlPlane, ...overrides.controlPlane },
    physical: { ...DEFAULT_DESIGN.physical, ...overrides.physical },
    priceOverridesUSD: { ...DEFAULT_DESIGN.priceOverridesUSD, ...overrides.priceOverridesUSD },
  };
}

/** aDesign with its auto CIDRs decided, for tests and callers of the plan's modules. */
export function aPlannedDesign(overrides: Partial<DesignInput> = {}): PlannedDesign {
  return planDesign(aDesign(overrides)).design;
}
