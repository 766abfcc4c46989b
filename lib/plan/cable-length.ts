/**
 * Cable length from placement (hardware-facts section 8, "cable-length method"): vertical runs, a
 * horizontal run across racks, slack at each end, rounded up to a stocked length. Racks stand in rows
 * (the floor plan): a run between rows goes up into its row's overhead tray, along the row to an end,
 * across the main tray that joins the rows there, along the other row and down.
 */

/** 1U = 1.75 in = 44.45 mm (EIA-310, hardware-facts section 8). */
export const U_HEIGHT_MM = 44.45;

/**
 * Cables between neighbouring racks run sideways through the side openings between them, at device
 * height, instead of up to the overhead tray: this is what makes the RA's 3-rack block work on 3 m DAC
 * ("should be usable for most servers for the east-west network", RA Network configuration). Farther
 * racks use the tray.
 */
export const SIDE_ROUTE_MAX_RACKS = 1;

/** Stocked lengths: 0.5 m steps up to 3 m (the DAC range), then whole metres. */
export const STOCKED_FINE_STEP_M = 0.5;
export const STOCKED_FINE_MAX_M = 3;
export const STOCKED_COARSE_STEP_M = 1;
export const STOCKED_LENGTHS_TEXT = '0.5 m steps up to 3 m, then 1 m steps';

export interface CableGeometry {
  rackHeightU: number;
  rackWidthMm: number;
  uHeightMm: number;
  slackPerEndM: number;
  trayHeightM: number;
  sideRouteMaxRacks: number;
  /** Centre-to-centre distance of neighbouring rows: rack depth + aisle, metres. */
  rowPitchM: number;
  /** Length of a full row (racks per row x rack width), metres: the main trays run at both ends. */
  rowLengthM: number;
}

/** Where a port sits: its rack's row and slot in the row, and its device's U span. */
export interface PortPosition {
  /** Row index on the floor (0 = row A). */
  row: number;
  /** Rack slot in its row, 0-based. */
  slot: number;
  /** Lowest occupied U, 1-based. */
  u: number;
  heightU: number;
}

/** Height of a device's middle above the lowest mounting position, metres. */
export function deviceMidHeightM(u: number, heightU: number, uHeightMm: number): number {
  return ((u - 1 + heightU / 2) * uHeightMm) / 1000;
}

/**
 * Horizontal tray distance between two racks, metres. Same row: along the row. Different rows: along
 * each row to the same end (whichever is shorter) and across the main tray, |row difference| x pitch.
 */
export function trayDistanceM(a: PortPosition, b: PortPosition, g: CableGeometry): number {
  const width = g.rackWidthMm / 1000;
  if (a.row === b.row) return Math.abs(a.slot - b.slot) * width;
  // Rack centres measured from the row's start; the main trays run at both row ends.
  const xa = (a.slot + 0.5) * width;
  const xb = (b.slot + 0.5) * width;
  const viaStart = xa + xb;
  const viaEnd = 2 * g.rowLengthM - xa - xb;
  return Math.min(viaStart, viaEnd) + Math.abs(a.row - b.row) * g.rowPitchM;
}

/**
 * The run between two ports before rounding, metres. Same rack: the vertical distance between the two
 * devices' mid heights (no tray). Neighbouring racks of one row (<= sideRouteMaxRacks apart): the
 * shorter of the side route (vertical difference + horizontal) and the tray route. Otherwise the tray
 * route: up from each device to the rack top, up into the tray and back down, plus the tray distance.
 * Slack is added at each end in every case.
 */
export function runLengthM(a: PortPosition, b: PortPosition, g: CableGeometry): number {
  const ha = deviceMidHeightM(a.u, a.heightU, g.uHeightMm);
  const hb = deviceMidHeightM(b.u, b.heightU, g.uHeightMm);
  const topM = (g.rackHeightU * g.uHeightMm) / 1000;
  const horizontalM = trayDistanceM(a, b, g);
  const slackM = 2 * g.slackPerEndM;
  const trayRoute = topM - ha + (topM - hb) + 2 * g.trayHeightM + horizontalM + slackM;
  if (a.row !== b.row || Math.abs(a.slot - b.slot) > g.sideRouteMaxRacks) return trayRoute;
  const sideRoute = Math.abs(ha - hb) + horizontalM + slackM;
  return Math.min(sideRoute, trayRoute);
}

/** Rounds a run up to a stocked length (0.5 m steps to 3 m, then 1 m), at least 0.5 m. */
export function stockedLengthM(runM: number): number {
  // A small tolerance keeps exact multiples (2.5000000001 from float sums) on their own step.
  const eps = 1e-9;
  if (runM <= STOCKED_FINE_MAX_M + eps) {
    return Math.max(STOCKED_FINE_STEP_M, Math.ceil(runM / STOCKED_FINE_STEP_M - eps) * STOCKED_FINE_STEP_M);
  }
  return Math.ceil(runM / STOCKED_COARSE_STEP_M - eps) * STOCKED_COARSE_STEP_M;
}

/** The stocked cable length between two ports, metres. */
export function cableLengthM(a: PortPosition, b: PortPosition, g: CableGeometry): number {
  return stockedLengthM(runLengthM(a, b, g));
}
