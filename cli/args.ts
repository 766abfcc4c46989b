import { parseArgs as parseNodeArgs } from 'node:util';
import {
  CONTROL_PLANE_NODE_COUNTS,
  CONTROL_PLANE_PLACEMENTS,
  GPU_IDS,
  LAYOUT_IDS,
  MEDIA_POLICY_IDS,
  MIG_PROFILE_IDS,
  RACK_HEIGHTS_U,
  WORKLOAD_IDS,
} from '../lib/catalog/ids';
import { maxWorkerNodesFor, THREE_TIER_MAX_WORKER_NODES } from '../lib/catalog/layouts';
import { PREFERRED_CIDRS } from '../lib/design/auto-cidrs';
import { quoteExcerpt } from '../lib/design/excerpt';
import {
  CIDR_LABELS,
  DEFAULT_DESIGN,
  type DesignInput,
  type FieldError,
  MAX_PODS_PER_NODE_LIMIT,
} from '../lib/design/schema';
import { validatePlannable } from '../lib/plan/logical';
import { FORMAT_IDS, FORMATS, type FormatId, isFormatId } from './formats';

export type ParsedArgs =
  | { ok: true; help: false; input: DesignInput; format: FormatId; out: string | null }
  | { ok: true; help: true; usage: string }
  | { ok: false; message: string };

const OPTIONS = {
  gpu: { type: 'string' },
  layout: { type: 'string' },
  nodes: { type: 'string' },
  workload: { type: 'string' },
  namespaces: { type: 'string' },
  mig: { type: 'string' },
  sriov: { type: 'boolean' },
  'pod-cidr': { type: 'string' },
  'service-cidr': { type: 'string' },
  'east-west-cidr': { type: 'string' },
  'point-to-point': { type: 'boolean' },
  'underlay-cidr': { type: 'string' },
  'oob-cidr': { type: 'string' },
  'management-cidr': { type: 'string' },
  'north-south-cidr': { type: 'string' },
  'lb-addresses': { type: 'string' },
  'max-pods': { type: 'string' },
  'control-plane-nodes': { type: 'string' },
  'control-plane-placement': { type: 'string' },
  media: { type: 'string' },
  'rack-units': { type: 'string' },
  'racks-per-row': { type: 'string' },
  'rack-power-kw': { type: 'string' },
  'rack-depth-mm': { type: 'string' },
  'aisle-mm': { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const OPTION_NAMES = Object.keys(OPTIONS).map((o) => `--${o}`);
const cidrHint = (example: string) => `an IPv4 CIDR such as ${example}`;

/** The floor-plan options' ranges (lib/design/schema.ts physicalOptionsSchema), for help and messages. */
const PHYSICAL_RANGES = {
  racksPerRow: '3 to 60',
  rackPowerBudgetKW: '1 to 200 (kW)',
  rackDepthMm: '600 to 1400 (mm)',
  aisleWidthMm: '600 to 3000 (mm)',
} as const;

export const USAGE = `Usage: npm run plan -- [options]

Plans an NVIDIA Enterprise AI Factory cluster (RA on Supermicro SYS-212GB-FNR) and prints the
ClusterPlan as JSON. Options left out take the RA reference design's values.

  --gpu ${GPU_IDS.join('|')}                 (default ${DEFAULT_DESIGN.gpu})
  --layout ${LAYOUT_IDS.join('|')}      (default ${DEFAULT_DESIGN.layout})
  --nodes N                    GPU worker nodes, 1 to ${THREE_TIER_MAX_WORKER_NODES} (2 tiers up to the layout's RA maximum, 3 beyond; default ${DEFAULT_DESIGN.workerNodes})
  --workload ${WORKLOAD_IDS.join('|')}   (default ${DEFAULT_DESIGN.workload})
  --namespaces N               Kubernetes namespaces (default ${DEFAULT_DESIGN.namespaces})
  --mig PROFILE|none           one MIG profile on every GPU (default none)
                                 rtx-pro-6000: ${MIG_PROFILE_IDS['rtx-pro-6000'].join(', ')}
                                 h200-nvl: ${MIG_PROFILE_IDS['h200-nvl'].join(', ')}
  --sriov                      share SuperNICs through SR-IOV Virtual Functions
  --pod-cidr C                 (default: the planner's choice, the RA's ${PREFERRED_CIDRS.podCidr} while it fits)
  --service-cidr C             (default: the planner's choice, the RA's ${PREFERRED_CIDRS.serviceCidr} while it fits)
  --east-west-cidr C           Spectrum-X switchport / CIDRPool block (default: the planner's
                                 choice, ${PREFERRED_CIDRS.eastWestCidr} while it fits)
  --point-to-point             single-tenant /31 per switchport (default off); only where every GPU
                                 has its own SuperNIC: 1-2-3-400, no MIG, no SR-IOV
  --underlay-cidr C            SN5610 loopbacks and leaf-spine /31s (default ${DEFAULT_DESIGN.underlayCidr})
  --oob-cidr C                 out-of-band subnet, BMCs and management ports (default ${DEFAULT_DESIGN.oobCidr})
  --management-cidr C          MAAS PXE / management subnet (default ${DEFAULT_DESIGN.managementCidr})
  --north-south-cidr C         north-south (DPU) subnet and MetalLB pool (default ${DEFAULT_DESIGN.northSouthCidr})
  --lb-addresses N             MetalLB addresses, 1 to 4096 (default ${DEFAULT_DESIGN.loadBalancerAddresses})
  --max-pods N                 max pods per node, 1 to ${MAX_PODS_PER_NODE_LIMIT} (default ${DEFAULT_DESIGN.maxPodsPerNode})
  --control-plane-nodes ${CONTROL_PLANE_NODE_COUNTS.join('|')}  (default ${DEFAULT_DESIGN.controlPlane.nodes})
  --control-plane-placement ${CONTROL_PLANE_PLACEMENTS.join('|')} (default ${DEFAULT_DESIGN.controlPlane.placement})
  --media ${MEDIA_POLICY_IDS.join('|')}  cable media policy (default ${DEFAULT_DESIGN.physical.mediaPolicy})
  --rack-units ${RACK_HEIGHTS_U.join('|')}           rack height (default ${DEFAULT_DESIGN.physical.rackHeightU})
  --racks-per-row N            racks in one row of the floor plan, ${PHYSICAL_RANGES.racksPerRow} (default ${DEFAULT_DESIGN.physical.racksPerRow})
  --rack-power-kw N            rack power budget, ${PHYSICAL_RANGES.rackPowerBudgetKW} (default ${DEFAULT_DESIGN.physical.rackPowerBudgetKW})
  --rack-depth-mm N            rack depth, ${PHYSICAL_RANGES.rackDepthMm} (default ${DEFAULT_DESIGN.physical.rackDepthMm})
  --aisle-mm N                 aisle width between rows, ${PHYSICAL_RANGES.aisleWidthMm} (default ${DEFAULT_DESIGN.physical.aisleWidthMm})
  --format ${FORMAT_IDS.join('|')}
                               output format (default json):
${FORMAT_IDS.map((f) => `                                 ${f}: ${FORMATS[f].description}`).join('\n')}
  --out FILE                   write the output to FILE instead of stdout
  --help                       show this help

Exit codes: 0 success, 2 invalid arguments (one-line message on stderr, nothing on stdout).`;

/** Thrown inside parseArgs for a bad value; carries the one-line message. */
class ArgError extends Error {}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

function choice<T extends string | number>(option: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => String(a) === value);
  if (found === undefined)
    throw new ArgError(
      `--${option}: ${quoteExcerpt(value)} is not allowed; use one of ${allowed.join(', ')}`,
    );
  return found;
}

function wholeNumber(option: string, value: string, range: string): number {
  if (!/^\d{1,9}$/.test(value))
    throw new ArgError(`--${option}: ${quoteExcerpt(value)} is not a whole number; use ${range}`);
  return Number(value);
}

function decimalNumber(option: string, value: string, range: string): number {
  if (!/^\d{1,9}(\.\d{1,6})?$/.test(value))
    throw new ArgError(`--${option}: ${quoteExcerpt(value)} is not a number; use ${range}`);
  return Number(value);
}

/** Translates node:util's parse errors into one line that names the option and the allowed ones. */
function nodeParseError(err: unknown): string {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return `unknown option ${option ?? ''}; allowed: ${OPTION_NAMES.join(', ')}`.replace('  ', ' ');
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (option && /argument missing/.test(message))
      return `${option}: missing value (see --help for the allowed values)`;
    if (option && /ambiguous/.test(message)) {
      return `${option}: missing value, or a value starting with "-" (write ${option}=VALUE; see --help for the allowed values)`;
    }
    return `${option ?? 'option'}: ${oneLine(message)}`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const arg = /'([^']*)'/.exec(message)?.[1] ?? '';
    return `unexpected argument ${quoteExcerpt(arg)}; options start with --, allowed: ${OPTION_NAMES.join(', ')}`;
  }
  return oneLine(message);
}

/** Option name and allowed values for a DesignInput field path, to prefix schema messages. */
function describeField(path: string, design: DesignInput): { option: string; allowed: string } {
  const byPath: Record<string, { option: string; allowed: string }> = {
    gpu: { option: '--gpu', allowed: GPU_IDS.join(', ') },
    layout: { option: '--layout', allowed: LAYOUT_IDS.join(', ') },
    workerNodes: {
      option: '--nodes',
      allowed: (LAYOUT_IDS as readonly string[]).includes(design.layout)
        ? `1 to ${THREE_TIER_MAX_WORKER_NODES} (2 tiers up to ${maxWorkerNodesFor(design.layout)} for layout ${design.layout})`
        : `1 to ${THREE_TIER_MAX_WORKER_NODES}`,
    },
    workload: { option: '--workload', allowed: WORKLOAD_IDS.join(', ') },
    namespaces: { option: '--namespaces', allowed: '1 to 100000' },
    migProfile: {
      option: '--mig',
      allowed: `none, ${(MIG_PROFILE_IDS[design.gpu] ?? []).join(', ')}`,
    },
    podCidr: { option: '--pod-cidr', allowed: cidrHint(PREFERRED_CIDRS.podCidr) },
    serviceCidr: { option: '--service-cidr', allowed: cidrHint(PREFERRED_CIDRS.serviceCidr) },
    eastWestCidr: { option: '--east-west-cidr', allowed: cidrHint(PREFERRED_CIDRS.eastWestCidr) },
    pointToPointPorts: {
      option: '--point-to-point',
      allowed: 'only with layout 1-2-3-400, no --mig, no --sriov',
    },
    underlayCidr: { option: '--underlay-cidr', allowed: cidrHint(DEFAULT_DESIGN.underlayCidr) },
    oobCidr: { option: '--oob-cidr', allowed: cidrHint(DEFAULT_DESIGN.oobCidr) },
    managementCidr: { option: '--management-cidr', allowed: cidrHint(DEFAULT_DESIGN.managementCidr) },
    northSouthCidr: { option: '--north-south-cidr', allowed: cidrHint(DEFAULT_DESIGN.northSouthCidr) },
    loadBalancerAddresses: { option: '--lb-addresses', allowed: '1 to 4096' },
    maxPodsPerNode: { option: '--max-pods', allowed: `1 to ${MAX_PODS_PER_NODE_LIMIT}` },
    'controlPlane.nodes': { option: '--control-plane-nodes', allowed: CONTROL_PLANE_NODE_COUNTS.join(', ') },
    'controlPlane.placement': {
      option: '--control-plane-placement',
      allowed: CONTROL_PLANE_PLACEMENTS.join(', '),
    },
    'physical.mediaPolicy': { option: '--media', allowed: MEDIA_POLICY_IDS.join(', ') },
    'physical.rackHeightU': { option: '--rack-units', allowed: RACK_HEIGHTS_U.join(', ') },
    'physical.racksPerRow': { option: '--racks-per-row', allowed: PHYSICAL_RANGES.racksPerRow },
    'physical.rackPowerBudgetKW': { option: '--rack-power-kw', allowed: PHYSICAL_RANGES.rackPowerBudgetKW },
    'physical.rackDepthMm': { option: '--rack-depth-mm', allowed: PHYSICAL_RANGES.rackDepthMm },
    'physical.aisleWidthMm': { option: '--aisle-mm', allowed: PHYSICAL_RANGES.aisleWidthMm },
  };
  return byPath[path] ?? { option: path || 'design', allowed: 'see --help' };
}

/** The options the user typed, in the order typed (first occurrence), as "--name". */
function typedOptions(tokens: readonly { kind: string; name?: string }[]): string[] {
  const names = tokens.flatMap((t) => (t.kind === 'option' && t.name ? [`--${t.name}`] : []));
  return [...new Set(names)];
}

/**
 * The errors worth showing, the option typed first at the front. A cross-field rule reports on both
 * fields ("the service CIDR (...) overlaps the pod CIDR (...)" and the reverse); when the user typed
 * only one of the two, the other field's error is the mirror of the first and is dropped, so the
 * message names the option the user typed, not a default they never touched.
 */
function errorsForUser(errors: readonly FieldError[], design: DesignInput, typed: readonly string[]) {
  const optionOf = (e: FieldError) => describeField(e.path, design).option;
  const isTyped = (e: FieldError) => typed.includes(optionOf(e));
  /** How messages name a field's value: "the pod CIDR (100.64.0.0/12)". */
  const mention = (path: string) =>
    Object.hasOwn(CIDR_LABELS, path)
      ? `${CIDR_LABELS[path as keyof typeof CIDR_LABELS]} (${design[path as keyof typeof CIDR_LABELS]})`
      : null;
  const isMirror = (e: FieldError) => {
    const words = mention(e.path);
    return (
      words !== null &&
      !isTyped(e) &&
      errors.some((other) => other !== e && isTyped(other) && other.message.includes(words))
    );
  };
  const rank = (e: FieldError) => {
    const i = typed.indexOf(optionOf(e));
    return i < 0 ? typed.length : i;
  };
  return errors
    .filter((e) => !isMirror(e))
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
    .map(({ e }) => e);
}

function buildDesign(v: Record<string, string | boolean | undefined>): DesignInput {
  const str = (key: string) => (typeof v[key] === 'string' ? (v[key] as string) : undefined);
  /** The option's value if given (checked against the allowed values), else the default. */
  const pick = <T extends string | number>(key: string, allowed: readonly T[], fallback: T): T => {
    const value = str(key);
    return value === undefined ? fallback : choice(key, value, allowed);
  };
  const numberOr = (key: string, fallback: number, range: string) => {
    const value = str(key);
    return value === undefined ? fallback : wholeNumber(key, value, range);
  };
  const decimalOr = (key: string, fallback: number, range: string) => {
    const value = str(key);
    return value === undefined ? fallback : decimalNumber(key, value, range);
  };
  const cidrOr = <T extends string | null>(key: string, fallback: T): string | T => str(key) ?? fallback;
  const d = DEFAULT_DESIGN;
  const gpu = pick('gpu', GPU_IDS, d.gpu);
  const mig = pick<string>('mig', ['none', ...MIG_PROFILE_IDS[gpu]], d.migProfile ?? 'none');
  return {
    ...d,
    gpu,
    layout: pick('layout', LAYOUT_IDS, d.layout),
    workerNodes: numberOr('nodes', d.workerNodes, `1 to ${THREE_TIER_MAX_WORKER_NODES}`),
    workload: pick('workload', WORKLOAD_IDS, d.workload),
    namespaces: numberOr('namespaces', d.namespaces, '1 to 100000'),
    migProfile: mig === 'none' ? null : (mig as DesignInput['migProfile']),
    sriov: v.sriov === true || d.sriov,
    podCidr: cidrOr('pod-cidr', d.podCidr),
    serviceCidr: cidrOr('service-cidr', d.serviceCidr),
    eastWestCidr: cidrOr('east-west-cidr', d.eastWestCidr),
    pointToPointPorts: v['point-to-point'] === true || d.pointToPointPorts,
    underlayCidr: cidrOr('underlay-cidr', d.underlayCidr),
    oobCidr: cidrOr('oob-cidr', d.oobCidr),
    managementCidr: cidrOr('management-cidr', d.managementCidr),
    northSouthCidr: cidrOr('north-south-cidr', d.northSouthCidr),
    loadBalancerAddresses: numberOr('lb-addresses', d.loadBalancerAddresses, '1 to 4096'),
    maxPodsPerNode: numberOr('max-pods', d.maxPodsPerNode, `1 to ${MAX_PODS_PER_NODE_LIMIT}`),
    controlPlane: {
      nodes: pick<number>('control-plane-nodes', CONTROL_PLANE_NODE_COUNTS, d.controlPlane.nodes),
      placement: pick('control-plane-placement', CONTROL_PLANE_PLACEMENTS, d.controlPlane.placement),
    },
    physical: {
      ...d.physical,
      mediaPolicy: pick('media', MEDIA_POLICY_IDS, d.physical.mediaPolicy),
      rackHeightU: pick<number>('rack-units', RACK_HEIGHTS_U, d.physical.rackHeightU),
      racksPerRow: numberOr('racks-per-row', d.physical.racksPerRow, PHYSICAL_RANGES.racksPerRow),
      rackPowerBudgetKW: decimalOr(
        'rack-power-kw',
        d.physical.rackPowerBudgetKW,
        PHYSICAL_RANGES.rackPowerBudgetKW,
      ),
      rackDepthMm: numberOr('rack-depth-mm', d.physical.rackDepthMm, PHYSICAL_RANGES.rackDepthMm),
      aisleWidthMm: numberOr('aisle-mm', d.physical.aisleWidthMm, PHYSICAL_RANGES.aisleWidthMm),
    },
    priceOverridesUSD: { ...d.priceOverridesUSD },
  };
}

/**
 * Parses the `plan` command's arguments into a validated DesignInput, the output format and file.
 * Pure and total: never throws; an error is one line naming the argument and its allowed values.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  try {
    let parsed: ReturnType<
      typeof parseNodeArgs<{
        args: string[];
        options: typeof OPTIONS;
        strict: true;
        allowPositionals: false;
        tokens: true;
      }>
    >;
    try {
      parsed = parseNodeArgs({
        args: [...argv],
        options: OPTIONS,
        strict: true,
        allowPositionals: false,
        tokens: true,
      });
    } catch (err) {
      return { ok: false, message: nodeParseError(err) };
    }
    const values = parsed.values as Record<string, string | boolean | undefined>;
    if (values.help === true) return { ok: true, help: true, usage: USAGE };

    const formatText = typeof values.format === 'string' ? values.format : 'json';
    if (!isFormatId(formatText)) {
      return {
        ok: false,
        message: `--format: ${quoteExcerpt(formatText)} is not allowed; use one of ${FORMAT_IDS.join(', ')}`,
      };
    }
    const out = typeof values.out === 'string' ? values.out : null;
    if (out !== null && out.trim() === '') return { ok: false, message: '--out: give a file name' };
    if (FORMATS[formatText].binary && out === null) {
      return { ok: false, message: `--format ${formatText} writes a binary file: add --out FILE` };
    }

    const design = buildDesign(values);
    const result = validatePlannable(design);
    if (!result.success) {
      const typed = typedOptions(parsed.tokens ?? []);
      const message = errorsForUser(result.errors, design, typed)
        .map((e) => {
          const f = describeField(e.path, design);
          return `${f.option}: ${e.message} (allowed: ${f.allowed})`;
        })
        .join('; ');
      return { ok: false, message: oneLine(message) };
    }
    return { ok: true, help: false, input: result.data, format: formatText, out };
  } catch (err) {
    if (err instanceof ArgError) return { ok: false, message: oneLine(err.message) };
    return {
      ok: false,
      message: oneLine(`invalid arguments: ${err instanceof Error ? err.message : String(err)}`),
    };
  }
}
