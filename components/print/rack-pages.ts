/**
 * Paper layout of the rack elevations: racks in floor order, a few to a landscape page, each drawn
 * whole (every U, every device), so no rack is ever cut across pages or at the page edge.
 */
import type { PlacedDevice, RackPlan } from '@/lib/plan/types';

/** Racks side by side on one landscape page: 4 x 52 mm fits A4 (277 mm) and Letter (259 mm) inside the margins. */
export const RACKS_PER_PAGE = 4;

/** Drawing units of one elevation (the SVG viewBox): a header, then one row per U. */
export const ELEVATION = { width: 200, headerHeight: 50, uHeight: 13, gutter: 20 } as const;

/** Height of one rack's drawing in viewBox units. */
export function elevationHeight(heightU: number): number {
  return ELEVATION.headerHeight + heightU * ELEVATION.uHeight + 4;
}

/** `items` in consecutive groups of `size` (the last one shorter), order kept. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`chunk size must be a positive integer, got ${size}`);
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}

/** y of a device's top edge: U 1 at the bottom of the drawing. */
export function deviceTop(
  rack: Pick<RackPlan, 'heightU'>,
  device: Pick<PlacedDevice, 'u' | 'heightU'>,
): number {
  return ELEVATION.headerHeight + (rack.heightU - (device.u + device.heightU - 1)) * ELEVATION.uHeight;
}

/** "A01" to "A04": the racks on one page. */
export function pageRange(racks: readonly Pick<RackPlan, 'name'>[]): string {
  const first = racks[0]?.name ?? '';
  const last = racks[racks.length - 1]?.name ?? '';
  return first === last ? first : `${first} to ${last}`;
}
