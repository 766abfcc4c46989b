import { describe, expect, it } from 'vitest';
import { aPlannedDesign } from '@/lib/design/schema';
import { ROOMY_CIDRS } from '@/lib/design/test-support/arbitraries';
import { planCluster } from '@/lib/plan/plan-cluster';
import { findRack, floorLayout, neighbourRack, PX_PER_M, ROW_LABEL_PX } from './floor-layout';

// lib/plan/physical.test.ts: 200 workers -> rows A (12 racks), B (the network rack), C (7 racks);
// 0.6 m racks, 1.2 m deep, 1.2 m aisles: pitch 2.4 m, floor 9.6 m x 8.4 m.
const plan = planCluster(aPlannedDesign({ workerNodes: 200, ...ROOMY_CIDRS }));
const layout = floorLayout(plan);
const rack = (name: string) => layout.racks.find((r) => r.name === name)!;

describe('floorLayout: 200 workers on 12-rack rows', () => {
  it('draws the floor at its size: 9.6 m x 8.4 m, plus the row-letter margin', () => {
    expect([layout.width, layout.height]).toEqual([ROW_LABEL_PX + 9.6 * PX_PER_M, 8.4 * PX_PER_M]);
    expect(layout.rows.map((r) => [r.name, r.y, r.network])).toEqual([
      ['A', 60, false],
      ['B', 180, true],
      ['C', 300, false],
    ]);
  });

  it('places racks by row and position: position 1 by the main tray, 30 px per 0.6 m rack', () => {
    expect([rack('A01').x, rack('A01').y, rack('A01').width, rack('A01').depth]).toEqual([
      ROW_LABEL_PX + 60,
      60,
      30,
      60,
    ]);
    expect(rack('A12').x - rack('A01').x).toBe(11 * 30);
    expect([rack('C07').y, rack('B01').role]).toEqual([300, 'network']);
    expect(layout.trayX).toEqual([ROW_LABEL_PX + 30, layout.width - 30]);
  });

  it('marks the aisles cold where fronts face them and hot behind the racks', () => {
    // A faces south, B north, C south: hot | A | cold | B | hot | C | cold.
    expect(plan.floor.rowDetails.map((r) => r.frontsFace)).toEqual(['south', 'north', 'south']);
    expect(layout.aisles.map((a) => [a.y, a.kind])).toEqual([
      [0, 'hot'],
      [120, 'cold'],
      [240, 'hot'],
      [360, 'cold'],
    ]);
  });

  it('shades racks by power over budget, capped at 1', () => {
    for (const r of layout.racks) {
      expect(r.load).toBeGreaterThan(0);
      expect(r.load).toBeLessThanOrEqual(1);
      expect(r.load).toBeCloseTo(Math.min(1, r.powerKW / r.budgetKW));
    }
  });
});

describe('neighbourRack: arrow keys on the floor', () => {
  it.each([
    ['A03', 'ArrowRight', 'A04'],
    ['A03', 'ArrowLeft', 'A02'],
    ['A01', 'ArrowLeft', 'A01'],
    ['A12', 'ArrowRight', 'A12'],
    ['A03', 'End', 'A12'],
    ['C05', 'Home', 'C01'],
    ['A07', 'ArrowDown', 'B01'],
    ['B01', 'ArrowDown', 'C01'],
    ['C07', 'ArrowUp', 'B01'],
    ['A07', 'ArrowUp', 'A07'],
    ['C07', 'ArrowDown', 'C07'],
  ] as const)('%s %s -> %s', (from, key, to) => {
    expect(neighbourRack(layout.racks, from, key)).toBe(to);
  });
});

describe('findRack: the jump box', () => {
  const names = plan.racks.map((r) => r.name);
  it.each([
    ['C07', 'C07'],
    ['c07', 'C07'],
    ['c7', 'C07'],
    [' B 1 ', 'B01'],
    ['A12', 'A12'],
    ['D01', null],
    ['A13', null],
    ['', null],
    ['07', null],
  ])('%j -> %j', (text, found) => {
    expect(findRack(names, text)).toBe(found);
  });

  it('finds any rack among hundreds (4,096 workers)', () => {
    const big = planCluster(aPlannedDesign({ workerNodes: 4096, ...ROOMY_CIDRS }));
    const bigNames = big.racks.map((r) => r.name);
    expect(bigNames.length).toBeGreaterThan(300);
    const last = bigNames[bigNames.length - 1]!;
    expect(findRack(bigNames, last.toLowerCase())).toBe(last);
    expect(findRack(bigNames, 'K07')).toBe(bigNames.includes('K07') ? 'K07' : null);
    expect(bigNames).toContain('K07');
  });
});
