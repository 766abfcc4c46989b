import { describe, expect, it } from 'vitest';
import {
  CABLE_NETWORK_IDS,
  CABLE_PARTS,
  cablePartsFor,
  legEndPowerW,
  MAX_SERVER_PORT_CABLE_POWER_W,
  MAX_SWITCH_PORT_CABLE_POWER_W,
  NVIDIA_MM_REACH_M,
  RA_CABLE_TABLE,
} from './cables';

describe('cable catalog', () => {
  it('copies the RA cable table exactly (RA Network configuration)', () => {
    const rows = RA_CABLE_TABLE.map((c) => [
      c.media,
      c.partNumber,
      c.reachText,
      c.reachM,
      c.powerText,
      c.priceUSD,
    ]);
    expect(rows).toEqual([
      ['DAC', 'O2Q112-800G-CU3', '10ft / 3m', 3, '0.15W', 249],
      ['ACC', 'O2Q112-800G-AC5', '16ft / 5m', 5, '2.5–3W', 990],
      ['AEC', 'O2O112-800G-AE7', '23ft / 7m', 7, '25W', 1689],
      ['fiber', 'OSFP-800G-2xSR4 + 2x Q112-400G-SR4', '328ft / 100m', 100, '32W (14 + 2*9)', 1975],
    ]);
    expect(RA_CABLE_TABLE.map((c) => c.powerW)).toEqual([0.15, 3, 25, 32]);
    // One 800G switch port to the 400G ports of two SuperNICs.
    expect(RA_CABLE_TABLE.every((c) => c.legs === 2 && c.aEndGbps === 800 && c.legGbps === 400)).toBe(true);
    expect(RA_CABLE_TABLE.every((c) => c.network === 'east-west' && c.source.kind === 'ra')).toBe(true);
  });

  it("keeps the RA's 100 m multimode reach with a note on NVIDIA's 50 m (hardware-facts section 7)", () => {
    const fiber = RA_CABLE_TABLE.find((c) => c.media === 'fiber')!;
    expect(fiber.reachM).toBe(100);
    expect(fiber.note).toContain('50 m');
    expect(NVIDIA_MM_REACH_M).toBe(50);
  });

  it('flags every part outside the RA table as an estimate', () => {
    for (const c of CABLE_PARTS.filter((p) => !RA_CABLE_TABLE.includes(p))) {
      expect(c.source.kind, c.id).toBe('estimate');
    }
  });

  it('lists each network cheapest first, reach growing with price, ending in a long-reach part', () => {
    for (const n of CABLE_NETWORK_IDS) {
      const parts = cablePartsFor(n);
      expect(parts.length).toBeGreaterThan(0);
      for (let i = 1; i < parts.length; i++) {
        expect(parts[i]!.priceUSD).toBeGreaterThanOrEqual(parts[i - 1]!.priceUSD);
        expect(parts[i]!.reachM).toBeGreaterThan(parts[i - 1]!.reachM);
      }
      expect(parts.at(-1)!.reachM).toBeGreaterThanOrEqual(100);
    }
    expect(cablePartsFor('oob').map((c) => [c.media, c.reachM])).toEqual([['cat6', 100]]);
  });

  it('has unique ids and splits power between the switch end and the legs', () => {
    expect(new Set(CABLE_PARTS.map((c) => c.id)).size).toBe(CABLE_PARTS.length);
    const fiber = RA_CABLE_TABLE.find((c) => c.media === 'fiber')!;
    // "32W (14 + 2*9)": 14 W twin-port OSFP at the switch, 9 W per QSFP112.
    expect([fiber.powerAEndW, legEndPowerW(fiber)]).toEqual([14, 9]);
    for (const c of CABLE_PARTS) expect(c.powerAEndW + c.legs * legEndPowerW(c)).toBeCloseTo(c.powerW, 9);
    expect(MAX_SWITCH_PORT_CABLE_POWER_W).toBeGreaterThanOrEqual(14);
    expect(MAX_SERVER_PORT_CABLE_POWER_W).toBeGreaterThanOrEqual(9);
  });
});
