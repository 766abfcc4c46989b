import type { BomLine } from '@/lib/plan/types';

export const BOM_SORT_KEYS = [
  'partNumber',
  'description',
  'category',
  'quantity',
  'unitPriceUSD',
  'extendedPriceUSD',
  'totalPowerW',
] as const;
export type BomSortKey = (typeof BOM_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface BomSort {
  key: BomSortKey;
  direction: SortDirection;
}

/** Plan order first (the BOM's own grouping), so "unsorted" is stable and meaningful. */
export const DEFAULT_BOM_SORT: BomSort | null = null;

/** Sorted copy; ties keep plan order so the table never jitters between equal rows. */
export function sortBomLines(lines: readonly BomLine[], sort: BomSort | null): BomLine[] {
  const indexed = lines.map((line, index) => ({ line, index }));
  if (!sort) return lines.slice();
  const factor = sort.direction === 'ascending' ? 1 : -1;
  indexed.sort((a, b) => {
    const x = a.line[sort.key];
    const y = b.line[sort.key];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return order !== 0 ? order * factor : a.index - b.index;
  });
  return indexed.map((i) => i.line);
}

/** Money columns: what a buyer looks for first is the most expensive line. */
const MONEY_KEYS: ReadonlySet<BomSortKey> = new Set(['unitPriceUSD', 'extendedPriceUSD']);

/** The direction of a column's first click: most expensive first for money, A to Z (and 1 up) otherwise. */
export function firstDirection(key: BomSortKey): SortDirection {
  return MONEY_KEYS.has(key) ? 'descending' : 'ascending';
}

const opposite = (direction: SortDirection): SortDirection =>
  direction === 'ascending' ? 'descending' : 'ascending';

/** Click cycle of a column header: its first direction, the other one, back to plan order. */
export function nextSort(current: BomSort | null, key: BomSortKey): BomSort | null {
  const first = firstDirection(key);
  if (!current || current.key !== key) return { key, direction: first };
  if (current.direction === first) return { key, direction: opposite(first) };
  return null;
}
