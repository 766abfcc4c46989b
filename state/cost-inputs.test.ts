import { describe, expect, it } from 'vitest';
import { costInputOverrides } from './cost-inputs';

describe('costInputOverrides', () => {
  it('empty text keeps the default; numbers become overrides', () => {
    expect(costInputOverrides({})).toEqual({ overrides: {}, errors: [] });
    expect(costInputOverrides({ pue: '1.3', energyPriceUSDPerKWh: ' 0.08 ', years: '' })).toEqual({
      overrides: { pue: 1.3, energyPriceUSDPerKWh: 0.08 },
      errors: [],
    });
    expect(costInputOverrides({ otherOpexUSDPerYear: '120,000' }).overrides).toEqual({
      otherOpexUSDPerYear: 120_000,
    });
  });

  it('refuses text and out-of-range values on their input; the others still apply', () => {
    expect(costInputOverrides({ pue: '0.9', years: 'four', utilization: '0.5' })).toEqual({
      overrides: { utilization: 0.5 },
      errors: [
        {
          path: 'pue',
          message: 'power usage effectiveness (PUE) must be at least 1 (facility power / IT power)',
        },
        { path: 'years', message: 'must be a number' },
      ],
    });
  });
});
