/**
 * Windowing for the rack grid: racks are laid out in rows of equal height, and only the rows near the
 * viewport are rendered. 4,096 workers make about 130 racks of 20-40 devices each; drawing them all
 * would cost thousands of SVG elements for racks nobody is looking at.
 */
export interface GridWindow {
  columns: number;
  rows: number;
  firstRow: number;
  /** Exclusive. */
  lastRow: number;
  totalHeight: number;
}

export function gridWindow({
  itemCount,
  itemWidth,
  rowHeight,
  gap,
  containerWidth,
  scrollTop,
  viewportHeight,
  overscanRows = 1,
}: {
  itemCount: number;
  itemWidth: number;
  rowHeight: number;
  gap: number;
  containerWidth: number;
  scrollTop: number;
  viewportHeight: number;
  overscanRows?: number;
}): GridWindow {
  const columns = Math.max(1, Math.floor((containerWidth + gap) / (itemWidth + gap)));
  const rows = Math.ceil(itemCount / columns);
  const pitch = rowHeight + gap;
  const firstVisible = Math.floor(Math.max(0, scrollTop) / pitch);
  const lastVisible = Math.ceil((Math.max(0, scrollTop) + viewportHeight) / pitch);
  return {
    columns,
    rows,
    firstRow: Math.max(0, Math.min(rows, firstVisible - overscanRows)),
    lastRow: Math.max(0, Math.min(rows, lastVisible + overscanRows)),
    totalHeight: rows > 0 ? rows * pitch - gap : 0,
  };
}

/** scrollTop that brings item `index` into view (its row at the top). */
export function scrollTopFor(index: number, columns: number, rowHeight: number, gap: number): number {
  return Math.floor(index / Math.max(1, columns)) * (rowHeight + gap);
}
