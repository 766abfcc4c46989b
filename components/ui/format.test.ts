import { describe, expect, it } from 'vitest';
import { formatGbps, formatInt, formatKW, formatUSD, formatUSDCompact } from './format';

describe('format', () => {
  it('formats the figures the views show', () => {
    expect(formatInt(24576)).toBe('24,576');
    expect(formatUSD(1234567.4)).toBe('$1,234,567');
    expect(formatUSDCompact(12_345_678)).toBe('$12.35M');
    expect(formatUSDCompact(6_400_000)).toBe('$6.4M');
    expect(formatUSDCompact(6_000_000)).toBe('$6M');
    expect(formatUSDCompact(950)).toBe('$950');
    expect(formatUSDCompact(1_250_000_000)).toBe('$1.25B');
    expect(formatKW(38.44)).toBe('38.4 kW');
    expect(formatGbps(400)).toBe('400G');
    expect(formatGbps(1600)).toBe('1600G');
    expect(formatGbps(2000)).toBe('2T');
  });
});
