import { describe, expect, it } from 'vitest';
import { aDesign } from '../design/schema';
import { planCluster } from '../plan/plan-cluster';
import {
  COST_INPUT_IDS,
  COST_INPUT_SPECS,
  type CostPlanFigures,
  costToRun,
  DEFAULT_COST_TO_RUN_INPUTS,
} from './cost-to-run';

/** A plan's figures with round numbers, so every expectation below is worked out by hand. */
const aPlan = (over: { typicalKW?: number; maxKW?: number; bomUSD?: number; gpus?: number } = {}) =>
  ({
    power: { totalTypicalKW: over.typicalKW ?? 100, totalMaxKW: over.maxKW ?? 125 },
    bom: { totalUSD: over.bomUSD ?? 1_000_000 },
    compute: { totalGpus: over.gpus ?? 64 },
  }) satisfies CostPlanFigures;

describe('costToRun (worked by hand)', () => {
  const r = costToRun(aPlan(), { energyPriceUSDPerKWh: 0.1, pue: 1.5, utilization: 0.5, years: 4 });

  it('energy: typical IT power x PUE x 8,760 h, at the price', () => {
    // 100 kW x 1.5 = 150 kW; x 8,760 h = 1,314,000 kWh; x $0.10 = $131,400 a year; x 4 = $525,600.
    expect(r.powerBasis).toBe('typical');
    expect(r.energy.itPowerKW).toBe(100);
    expect(r.energy.facilityPowerKW).toBeCloseTo(150, 9);
    expect(r.energy.yearlyKWh).toBeCloseTo(1_314_000, 6);
    expect(r.energy.yearlyUSD).toBeCloseTo(131_400, 6);
    expect(r.energy.periodUSD).toBeCloseTo(525_600, 6);
  });

  it('the design maximum is the ceiling: 125 kW x 1.5 x 8,760 h = 1,642,500 kWh, $164,250 a year', () => {
    expect(r.energyAtMax.yearlyKWh).toBeCloseTo(1_642_500, 6);
    expect(r.energyAtMax.yearlyUSD).toBeCloseTo(164_250, 6);
  });

  it('capex is the BOM total; total = capex + opex over the period', () => {
    expect(r.capexUSD).toBe(1_000_000);
    expect(r.opexUSD).toBeCloseTo(525_600, 6);
    expect(r.totalUSD).toBeCloseTo(1_525_600, 6);
  });

  it('cost per GPU-hour: over every GPU-hour, and over the used ones', () => {
    // 64 GPUs x 8,760 h x 4 years = 2,242,560 GPU-hours; half used = 1,121,280.
    expect(r.gpuHours).toBe(2_242_560);
    expect(r.usedGpuHours).toBe(1_121_280);
    // $1,525,600 / 2,242,560 = $0.6803; / 1,121,280 = $1.3606.
    expect(r.costPerGpuHourUSD).toBeCloseTo(0.68029, 4);
    expect(r.costPerUsedGpuHourUSD).toBeCloseTo(1.36059, 4);
  });

  it('other operating cost adds to opex every year', () => {
    const withOther = costToRun(aPlan(), {
      energyPriceUSDPerKWh: 0.1,
      pue: 1.5,
      years: 4,
      otherOpexUSDPerYear: 50_000,
    });
    expect(withOther.otherOpexUSD).toBe(200_000);
    expect(withOther.opexUSD).toBeCloseTo(725_600, 6);
    expect(withOther.totalUSD).toBeCloseTo(1_725_600, 6);
    expect(withOther.notes.join(' ')).toContain('other operating cost you entered');
  });

  it('no energy at a price of 0: the total is the capex', () => {
    const free = costToRun(aPlan(), { energyPriceUSDPerKWh: 0 });
    expect(free.energy.yearlyUSD).toBe(0);
    expect(free.totalUSD).toBe(1_000_000);
  });
});

describe('costToRun defaults', () => {
  it('uses $0.10/kWh, PUE 1.56, 70 % utilisation, 4 years and no other opex', () => {
    expect(DEFAULT_COST_TO_RUN_INPUTS).toEqual({
      energyPriceUSDPerKWh: 0.1,
      pue: 1.56,
      utilization: 0.7,
      years: 4,
      otherOpexUSDPerYear: 0,
    });
    // 100 kW x 1.56 x 8,760 h = 1,366,560 kWh a year, $136,656.
    const r = costToRun(aPlan());
    expect(r.energy.yearlyKWh).toBeCloseTo(1_366_560, 6);
    expect(r.energy.yearlyUSD).toBeCloseTo(136_656, 6);
    expect(r.years).toBe(4);
  });

  it('shows every input as an assumption with a source, flagging the planner’s estimates', () => {
    const r = costToRun(aPlan(), { pue: 1.2 });
    expect(r.assumptions.map((a) => a.id)).toEqual(COST_INPUT_IDS);
    for (const a of r.assumptions) expect(a.source.length).toBeGreaterThan(20);
    const byId = Object.fromEntries(r.assumptions.map((a) => [a.id, a]));
    expect(byId.pue).toMatchObject({ value: 1.2, overridden: true, estimate: false, low: 1.2, high: 1.2 });
    expect(byId.pue?.source).toMatch(/^set by you \(default 1.56: Uptime Institute/);
    expect(byId.energyPriceUSDPerKWh).toMatchObject({ overridden: false, estimate: true });
    expect(byId.energyPriceUSDPerKWh?.source).toContain('planner estimate');
    expect(COST_INPUT_SPECS.pue.source).toContain('Uptime Institute');
  });

  it('on the RA reference plan: energy from the plan’s typical power, capex from its BOM', () => {
    const plan = planCluster(aDesign());
    const r = costToRun(plan);
    expect(r.energy.itPowerKW).toBe(plan.power.totalTypicalKW);
    expect(r.energyAtMax.itPowerKW).toBe(plan.power.totalMaxKW);
    expect(r.energyAtMax.yearlyKWh).toBeGreaterThan(r.energy.yearlyKWh);
    expect(r.capexUSD).toBe(plan.bom.totalUSD);
    // 64 workers x 4 GPUs = 256 GPUs x 8,760 h x 4 years.
    expect(r.gpuHours).toBe(256 * 8760 * 4);
  });
});
