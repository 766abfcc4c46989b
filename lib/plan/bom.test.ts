import { describe, expect, it } from 'vitest';
import { aPlannedDesign, DEFAULT_DESIGN, type DesignInput } from '../design/schema';
import { planCluster } from './plan-cluster';
import type { ClusterPlan } from './types';

const qty = (plan: ClusterPlan, partId: string) =>
  plan.bom.lines.filter((l) => l.partId === partId).reduce((s, l) => s + l.quantity, 0);
const linesOf = (plan: ClusterPlan, category: string) =>
  plan.bom.lines.filter((l) => l.category === category);
const usd = (lines: readonly { extendedPriceUSD: number }[]) =>
  lines.reduce((s, l) => s + l.extendedPriceUSD, 0);
const fiberEverywhere = (over: Partial<DesignInput> = {}) =>
  aPlannedDesign({ ...over, physical: { ...DEFAULT_DESIGN.physical, mediaPolicy: 'fiber' } });

describe('planBom', () => {
  const plan = planCluster(DEFAULT_DESIGN);

  it('counts the RA 64-server design: 64 workers, 256 GPUs, 128 SuperNICs, 64 DPUs (RA Hardware resources / Solution sizing)', () => {
    expect(qty(plan, 'sys-212gb-fnr')).toBe(64);
    expect(qty(plan, 'xeon-6774p')).toBe(64);
    expect(qty(plan, 'rtx-pro-6000')).toBe(256);
    expect(qty(plan, 'b3140h')).toBe(128);
    expect(qty(plan, 'b3220')).toBe(64);
  });

  it('has SN5610 lines per role: 2 leaves, 1 spine, 2 north-south; 7 SN2201; 3 control-plane + 1 spare and their 4 NICs', () => {
    const sn = plan.bom.lines.filter((l) => l.partId === 'sn5610').map((l) => l.quantity);
    expect(sn).toEqual([2, 1, 2]);
    expect(qty(plan, 'sn2201')).toBe(7);
    expect(linesOf(plan, 'control-plane').map((l) => [l.partId, l.quantity])).toEqual([
      ['control-plane-1u', 3],
      ['control-plane-1u', 1],
      ['connectx-7-2x200g', 4],
    ]);
  });

  it('has a cable line per part used, matching the cable plan', () => {
    const cableLines = linesOf(plan, 'cables');
    expect(cableLines.reduce((s, l) => s + l.quantity, 0)).toBe(plan.cabling.cables.length);
    expect(usd(cableLines)).toBeCloseTo(plan.cabling.totalCostUSD, 6);
  });

  it('adds up: extended = unit x quantity, subtotals by category, grand total; power = the design power', () => {
    for (const l of plan.bom.lines) {
      expect(l.extendedPriceUSD).toBeCloseTo(l.unitPriceUSD * l.quantity, 6);
      expect(l.totalPowerW).toBeCloseTo(l.unitPowerW * l.quantity, 6);
    }
    // Copper only at 64 workers (auto media): no optics subtotal.
    expect(plan.bom.subtotals.map((s) => s.category)).toEqual([
      'servers',
      'gpus',
      'nics',
      'switches',
      'control-plane',
      'cables',
      'racks',
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

  it('has no control-plane servers or NICs when the control plane is virtual', () => {
    const p = planCluster(aPlannedDesign({ controlPlane: { nodes: 3, placement: 'virtual' } }));
    expect(p.bom.lines.some((l) => l.category === 'control-plane')).toBe(false);
    expect(p.racks.flatMap((r) => r.devices).some((d) => d.kind === 'control-plane-server')).toBe(false);
  });
});

describe('planBom: RAM and drives per layout (RA Hardware resources, layout table)', () => {
  const reference = planCluster(DEFAULT_DESIGN);
  const twoGpu = planCluster(aPlannedDesign({ layout: '1-2-3-400' }));

  it('gives 1-4-3-200 "512GB minimum" as 8 x 64 GB (one DIMM per channel) and 1-2-3-400 "256 GB minimum" as 8 x 32 GB', () => {
    // 64 workers x 8 DIMMs = 512 of each layout's size.
    expect([qty(reference, 'ddr5-rdimm-64gb'), qty(reference, 'ddr5-rdimm-32gb')]).toEqual([512, 0]);
    expect([qty(twoGpu, 'ddr5-rdimm-64gb'), qty(twoGpu, 'ddr5-rdimm-32gb')]).toEqual([0, 512]);
  });

  it('has "1x 4TB drive" E1.S and "2x 1TB OS drive (RAID1)" M.2 per worker in every layout', () => {
    for (const p of [reference, twoGpu])
      expect([qty(p, 'nvme-e1s-4tb'), qty(p, 'nvme-m2-1tb')]).toEqual([64, 128]);
  });

  it('no longer prices a 256 GB 1-2-3-400 server like a 512 GB 1-4-3-200 one', () => {
    // Base system: eStore SKU 66,680.45 - 2 x 8,565 (GPUs) - 6,500 (CPU) - 8 x 800 (512 GB) - 150 (M.2)
    // - 2 x 650 (E1.S) = 35,200.45 -> 35,200.
    expect(reference.bom.lines.find((l) => l.partId === 'sys-212gb-fnr')!.unitPriceUSD).toBe(35_200);
    // Servers line per worker: base 35,200 + CPU 6,500 + RAM + E1.S 650 + 2 x M.2 150.
    // 512 GB: + 8 x 800 = 49,050; 256 GB: + 8 x 400 = 45,850.
    expect(usd(linesOf(reference, 'servers')) / 64).toBe(49_050);
    expect(usd(linesOf(twoGpu, 'servers')) / 64).toBe(45_850);
  });
});

describe('planBom: NVLink bridges (RA Network configuration: "Only pairs of two H200\'s can be connected with a 2-way NVLink bridge")', () => {
  it('gives H200 NVL 1-4-3-200 at 64 workers 64 x 4 GPUs / 2 = 128 bridges, 2 per server', () => {
    const p = planCluster(aPlannedDesign({ gpu: 'h200-nvl' }));
    const line = p.bom.lines.find((l) => l.partId === 'nvlink-bridge-2way')!;
    expect([line.quantity, line.category, line.unitPowerW, line.estimate]).toEqual([128, 'gpus', 0, true]);
    // hardware-facts section 3: the 2-way bridge's part number.
    expect(line.partNumber).toBe('900-23945-xx00-xxx');
  });

  it('gives H200 NVL 1-2-2-200 at 10 workers one bridge per server (2 GPUs = 1 pair): 10', () => {
    expect(
      qty(
        planCluster(aPlannedDesign({ gpu: 'h200-nvl', layout: '1-2-2-200', workerNodes: 10 })),
        'nvlink-bridge-2way',
      ),
    ).toBe(10);
  });

  it('gives the RTX PRO 6000 none ("does not support NVLink at all")', () => {
    expect(qty(planCluster(DEFAULT_DESIGN), 'nvlink-bridge-2way')).toBe(0);
  });
});

describe("planBom: racks and PDUs, sized from each rack's design power", () => {
  const plan = planCluster(DEFAULT_DESIGN);

  it("has one 42U 600 mm enclosure per placed rack: the RA's 7 racks", () => {
    expect(qty(plan, 'rack-42u-600mm')).toBe(7);
  });

  it('gives each 35-39 kW GPU rack two 63 A PDUs and the ~8.7 kW network rack two 16 A PDUs (A and B feeds)', () => {
    // GPU racks: 10 or 11 servers x 3,502 W >= 35.0 kW: above 3 x 230 V x 32 A = 22.08 kW, within
    // 3 x 230 V x 63 A = 43.47 kW. Network rack A04: spine + 2 north-south SN5610 (3 x 2,000 W), 4
    // control-plane nodes (4 x 500 W), an SN2201 (200 W) and optics shares: ~8.7 kW <= 16 A's 11.04 kW.
    const pdus = linesOf(plan, 'racks').filter((l) => l.partId.startsWith('pdu-'));
    expect(pdus.map((l) => [l.partId, l.quantity])).toEqual([
      ['pdu-3ph-16a', 2],
      ['pdu-3ph-63a', 6 * 2],
    ]);
  });

  it('flags every rack line as an estimate with a source saying so, and takes overrides by part id', () => {
    const racks = linesOf(plan, 'racks');
    expect(racks.every((l) => l.estimate && l.source.kind === 'estimate' && l.totalPowerW === 0)).toBe(true);
    const p = planCluster(
      aPlannedDesign({ priceOverridesUSD: { 'pdu-3ph-63a': 3000, 'rack-42u-600mm': 2000 } }),
    );
    expect(
      linesOf(p, 'racks')
        .filter((l) => l.priceOverridden)
        .map((l) => l.partId),
    ).toEqual(['rack-42u-600mm', 'pdu-3ph-63a']);
    // 7 enclosures at +500, 12 PDUs at +200.
    expect(p.bom.totalUSD - plan.bom.totalUSD).toBeCloseTo(7 * 500 + 12 * 200, 6);
  });

  it('uses as many of the largest PDU per feed as a rack above 43.47 kW needs: 2 per feed for 16 servers', () => {
    // 48U racks at a 100 kW budget hold a block's 32 servers as 16 + 16 per side of the spine rack:
    // 16 x 3,502 W = 56.0 kW (plus leaf and optics, under 2 x 43.47 = 86.94 kW) -> 2 x 63 A per feed,
    // 4 per rack, 4 GPU racks = 16; the network rack (~8.8 kW) two 16 A.
    const p = planCluster(
      aPlannedDesign({ physical: { ...DEFAULT_DESIGN.physical, rackHeightU: 48, rackPowerBudgetKW: 100 } }),
    );
    expect(linesOf(p, 'racks').map((l) => [l.partId, l.quantity])).toEqual([
      ['rack-48u-600mm', 5],
      ['pdu-3ph-16a', 2],
      ['pdu-3ph-63a', 16],
    ]);
  });
});

describe('planBom: optics on their own lines (fibre runs only)', () => {
  // Every run fibre at 64 workers: 64 east-west splitters (2 SuperNICs each), 64 leaf-spine links
  // (32 per leaf), 64 + 4 north-south splitters (workers, 3 control-plane nodes, spare); all within
  // multimode reach, so the RA's kit and its north-south and leaf-spine siblings.
  const plan = planCluster(fiberEverywhere());

  it('counts a transceiver per fibre end: 1 OSFP at the switch and 1 per leg end', () => {
    expect(linesOf(plan, 'optics').map((l) => [l.partNumber, l.quantity, l.unitPowerW])).toEqual([
      // RA: "OSFP-800G-2xSR4 + 2x Q112-400G-SR4", "32W (14 + 2*9)".
      ['OSFP-800G-2xSR4', 64, 14],
      ['Q112-400G-SR4', 2 * 64, 9],
      // Leaf-spine pairs: an OSFP at each end.
      ['OSFP-800G-2xSR4', 2 * 64, 14],
      // North-south: QSFP112 SR4 at 200GbE draws 5 W (hardware-facts section 7).
      ['OSFP-800G-2xSR4', 68, 14],
      ['Q112-400G-SR4', 2 * 68, 5],
    ]);
  });

  it("splits the RA's US$1975 multimode run honestly: 1,100 + 2 x 400 transceivers + 75 fibre, no double count", () => {
    const fibre = plan.bom.lines.find((l) => l.partId === 'osfp-800g-2xsr4-kit')!;
    expect([fibre.category, fibre.quantity, fibre.unitPriceUSD, fibre.unitPowerW, fibre.estimate]).toEqual([
      'cables',
      64,
      75,
      0,
      true,
    ]);
    expect(fibre.source.note).toContain('less its transceivers');
    // Cables + optics cost what the cable plan says, and draw what it says.
    const both = [...linesOf(plan, 'cables'), ...linesOf(plan, 'optics')];
    expect(usd(both)).toBeCloseTo(plan.cabling.totalCostUSD, 6);
    expect(both.reduce((s, l) => s + l.totalPowerW, 0)).toBeCloseTo(plan.cabling.totalPowerW, 6);
  });

  it('prices a run from its overridden parts, in the BOM and in the cable plan alike', () => {
    const p = planCluster(
      fiberEverywhere({ priceOverridesUSD: { 'q112-400g-sr4': 300, 'osfp-800g-2xsr4-kit': 100 } }),
    );
    const ew = p.cabling.cables.find((c) => c.partId === 'osfp-800g-2xsr4-kit')!;
    // 100 fibre + 1,100 OSFP + 2 x 300 QSFP112.
    expect(ew.costUSD).toBe(100 + 1100 + 2 * 300);
    const both = [...linesOf(p, 'cables'), ...linesOf(p, 'optics')];
    expect(usd(both)).toBeCloseTo(p.cabling.totalCostUSD, 6);
    expect(
      linesOf(p, 'optics')
        .filter((l) => l.priceOverridden)
        .map((l) => l.quantity),
    ).toEqual([128, 136]);
  });

  it('has no optics where every run is copper', () => {
    expect(linesOf(planCluster(DEFAULT_DESIGN), 'optics')).toEqual([]);
  });
});

describe('planBom: what it leaves out', () => {
  it('lists site uplinks, storage, software licences and services, each with why and a source', () => {
    const { notIncluded } = planCluster(DEFAULT_DESIGN).bom;
    expect(notIncluded.map((n) => n.id)).toEqual(
      expect.arrayContaining(['site-uplinks', 'storage', 'software-licences', 'services']),
    );
    expect(notIncluded.every((n) => n.item.length > 0 && n.why.length > 0 && n.source.ref.length > 0)).toBe(
      true,
    );
    expect(new Set(notIncluded.map((n) => n.id)).size).toBe(notIncluded.length);
  });
});
