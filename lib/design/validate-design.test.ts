import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalCidr } from './cidr';
import { aDesign, DEFAULT_DESIGN, validateDesign } from './schema';
import { assertProperty } from './test-support/seeds';

const expectRefusal = (value: unknown) => {
  const result = validateDesign(value);
  expect(result.success).toBe(false);
  if (!result.success) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) expect(e.message.length).toBeGreaterThan(0);
  }
};

describe('validateDesign: invalid input is refused with a message, never thrown', () => {
  it('accepts the RA reference design', () => {
    expect(validateDesign(DEFAULT_DESIGN).success).toBe(true);
  });

  it('refuses arbitrary garbage (fast-check, seed 42)', () => {
    assertProperty(
      fc.property(fc.anything(), (value) => {
        expectRefusal(value);
      }),
      500,
    );
  });

  const field = fc.constantFrom(
    'gpu',
    'layout',
    'workerNodes',
    'workload',
    'namespaces',
    'migProfile',
    'sriov',
    'podCidr',
    'serviceCidr',
    'eastWestCidr',
    'maxPodsPerNode',
    'controlPlane',
    'physical',
    'schemaVersion',
  );
  const wrongValue = fc.oneof(
    fc.string(),
    fc.double(),
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    fc.array(fc.integer()),
    fc.object(),
  );

  it('refuses one field of the reference replaced by a wrong type or value (fast-check, seed 42)', () => {
    assertProperty(
      fc.property(field, wrongValue, (key, value) => {
        const candidate = { ...DEFAULT_DESIGN, [key]: value };
        const result = validateDesign(candidate);
        // A few random values are valid for some fields (a boolean for sriov); everything else must fail.
        if (!result.success) for (const e of result.errors) expect(e.message.length).toBeGreaterThan(0);
      }),
      500,
    );
  });

  it('refuses malformed CIDRs (fast-check, seed 42)', () => {
    const badCidr = fc.oneof(
      fc.string().filter((s) => !/^\d+\.\d+\.\d+\.\d+\/\d+$/.test(s)),
      fc
        .tuple(fc.integer({ min: 256, max: 9999 }), fc.integer({ min: 0, max: 32 }))
        .map(([a, p]) => `${a}.0.0.0/${p}`),
      fc.integer({ min: 33, max: 99 }).map((p) => `10.0.0.0/${p}`),
      fc.integer({ min: 1, max: 255 }).map((h) => `10.0.0.${h}/24`),
    );
    assertProperty(
      fc.property(fc.constantFrom('podCidr', 'serviceCidr', 'eastWestCidr'), badCidr, (key, value) => {
        const result = validateDesign({ ...DEFAULT_DESIGN, [key]: value });
        expect(result.success).toBe(false);
        if (!result.success) expect(result.errors.some((e) => e.path === key)).toBe(true);
      }),
      300,
    );
  });

  it('refuses impossible node counts (fast-check, seed 42)', () => {
    const badCount = fc.oneof(
      fc.integer({ max: 0 }),
      fc.integer({ min: 16_385 }),
      fc.double({ min: 0.01, max: 4000, noInteger: true }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0.5),
    );
    assertProperty(
      fc.property(badCount, (workerNodes) => {
        const result = validateDesign({ ...DEFAULT_DESIGN, workerNodes });
        expect(result.success).toBe(false);
        if (!result.success) expect(result.errors.some((e) => e.path === 'workerNodes')).toBe(true);
      }),
      300,
    );
  });

  it('accepts a worker count above the layout’s 2-tier maximum (planned as 3 tiers) up to 16,384', () => {
    expect(
      validateDesign(aDesign({ layout: '1-2-3-400', workerNodes: 3000, podCidr: '10.0.0.0/11' })).success,
    ).toBe(true);
    const result = validateDesign(
      aDesign({ layout: '1-2-3-400', workerNodes: 16_385, podCidr: '10.0.0.0/9' }),
    );
    expect(result.success).toBe(false);
    if (!result.success) expect(result.errors[0]?.message).toMatch(/^at most 16,384 worker nodes/);
  });

  it('refuses a MIG profile of the other GPU', () => {
    const result = validateDesign(aDesign({ gpu: 'rtx-pro-6000', migProfile: '1g.18gb' }));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.errors.some((e) => e.path === 'migProfile')).toBe(true);
  });
});

describe('CIDRs in canonical form', () => {
  it.each([
    ['eastWestCidr', ' 172.16.0.0/16 ', '172.16.0.0/16'],
    ['serviceCidr', '100.80.0.0/14\n', '100.80.0.0/14'],
    ['oobCidr', '\t10.250.0.0/16', '10.250.0.0/16'],
  ] as const)('keeps %s %j as %j in the validated design', (field, typed, canonical) => {
    const result = validateDesign(aDesign({ [field]: typed }));
    expect(result.success && result.data[field]).toBe(canonical);
  });

  it('spells a prefix with a leading zero canonically', () => {
    expect(canonicalCidr('10.0.0.0/08')).toBe('10.0.0.0/8');
    expect(canonicalCidr('not a cidr')).toBe('not a cidr');
  });

  it('quotes at most a short, one-line excerpt of a huge or multi-line bad value', () => {
    const result = validateDesign(aDesign({ podCidr: `${'x'.repeat(4_000_000)}\n` }));
    expect(result.success).toBe(false);
    if (result.success) return;
    for (const e of result.errors) {
      expect(e.message.length).toBeLessThan(200);
      expect(e.message).not.toContain('\n');
    }
  });
});

describe('messages in words, naming the limit that applies', () => {
  const errorsOf = (overrides: Parameters<typeof aDesign>[0]) => {
    const result = validateDesign(aDesign(overrides));
    return result.success ? [] : result.errors;
  };

  it("gives 99,999 workers on 1-4-3-200 the limits that apply (that layout's 2-tier 2,048, the 3-tier 16,384), once", () => {
    const errors = errorsOf({ workerNodes: 99_999, layout: '1-4-3-200' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: 'workerNodes' });
    expect(errors[0]!.message).toBe(
      "at most 16,384 worker nodes: layout 1-4-3-200 takes up to 2,048 in the RA's 2-tier fabric and up to 16,384 in a 3-tier fabric beyond the RA",
    );
  });

  it.each([
    [{ namespaces: 0 }, 'namespaces', 'namespaces must be 1 to 100,000'],
    [{ namespaces: 1.5 }, 'namespaces', 'namespaces must be a whole number'],
    [
      { physical: { ...DEFAULT_DESIGN.physical, rackPowerBudgetKW: 500 } },
      'physical.rackPowerBudgetKW',
      'rack power budget must be 1 to 200 kW',
    ],
    [
      { priceOverridesUSD: { sn5610: -1 } },
      'priceOverridesUSD.sn5610',
      'a price override must be 0 to 100,000,000 USD',
    ],
  ] as const)('%j -> %s: %s', (overrides, path, message) => {
    expect(errorsOf(overrides as Parameters<typeof aDesign>[0])).toContainEqual({ path, message });
  });
});
