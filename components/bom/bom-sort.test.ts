import { describe, expect, it } from 'vitest';
import type { BomLine } from '@/lib/plan/types';
import { firstDirection, nextSort, sortBomLines } from './bom-sort';

const aLine = (o: Partial<BomLine>): BomLine => ({
  partId: 'p',
  partNumber: 'PN',
  description: 'd',
  category: 'servers',
  quantity: 1,
  unitPriceUSD: 1,
  extendedPriceUSD: 1,
  unitPowerW: 0,
  totalPowerW: 0,
  source: { kind: 'estimate', ref: 'Planner estimate' },
  estimate: false,
  priceOverridden: false,
  ...o,
});

const lines = [
  aLine({ partId: 'a', description: 'Switch', extendedPriceUSD: 50, quantity: 2 }),
  aLine({ partId: 'b', description: 'cable', extendedPriceUSD: 5, quantity: 2 }),
  aLine({ partId: 'c', description: 'Server', extendedPriceUSD: 500, quantity: 64 }),
];

describe('BOM sorting', () => {
  it('keeps plan order without a sort', () => {
    expect(sortBomLines(lines, null).map((l) => l.partId)).toEqual(['a', 'b', 'c']);
  });

  it('sorts numbers numerically both ways', () => {
    expect(
      sortBomLines(lines, { key: 'extendedPriceUSD', direction: 'descending' }).map((l) => l.partId),
    ).toEqual(['c', 'a', 'b']);
    expect(
      sortBomLines(lines, { key: 'extendedPriceUSD', direction: 'ascending' }).map((l) => l.partId),
    ).toEqual(['b', 'a', 'c']);
  });

  it('sorts text case-insensitively and keeps ties in plan order', () => {
    expect(sortBomLines(lines, { key: 'description', direction: 'ascending' }).map((l) => l.partId)).toEqual([
      'b',
      'c',
      'a',
    ]);
    expect(sortBomLines(lines, { key: 'quantity', direction: 'ascending' }).map((l) => l.partId)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('cycles a header through ascending, descending and off', () => {
    const asc = nextSort(null, 'quantity');
    expect(asc).toEqual({ key: 'quantity', direction: 'ascending' });
    const desc = nextSort(asc, 'quantity');
    expect(desc).toEqual({ key: 'quantity', direction: 'descending' });
    expect(nextSort(desc, 'quantity')).toBeNull();
    expect(nextSort(desc, 'description')).toEqual({ key: 'description', direction: 'ascending' });
  });

  it('sorts a money column most expensive first on the first click, then cheapest, then off', () => {
    const priced = [
      aLine({ partId: 'cheap', unitPriceUSD: 5, extendedPriceUSD: 10 }),
      aLine({ partId: 'dear', unitPriceUSD: 90_000, extendedPriceUSD: 5_760_000 }),
      aLine({ partId: 'mid', unitPriceUSD: 900, extendedPriceUSD: 1_800 }),
    ];
    for (const key of ['unitPriceUSD', 'extendedPriceUSD'] as const) {
      expect(firstDirection(key)).toBe('descending');
      const first = nextSort(null, key);
      expect(first).toEqual({ key, direction: 'descending' });
      expect(sortBomLines(priced, first).map((l) => l.partId)).toEqual(['dear', 'mid', 'cheap']);
      const second = nextSort(first, key);
      expect(second).toEqual({ key, direction: 'ascending' });
      expect(nextSort(second, key)).toBeNull();
    }
    // Moving from another column to a money column starts most expensive first too.
    expect(nextSort({ key: 'quantity', direction: 'ascending' }, 'extendedPriceUSD')).toEqual({
      key: 'extendedPriceUSD',
      direction: 'descending',
    });
    for (const key of ['partNumber', 'description', 'category', 'quantity', 'totalPowerW'] as const) {
      expect(firstDirection(key)).toBe('ascending');
    }
  });
});
