/**
 * A comparison: the figures of up to four planned scenarios and their deltas against a baseline.
 * Plain serialisable data (the CLI prints it, the view and the workbook read it).
 */
import type { CableMediaId } from '../catalog/cables';
import type { GpuId, LayoutId } from '../catalog/ids';
import type { CostAssumption } from '../cost/cost-to-run';
import type { ScenarioWorkload } from '../design/scenarios';
import type { DesignInput } from '../design/schema';
import type { ServerCounts, SwitchCounts } from './plan-figures';

/** Capex plus the energy over the period (lib/cost `costToRun`, at the comparison's inputs). */
export interface ScenarioCostToRun {
  years: number;
  /** BOM total + opex over the period, US$. */
  totalUSD: number;
  opexUSD: number;
  /** Energy at the plan's typical draw x PUE, per year. */
  energyPerYearKWh: number;
  energyPerYearUSD: number;
  /** Total over every GPU-hour of the period, US$. */
  costPerGpuHourUSD: number;
}

/** One scenario's totals, every one read from its ClusterPlan (and the cost to run of it). */
export interface ScenarioFigures {
  name: string;
  design: DesignInput;
  gpu: GpuId;
  gpuName: string;
  layout: LayoutId;
  /** `plan.compute.totalGpus`. */
  gpus: number;
  /** `plan.compute.totalGpuMemoryGB`. */
  gpuMemoryGB: number;
  /** `plan.compute.totalGpuMemoryTB` (binary TB, as the RA's "24TB"). */
  gpuMemoryTB: number;
  servers: ServerCounts;
  racks: number;
  switches: SwitchCounts;
  /** Cables by media (DAC, ACC, AEC, fiber, cat6) and their total. */
  cables: Record<CableMediaId, number> & { total: number };
  /** `plan.power`: design maximum and typical draw. */
  powerKW: { max: number; typical: number };
  /** `plan.bom.totalUSD`. */
  bomTotalUSD: number;
  /** BOM total / GPUs. */
  costPerGpuUSD: number;
  /** BOM total / GPU memory in TB. */
  costPerGpuMemoryTBUSD: number;
  costToRun: ScenarioCostToRun;
  /** The sized workload's throughput, when the scenario came from a workload answer. */
  workload: ScenarioWorkload | null;
  /** The plan's problems: errors and warnings (info left out). */
  planIssues: { errors: number; warnings: number };
}

/** One figure of a scenario against the baseline's. */
export interface MetricDelta {
  value: number;
  baseline: number;
  /** value - baseline. */
  delta: number;
  /** delta / baseline x 100, rounded to 0.1; null when the baseline is 0. */
  percent: number | null;
}

export interface ScenarioDelta {
  /** Index of the scenario in `scenarios`. */
  index: number;
  scenario: string;
  baseline: string;
  /** By metric id (COMPARE_METRICS); null where either side has no value (a throughput not set). */
  values: Record<string, MetricDelta | null>;
}

export interface Comparison {
  /** Index of the baseline in `scenarios`. */
  baseline: number;
  baselineName: string;
  scenarios: ScenarioFigures[];
  /** One per scenario other than the baseline, in scenario order. */
  deltas: ScenarioDelta[];
  /** The cost-to-run inputs every scenario was costed at. */
  costAssumptions: CostAssumption[];
}
