import { describe, expect, it } from 'vitest';
import {
  addScenario,
  designFieldInWords,
  EMPTY_SCENARIO_SET,
  freeScenarioName,
  MAX_SCENARIOS,
  removeScenario,
  renameScenario,
  type Scenario,
  type ScenarioSet,
  setBaselineScenario,
  validateScenarioSet,
} from './scenarios';
import { aDesign, DEFAULT_DESIGN } from './schema';

const scenario = (name: string, workerNodes: number): Scenario => ({
  name,
  design: aDesign({ workerNodes }),
});
const setOf = (...s: Scenario[]): ScenarioSet => ({ scenarios: s, baseline: 0 });

const errorsOf = (scenarios: unknown, baseline?: unknown) => {
  const result = validateScenarioSet(scenarios, baseline);
  expect(result.success).toBe(false);
  return result.success ? [] : result.errors;
};

describe('validateScenarioSet', () => {
  it('reads no scenarios as an empty set', () => {
    expect(validateScenarioSet(undefined, undefined)).toEqual({ success: true, data: EMPTY_SCENARIO_SET });
  });

  it('accepts up to four valid scenarios with a baseline, names trimmed', () => {
    const four = [1, 2, 3, 4].map((n) => ({ name: ` S${n} `, design: aDesign({ workerNodes: n * 8 }) }));
    const result = validateScenarioSet(four, 3);
    expect(result).toEqual({
      success: true,
      data: { scenarios: four.map((s) => ({ ...s, name: s.name.trim() })), baseline: 3 },
    });
  });

  it('refuses a fifth scenario, saying how many there are', () => {
    const five = [1, 2, 3, 4, 5].map((n) => scenario(`S${n}`, n));
    expect(errorsOf(five)).toEqual([
      { path: 'scenarios', message: 'at most 4 scenarios can be compared; this document holds 5' },
    ]);
  });

  it('names the scenario and the field in words for a design that fails the checks', () => {
    const bad = [scenario('Base', 64), { name: 'Too many', design: { ...DEFAULT_DESIGN, workerNodes: 0 } }];
    expect(errorsOf(bad)).toEqual([
      {
        path: 'scenarios.1.design.workerNodes',
        message: 'scenario 2 ("Too many"): worker nodes (design.workerNodes): at least 1 worker node',
      },
    ]);
    const rack = [
      {
        name: 'Tall',
        design: { ...DEFAULT_DESIGN, physical: { ...DEFAULT_DESIGN.physical, rackPowerBudgetKW: 0 } },
      },
    ];
    expect(errorsOf(rack)[0]?.message).toBe(
      'scenario 1 ("Tall"): rack power budget (kW) (design.physical.rackPowerBudgetKW): rack power budget must be 1 to 200 kW',
    );
  });

  it('refuses missing and duplicate names, and entries that are not scenarios', () => {
    expect(errorsOf([{ design: DEFAULT_DESIGN }])[0]).toEqual({
      path: 'scenarios.0.name',
      message: 'scenario 1: a scenario needs a name',
    });
    expect(errorsOf([scenario('Big', 64), scenario(' big ', 32)])[0]?.message).toBe(
      'scenario 2 ("big"): the name "big" is already used by scenario 1',
    );
    expect(errorsOf([42])[0]).toEqual({
      path: 'scenarios.0',
      message: 'scenario 1 must be an object { name, design }',
    });
    expect(errorsOf({ name: 'x' })[0]?.path).toBe('scenarios');
    expect(errorsOf([{ name: 'x'.repeat(61), design: DEFAULT_DESIGN }])[0]?.message).toContain(
      'at most 60 characters (this one has 61)',
    );
  });

  it('refuses a baseline that is not one of the scenarios', () => {
    const two = [scenario('A', 8), scenario('B', 16)];
    for (const baseline of [2, -1, 0.5, '0']) {
      expect(errorsOf(two, baseline)).toEqual([
        {
          path: 'baselineScenario',
          message: 'the baseline scenario must be a scenario number from 0 to 1 (counting from 0)',
        },
      ]);
    }
    expect(errorsOf(undefined, 1)[0]?.path).toBe('baselineScenario');
  });

  it('checks a workload snapshot, naming the scenario and the field', () => {
    const good: Scenario = {
      ...scenario('Sized', 8),
      workload: {
        optionId: 'h200-nvl/1-2-2-200',
        label: 'Llama 3.1 70B, inference',
        throughput: {
          kind: 'inference',
          users: 64,
          tokensPerSecondPerUser: { low: 20, value: 25, high: 30 },
          aggregateTokensPerSecond: { low: 1280, value: 1600, high: 1920 },
          timeToFirstTokenS: { low: 0.5, value: 0.7, high: 1 },
        },
      },
    };
    expect(validateScenarioSet([good], 0)).toMatchObject({ success: true, data: { scenarios: [good] } });
    const inverted = {
      ...good,
      workload: {
        ...good.workload,
        throughput: { kind: 'training', timePerEpochHours: { low: 5, value: 2, high: 1 } },
      },
    };
    expect(errorsOf([inverted])[0]).toEqual({
      path: 'scenarios.0.workload.throughput.timePerEpochHours',
      message:
        'scenario 1 ("Sized"): time per epoch must have low <= value <= high (workload.throughput.timePerEpochHours)',
    });
    expect(
      errorsOf([{ ...good, workload: { ...good.workload, throughput: { kind: 'x' } } }])[0]?.message,
    ).toContain('the workload throughput kind must be "inference" or "training"');
  });
});

describe('editing a scenario set', () => {
  it('adds at the end, refusing a fifth, a taken name and the same design twice', () => {
    let set: ScenarioSet = EMPTY_SCENARIO_SET;
    for (const n of [1, 2, 3, 4]) {
      const edit = addScenario(set, scenario(`S${n}`, n));
      expect(edit.ok).toBe(true);
      if (edit.ok) set = edit.set;
    }
    expect(set.scenarios.map((s) => s.name)).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect(addScenario(set, scenario('S5', 5))).toEqual({
      ok: false,
      message: 'at most 4 scenarios can be compared: remove one before adding "S5"',
    });
    const two = setOf(scenario('A', 8), scenario('B', 16));
    expect(addScenario(two, scenario('a', 24))).toEqual({
      ok: false,
      message: 'the name "a" is already used by scenario 1',
    });
    expect(addScenario(two, scenario('C', 16))).toEqual({
      ok: false,
      message: 'this design is already scenario 2 ("B")',
    });
    expect(MAX_SCENARIOS).toBe(4);
  });

  it('removes a scenario and keeps the baseline on the same one', () => {
    const three: ScenarioSet = {
      scenarios: [scenario('A', 8), scenario('B', 16), scenario('C', 24)],
      baseline: 2,
    };
    expect(removeScenario(three, 0)).toEqual({
      scenarios: [three.scenarios[1], three.scenarios[2]],
      baseline: 1,
    });
    expect(removeScenario(three, 2).baseline).toBe(0);
    expect(removeScenario({ ...three, baseline: 0 }, 1).baseline).toBe(0);
    expect(removeScenario(three, 7)).toBe(three);
  });

  it('renames and picks a baseline, refusing what does not exist', () => {
    const two = setOf(scenario('A', 8), scenario('B', 16));
    const renamed = renameScenario(two, 1, '  Bigger ');
    expect(renamed.ok && renamed.set.scenarios.map((s) => s.name)).toEqual(['A', 'Bigger']);
    expect(renameScenario(two, 1, 'B').ok).toBe(true);
    expect(renameScenario(two, 1, 'a')).toEqual({
      ok: false,
      message: 'the name "a" is already used by scenario 1',
    });
    // Numbered as the user sees them, whichever scenario is being renamed.
    expect(renameScenario(two, 0, 'b')).toEqual({
      ok: false,
      message: 'the name "b" is already used by scenario 2',
    });
    expect(renameScenario(two, 1, '  ')).toEqual({ ok: false, message: 'a scenario needs a name' });
    expect(renameScenario(two, 5, 'x')).toEqual({ ok: false, message: 'there is no scenario 6' });
    expect(setBaselineScenario(two, 1)).toEqual({ ok: true, set: { ...two, baseline: 1 } });
    expect(setBaselineScenario(two, 2).ok).toBe(false);
  });

  it('finds a free name by numbering', () => {
    const two = setOf(scenario('RTX', 8), scenario('RTX (2)', 16));
    expect(freeScenarioName(two, 'RTX')).toBe('RTX (3)');
    expect(freeScenarioName(two, 'H200')).toBe('H200');
    expect(freeScenarioName(EMPTY_SCENARIO_SET, '   ')).toBe('Scenario');
    const long = setOf(scenario('x'.repeat(60), 8));
    expect(freeScenarioName(long, 'x'.repeat(70))).toBe(`${'x'.repeat(56)} (2)`);
  });
});

describe('designFieldInWords', () => {
  it.each([
    ['workerNodes', 'worker nodes'],
    ['physical.rackPowerBudgetKW', 'rack power budget (kW)'],
    ['physical.rackDepthMm', 'rack depth (mm)'],
    ['physical.slackPerEndM', 'slack per end (m)'],
    ['physical.rackHeightU', 'rack height (U)'],
    ['controlPlane.nodes', 'control plane nodes'],
    ['oobCidr', 'the out-of-band subnet'],
    ['', 'the design'],
  ])('%s -> %s', (path, words) => {
    expect(designFieldInWords(path)).toBe(words);
  });
});
