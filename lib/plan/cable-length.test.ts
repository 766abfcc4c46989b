import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty } from '../design/test-support/seeds';
import {
  type CableGeometry,
  cableLengthM,
  deviceMidHeightM,
  runLengthM,
  stockedLengthM,
  U_HEIGHT_MM,
} from './cable-length';

const g: CableGeometry = {
  rackHeightU: 42,
  rackWidthMm: 600,
  uHeightMm: U_HEIGHT_MM,
  slackPerEndM: 0.5,
  trayHeightM: 0.3,
  sideRouteMaxRacks: 1,
  rowPitchM: 2.4,
  rowLengthM: 7.2,
};

describe('cable length (hardware-facts section 8 method)', () => {
  it('uses 44.45 mm per U and device mid heights', () => {
    expect(U_HEIGHT_MM).toBe(44.45);
    // A 2U device at U1 has its middle 1U up; a 1U device at U3 at 2.5U.
    expect(deviceMidHeightM(1, 2, U_HEIGHT_MM)).toBeCloseTo(0.04445, 9);
    expect(deviceMidHeightM(3, 1, U_HEIGHT_MM)).toBeCloseTo(2.5 * 0.04445, 9);
  });

  it('same rack: vertical distance plus slack at each end, no tray', () => {
    // U10 (2U, mid 10U) to U30 (2U, mid 30U): 20U = 0.889 m + 2 x 0.5 m.
    const run = runLengthM({ row: 0, slot: 0, u: 10, heightU: 2 }, { row: 0, slot: 0, u: 30, heightU: 2 }, g);
    expect(run).toBeCloseTo(20 * 0.04445 + 1, 9);
    expect(stockedLengthM(run)).toBe(2);
  });

  it('neighbouring racks run sideways: vertical difference + one rack width + slack', () => {
    const run = runLengthM({ row: 0, slot: 1, u: 20, heightU: 2 }, { row: 0, slot: 2, u: 20, heightU: 2 }, g);
    expect(run).toBeCloseTo(0.6 + 1, 9);
  });

  it('farther racks go through the tray: up to the top, tray up and down, across, down, slack', () => {
    // Both 2U devices at U20 (mid 20U) in a 42U rack: 22U up each, 2 x 0.3 m tray, 3 x 0.6 m across.
    const run = runLengthM({ row: 0, slot: 0, u: 20, heightU: 2 }, { row: 0, slot: 3, u: 20, heightU: 2 }, g);
    expect(run).toBeCloseTo(2 * 22 * 0.04445 + 0.6 + 1.8 + 1, 9);
    expect(
      cableLengthM({ row: 0, slot: 0, u: 20, heightU: 2 }, { row: 0, slot: 3, u: 20, heightU: 2 }, g),
    ).toBe(6);
  });

  // Floor plan: rows 2.4 m apart (1.2 m rack depth + 1.2 m aisle), 12 racks of 0.6 m per row (7.2 m).
  it('between rows: along both rows to the nearer common end, across the main tray, up and down', () => {
    // Slot 1 of row A (centre 0.9 m from the start) to slot 2 of row C (1.5 m): via the start end
    // 0.9 + 1.5 = 2.4 m (via the far end 2 x 7.2 - 2.4 = 12 m), plus 2 rows x 2.4 m = 4.8 m across.
    const a = { row: 0, slot: 1, u: 20, heightU: 2 };
    const b = { row: 2, slot: 2, u: 20, heightU: 2 };
    expect(runLengthM(a, b, g)).toBeCloseTo(2 * 22 * 0.04445 + 0.6 + 2.4 + 4.8 + 1, 9);
    // Slots 10 and 11 (centres 6.3 m and 6.9 m) go via the far end: 0.9 + 0.3 = 1.2 m.
    const c = { row: 0, slot: 10, u: 20, heightU: 2 };
    const d = { row: 1, slot: 11, u: 20, heightU: 2 };
    expect(runLengthM(c, d, g)).toBeCloseTo(2 * 22 * 0.04445 + 0.6 + 1.2 + 2.4 + 1, 9);
  });

  it('never runs sideways between racks of different rows, even in the same slot', () => {
    const a = { row: 0, slot: 3, u: 20, heightU: 2 };
    const b = { row: 1, slot: 3, u: 20, heightU: 2 };
    expect(runLengthM(a, b, g)).toBeGreaterThan(2.4 + 2 * 0.3);
  });

  it('rounds up to 0.5 m steps up to 3 m, then whole metres, at least 0.5 m', () => {
    expect([0, 0.2, 0.5, 0.51, 1.5, 2.5000000001, 2.6, 3, 3.01, 4, 99.2].map(stockedLengthM)).toEqual([
      0.5, 0.5, 0.5, 1, 1.5, 2.5, 3, 3, 4, 4, 100,
    ]);
  });

  it('is symmetric, never shorter than the run, and grows with the distance between racks', () => {
    const pos = fc.record({
      row: fc.constant(0),
      slot: fc.integer({ min: 0, max: 300 }),
      u: fc.integer({ min: 1, max: 41 }),
      heightU: fc.constantFrom(1, 2),
    });
    assertProperty(
      fc.property(pos, pos, (a, b) => {
        const len = cableLengthM(a, b, g);
        expect(len).toBe(cableLengthM(b, a, g));
        expect(len).toBeGreaterThanOrEqual(runLengthM(a, b, g) - 1e-9);
        const farther = { ...b, slot: b.slot + (b.slot >= a.slot ? 1 : -1) };
        if (farther.slot >= 0) expect(cableLengthM(a, farther, g)).toBeGreaterThanOrEqual(len);
      }),
      500,
    );
  });
});
