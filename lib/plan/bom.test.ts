import { describe, expect, it } from 'vitest';
import { aPlannedDesign, DEFAULT_DESIGN, type DesignInput } from '../design/schema';
import { planCluster } from './plan-cluster';

const qty = (plan: ReturnType<typeof planCluster>, partId: string) =>
  plan.bom.lines.filter((l) => l.partId === partId).reduce((s, l) => s + l.quantity, 0);

describe('planBom', () => {
  const plan = planCluster(DEFAULT_DESIGN);

  it('counts the RA 64-server design: 64 workers, 256 GPUs, 128 SuperNICs, 64 DPUs (RA Hardware resources / Solution sizing)', () => {
    expect(qty(plan, 'sys-212gb-fnr')).toBe(64);
    expect(qty(plan, 'xeon-6774p')).toBe(64);
    expect(qty(plan, 'rtx-pro-6000')).toBe(256);
    expect(qty(plan, 'b3140h')).toBe(128);
    expect(qty(plan, 'b3220')).toBe(64);
  });

  it('has SN5610 lines per role: 2 leaves, 1 spine, 2 north-south; 7 SN2201; 3 control-plane + 1 spare', () => {
    const sn = plan.bom.lines.filter((l) => l.partId === 'sn5610').map((l) => l.quantity);
    expect(sn).toEqual([2, 1, 2]);
    expect(qty(plan, 'sn2201')).toBe(7);
    expect(plan.bom.lines.filter((l) => l.category === 'control-plane').map((l) => l.quantity)).toEqual([
      3, 1,
    ]);
  });

  it('has a cable line per part used, matching the cable plan', () => {
    const cableLines = plan.bom.lines.filter((l) => l.category === 'cables');
    expect(cableLines.reduce((s, l) => s + l.quantity, 0)).toBe(plan.cabling.cables.length);
    expect(cableLines.reduce((s, l) => s + l.extendedPriceUSD, 0)).toBeCloseTo(plan.cabling.totalCostUSD, 6);
  });

  it('adds up: extended = unit x quantity, subtotals by category, grand total; power = the design power', () => {
    for (const l of plan.bom.lines) {
      expect(l.extendedPriceUSD).toBeCloseTo(l.unitPriceUSD * l.quantity, 6);
      expect(l.totalPowerW).toBeCloseTo(l.unitPowerW * l.quantity, 6);
    }
    expect(plan.bom.subtotals.map((s) => s.category)).toEqual([
      'servers',
      'gpus',
      'nics',
      'switches',
      'control-plane',
      'cables',
    ]);
    expect(plan.bom.totalUSD).toBeCloseTo(
      plan.bom.subtotals.reduce((s, c) => s + c.totalUSD, 0),
      6,
    );
    const bomW = plan.bom.lines.reduce((s, l) => s + l.totalPowerW, 0);
    expect(bomW).toBeCloseTo(plan.power.totalMaxKW * 1000, 6);
  });

  it('applies price overrides by part id and flags them', () => {
    const d: DesignInput = aPlannedDesign({ priceOverridesUSD: { sn5610: 40_000, 'rtx-pro-6000': 9_000 } });
    const p = planCluster(d);
    const sn = p.bom.lines.filter((l) => l.partId === 'sn5610');
    expect(sn.every((l) => l.unitPriceUSD === 40_000 && l.priceOverridden)).toBe(true);
    expect(p.bom.lines.find((l) => l.partId === 'rtx-pro-6000')!.extendedPriceUSD).toBe(256 * 9_000);
    expect(p.bom.lines.find((l) => l.partId === 'b3140h')!.priceOverridden).toBe(false);
    // 5 SN5610 at -11,999 each, 256 GPUs at +435 each.
    expect(p.bom.totalUSD - plan.bom.totalUSD).toBeCloseTo(5 * (40_000 - 51_999) + 256 * (9_000 - 8_565), 6);
  });

  it('flags estimates and carries sources', () => {
    expect(plan.bom.lines.find((l) => l.partId === 'sys-212gb-fnr')!.estimate).toBe(true);
    const raDac = plan.bom.lines.find((l) => l.partId === 'o2q112-800g-cu3')!;
    expect([raDac.estimate, raDac.source.kind, raDac.unitPriceUSD]).toEqual([false, 'ra', 249]);
  });

  it('has no control-plane servers when the control plane is virtual', () => {
    const p = planCluster(aPlannedDesign({ controlPlane: { nodes: 3, placement: 'virtual' } }));
    expect(p.bom.lines.some((l) => l.category === 'control-plane')).toBe(false);
    expect(p.racks.flatMap((r) => r.devices).some((d) => d.kind === 'control-plane-server')).toBe(false);
  });
});
