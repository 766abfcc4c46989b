import { describe, expect, it } from 'vitest';
import { aDesign } from '@/lib/design/schema';
import { planCluster } from '@/lib/plan/plan-cluster';
import { chunk, deviceTop, ELEVATION, elevationHeight, pageRange, RACKS_PER_PAGE } from './rack-pages';

describe('rack pages', () => {
  it('groups in order, the last group shorter', () => {
    expect(chunk([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(chunk([], 4)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow(/positive integer/);
  });

  it('puts every rack of a 256-worker plan on exactly one page, in floor order', () => {
    const plan = planCluster(aDesign({ workerNodes: 256 }));
    const pages = chunk(plan.racks, RACKS_PER_PAGE);
    expect(pages.flat().map((r) => r.name)).toEqual(plan.racks.map((r) => r.name));
    expect(pages.every((p) => p.length <= RACKS_PER_PAGE)).toBe(true);
    expect(pages).toHaveLength(Math.ceil(plan.racks.length / RACKS_PER_PAGE));
  });

  it('draws U 1 at the bottom and the top U just under the header', () => {
    const rack = { heightU: 42 };
    // 42U: U 42 starts right under the header; U 1 is the last row, 41 rows further down.
    expect(deviceTop(rack, { u: 42, heightU: 1 })).toBe(ELEVATION.headerHeight);
    expect(deviceTop(rack, { u: 1, heightU: 1 })).toBe(ELEVATION.headerHeight + 41 * ELEVATION.uHeight);
    // A 2U device at U 9-10 starts at U 10.
    expect(deviceTop(rack, { u: 9, heightU: 2 })).toBe(ELEVATION.headerHeight + 32 * ELEVATION.uHeight);
    expect(elevationHeight(42)).toBe(ELEVATION.headerHeight + 42 * ELEVATION.uHeight + 4);
  });

  it('names a page by its first and last rack', () => {
    expect(pageRange([{ name: 'A01' }, { name: 'A02' }, { name: 'A04' }])).toBe('A01 to A04');
    expect(pageRange([{ name: 'B07' }])).toBe('B07');
  });
});
