/**
 * The figures a comparison shows, in order, each read from a scenario's totals: one table for the
 * view's rows, its chart, the workbook's Compare sheet and the deltas of the CLI.
 */
import { CABLE_MEDIA_IDS, type CableMediaId } from '../catalog/cables';
import type { ScenarioFigures } from './types';

export type MetricKind = 'integer' | 'decimal' | 'usd';
export type MetricGroup = 'compute' | 'network' | 'power' | 'cost' | 'workload';

export interface CompareMetric {
  id: string;
  label: string;
  group: MetricGroup;
  kind: MetricKind;
  /** The figure, or null where the scenario has none (a throughput without a workload). */
  read: (f: ScenarioFigures) => number | null;
}

export const METRIC_GROUP_LABELS: Record<MetricGroup, string> = {
  compute: 'Compute',
  network: 'Racks, switches and cables',
  power: 'Power',
  cost: 'Cost',
  workload: 'Workload (as sized)',
};

const metric = (
  id: string,
  label: string,
  group: MetricGroup,
  kind: MetricKind,
  read: CompareMetric['read'],
): CompareMetric => ({ id, label, group, kind, read });

const MEDIA_WORDS: Record<CableMediaId, string> = {
  DAC: 'DAC',
  ACC: 'ACC',
  AEC: 'AEC',
  fiber: 'Fiber',
  cat6: 'Cat6 (out-of-band)',
};

const inference = (f: ScenarioFigures) =>
  f.workload?.throughput.kind === 'inference' ? f.workload.throughput : null;
const training = (f: ScenarioFigures) =>
  f.workload?.throughput.kind === 'training' ? f.workload.throughput : null;

export const COMPARE_METRICS: readonly CompareMetric[] = [
  metric('gpus', 'GPUs', 'compute', 'integer', (f) => f.gpus),
  metric('gpuMemoryTB', 'GPU memory (TB)', 'compute', 'decimal', (f) => f.gpuMemoryTB),
  metric('servers.gpuWorkers', 'GPU servers', 'compute', 'integer', (f) => f.servers.gpuWorkers),
  metric(
    'servers.total',
    'Servers (with control plane and spare)',
    'compute',
    'integer',
    (f) => f.servers.total,
  ),
  metric('racks', 'Racks', 'network', 'integer', (f) => f.racks),
  metric('switches.leaf', 'Leaf switches', 'network', 'integer', (f) => f.switches.leaf),
  metric('switches.spine', 'Spine switches', 'network', 'integer', (f) => f.switches.spine),
  metric('switches.superSpine', 'Super-spine switches', 'network', 'integer', (f) => f.switches.superSpine),
  metric('switches.northSouth', 'North-south switches', 'network', 'integer', (f) => f.switches.northSouth),
  metric('switches.oob', 'Out-of-band switches', 'network', 'integer', (f) => f.switches.oob),
  metric('switches.total', 'Switches (all)', 'network', 'integer', (f) => f.switches.total),
  ...CABLE_MEDIA_IDS.map((media) =>
    metric(`cables.${media}`, `${MEDIA_WORDS[media]} cables`, 'network', 'integer', (f) => f.cables[media]),
  ),
  metric('cables.total', 'Cables (all)', 'network', 'integer', (f) => f.cables.total),
  metric('powerKW.max', 'Power, design maximum (kW)', 'power', 'decimal', (f) => f.powerKW.max),
  metric('powerKW.typical', 'Power, typical (kW)', 'power', 'decimal', (f) => f.powerKW.typical),
  metric('bomTotalUSD', 'BOM total', 'cost', 'usd', (f) => f.bomTotalUSD),
  metric('costPerGpuUSD', 'Cost per GPU', 'cost', 'usd', (f) => f.costPerGpuUSD),
  metric('costPerGpuMemoryTBUSD', 'Cost per TB of GPU memory', 'cost', 'usd', (f) => f.costPerGpuMemoryTBUSD),
  metric('costToRun.energyPerYearUSD', 'Energy per year', 'cost', 'usd', (f) => f.costToRun.energyPerYearUSD),
  metric('costToRun.totalUSD', 'Capex + opex over the period', 'cost', 'usd', (f) => f.costToRun.totalUSD),
  metric(
    'costToRun.costPerGpuHourUSD',
    'Cost per GPU-hour',
    'cost',
    'usd',
    (f) => f.costToRun.costPerGpuHourUSD,
  ),
  metric('workload.users', 'Concurrent users', 'workload', 'integer', (f) => inference(f)?.users ?? null),
  metric(
    'workload.aggregateTokensPerSecond',
    'Throughput, all users (tokens/s)',
    'workload',
    'decimal',
    (f) => inference(f)?.aggregateTokensPerSecond.value ?? null,
  ),
  metric(
    'workload.tokensPerSecondPerUser',
    'Tokens/s per user',
    'workload',
    'decimal',
    (f) => inference(f)?.tokensPerSecondPerUser.value ?? null,
  ),
  metric(
    'workload.timeToFirstTokenS',
    'Time to first token (s)',
    'workload',
    'decimal',
    (f) => inference(f)?.timeToFirstTokenS.value ?? null,
  ),
  metric(
    'workload.timePerEpochHours',
    'Time per epoch (hours)',
    'workload',
    'decimal',
    (f) => training(f)?.timePerEpochHours?.value ?? null,
  ),
];

export const METRIC_IDS: readonly string[] = COMPARE_METRICS.map((m) => m.id);

export function metricById(id: string): CompareMetric | undefined {
  return COMPARE_METRICS.find((m) => m.id === id);
}

/** The metrics any of the scenarios has a value for (the workload rows only when one is set). */
export function metricsShown(scenarios: readonly ScenarioFigures[]): CompareMetric[] {
  return COMPARE_METRICS.filter((m) => scenarios.some((s) => m.read(s) !== null));
}
