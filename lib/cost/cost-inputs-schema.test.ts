import { describe, expect, it } from 'vitest';
import { parseCostToRunInputs } from './cost-inputs-schema';
import { COST_INPUT_IDS, COST_INPUT_SPECS, costInputProblem } from './cost-to-run';

describe('parseCostToRunInputs', () => {
  it('accepts partial overrides', () => {
    expect(parseCostToRunInputs({ pue: 1.3 })).toEqual({ success: true, data: { pue: 1.3 } });
  });

  it('refuses out-of-range values, text and unknown names, naming the input in words', () => {
    const r = parseCostToRunInputs({ pue: 0.8, years: 'four', wattage: 3 });
    expect(r.success).toBe(false);
    if (r.success) return;
    const byPath = Object.fromEntries(r.errors.map((e) => [e.path, e.message]));
    expect(byPath.pue).toBe('power usage effectiveness (PUE) must be at least 1 (facility power / IT power)');
    expect(byPath.years).toBe('period (service life) must be a number (years)');
    expect(byPath['']).toBe('unknown cost-to-run input: wattage');
  });
});

// The card checks one field with costInputProblem, the CLI a whole object with the schema: both
// must accept and refuse the same values with the same words.
describe('the card and the boundary parser agree', () => {
  it('on the bounds of every input, one step beyond them, and on infinity', () => {
    for (const id of COST_INPUT_IDS) {
      const { min, max, step } = COST_INPUT_SPECS[id];
      for (const value of [min, max, min - step, max + step, Number.POSITIVE_INFINITY]) {
        const parsed = parseCostToRunInputs({ [id]: value });
        const problem = costInputProblem(id, value);
        expect(parsed.success ? null : parsed.errors.map((e) => e.message), `${id} = ${value}`).toEqual(
          problem === null ? null : [problem],
        );
      }
    }
    // The words are the input's, as a user reads them (worked from the PUE spec: 1 to 3).
    expect(costInputProblem('pue', 3.5)).toBe(
      'power usage effectiveness (PUE) must be at most 3 (facility power / IT power)',
    );
    expect(costInputProblem('pue', 1)).toBeNull();
  });
});
