import { describe, expect, it } from 'vitest';
import { allowedValues, DESIGN_FIELD_PATHS, DESIGN_FIELDS, type FieldSpec } from './fields';
import { aDesign, DEFAULT_DESIGN, type DesignInput, validateDesign } from './schema';

/** Dotted paths of every scalar in a design (objects walked, records of prices left out). */
function leafPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, v]) => {
    const path = `${prefix}${key}`;
    if (key === 'priceOverridesUSD' || key === 'schemaVersion') return [];
    return v !== null && typeof v === 'object' ? leafPaths(v, `${path}.`) : [path];
  });
}

function withPath(path: string, value: unknown): DesignInput {
  const [head, tail] = path.split('.') as [keyof DesignInput, string | undefined];
  const base = aDesign();
  if (tail === undefined) return { ...base, [head]: value };
  return { ...base, [head]: { ...(base[head] as object), [tail]: value } };
}

describe('the design field table', () => {
  it('has one entry for every field of a design, and one CLI option each', () => {
    expect([...DESIGN_FIELD_PATHS].sort()).toEqual(leafPaths(DEFAULT_DESIGN).sort());
    const options = DESIGN_FIELD_PATHS.map((p) => DESIGN_FIELDS[p].option);
    expect(new Set(options).size).toBe(options.length);
  });

  // The words must say what the schema does: the end values pass, one step beyond fails on that field.
  it('says the limits the schema enforces on each number', () => {
    for (const path of DESIGN_FIELD_PATHS) {
      const spec: FieldSpec = DESIGN_FIELDS[path];
      if (!spec.range) continue;
      const [min, max] = [spec.range.minValue ?? 0, spec.range.maxValue ?? 0];
      const step = spec.range.isInt ? 1 : 0.5;
      for (const ok of [min, max])
        expect(validateDesign(withPath(path, ok)).success, `${path} = ${ok}`).toBe(true);
      for (const bad of [min - step, max + step]) {
        const r = validateDesign(withPath(path, bad));
        expect(r.success ? [] : r.errors.map((e) => e.path), `${path} = ${bad}`).toContain(path);
      }
      expect(allowedValues(spec, DEFAULT_DESIGN)).toMatch(
        new RegExp(`^${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}`),
      );
    }
  });

  it('offers exactly the values the schema accepts for each select', () => {
    for (const path of DESIGN_FIELD_PATHS) {
      const spec: FieldSpec = DESIGN_FIELDS[path];
      if (!spec.values || spec.kind === 'nullable-select') continue;
      for (const value of spec.values(DEFAULT_DESIGN)) {
        expect(validateDesign(withPath(path, value)).success, `${path} = ${value}`).toBe(true);
      }
      const bad = spec.kind === 'select-number' ? 7 : 'not-a-value';
      const r = validateDesign(withPath(path, bad));
      expect(r.success ? [] : r.errors.map((e) => e.path), `${path} = ${bad}`).toContain(path);
    }
  });

  it('reads the values that depend on the design from it: MIG profiles by GPU, the worker limit by layout', () => {
    // RA MIG tables: RTX PRO 6000 up to 4 instances (1g.24gb ... 4g.96gb), H200 NVL up to 7.
    expect(allowedValues(DESIGN_FIELDS.migProfile, aDesign({ gpu: 'rtx-pro-6000' }))).toBe(
      'none, 1g.24gb, 2g.48gb, 4g.96gb',
    );
    expect(allowedValues(DESIGN_FIELDS.migProfile, aDesign({ gpu: 'h200-nvl' }))).toMatch(
      /^none, 1g\.18gb.*7g\.141gb$/,
    );
    // RA: 2,048 servers with 2 SuperNICs on one 2-tier fabric, 4,096 with 1.
    expect(allowedValues(DESIGN_FIELDS.workerNodes, aDesign({ layout: '1-2-2-200' }))).toBe(
      '1 to 16,384 (2 tiers up to 4,096 for layout 1-2-2-200)',
    );
  });
});
