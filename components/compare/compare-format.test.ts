import { describe, expect, it } from 'vitest';
import { formatDelta, formatMetric } from './compare-format';

describe('formatMetric', () => {
  it('formats by kind: counts, decimals, dollars (small amounts to the cent)', () => {
    expect(formatMetric('integer', 24576)).toBe('24,576');
    expect(formatMetric('decimal', 8.8125)).toBe('8.81');
    expect(formatMetric('decimal', 180.39)).toBe('180.4');
    expect(formatMetric('usd', 5_123_456.7)).toBe('$5,123,457');
    expect(formatMetric('usd', 2.414)).toBe('$2.41');
  });
});

describe('formatDelta', () => {
  it('signs the difference and its percentage, with a true minus', () => {
    expect(formatDelta('integer', { value: 256, baseline: 128, delta: 128, percent: 100 })).toBe(
      '+128 (+100 %)',
    );
    expect(formatDelta('integer', { value: 36, baseline: 68, delta: -32, percent: -47.1 })).toBe(
      '\u221232 (\u221247.1 %)',
    );
    expect(formatDelta('usd', { value: 1, baseline: 1, delta: 0, percent: 0 })).toBe('same');
    expect(formatDelta('integer', { value: 2, baseline: 0, delta: 2, percent: null })).toBe(
      '+2 (baseline 0)',
    );
    expect(formatDelta('usd', { value: 10, baseline: 9, delta: 367_360, percent: 4.2 })).toBe(
      '+$367,360 (+4.2 %)',
    );
  });
});
