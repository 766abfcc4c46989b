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
    const run = runLengthM({ rackIndex: 0, u: 10, heightU: 2 }, { rackIndex: 0, u: 30, heightU: 2 }, g);
    expect(run).toBeCloseTo(20 * 0.04445 + 1, 9);
    expect(stockedLengthM(run)).toBe(2);
  });

  it('neighbouring racks run sideways: vertical difference + one rack width + slack', () => {
    const run = runLengthM({ rackIndex: 1, u: 20, heightU: 2 }, { rackIndex: 2, u: 20, heightU: 2 }, g);
    expect(run).toBeCloseTo(0.6 + 1, 9);
  });

  it('farther racks go through the tray: up to the top, tray up and down, across, down, slack', () => {
    // Both 2U devices at U20 (mid 20U) in a 42U rack: 22U up each, 2 x 0.3 m tray, 3 x 0.6 m across.
    const run = runLengthM({ rackIndex: 0, u: 20, heightU: 2 }, { rackIndex: 3, u: 20, heightU: 2 }, g);
    expect(run).toBeCloseTo(2 * 22 * 0.04445 + 0.6 + 1.8 + 1, 9);
    expect(cableLengthM({ rackIndex: 0, u: 20, heightU: 2 }, { rackIndex: 3, u: 20, heightU: 2 }, g)).toBe(6);
  });

  it('rounds up to 0.5 m steps up to 3 m, then whole metres, at least 0.5 m', () => {
    expect([0, 0.2, 0.5, 0.51, 1.5, 2.5000000001, 2.6, 3, 3.01, 4, 99.2].map(stockedLengthM)).toEqual([
      0.5, 0.5, 0.5, 1, 1.5, 2.5, 3, 3, 4, 4, 100,
    ]);
  });

  it('is symmetric, never shorter than the run, and grows with the distance between racks', () => {
    const pos = fc.record({
      rackIndex: fc.integer({ min: 0, max: 300 }),
      u: fc.integer({ min: 1, max: 41 }),
      heightU: fc.constantFrom(1, 2),
    });
    assertProperty(
      fc.property(pos, pos, (a, b) => {
        const len = cableLengthM(a, b, g);
        expect(len).toBe(cableLengthM(b, a, g));
        expect(len).toBeGreaterThanOrEqual(runLengthM(a, b, g) - 1e-9);
        const farther = { ...b, rackIndex: b.rackIndex + (b.rackIndex >= a.rackIndex ? 1 : -1) };
        if (farther.rackIndex >= 0) expect(cableLengthM(a, farther, g)).toBeGreaterThanOrEqual(len);
      }),
      500,
    );
  });
});
