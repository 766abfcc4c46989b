/**
 * The data-hall floor as drawing geometry, from `plan.floor` and the racks' row and position: rows run
 * left to right (position 1 at the left, by the main tray), row A at the top (north), aisles between
 * the rows. Pure, so the floor-plan SVG only draws and the tests check the geometry.
 */
import type { ClusterPlan, RackRole } from '@/lib/plan/types';

/** Pixels per metre of floor. 0.6 m racks are 30 px wide: room for "A03". */
export const PX_PER_M = 50;
/** Room at the left for the row letters. */
export const ROW_LABEL_PX = 28;
/** Below this many racks the view shows the rack elevations side by side (the RA's 7-rack row). */
export const FLOOR_MIN_RACKS = 13;

export type AisleKind = 'cold' | 'hot';

export interface FloorRack {
  name: string;
  row: string;
  position: number;
  role: RackRole;
  x: number;
  y: number;
  width: number;
  depth: number;
  powerKW: number;
  budgetKW: number;
  /** Design power over the budget, 0 to 1 (capped; `overBudget` says when it is more). */
  load: number;
  overBudget: boolean;
  /** Which way the front faces: the power bar is drawn along the back. */
  frontsFace: 'north' | 'south';
}

export interface FloorRow {
  name: string;
  y: number;
  network: boolean;
  frontsFace: 'north' | 'south';
}

export interface FloorAisle {
  y: number;
  height: number;
  kind: AisleKind;
}

export interface FloorLayout {
  width: number;
  height: number;
  /** The main trays run along both row ends, in the end aisles. */
  trayX: [number, number];
  rows: FloorRow[];
  aisles: FloorAisle[];
  racks: FloorRack[];
}

/**
 * Aisle k lies north of row k (k = rows: south of the last row). Cold where a rack front faces it,
 * hot where only backs do (the rows alternate, so fronts face fronts across the cold aisles).
 */
function aisleKind(rows: ClusterPlan['floor']['rowDetails'], k: number): AisleKind {
  const north = rows[k - 1];
  const south = rows[k];
  const front = north?.frontsFace === 'south' || south?.frontsFace === 'north';
  return front ? 'cold' : 'hot';
}

/** The floor of `plan` in pixels. */
export function floorLayout(plan: ClusterPlan): FloorLayout {
  const { floor } = plan;
  const aisle = (plan.input.physical.aisleWidthMm / 1000) * PX_PER_M;
  const pitch = floor.rowPitchM * PX_PER_M;
  const depth = pitch - aisle;
  const rowY = (i: number) => aisle + i * pitch;
  const rows: FloorRow[] = floor.rowDetails.map((r, i) => ({
    name: r.name,
    y: rowY(i),
    network: r.network,
    frontsFace: r.frontsFace,
  }));
  const rowByName = new Map(rows.map((r) => [r.name, r]));
  const aisles: FloorAisle[] = Array.from({ length: floor.rowDetails.length + 1 }, (_, k) => ({
    y: k === 0 ? 0 : rowY(k - 1) + depth,
    height: aisle,
    kind: aisleKind(floor.rowDetails, k),
  }));
  const racks: FloorRack[] = plan.racks.map((r) => {
    const width = (r.widthMm / 1000) * PX_PER_M;
    const row = rowByName.get(r.row);
    return {
      name: r.name,
      row: r.row,
      position: r.position,
      role: r.role,
      x: ROW_LABEL_PX + aisle + (r.position - 1) * width,
      y: row?.y ?? 0,
      width,
      depth,
      powerKW: r.powerKW,
      budgetKW: r.budgetKW,
      load: r.budgetKW > 0 ? Math.min(1, r.powerKW / r.budgetKW) : 0,
      overBudget: r.overBudget,
      frontsFace: row?.frontsFace ?? 'south',
    };
  });
  const width = ROW_LABEL_PX + floor.lengthM * PX_PER_M;
  return {
    width,
    height: floor.widthM * PX_PER_M,
    trayX: [ROW_LABEL_PX + aisle / 2, width - aisle / 2],
    rows,
    aisles,
    racks,
  };
}

export type FloorKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/**
 * The rack a key moves to from `from`: left/right along the row, up/down to the nearest position in
 * the row above/below, Home/End to the row's ends. `from` itself when there is nowhere to go.
 */
export function neighbourRack(racks: readonly FloorRack[], from: string, key: FloorKey): string {
  const current = racks.find((r) => r.name === from);
  if (!current) return racks[0]?.name ?? from;
  const rowNames = [...new Set(racks.map((r) => r.row))];
  const inRow = (row: string) => racks.filter((r) => r.row === row);
  const same = inRow(current.row);
  const i = same.indexOf(current);
  if (key === 'ArrowLeft') return (same[i - 1] ?? current).name;
  if (key === 'ArrowRight') return (same[i + 1] ?? current).name;
  if (key === 'Home') return same[0]!.name;
  if (key === 'End') return same[same.length - 1]!.name;
  const rowIndex = rowNames.indexOf(current.row) + (key === 'ArrowUp' ? -1 : 1);
  const target = rowNames[rowIndex];
  if (target === undefined) return current.name;
  const candidates = inRow(target);
  const nearest = candidates.reduce((best, r) =>
    Math.abs(r.position - current.position) < Math.abs(best.position - current.position) ? r : best,
  );
  return nearest.name;
}

/**
 * The rack named by what the user typed: exact names ("K07"), any case, with or without the leading
 * zero ("k7"), spaces ignored. Null when no rack has that name.
 */
export function findRack(names: readonly string[], text: string): string | null {
  const typed = text.replace(/\s+/g, '').toUpperCase();
  if (typed === '') return null;
  const m = /^([A-Z]+)0*(\d+)$/.exec(typed);
  const key = (name: string) => {
    const n = /^([A-Z]+)0*(\d+)$/.exec(name.toUpperCase());
    return n ? `${n[1]}${Number(n[2])}` : name.toUpperCase();
  };
  const wanted = m ? `${m[1]}${Number(m[2])}` : typed;
  return names.find((name) => key(name) === wanted) ?? null;
}
