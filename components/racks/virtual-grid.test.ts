import { describe, expect, it } from 'vitest';
import { gridWindow, scrollTopFor } from './virtual-grid';

const base = { itemWidth: 200, rowHeight: 600, gap: 20, containerWidth: 900, viewportHeight: 500 };

describe('gridWindow', () => {
  it('fits as many columns as the width allows', () => {
    expect(gridWindow({ ...base, itemCount: 10, scrollTop: 0 }).columns).toBe(4);
    expect(gridWindow({ ...base, itemCount: 10, scrollTop: 0, containerWidth: 100 }).columns).toBe(1);
  });

  it('renders only the rows near the viewport', () => {
    const w = gridWindow({ ...base, itemCount: 130, scrollTop: 6200, overscanRows: 1 });
    expect(w.rows).toBe(33);
    expect(w.firstRow).toBe(9);
    expect(w.lastRow).toBe(12);
    expect(w.totalHeight).toBe(33 * 620 - 20);
  });

  it('clamps at both ends and handles an empty grid', () => {
    const top = gridWindow({ ...base, itemCount: 7, scrollTop: -50 });
    expect([top.firstRow, top.lastRow]).toEqual([0, 2]);
    expect(gridWindow({ ...base, itemCount: 0, scrollTop: 0 })).toMatchObject({
      rows: 0,
      lastRow: 0,
      totalHeight: 0,
    });
  });

  it('scrolls an item into view by its row', () => {
    expect(scrollTopFor(9, 4, 600, 20)).toBe(1240);
  });
});
