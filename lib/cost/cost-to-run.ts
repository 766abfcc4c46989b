/**
 * Cost to run: what a planned cluster costs over its life, beyond its price. Capex is the plan's BOM
 * total; opex is the energy it draws (at the plan's power, times the site's PUE, at an energy price)
 * plus any other yearly cost the user enters. Every input is an assumption with its default, its
 * range and where the default comes from (or a flag where it is the planner's estimate).
 */
import type { ClusterPlan } from '../plan/types';
import type { Assumption, AssumptionSpec } from '../workload/assumptions';

/** 365 days x 24 h (a common year; a leap year adds 0.27 %). */
export const HOURS_PER_YEAR = 8760;

/** An assumption like the workload's (default, range, unit, source, bounds), with an input step. */
export interface CostInputSpec extends Omit<AssumptionSpec, 'integer'> {
  /** Step for a number input. */
  step: number;
}

export const COST_INPUT_SPECS = {
  energyPriceUSDPerKWh: {
    label: 'energy price',
    value: 0.1,
    low: 0.07,
    high: 0.24,
    unit: 'US$/kWh',
    source:
      'planner estimate: US EIA Electric Power Annual 2023, average revenue per kWh by state (eia.gov/electricity/annual/secrev-map.php), commercial / industrial: Texas 8.82 / 6.60 ¢, Virginia 8.95 / 8.92 ¢ (the largest data-centre states), California 23.91 / 18.64 ¢. US$0.10 sits just above the commercial rates of the data-centre states; enter your site’s tariff',
    estimate: true,
    min: 0,
    max: 5,
    step: 0.01,
  },
  pue: {
    label: 'power usage effectiveness (PUE)',
    value: 1.56,
    low: 1.3,
    high: 1.58,
    unit: 'facility power / IT power',
    source:
      'Uptime Institute Global Data Center Survey 2024: average annual PUE 1.56 at respondents’ largest data centre (1.58 in 2023); new, large facilities reach 1.3 or better',
    estimate: false,
    min: 1,
    max: 3,
    step: 0.01,
  },
  utilization: {
    label: 'GPU utilisation (share of GPU-hours doing work)',
    value: 0.7,
    low: 0.4,
    high: 0.9,
    unit: 'fraction',
    source:
      'planner estimate: a well-scheduled shared cluster; only the cost per used GPU-hour depends on it (energy is counted at the plan’s typical draw all year)',
    estimate: true,
    min: 0.01,
    max: 1,
    step: 0.05,
  },
  years: {
    label: 'period (service life)',
    value: 4,
    low: 3,
    high: 5,
    unit: 'years',
    source: 'planner estimate: servers are commonly depreciated over 3 to 5 years; 4 is the middle',
    estimate: true,
    min: 0.25,
    max: 15,
    step: 0.5,
  },
  otherOpexUSDPerYear: {
    label: 'other operating cost per year (support, space, staff, licences)',
    value: 0,
    low: 0,
    high: 0,
    unit: 'US$/year',
    source: 'not estimated by the planner: enter your support contracts, colocation, staff and software',
    estimate: true,
    min: 0,
    max: 1e10,
    step: 1000,
  },
} as const satisfies Record<string, CostInputSpec>;

export type CostInputId = keyof typeof COST_INPUT_SPECS;
export const COST_INPUT_IDS = Object.keys(COST_INPUT_SPECS) as CostInputId[];
export type CostToRunInputs = Record<CostInputId, number>;

export const DEFAULT_COST_TO_RUN_INPUTS: CostToRunInputs = Object.fromEntries(
  COST_INPUT_IDS.map((id) => [id, COST_INPUT_SPECS[id].value]),
) as CostToRunInputs;

const inWords = (n: number) => n.toLocaleString('en-US');

/** The refusal of a value that is no number (text, infinity) for an input, naming it in words. */
export function costInputNotANumber(id: CostInputId): string {
  const s: CostInputSpec = COST_INPUT_SPECS[id];
  return `${s.label} must be a number (${s.unit})`;
}

/**
 * Why `value` cannot be the input `id` (its spec's bounds), in words naming the input, or null when
 * it can. The card checks its fields with it as they are typed, without zod; the boundary schema
 * (cost-inputs-schema.ts) applies the same check.
 */
export function costInputProblem(id: CostInputId, value: number): string | null {
  const s: CostInputSpec = COST_INPUT_SPECS[id];
  if (!Number.isFinite(value)) return costInputNotANumber(id);
  if (value < s.min) return `${s.label} must be at least ${inWords(s.min)} (${s.unit})`;
  if (value > s.max) return `${s.label} must be at most ${inWords(s.max)} (${s.unit})`;
  return null;
}

/** One input as the answer shows it: a workload assumption's fields (value, range, source, set by the user or not), with its id. */
export type CostAssumption = Assumption & { id: CostInputId };

/** Energy of one power figure over a year and over the period. */
export interface EnergyFigures {
  /** IT power the figure starts from, kW. */
  itPowerKW: number;
  /** IT power x PUE, kW. */
  facilityPowerKW: number;
  yearlyKWh: number;
  yearlyUSD: number;
  periodUSD: number;
}

export interface CostToRun {
  assumptions: CostAssumption[];
  /** The power the energy cost uses: the plan's typical draw (see `powerBasisReason`). */
  powerBasis: 'typical';
  powerBasisReason: string;
  /** Energy at the plan's typical draw: what the cost uses. */
  energy: EnergyFigures;
  /** The same at the design maximum: a ceiling, every device at its maximum all year. */
  energyAtMax: EnergyFigures;
  years: number;
  /** The plan's BOM total, US$. */
  capexUSD: number;
  /** Energy (typical) plus other operating cost, over the period, US$. */
  opexUSD: number;
  otherOpexUSD: number;
  /** Capex + opex over the period, US$. */
  totalUSD: number;
  gpus: number;
  /** GPUs x hours in the period. */
  gpuHours: number;
  /** GPU-hours x utilisation. */
  usedGpuHours: number;
  /** Total / GPU-hours: every hour of every GPU, used or not, US$. */
  costPerGpuHourUSD: number;
  /** Total / used GPU-hours: what an hour of work costs at the utilisation, US$. */
  costPerUsedGpuHourUSD: number;
  /** What the figures leave out, in words. */
  notes: string[];
}

/** The plan figures cost to run reads: power, BOM total and GPU count. */
export type CostPlanFigures = {
  power: Pick<ClusterPlan['power'], 'totalTypicalKW' | 'totalMaxKW'>;
  bom: Pick<ClusterPlan['bom'], 'totalUSD'>;
  compute: Pick<ClusterPlan['compute'], 'totalGpus'>;
};

export const POWER_BASIS_REASON =
  'energy is billed on the average draw, so the cost uses the plan’s typical power (devices under sustained AI load, e.g. GPUs at 80 % of TDP); the design maximum sizes feeds and cooling and is shown as the ceiling';

function energyFor(itPowerKW: number, inputs: CostToRunInputs): EnergyFigures {
  const facilityPowerKW = itPowerKW * inputs.pue;
  const yearlyKWh = facilityPowerKW * HOURS_PER_YEAR;
  const yearlyUSD = yearlyKWh * inputs.energyPriceUSDPerKWh;
  return { itPowerKW, facilityPowerKW, yearlyKWh, yearlyUSD, periodUSD: yearlyUSD * inputs.years };
}

/**
 * Capex, energy and cost per GPU-hour of a planned cluster over `years`.
 * Energy (kWh/year) = plan.power.totalTypicalKW x PUE x 8,760 h; its cost x US$/kWh; opex = (energy +
 * other opex) x years; total = BOM total + opex; cost per GPU-hour = total / (GPUs x 8,760 x years),
 * per used GPU-hour also / utilisation. Overrides must be valid (`costInputProblem`, `parseCostToRunInputs`).
 */
export function costToRun(plan: CostPlanFigures, overrides: Partial<CostToRunInputs> = {}): CostToRun {
  const inputs: CostToRunInputs = { ...DEFAULT_COST_TO_RUN_INPUTS };
  for (const id of COST_INPUT_IDS) {
    const v = overrides[id];
    if (v !== undefined) inputs[id] = v;
  }
  const assumptions = COST_INPUT_IDS.map((id): CostAssumption => {
    const s: CostInputSpec = COST_INPUT_SPECS[id];
    const overridden = overrides[id] !== undefined && overrides[id] !== s.value;
    return {
      id,
      label: s.label,
      value: inputs[id],
      low: overridden ? inputs[id] : s.low,
      high: overridden ? inputs[id] : s.high,
      unit: s.unit,
      source: overridden ? `set by you (default ${s.value}: ${s.source})` : s.source,
      estimate: overridden ? false : s.estimate,
      overridden,
    };
  });
  const energy = energyFor(plan.power.totalTypicalKW, inputs);
  const energyAtMax = energyFor(plan.power.totalMaxKW, inputs);
  const otherOpexUSD = inputs.otherOpexUSDPerYear * inputs.years;
  const opexUSD = energy.periodUSD + otherOpexUSD;
  const capexUSD = plan.bom.totalUSD;
  const totalUSD = capexUSD + opexUSD;
  const gpus = plan.compute.totalGpus;
  const gpuHours = gpus * HOURS_PER_YEAR * inputs.years;
  const usedGpuHours = gpuHours * inputs.utilization;
  const notes = [
    'Capex is the BOM at list prices and estimates (hardware, cables, no installation, shipping or tax)',
    inputs.otherOpexUSDPerYear > 0
      ? 'Opex is energy plus the other operating cost you entered'
      : 'Opex is energy only: support contracts, space, staff and software licences are not included (enter them as other operating cost)',
    'No discounting, financing, energy-price change or residual value',
  ];
  return {
    assumptions,
    powerBasis: 'typical',
    powerBasisReason: POWER_BASIS_REASON,
    energy,
    energyAtMax,
    years: inputs.years,
    capexUSD,
    opexUSD,
    otherOpexUSD,
    totalUSD,
    gpus,
    gpuHours,
    usedGpuHours,
    costPerGpuHourUSD: gpuHours > 0 ? totalUSD / gpuHours : 0,
    costPerUsedGpuHourUSD: usedGpuHours > 0 ? totalUSD / usedGpuHours : 0,
    notes,
  };
}
