/**
 * The design fields, once: the words the form labels them with, the CLI option that sets each, how
 * the form edits it, and the values it allows, read from the limits the schema enforces (limits.ts)
 * and the catalog. The form, the CLI's options, help and messages all take them from here.
 */
import {
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
import { maxWorkerNodesFor, THREE_TIER_MAX_WORKER_NODES } from '../catalog/layouts';
import { PREFERRED_CIDRS } from './auto-cidrs';
import { DEFAULT_DESIGN } from './default-design';
import { DESIGN_LIMITS, type NumberRange, PHYSICAL_LIMITS } from './limits';
import type { DesignInput } from './schema';

/** How the form edits a field (and the draft parses its text). */
export type FieldKind =
  | 'text'
  | 'auto-cidr'
  | 'number'
  | 'select'
  | 'select-number'
  | 'nullable-select'
  | 'boolean';

export interface FieldSpec {
  /** The form's label; messages use it too. */
  label: string;
  /** The CLI option, without the dashes. */
  option: string;
  kind: FieldKind;
  /** Selects: the values offered (from the catalog; some depend on the design's GPU). */
  values?: (design: DesignInput) => readonly (string | number)[];
  /** Numbers: the schema's limits, and their unit in words. */
  range?: NumberRange;
  unit?: string;
  /** Allowed values in words where a list or a range does not say them (CIDRs, switches). */
  words?: (design: DesignInput) => string;
  /** What the CLI help adds after the label. */
  help?: string;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const cidrLike = (example: string) => () => `an IPv4 CIDR such as ${example}`;
const top = DESIGN_LIMITS;
const physical = PHYSICAL_LIMITS;

/** Worker nodes: 1 to the 3-tier ceiling, the layout's 2-tier limit said beside it (catalog). */
function workerRange(design: DesignInput): string {
  const all = `1 to ${fmt(THREE_TIER_MAX_WORKER_NODES)}`;
  return (LAYOUT_IDS as readonly string[]).includes(design.layout)
    ? `${all} (2 tiers up to ${fmt(maxWorkerNodesFor(design.layout))} for layout ${design.layout})`
    : all;
}

const select = (label: string, option: string, values: readonly (string | number)[], help?: string) =>
  ({ label, option, kind: 'select', values: () => values, ...(help ? { help } : {}) }) as const;
const selectNumber = (label: string, option: string, values: readonly number[], unit = '') =>
  ({ label, option, kind: 'select-number', values: () => values, unit }) as const;
const numberField = (label: string, option: string, range: NumberRange, unit = '', help?: string) =>
  ({ label, option, kind: 'number', range, unit, ...(help ? { help } : {}) }) as const;
const subnet = (label: string, option: string, help: string, example: string) =>
  ({ label, option, kind: 'text', words: cidrLike(example), help }) as const;
const autoCidr = (label: string, option: string, help: string, preferred: string) =>
  ({ label, option, kind: 'auto-cidr', words: cidrLike(preferred), help }) as const;

export const DESIGN_FIELDS = {
  gpu: select('GPU', 'gpu', GPU_IDS),
  layout: select('Server layout', 'layout', LAYOUT_IDS),
  workerNodes: { label: 'Worker nodes', option: 'nodes', kind: 'number', words: workerRange },
  workload: select('Workload', 'workload', WORKLOAD_IDS),
  migProfile: {
    label: 'MIG profile',
    option: 'mig',
    kind: 'nullable-select',
    values: (d) => ['none', ...(MIG_PROFILE_IDS[d.gpu] ?? [])],
    help: 'one profile on every GPU',
  },
  sriov: {
    label: 'SR-IOV (virtual functions per pod)',
    option: 'sriov',
    kind: 'boolean',
    words: () => 'on or off',
    help: 'share SuperNICs through SR-IOV Virtual Functions',
  },
  namespaces: numberField('Namespaces', 'namespaces', top.namespaces, '', 'Kubernetes namespaces'),
  podCidr: autoCidr('Pod CIDR', 'pod-cidr', 'one /24 per node', PREFERRED_CIDRS.podCidr),
  serviceCidr: autoCidr('Service CIDR', 'service-cidr', 'Kubernetes services', PREFERRED_CIDRS.serviceCidr),
  eastWestCidr: autoCidr(
    'East-west CIDR',
    'east-west-cidr',
    'Spectrum-X switchport prefixes and the CIDRPools',
    PREFERRED_CIDRS.eastWestCidr,
  ),
  pointToPointPorts: {
    label: 'Single-tenant /31 per switchport',
    option: 'point-to-point',
    kind: 'boolean',
    words: () => 'only with layout 1-2-3-400, no --mig, no --sriov',
    help: 'only where every GPU has its own SuperNIC',
  },
  underlayCidr: subnet(
    'Underlay CIDR',
    'underlay-cidr',
    'SN5610 loopbacks and fabric /31s',
    DEFAULT_DESIGN.underlayCidr,
  ),
  oobCidr: subnet(
    'Out-of-band subnet',
    'oob-cidr',
    'BMCs, BlueField OOB, switch management',
    DEFAULT_DESIGN.oobCidr,
  ),
  managementCidr: subnet(
    'PXE/management subnet',
    'management-cidr',
    "MAAS PXE: every node's InternalIP",
    DEFAULT_DESIGN.managementCidr,
  ),
  northSouthCidr: subnet(
    'North-south subnet',
    'north-south-cidr',
    'DPU addresses and the MetalLB pool',
    DEFAULT_DESIGN.northSouthCidr,
  ),
  loadBalancerAddresses: numberField(
    'Load-balancer addresses',
    'lb-addresses',
    top.loadBalancerAddresses,
    '',
    'MetalLB',
  ),
  maxPodsPerNode: numberField(
    'Max pods per node',
    'max-pods',
    top.maxPodsPerNode,
    '',
    "a node's /24 holds 254",
  ),
  'controlPlane.nodes': selectNumber('Control-plane nodes', 'control-plane-nodes', CONTROL_PLANE_NODE_COUNTS),
  'controlPlane.placement': select(
    'Control-plane placement',
    'control-plane-placement',
    CONTROL_PLANE_PLACEMENTS,
  ),
  'physical.rackHeightU': selectNumber('Rack height', 'rack-units', RACK_HEIGHTS_U, 'U'),
  'physical.rackWidthMm': selectNumber('Rack width', 'rack-width-mm', RACK_WIDTHS_MM, 'mm'),
  'physical.rackPowerBudgetKW': numberField(
    'Rack power budget',
    'rack-power-kw',
    physical.rackPowerBudgetKW,
    'kW',
  ),
  'physical.mediaPolicy': select('Cable policy', 'media', MEDIA_POLICY_IDS, 'cable media'),
  'physical.slackPerEndM': numberField('Cable slack per end', 'slack-m', physical.slackPerEndM, 'm'),
  'physical.trayHeightM': numberField('Cable tray above rack', 'tray-height-m', physical.trayHeightM, 'm'),
  'physical.racksPerRow': numberField(
    'Racks per row',
    'racks-per-row',
    physical.racksPerRow,
    '',
    'floor plan',
  ),
  'physical.rackDepthMm': numberField('Rack depth', 'rack-depth-mm', physical.rackDepthMm, 'mm'),
  'physical.aisleWidthMm': numberField(
    'Aisle width',
    'aisle-mm',
    physical.aisleWidthMm,
    'mm',
    'between rows',
  ),
} as const satisfies Record<string, FieldSpec>;

export type DesignFieldPath = keyof typeof DESIGN_FIELDS;
export const DESIGN_FIELD_PATHS = Object.keys(DESIGN_FIELDS) as DesignFieldPath[];

export const isDesignFieldPath = (path: string): path is DesignFieldPath =>
  Object.hasOwn(DESIGN_FIELDS, path);

/** The spec of a field path, or null for paths outside the table (price overrides, the document). */
export function designField(path: string): FieldSpec | null {
  return isDesignFieldPath(path) ? DESIGN_FIELDS[path] : null;
}

/** A label with its unit: "Rack power budget (kW)", as the form shows it. */
export function labelWithUnit(spec: FieldSpec): string {
  return spec.unit ? `${spec.label} (${spec.unit})` : spec.label;
}

/** The allowed values in words: "42, 48", "1 to 100,000", "3 to 60", "600 to 1,400 (mm)". */
export function allowedValues(spec: FieldSpec, design: DesignInput): string {
  if (spec.words) return spec.words(design);
  if (spec.values) return spec.values(design).join(', ');
  if (spec.range) {
    const unit = spec.unit ? ` (${spec.unit})` : '';
    return `${fmt(spec.range.minValue)} to ${fmt(spec.range.maxValue)}${unit}`;
  }
  return '';
}

/** True when a number field takes whole numbers only (the schema's .int(), from limits.ts). */
export const wholeNumbersOnly = (spec: FieldSpec): boolean => spec.range?.isInt ?? true;
