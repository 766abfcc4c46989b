/**
 * Scenarios side by side: each scenario's design planned in full (planCluster), its totals read
 * from the plan (the same read-outs the Summary shows), its cost to run, and every figure's delta
 * against the chosen baseline.
 */
import type { CableMediaId } from '../catalog/cables';
import { type CostToRunInputs, costToRun } from '../cost/cost-to-run';
import { MAX_SCENARIOS, type Scenario } from '../design/scenarios';
import type { FieldError } from '../design/schema';
import { InvalidDesignError } from '../plan/logical';
import { planCluster } from '../plan/plan-cluster';
import type { ClusterPlan } from '../plan/types';
import { COMPARE_METRICS } from './metrics';
import { cablesByMedia, serverCounts, switchCounts } from './plan-figures';
import type { Comparison, MetricDelta, ScenarioDelta, ScenarioFigures } from './types';

export interface CompareOptions {
  /** Cost-to-run overrides (valid ones: `parseCostToRunInputs`); the defaults otherwise. */
  costInputs?: Partial<CostToRunInputs>;
}

export type CompareResult = { success: true; data: Comparison } | { success: false; errors: FieldError[] };

const cents = (usd: number) => Math.round(usd * 100) / 100;
/** Deltas of rounded figures carry float noise (0.1 + 0.2): keep 6 decimals. */
const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

/** A scenario's totals from its plan; `costInputs` as for costToRun. */
export function scenarioFigures(
  scenario: Scenario,
  plan: ClusterPlan,
  costInputs: Partial<CostToRunInputs> = {},
): ScenarioFigures {
  const c = plan.compute;
  const media = cablesByMedia(plan);
  const cables = Object.fromEntries(media.map((m) => [m.media, m.count])) as Record<CableMediaId, number>;
  const cost = costToRun(plan, costInputs);
  const bom = plan.bom.totalUSD;
  const issues = plan.warnings.filter((w) => w.severity !== 'info');
  return {
    name: scenario.name,
    design: scenario.design,
    gpu: c.gpu,
    gpuName: c.gpuName,
    layout: c.layout,
    gpus: c.totalGpus,
    gpuMemoryGB: c.totalGpuMemoryGB,
    gpuMemoryTB: c.totalGpuMemoryTB,
    servers: serverCounts(plan),
    racks: plan.racks.length,
    switches: switchCounts(plan),
    cables: { ...cables, total: media.reduce((sum, m) => sum + m.count, 0) },
    powerKW: { max: plan.power.totalMaxKW, typical: plan.power.totalTypicalKW },
    bomTotalUSD: bom,
    costPerGpuUSD: c.totalGpus > 0 ? cents(bom / c.totalGpus) : 0,
    costPerGpuMemoryTBUSD: c.totalGpuMemoryTB > 0 ? cents(bom / c.totalGpuMemoryTB) : 0,
    costToRun: {
      years: cost.years,
      totalUSD: cents(cost.totalUSD),
      opexUSD: cents(cost.opexUSD),
      energyPerYearKWh: Math.round(cost.energy.yearlyKWh),
      energyPerYearUSD: cents(cost.energy.yearlyUSD),
      costPerGpuHourUSD: cents(cost.costPerGpuHourUSD),
    },
    workload: scenario.workload ?? null,
    planIssues: {
      errors: issues.filter((w) => w.severity === 'error').length,
      warnings: issues.filter((w) => w.severity === 'warning').length,
    },
  };
}

function delta(value: number | null, baseline: number | null): MetricDelta | null {
  if (value === null || baseline === null) return null;
  const d = tidy(value - baseline);
  return {
    value,
    baseline,
    delta: d,
    percent: baseline === 0 ? null : Math.round((d / baseline) * 1000) / 10,
  };
}

/** Every metric of `figures` against `base`. */
export function deltasAgainst(figures: ScenarioFigures, base: ScenarioFigures, index: number): ScenarioDelta {
  const values = Object.fromEntries(COMPARE_METRICS.map((m) => [m.id, delta(m.read(figures), m.read(base))]));
  return { index, scenario: figures.name, baseline: base.name, values };
}

/** Plans one scenario, or says (naming it) why its design cannot be planned. */
function planScenario(scenario: Scenario, index: number): ClusterPlan | FieldError[] {
  try {
    return planCluster(scenario.design);
  } catch (error) {
    if (!(error instanceof InvalidDesignError)) throw error;
    return error.errors.map((e) => ({
      path: `scenarios.${index}.design${e.path ? `.${e.path}` : ''}`,
      message: `scenario ${index + 1} ("${scenario.name}") cannot be planned: ${e.path || 'design'}: ${e.message}`,
    }));
  }
}

/**
 * Compares 1 to MAX_SCENARIOS scenarios against `scenarios[baselineIndex]`. Refuses, in words, an
 * empty list, more than four, a baseline that is not one of them, or a design the plan cannot hold.
 */
export function compareScenarios(
  scenarios: readonly Scenario[],
  baselineIndex = 0,
  options: CompareOptions = {},
): CompareResult {
  if (scenarios.length === 0)
    return refuse('scenarios', 'there are no scenarios to compare: add one or more');
  if (scenarios.length > MAX_SCENARIOS) {
    return refuse(
      'scenarios',
      `at most ${MAX_SCENARIOS} scenarios can be compared side by side; ${scenarios.length} were given`,
    );
  }
  if (!Number.isInteger(baselineIndex) || baselineIndex < 0 || baselineIndex >= scenarios.length) {
    return refuse(
      'baseline',
      `the baseline must be one of the ${scenarios.length} scenarios (1 to ${scenarios.length}); ${baselineIndex + 1} was given`,
    );
  }
  const plans: ClusterPlan[] = [];
  const errors: FieldError[] = [];
  scenarios.forEach((scenario, i) => {
    const plan = planScenario(scenario, i);
    if (Array.isArray(plan)) errors.push(...plan);
    else plans.push(plan);
  });
  if (errors.length > 0) return { success: false, errors };
  const figures = plans.map((plan, i) => scenarioFigures(scenarios[i] as Scenario, plan, options.costInputs));
  const base = figures[baselineIndex] as ScenarioFigures;
  const deltas = figures.flatMap((f, i) => (i === baselineIndex ? [] : [deltasAgainst(f, base, i)]));
  return {
    success: true,
    data: {
      baseline: baselineIndex,
      baselineName: base.name,
      scenarios: figures,
      deltas,
      // The inputs are the same for every scenario: the baseline's list says them once.
      costAssumptions: costToRun(plans[baselineIndex] as ClusterPlan, options.costInputs).assumptions,
    },
  };
}

function refuse(path: string, message: string): CompareResult {
  return { success: false, errors: [{ path, message }] };
}
