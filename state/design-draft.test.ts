import { describe, expect, it } from 'vitest';
import { aDesign, DEFAULT_DESIGN } from '@/lib/design/schema';
import { evaluateDraft } from './design-check';
import { applyPendingEdits, designToDraft, parseNumberText, pendingEdits } from './design-draft';

const withValues = (values: Partial<ReturnType<typeof designToDraft>['values']>, prices = {}) => {
  const draft = designToDraft(DEFAULT_DESIGN);
  return { values: { ...draft.values, ...values }, prices: { ...draft.prices, ...prices } };
};

describe('design draft', () => {
  it('round-trips the reference design through text', () => {
    expect(evaluateDraft(designToDraft(DEFAULT_DESIGN), DEFAULT_DESIGN)).toEqual({
      design: DEFAULT_DESIGN,
      errors: [],
    });
  });

  it('reads numbers, selects, nullable selects and booleans from text', () => {
    const draft = withValues({
      workerNodes: ' 1,024 ',
      layout: '1-2-2-200',
      migProfile: '2g.48gb',
      sriov: 'true',
      'controlPlane.nodes': '5',
      'physical.rackHeightU': '48',
    });
    const { design } = evaluateDraft(draft, DEFAULT_DESIGN);
    expect(design).toMatchObject({
      workerNodes: 1024,
      layout: '1-2-2-200',
      migProfile: '2g.48gb',
      sriov: true,
      controlPlane: { nodes: 5, placement: 'physical' },
      physical: { rackHeightU: 48 },
    });
  });

  it('reads the floor-plan fields as numbers and reports their ranges on the field', () => {
    const draft = withValues({
      'physical.racksPerRow': '10',
      'physical.rackDepthMm': '1,070',
      'physical.aisleWidthMm': ' 1500 ',
    });
    expect(evaluateDraft(draft, DEFAULT_DESIGN).design?.physical).toMatchObject({
      racksPerRow: 10,
      rackDepthMm: 1070,
      aisleWidthMm: 1500,
    });
    expect(designToDraft(DEFAULT_DESIGN).values).toMatchObject({
      'physical.racksPerRow': '12',
      'physical.rackDepthMm': '1200',
      'physical.aisleWidthMm': '1200',
    });
    const bad = evaluateDraft(
      withValues({
        'physical.racksPerRow': '2',
        'physical.rackDepthMm': 'deep',
        'physical.aisleWidthMm': '5000',
      }),
      DEFAULT_DESIGN,
    );
    expect(bad.design).toBeNull();
    expect(bad.errors).toEqual(
      expect.arrayContaining([
        { path: 'physical.racksPerRow', message: 'racks per row must be 3 to 60' },
        { path: 'physical.rackDepthMm', message: '"deep" is not a number' },
        { path: 'physical.aisleWidthMm', message: 'aisle width must be 600 to 3,000 mm' },
      ]),
    );
  });

  it('says which text is not a number, instead of a type error', () => {
    const { design, errors } = evaluateDraft(withValues({ workerNodes: '4O96' }), DEFAULT_DESIGN);
    expect(design).toBeNull();
    expect(errors).toEqual([{ path: 'workerNodes', message: '"4O96" is not a number' }]);
  });

  it('reports schema rules on the field they concern', () => {
    const { errors } = evaluateDraft(withValues({ podCidr: '100.64.0.1/12' }), DEFAULT_DESIGN);
    expect(errors.map((e) => e.path)).toContain('podCidr');
    expect(errors.find((e) => e.path === 'podCidr')?.message).toContain('host bits');
  });

  it('reads the IP plan fields: site CIDRs as text, load-balancer addresses as a number, /31 as a box', () => {
    const draft = withValues({
      layout: '1-2-3-400',
      pointToPointPorts: 'true',
      underlayCidr: ' 192.168.0.0/20 ',
      oobCidr: '192.168.16.0/22',
      managementCidr: '192.168.20.0/24',
      northSouthCidr: '192.168.21.0/24',
      loadBalancerAddresses: '32',
    });
    expect(evaluateDraft(draft, DEFAULT_DESIGN)).toMatchObject({
      design: {
        pointToPointPorts: true,
        underlayCidr: '192.168.0.0/20',
        oobCidr: '192.168.16.0/22',
        managementCidr: '192.168.20.0/24',
        northSouthCidr: '192.168.21.0/24',
        loadBalancerAddresses: 32,
      },
      errors: [],
    });
    expect(designToDraft(DEFAULT_DESIGN).values).toMatchObject({
      pointToPointPorts: 'false',
      oobCidr: '10.250.0.0/16',
      loadBalancerAddresses: '16',
    });
  });

  it('puts a site subnet too small for the design on its field (the plan check, not only the schema)', () => {
    // 64 workers: 265 OOB ports + the gateway do not fit the 254 addresses of a /24.
    const { design, errors } = evaluateDraft(withValues({ oobCidr: '10.250.0.0/24' }), DEFAULT_DESIGN);
    expect(design).toBeNull();
    // On the field, offering the /23 around the chosen block.
    expect(errors).toEqual([
      {
        path: 'oobCidr',
        message: expect.stringMatching(/too small.*\/23 or larger, such as 10\.250\.0\.0\/23$/),
        fix: { field: 'oobCidr', value: '10.250.0.0/23', label: 'Use 10.250.0.0/23' },
      },
    ]);
    const lb = evaluateDraft(
      withValues({ northSouthCidr: '10.252.0.0/25', loadBalancerAddresses: '64' }),
      DEFAULT_DESIGN,
    );
    expect(lb.errors.map((e) => e.path)).toEqual(['northSouthCidr']);
  });

  it('puts the /31 refusal on its box and a bad load-balancer count on its field', () => {
    const p2p = evaluateDraft(withValues({ pointToPointPorts: 'true' }), DEFAULT_DESIGN);
    expect(p2p.errors.map((e) => e.path)).toEqual(['pointToPointPorts']);
    const lb = evaluateDraft(withValues({ loadBalancerAddresses: 'lots' }), DEFAULT_DESIGN);
    expect(lb.errors).toEqual([{ path: 'loadBalancerAddresses', message: '"lots" is not a number' }]);
  });

  it('applies price overrides and ignores blank ones', () => {
    const { design } = evaluateDraft(withValues({}, { sn5610: '30000', b3140h: '  ' }), DEFAULT_DESIGN);
    expect(design?.priceOverridesUSD).toEqual({ sn5610: 30000 });
    const bad = evaluateDraft(withValues({}, { sn5610: 'cheap' }), DEFAULT_DESIGN);
    expect(bad.errors).toEqual([{ path: 'priceOverridesUSD.sn5610', message: '"cheap" is not a number' }]);
  });

  it('lists pending edits (text that differs from the valid design) and lays them back', () => {
    const design = aDesign({ priceOverridesUSD: { sn5610: 1 } });
    const draft = designToDraft(design);
    draft.values.podCidr = '100.64.0.0/33';
    draft.prices.sn5610 = '';
    const edits = pendingEdits(draft, design);
    expect(edits).toEqual({ podCidr: '100.64.0.0/33', 'priceOverridesUSD.sn5610': '' });
    expect(applyPendingEdits(design, edits)).toEqual(draft);
  });

  it.each([
    ['12', 12],
    ['1_000', 1000],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['', null],
    ['12abc', null],
    ['Infinity', null],
  ])('parseNumberText(%j) = %j', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });
});

describe('pending edits from outside (a stored design, a link)', () => {
  it('takes only real fields: "toString", "__proto__" and other prototype keys are not fields', () => {
    const draft = applyPendingEdits(DEFAULT_DESIGN, {
      toString: 'x',
      constructor: 'y',
      hasOwnProperty: 'z',
      podCidr: '100.64.0.1/12',
    });
    expect(
      Object.keys(draft.values).filter((k) => !Object.hasOwn(designToDraft(DEFAULT_DESIGN).values, k)),
    ).toEqual([]);
    expect(draft.values.podCidr).toBe('100.64.0.1/12');
    expect(Object.hasOwn(draft.values, 'toString')).toBe(false);
  });
});
