import { describe, expect, it } from 'vitest';
import { GPUS } from '../catalog/gpus';
import type { Scenario } from '../design/scenarios';
import { aDesign } from '../design/schema';
import { planCluster } from '../plan/plan-cluster';
import { sizeWorkload } from '../workload/size-workload';
import { compareScenarios } from './compare-scenarios';
import { COMPARE_METRICS, metricsShown } from './metrics';
import { scenarioFromOption } from './workload-scenario';

const RA = aDesign(); // RTX PRO 6000, 1-4-3-200, 64 workers, 3 + 1 control plane (RA Solution sizing)

const compared = (scenarios: Scenario[], baseline = 0) => {
  const result = compareScenarios(scenarios, baseline);
  if (!result.success) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.data;
};

describe('compareScenarios: figures by hand from the RA and the catalog', () => {
  it('the RA reference design: 256 GPUs, 24 TB, 68 servers, 2 leaves and 1 spine, 7 racks', () => {
    const [ra] = compared([{ name: 'RA', design: RA }]).scenarios;
    // RA layout table: 1-4-3-200 holds 4 GPUs per server; 64 x 4 = 256 GPUs.
    expect(ra?.gpus).toBe(256);
    // 256 x 96 GB (RTX PRO 6000) = 24,576 GB = 24 TB binary, the RA's "24TB".
    expect(ra?.gpuMemoryGB).toBe(24_576);
    expect(ra?.gpuMemoryTB).toBe(24);
    // 64 workers + 3 control-plane nodes + 1 spare for repaves (RA Hardware resources).
    expect(ra?.servers).toEqual({ gpuWorkers: 64, controlPlane: 3, spare: 1, total: 68 });
    // RA node/switch table, row "64 | 4 | 2 | 128+64": 2 leaves, 1 spine; the 7-rack layout.
    expect([ra?.switches.leaf, ra?.switches.spine, ra?.switches.superSpine]).toEqual([2, 1, 0]);
    expect(ra?.racks).toBe(7);
  });

  it('a GPU price override changes the BOM by GPUs x the price difference, and nothing else', () => {
    // Catalog: RTX PRO 6000 at US$8,565 (estimate). Overridden to US$10,000 on all 256 GPUs:
    // 256 x (10,000 - 8,565) = 256 x 1,435 = US$367,360 more.
    expect(GPUS['rtx-pro-6000'].priceUSD).toBe(8565);
    const dearer = aDesign({ priceOverridesUSD: { 'rtx-pro-6000': 10_000 } });
    const c = compared([
      { name: 'Catalog price', design: RA },
      { name: 'Quoted price', design: dearer },
    ]);
    const d = c.deltas[0]?.values ?? {};
    expect(c.deltas).toHaveLength(1);
    expect(c.deltas[0]).toMatchObject({ index: 1, scenario: 'Quoted price', baseline: 'Catalog price' });
    expect(d.bomTotalUSD?.delta).toBe(367_360);
    // Per GPU: 367,360 / 256 = 1,435; per TB: 367,360 / 24 = 15,306.67 (each side rounded to cents).
    expect(d.costPerGpuUSD?.delta).toBeCloseTo(1435, 2);
    expect(d.costPerGpuMemoryTBUSD?.delta).toBeCloseTo(15_306.67, 1);
    // Capex is the only difference over the period: the energy is the same.
    expect(d['costToRun.totalUSD']?.delta).toBeCloseTo(367_360, 1);
    expect(d['costToRun.energyPerYearUSD']?.delta).toBe(0);
    for (const id of ['gpus', 'gpuMemoryTB', 'racks', 'switches.total', 'cables.total', 'powerKW.max']) {
      expect(d[id]?.delta, id).toBe(0);
      expect(d[id]?.percent, id).toBe(0);
    }
  });

  it('half the workers: half the GPUs and memory, one leaf and no spine (RA table row 32)', () => {
    const c = compared([
      { name: '64 nodes', design: RA },
      { name: '32 nodes', design: aDesign({ workerNodes: 32 }) },
    ]);
    const d = c.deltas[0]?.values ?? {};
    // 32 x 4 = 128 GPUs: 256 -> 128 is -128, -50 %; 128 x 96 GB = 12 TB: -12 TB, -50 %.
    expect(d.gpus).toEqual({ value: 128, baseline: 256, delta: -128, percent: -50 });
    expect(d.gpuMemoryTB).toEqual({ value: 12, baseline: 24, delta: -12, percent: -50 });
    // 32 + 3 + 1 = 36 servers against 68: -32, -47.1 % (32 / 68 = 0.4706).
    expect(d['servers.total']).toEqual({ value: 36, baseline: 68, delta: -32, percent: -47.1 });
    // RA table: 32 nodes with 4 GPUs need 1 leaf and no spine; 64 need 2 and 1.
    expect(d['switches.leaf']).toEqual({ value: 1, baseline: 2, delta: -1, percent: -50 });
    expect(d['switches.spine']).toEqual({ value: 0, baseline: 1, delta: -1, percent: -100 });
    expect(d['switches.superSpine']).toEqual({ value: 0, baseline: 0, delta: 0, percent: null });
  });

  it('H200 NVL 1-2-2-200 at 32 workers against the reference, compared the other way round', () => {
    const h200 = aDesign({ gpu: 'h200-nvl', layout: '1-2-2-200', workerNodes: 32 });
    const c = compared(
      [
        { name: 'RA', design: RA },
        { name: 'H200', design: h200 },
      ],
      1,
    );
    expect(c.baseline).toBe(1);
    expect(c.baselineName).toBe('H200');
    const h = c.scenarios[1];
    // 1-2-2-200: 2 GPUs per server; 32 x 2 = 64 GPUs x 141 GB = 9,024 GB = 8.8125 TB binary.
    expect(h?.gpus).toBe(64);
    expect(h?.gpuMemoryGB).toBe(9024);
    expect(h?.gpuMemoryTB).toBe(8.8125);
    const bom = planCluster(h200).bom.totalUSD;
    expect(h?.bomTotalUSD).toBe(bom);
    expect(h?.costPerGpuUSD).toBeCloseTo(bom / 64, 2);
    expect(h?.costPerGpuMemoryTBUSD).toBeCloseTo(bom / 8.8125, 2);
    // The RA against the H200 baseline: 256 - 64 = +192 GPUs, +300 %.
    expect(c.deltas[0]?.values.gpus).toEqual({ value: 256, baseline: 64, delta: 192, percent: 300 });
  });

  it('each scenario has every total, read from its own plan', () => {
    const design = aDesign({ workerNodes: 48 });
    const plan = planCluster(design);
    const [f] = compared([{ name: 'x', design }]).scenarios;
    expect(f?.powerKW).toEqual({ max: plan.power.totalMaxKW, typical: plan.power.totalTypicalKW });
    expect(f?.cables.total).toBe(plan.cabling.cables.length);
    expect(f?.cables.DAC).toBe(plan.cabling.byMedia.DAC.count);
    expect(f?.racks).toBe(plan.racks.length);
    expect(f?.bomTotalUSD).toBe(plan.bom.totalUSD);
    expect(f?.workload).toBeNull();
  });
});

describe('compareScenarios: refusals in words', () => {
  const s = (n: number): Scenario => ({ name: `S${n}`, design: aDesign({ workerNodes: n }) });

  it('refuses more than four scenarios, none, and a baseline that is not one of them', () => {
    expect(compareScenarios([1, 2, 3, 4, 5].map(s))).toEqual({
      success: false,
      errors: [
        { path: 'scenarios', message: 'at most 4 scenarios can be compared side by side; 5 were given' },
      ],
    });
    expect(compareScenarios([])).toMatchObject({ success: false, errors: [{ path: 'scenarios' }] });
    expect(compareScenarios([s(1), s(2)], 2)).toEqual({
      success: false,
      errors: [
        { path: 'baseline', message: 'the baseline must be one of the 2 scenarios (1 to 2); 3 was given' },
      ],
    });
  });

  it('names the scenario whose design the plan cannot hold', () => {
    // 64 workers need more than a /24 out-of-band subnet (README: asks for a /23).
    const tooSmall = aDesign({ oobCidr: '10.250.0.0/24' });
    const result = compareScenarios([s(8), { name: 'Small OOB', design: tooSmall }]);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors[0]?.path).toBe('scenarios.1.design.oobCidr');
    expect(result.errors[0]?.message).toMatch(/^scenario 2 \("Small OOB"\) cannot be planned: oobCidr: /);
  });
});

describe('workload scenarios', () => {
  const answer = (() => {
    const r = sizeWorkload({ model: 'llama-3.1-8b', precision: 'fp8', contextTokens: 4096, users: 32 });
    if (!r.success) throw new Error('sizing failed');
    return r.data;
  })();

  it('carries the option’s throughput: all replicas together, and compares it', () => {
    const fitting = answer.options.filter((o) => o.fits && o.design);
    const [a, b] = fitting;
    if (!a || !b) throw new Error('the example must have two options that fit');
    const sa = scenarioFromOption(answer, a, 'A');
    const sb = scenarioFromOption(answer, b, 'B');
    if (!sa || !sb) throw new Error('fitting options have designs');
    const perf = a.replica?.performance;
    expect(sa.workload).toMatchObject({
      optionId: a.id,
      label: 'Llama 3.1 8B, inference, FP8, 4,096 tokens, 32 users',
    });
    expect(sa.workload?.throughput).toMatchObject({
      kind: 'inference',
      users: 32,
      tokensPerSecondPerUser: perf?.tokensPerSecondPerUser,
      // One replica's aggregate rate x the replicas the option deploys.
      aggregateTokensPerSecond: {
        value: Math.round((perf?.aggregateTokensPerSecond.value ?? 0) * a.replicas),
      },
    });
    const c = compared([sa, sb, { name: 'plain', design: RA }]);
    const shown = metricsShown(c.scenarios).map((m) => m.id);
    expect(shown).toContain('workload.aggregateTokensPerSecond');
    expect(shown).not.toContain('workload.timePerEpochHours');
    const vsB = c.deltas[0]?.values['workload.tokensPerSecondPerUser'];
    expect(vsB?.delta).toBeCloseTo(
      (b.replica?.performance?.tokensPerSecondPerUser.value ?? 0) - (perf?.tokensPerSecondPerUser.value ?? 0),
      6,
    );
    // A scenario without a workload has no throughput to compare.
    expect(c.deltas[1]?.values['workload.tokensPerSecondPerUser']).toBeNull();
  });

  it('an option that does not fit gives no scenario', () => {
    const misfit = { ...answer.options[0], fits: false, design: null } as (typeof answer.options)[number];
    expect(scenarioFromOption(answer, misfit, 'x')).toBeNull();
  });

  it('every metric id is unique', () => {
    const ids = COMPARE_METRICS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
