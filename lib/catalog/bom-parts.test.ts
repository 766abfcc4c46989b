import { describe, expect, it } from 'vitest';
import { CABLE_PARTS, CABLE_PARTS_BY_ID, fibrePriceUSD, runOptics } from './cables';
import { CONTROL_PLANE_NIC, CONTROL_PLANE_NIC_PORTS } from './nics';
import { BOM_NOT_INCLUDED } from './not-included';
import { nvlinkBridgesPerServer } from './nvlink';
import { PDUS, pdusForRack, rackEnclosureFor } from './rack-power';
import { WORKER_BASE_PRICE_USD } from './server';
import { workerComponents } from './server-parts';

const part = (id: string) => CABLE_PARTS_BY_ID.get(id)!;

describe('fibre runs: transceivers and fibre', () => {
  it("splits the RA's multimode option (RA cable table: $1975, 32W (14 + 2*9)) into an OSFP, two QSFP112 and the fibre", () => {
    const ra = part('osfp-800g-2xsr4-kit');
    expect(runOptics(ra).map((o) => [o.optic.partNumber, o.count, o.unitPowerW])).toEqual([
      ['OSFP-800G-2xSR4', 1, 14],
      ['Q112-400G-SR4', 2, 9],
    ]);
    // 1,975 - 1,100 - 2 x 400 = 75 for the fibre.
    expect(fibrePriceUSD(ra)).toBe(75);
  });

  it('prices every fibre cord at 75: one splitter fibre per splitter run, two fibres per straight pair', () => {
    const cords: Record<string, number> = {
      'osfp-800g-2xsr4-kit': 75,
      'ew-sm-dr4-kit': 75, // 2,675 - 1,400 - 2 x 600
      'ew-sm-lr4-kit': 75, // 6,075 - 3,000 - 2 x 1,500
      'ls-mm-sr4-pair': 150, // 2,350 - 2 x 1,100
      'ls-sm-dr4-pair': 150, // 2,950 - 2 x 1,400
      'ls-sm-lr4-pair': 150, // 6,150 - 2 x 3,000
      'ns-mm-sr4-kit': 75, // 1,975 - 1,100 - 2 x 400
      'ns-sm-dr4-kit': 75,
      'ns-sm-lr4-kit': 75,
    };
    const fibre = CABLE_PARTS.filter((c) => c.media === 'fiber');
    expect(Object.fromEntries(fibre.map((c) => [c.id, fibrePriceUSD(c)]))).toEqual(cords);
  });

  it('lets the transceivers draw the whole run power and copper carry none', () => {
    for (const c of CABLE_PARTS) {
      const optics = runOptics(c);
      if (c.media !== 'fiber') {
        expect(optics).toEqual([]);
        expect(fibrePriceUSD(c)).toBe(c.priceUSD);
        continue;
      }
      expect(optics.reduce((s, o) => s + o.count * o.unitPowerW, 0)).toBeCloseTo(c.powerW, 9);
      expect(optics.reduce((s, o) => s + o.count, 0)).toBe(1 + c.legs);
    }
  });
});

describe('rack enclosures and PDUs (planner estimates)', () => {
  it('has PDUs of 3 x 230 V x 16 / 32 / 63 A = 11.04 / 22.08 / 43.47 kW', () => {
    expect(PDUS.map((p) => p.capacityKW)).toEqual([11.04, 22.08, 43.47]);
    expect(PDUS.every((p) => p.priceSource.kind === 'estimate')).toBe(true);
  });

  it('gives a rack two PDUs (A and B feed) of the smallest size that carries it alone, or more of the largest', () => {
    const rule = (kW: number) => {
      const { part: p, quantity } = pdusForRack(kW);
      return [p.id, quantity];
    };
    expect(rule(8.7)).toEqual(['pdu-3ph-16a', 2]);
    expect(rule(11.04)).toEqual(['pdu-3ph-16a', 2]);
    expect(rule(15)).toEqual(['pdu-3ph-32a', 2]);
    // The RA's "around 40kW per rack".
    expect(rule(40)).toEqual(['pdu-3ph-63a', 2]);
    expect(rule(43.47)).toEqual(['pdu-3ph-63a', 2]);
    // 50 / 43.47 -> 2 per feed; 100 / 43.47 = 2.3 -> 3 per feed.
    expect(rule(50)).toEqual(['pdu-3ph-63a', 4]);
    expect(rule(100)).toEqual(['pdu-3ph-63a', 6]);
  });

  it('has an enclosure for each rack height and width the design offers', () => {
    expect(rackEnclosureFor(42, 600).id).toBe('rack-42u-600mm');
    expect(rackEnclosureFor(48, 800).id).toBe('rack-48u-800mm');
    expect(() => rackEnclosureFor(45, 600)).toThrow(/45U/);
  });
});

describe('NVLink bridges', () => {
  it('pairs H200 NVL GPUs with 2-way bridges (RA Network configuration) and gives the RTX PRO 6000 none', () => {
    expect(nvlinkBridgesPerServer('h200-nvl', 4)).toBe(2);
    expect(nvlinkBridgesPerServer('h200-nvl', 2)).toBe(1);
    expect(nvlinkBridgesPerServer('rtx-pro-6000', 4)).toBe(0);
  });
});

describe('worker RAM and drives (RA Hardware resources, layout table)', () => {
  it('fills 8 channels to 256 GB (32 GB DIMMs) or 512 GB (64 GB DIMMs), with 1 E1.S and 2 M.2', () => {
    const rows = (layout: '1-2-2-200' | '1-2-3-400' | '1-4-3-200') =>
      workerComponents(layout).map((c) => [c.part.id, c.quantity]);
    const drives = [
      ['nvme-e1s-4tb', 1],
      ['nvme-m2-1tb', 2],
    ];
    expect(rows('1-2-2-200')).toEqual([['ddr5-rdimm-32gb', 8], ...drives]);
    expect(rows('1-2-3-400')).toEqual([['ddr5-rdimm-32gb', 8], ...drives]);
    expect(rows('1-4-3-200')).toEqual([['ddr5-rdimm-64gb', 8], ...drives]);
    expect(workerComponents('1-4-3-200')[0]!.raCell).toBe('RAM: "512GB minimum"');
  });

  it('prices the base system without them: 66,680.45 - 2 x 8,565 - 6,500 - 8 x 800 - 150 - 2 x 650 = 35,200', () => {
    expect(WORKER_BASE_PRICE_USD).toBe(35_200);
  });
});

describe('control-plane NIC and what the BOM leaves out', () => {
  it('assumes a 2x 200GbE NIC, flagged as an estimate because the RA names none', () => {
    expect([CONTROL_PLANE_NIC.ports, CONTROL_PLANE_NIC.portGbps, CONTROL_PLANE_NIC.oobPorts]).toEqual([
      2, 200, 0,
    ]);
    expect([CONTROL_PLANE_NIC.source.kind, CONTROL_PLANE_NIC.priceSource.kind]).toEqual([
      'estimate',
      'estimate',
    ]);
    expect(CONTROL_PLANE_NIC_PORTS).toEqual(['nic-p0', 'nic-p1']);
  });

  it('has unique not-included ids', () => {
    expect(new Set(BOM_NOT_INCLUDED.map((n) => n.id)).size).toBe(BOM_NOT_INCLUDED.length);
  });
});
