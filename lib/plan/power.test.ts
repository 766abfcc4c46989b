import { describe, expect, it } from 'vitest';
import { aPlannedDesign, DEFAULT_DESIGN, type DesignInput } from '../design/schema';
import { planCabling } from './cabling';
import { planLogical } from './logical';
import { BTU_PER_HOUR_PER_W, cablePowerByRack, planPower } from './power';
import { planRacks } from './racks';
import type { Cable } from './types';

const powerOf = (d: DesignInput) => {
  const logical = planLogical(d);
  const layout = planRacks(logical.input, logical);
  const { cabling } = planCabling(logical.input, logical, layout);
  return { cabling, ...planPower(logical.input, layout.racks, cabling.cables) };
};

const fibreKit = (aRack: string, bRacks: string[]): Cable => ({
  id: 'ew-0001',
  network: 'east-west',
  media: 'fiber',
  partId: 'osfp-800g-2xsr4-kit',
  partNumber: 'OSFP-800G-2xSR4 + 2x Q112-400G-SR4',
  lengthM: 40,
  reachM: 100,
  costUSD: 1975,
  powerW: 32,
  legs: bRacks.map((rack, i) => ({
    a: { device: 'leaf', port: `swp1s${i}`, rack: aRack, u: 20 },
    b: { device: `gpu-${i}`, port: 'nic1', rack, u: 10 },
    speedGbps: 400,
  })),
});

describe('cable power by rack', () => {
  it('puts the 14 W OSFP in the switch rack and 9 W per QSFP112 in the server racks ("32W (14 + 2*9)")', () => {
    expect([...cablePowerByRack(fibreKit('rack-20', ['A01', 'A02'])).entries()]).toEqual([
      ['rack-20', 14],
      ['A01', 9],
      ['A02', 9],
    ]);
    // A splitter with one leg in use still carries both optics: the server rack takes 18 W.
    expect(cablePowerByRack(fibreKit('rack-20', ['A01'])).get('A01')).toBe(18);
  });
});

describe('planPower', () => {
  it('keeps the RA GPU racks near 40 kW ("around 40kW per rack for racks 1-3 and 5-7")', () => {
    const { racks } = powerOf(DEFAULT_DESIGN);
    for (const i of [0, 1, 2, 4, 5, 6]) {
      expect(racks[i]!.powerKW).toBeGreaterThan(30);
      expect(racks[i]!.powerKW).toBeLessThanOrEqual(40);
      expect(racks[i]!.overBudget).toBe(false);
    }
  });

  it('rack power is the sum of its devices plus its cable share; totals add up; BTU/h = W x 3.412', () => {
    const { racks, power, cabling } = powerOf(aPlannedDesign({ workerNodes: 200 }));
    let devicesW = 0;
    for (const r of racks) {
      const dev = r.devices.reduce((s, d) => s + d.powerMaxW, 0);
      devicesW += dev;
      expect(r.powerKW * 1000).toBeGreaterThanOrEqual(dev);
      expect(r.powerTypicalKW).toBeLessThan(r.powerKW);
      expect(r.btuPerHour).toBeCloseTo(r.powerKW * 1000 * BTU_PER_HOUR_PER_W, 6);
      expect(r.usedU).toBe(r.devices.reduce((s, d) => s + d.heightU, 0));
    }
    expect(power.totalMaxKW * 1000).toBeCloseTo(devicesW + cabling.totalPowerW, 6);
    expect(power.btuPerHour).toBeCloseTo(power.totalMaxKW * 1000 * 3.412, 6);
  });

  it('warns, naming the racks, when a rack cannot meet the budget', () => {
    // 3 kW: one 3.5 kW server per rack is still over.
    const { racks, warnings } = powerOf(
      aPlannedDesign({ workerNodes: 3, physical: { ...DEFAULT_DESIGN.physical, rackPowerBudgetKW: 3 } }),
    );
    const over = racks.filter((r) => r.overBudget);
    expect(over.length).toBeGreaterThan(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'rack-over-budget', severity: 'warning' });
    for (const r of over) expect(warnings[0]!.message).toContain(r.name);
  });

  it('has no power warning for the RA design', () => {
    expect(powerOf(DEFAULT_DESIGN).warnings).toEqual([]);
  });
});
