/**
 * A test plan for the exporters' edge cases: the real logical plan plus a small synthetic physical
 * part (racks, cables, BOM) whose strings CSV and XLSX must survive (commas, quotes, line breaks) and
 * which the real catalog does not have. Other tests use planCluster.
 */
import { BOM_NOT_INCLUDED } from '../../catalog/not-included';
import { aDesign, type DesignInput } from '../../design/schema';
import { planLogical } from '../../plan/logical';
import type { BomCategory, BomLine, Cable, ClusterPlan, PlacedDevice, RackPlan } from '../../plan/types';

const line = (
  partId: string,
  category: BomCategory,
  quantity: number,
  unitPriceUSD: number,
  unitPowerW: number,
  extra: Partial<BomLine> = {},
): BomLine => ({
  partId,
  partNumber: partId.toUpperCase(),
  description: `${partId} description`,
  category,
  quantity,
  unitPriceUSD,
  extendedPriceUSD: quantity * unitPriceUSD,
  unitPowerW,
  totalPowerW: quantity * unitPowerW,
  source: { kind: 'ra', ref: 'RA: Hardware resources' },
  estimate: false,
  priceOverridden: false,
  ...extra,
});

/** A synthetic physical plan: one rack of servers per 16 workers, a network rack, cables per worker. */
export function fixturePlan(overrides: Partial<DesignInput> = {}): ClusterPlan {
  const input = aDesign(overrides);
  const logical = planLogical(input);
  const workers = input.workerNodes;
  const racks: RackPlan[] = [];
  const workerDevices: PlacedDevice[] = [];
  for (let r = 0; r * 16 < workers; r++) {
    const devices: PlacedDevice[] = [];
    for (let i = 0; i < 16 && r * 16 + i < workers; i++) {
      const n = r * 16 + i;
      const device: PlacedDevice = {
        name: `r${String(r + 1).padStart(2, '0')}-u${String(2 + i * 2).padStart(2, '0')}-gpu-${String(n + 1).padStart(3, '0')}`,
        kind: 'gpu-server',
        role: 'compute',
        rack: `rack-${String(r + 1).padStart(2, '0')}`,
        u: 2 + i * 2,
        heightU: 2,
        powerTypicalW: 2400,
        powerMaxW: 3000,
        partId: 'sys-212gb-fnr',
      };
      devices.push(device);
      workerDevices.push(device);
    }
    const powerKW = devices.reduce((s, d) => s + d.powerMaxW, 0) / 1000;
    racks.push({
      name: `rack-${String(r + 1).padStart(2, '0')}`,
      index: r,
      row: 'A',
      position: r + 1,
      role: 'gpu',
      heightU: 42,
      widthMm: 600,
      devices,
      usedU: devices.length * 2,
      powerKW,
      powerTypicalKW: powerKW * 0.8,
      budgetKW: 40,
      btuPerHour: powerKW * 3412.14,
      overBudget: powerKW > 40,
    });
  }
  const netRack = `rack-${String(racks.length + 1).padStart(2, '0')}`;
  const leaf: PlacedDevice = {
    name: `${netRack.replace('rack-', 'r')}-u21-leaf-1`,
    kind: 'sn5610',
    role: 'leaf',
    rack: netRack,
    u: 21,
    heightU: 2,
    powerTypicalW: 1000,
    powerMaxW: 1500,
    partId: 'sn5610',
  };
  racks.push({
    name: netRack,
    index: racks.length,
    row: 'A',
    position: racks.length + 1,
    role: 'network',
    heightU: 42,
    widthMm: 600,
    devices: [leaf],
    usedU: 2,
    powerKW: 1.5,
    powerTypicalKW: 1,
    budgetKW: 40,
    btuPerHour: 1.5 * 3412.14,
    overBudget: false,
  });
  const cables: Cable[] = workerDevices.map(
    (w, i): Cable => ({
      id: `ew-${String(i + 1).padStart(4, '0')}`,
      network: 'east-west',
      media: i % 7 === 0 ? 'ACC' : 'DAC',
      partId: i % 7 === 0 ? 'o2q112-800g-ac5' : 'o2q112-800g-cu3',
      partNumber: i % 7 === 0 ? 'O2Q112-800G-AC5' : 'O2Q112-800G-CU3',
      lengthM: i % 7 === 0 ? 4 : 2.5,
      reachM: i % 7 === 0 ? 5 : 3,
      costUSD: i % 7 === 0 ? 990 : 249,
      powerW: i % 7 === 0 ? 3 : 0.15,
      legs: [
        {
          a: { device: leaf.name, port: `swp${i + 1}s0`, rack: leaf.rack, u: leaf.u },
          b: { device: w.name, port: 'supernic0-p0', rack: w.rack, u: w.u },
          speedGbps: 400,
        },
        {
          a: { device: leaf.name, port: `swp${i + 1}s1`, rack: leaf.rack, u: leaf.u },
          b: { device: w.name, port: 'supernic1-p0', rack: w.rack, u: w.u },
          speedGbps: 400,
        },
      ],
    }),
  );
  const legs = cables.reduce((s, c) => s + c.legs.length, 0);
  const byMedia = {
    DAC: { count: 0, costUSD: 0, powerW: 0 },
    ACC: { count: 0, costUSD: 0, powerW: 0 },
    AEC: { count: 0, costUSD: 0, powerW: 0 },
    fiber: { count: 0, costUSD: 0, powerW: 0 },
    cat6: { count: 0, costUSD: 0, powerW: 0 },
  };
  for (const c of cables) {
    byMedia[c.media].count += 1;
    byMedia[c.media].costUSD += c.costUSD;
    byMedia[c.media].powerW += c.powerW;
  }
  const cableCost = cables.reduce((s, c) => s + c.costUSD, 0);
  const cablePower = cables.reduce((s, c) => s + c.powerW, 0);
  const overridden = input.priceOverridesUSD['sys-212gb-fnr'];
  const lines: BomLine[] = [
    line('sys-212gb-fnr', 'servers', workers, overridden ?? 25000, 3000, {
      description: 'Supermicro SYS-212GB-FNR, 2U, "GPU" server, 1x Xeon 6774P',
      priceOverridden: overridden !== undefined,
    }),
    line('rtx-pro-6000', 'gpus', workers * 4, 8565, 600, {
      estimate: true,
      source: { kind: 'estimate', ref: 'Planner estimate', note: 'Workstation Edition MSRP, as a proxy' },
    }),
    line('b3140h', 'nics', workers * 2, 2300.5, 150),
    line('sn5610', 'switches', 1, 60000, 1500, { description: 'NVIDIA SN5610, 64x800G\nSpectrum-X' }),
    line('o2q112-800g-cu3', 'cables', byMedia.DAC.count, 249, 0.15),
    line('o2q112-800g-ac5', 'cables', byMedia.ACC.count, 990, 3),
  ].filter((l) => l.quantity > 0);
  const categories: BomCategory[] = ['servers', 'gpus', 'nics', 'switches', 'cables', 'control-plane'];
  const subtotals = categories
    .map((category) => ({
      category,
      totalUSD: lines.filter((l) => l.category === category).reduce((s, l) => s + l.extendedPriceUSD, 0),
    }))
    .filter((s) => lines.some((l) => l.category === s.category));
  const totalMaxKW = racks.reduce((s, r) => s + r.powerKW, 0);
  return {
    ...logical,
    // The synthetic racks place no SN2201 (the switch count is the placed count).
    oob: { ...logical.oob, switches: 0 },
    racks,
    cabling: {
      assumptions: {
        rackWidthMm: input.physical.rackWidthMm,
        uHeightMm: 44.45,
        slackPerEndM: input.physical.slackPerEndM,
        trayHeightM: input.physical.trayHeightM,
        mediaPolicy: input.physical.mediaPolicy,
        sideRouteMaxRacks: 1,
        stockedLengths: 'rounded up to the next 0.5 m',
      },
      links: legs,
      cables,
      byMedia,
      byNetwork: {
        'east-west': { count: cables.length, costUSD: cableCost, powerW: cablePower },
        'leaf-spine': { count: 0, costUSD: 0, powerW: 0 },
        'spine-superspine': { count: 0, costUSD: 0, powerW: 0 },
        'north-south': { count: 0, costUSD: 0, powerW: 0 },
        oob: { count: 0, costUSD: 0, powerW: 0 },
      },
      totalCostUSD: cableCost,
      totalPowerW: cablePower,
    },
    power: { totalTypicalKW: totalMaxKW * 0.8, totalMaxKW, btuPerHour: totalMaxKW * 3412.14 },
    bom: {
      lines,
      subtotals,
      totalUSD: subtotals.reduce((s, c) => s + c.totalUSD, 0),
      notIncluded: BOM_NOT_INCLUDED,
    },
    floor: {
      rows: 1,
      racksPerRow: 12,
      rowPitchM: 2.4,
      lengthM: (racks.length * 600 + 2 * 1200) / 1000,
      widthM: 3.6,
      rowDetails: [{ name: 'A', racks: racks.length, frontsFace: 'south', network: false }],
    },
    ipPlan: {
      blocks: [
        {
          network: 'east-west',
          device: 'leaf "1", row A',
          port: 'swp1s0',
          prefix: '172.16.0.0/29',
          gateway: '172.16.0.1',
          peerDevice: 'gpu-001',
          peerPort: 'nic1',
          peerAddresses: '172.16.0.2-172.16.0.6',
          rail: 0,
        },
      ],
      subnets: [],
      loadBalancer: { range: '10.252.255.239-10.252.255.254', addresses: 16 },
      conventions: ['a convention, with a comma'],
    },
  };
}
