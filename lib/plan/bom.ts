import { CABLE_PARTS, fibrePriceUSD, runOptics } from '../catalog/cables';
import { XEON_6774P } from '../catalog/cpu';
import { GPUS } from '../catalog/gpus';
import { LAYOUTS } from '../catalog/layouts';
import { CONTROL_PLANE_NIC, DPU, SUPERNIC } from '../catalog/nics';
import { BOM_NOT_INCLUDED } from '../catalog/not-included';
import { NVLINK_BRIDGE_2WAY, nvlinkBridgesPerServer } from '../catalog/nvlink';
import { FEEDS_PER_RACK, PDUS, pdusForRack, rackEnclosureFor } from '../catalog/rack-power';
import { CONTROL_PLANE_SERVER, WORKER_SERVER, workerBasePowerItems } from '../catalog/server';
import { workerComponents } from '../catalog/server-parts';
import { estimate, isEstimate, type Source } from '../catalog/source';
import { SN2201, SN5610 } from '../catalog/switches';
import type { PlannedDesign } from '../design/schema';
import { type CableTable, tableOf } from './cable-table';
import { unitPriceUSD } from './cabling';
import type { BomCategory, BomLine, BomPlan, Cable, DeviceKind, DeviceRole, RackPlan } from './types';

/** Subtotal order in the BOM. */
export const BOM_CATEGORIES: readonly BomCategory[] = [
  'servers',
  'gpus',
  'nics',
  'switches',
  'control-plane',
  'cables',
  'optics',
  'racks',
];

/** A BOM line before its price: the part (id and catalog price), what it is, how many, what it draws. */
interface LineSpec {
  part: { id: string; priceUSD: number };
  partNumber: string;
  description: string;
  category: BomCategory;
  quantity: number;
  unitPowerW: number;
  source: Source;
  estimate: boolean;
}

/** Placed devices counted once: per kind, and the SN5610s per role. */
interface DeviceCounts {
  kind: (kind: DeviceKind) => number;
  sn5610: (role: DeviceRole) => number;
}

function countDevices(racks: readonly RackPlan[]): DeviceCounts {
  const byKind = new Map<DeviceKind, number>();
  const byRole = new Map<DeviceRole, number>();
  for (const rack of racks) {
    for (const d of rack.devices) {
      byKind.set(d.kind, (byKind.get(d.kind) ?? 0) + 1);
      if (d.kind === 'sn5610') byRole.set(d.role, (byRole.get(d.role) ?? 0) + 1);
    }
  }
  return { kind: (k) => byKind.get(k) ?? 0, sn5610: (r) => byRole.get(r) ?? 0 };
}

/** A priced part's estimate flag: its price or its power is ours. */
const pricedEstimate = (p: { priceSource: Source; powerSource: Source }) =>
  isEstimate(p.priceSource) || isEstimate(p.powerSource);

/**
 * Workers as their parts (RA Hardware resources, layout table): the SYS-212GB-FNR base system, its
 * CPU, RAM and drives of the layout (256 GB or 512 GB), GPUs, the H200 NVL's NVLink bridges (one per
 * GPU pair), SuperNICs and DPU. Each line draws its own parts' maximum; the base system the rest.
 */
function workerLines(input: PlannedDesign, devices: DeviceCounts): LineSpec[] {
  const layout = LAYOUTS[input.layout];
  const gpu = GPUS[input.gpu];
  const workers = devices.kind('gpu-server');
  const chassisW = workerBasePowerItems(input.layout)
    .filter((i) => i.partId === undefined)
    .reduce((s, i) => s + i.quantity * i.maxW, 0);
  const bridges = nvlinkBridgesPerServer(input.gpu, layout.gpusPerServer);
  const perWorker = (n: number) => `${n} per worker`;
  return [
    {
      part: WORKER_SERVER,
      partNumber: WORKER_SERVER.partNumber,
      description: WORKER_SERVER.description,
      category: 'servers',
      quantity: workers,
      unitPowerW: chassisW,
      source: WORKER_SERVER.priceSource,
      estimate: true,
    },
    {
      part: XEON_6774P,
      partNumber: XEON_6774P.partNumber,
      description: `${XEON_6774P.description} (${perWorker(layout.cpuSockets)})`,
      category: 'servers',
      quantity: workers * layout.cpuSockets,
      unitPowerW: XEON_6774P.powerMaxW,
      source: XEON_6774P.priceSource,
      estimate: pricedEstimate(XEON_6774P),
    },
    ...workerComponents(input.layout).map(
      ({ part, quantity, raCell }): LineSpec => ({
        part,
        partNumber: part.partNumber,
        description: `${part.description} (${perWorker(quantity)}; RA layout table ${raCell})`,
        category: 'servers',
        quantity: workers * quantity,
        unitPowerW: part.powerMaxW,
        source: part.priceSource,
        estimate: true,
      }),
    ),
    {
      part: gpu,
      partNumber: gpu.partNumber,
      description: `${gpu.description} (${perWorker(layout.gpusPerServer)})`,
      category: 'gpus',
      quantity: workers * layout.gpusPerServer,
      unitPowerW: gpu.powerMaxW,
      source: gpu.priceSource,
      estimate: pricedEstimate(gpu),
    },
    {
      part: NVLINK_BRIDGE_2WAY,
      partNumber: NVLINK_BRIDGE_2WAY.partNumber,
      description: `${NVLINK_BRIDGE_2WAY.description} (${perWorker(bridges)}: ${layout.gpusPerServer} GPUs in pairs; RA Network configuration)`,
      category: 'gpus',
      quantity: workers * bridges,
      unitPowerW: NVLINK_BRIDGE_2WAY.powerMaxW,
      source: NVLINK_BRIDGE_2WAY.priceSource,
      estimate: true,
    },
    ...(
      [
        [SUPERNIC, layout.eastWestNicsPerServer],
        [DPU, layout.northSouthDpusPerServer],
      ] as const
    ).map(
      ([nic, n]): LineSpec => ({
        part: nic,
        partNumber: nic.partNumber,
        description: `${nic.description} (${perWorker(n)})`,
        category: 'nics',
        quantity: workers * n,
        unitPowerW: nic.powerMaxW,
        source: nic.priceSource,
        estimate: pricedEstimate(nic),
      }),
    ),
  ];
}

/** SN5610 lines per role, then the SN2201s. */
function switchLines(devices: DeviceCounts): LineSpec[] {
  const roles: [DeviceRole, string][] = [
    ['leaf', 'east-west leaf'],
    ['spine', 'east-west spine'],
    ['super-spine', 'east-west super-spine, 3rd tier beyond the RA'],
    ['north-south', 'north-south'],
  ];
  const sn5610 = roles.map(
    ([role, what]): LineSpec => ({
      part: SN5610,
      partNumber: SN5610.partNumber,
      description: `${SN5610.description} (${what})`,
      category: 'switches',
      quantity: devices.sn5610(role),
      unitPowerW: SN5610.powerMaxW,
      source: SN5610.priceSource,
      estimate: pricedEstimate(SN5610),
    }),
  );
  const sn2201: LineSpec = {
    part: SN2201,
    partNumber: SN2201.partNumber,
    description: `${SN2201.description} (OOB management, per rack)`,
    category: 'switches',
    quantity: devices.kind('sn2201'),
    unitPowerW: SN2201.powerMaxW,
    source: SN2201.priceSource,
    estimate: pricedEstimate(SN2201),
  };
  return [...sn5610, sn2201];
}

/**
 * Physical control-plane nodes and the spare, and their assumed NIC (cabled to the north-south
 * switches; the RA names none). The NIC's draw is part of the server's estimate, so the server line
 * draws the rest.
 */
function controlPlaneLines(devices: DeviceCounts): LineSpec[] {
  const nodes = devices.kind;
  const servers = (
    [
      ['control-plane-server', 'Kubernetes control-plane node'],
      ['spare-server', 'spare for control-plane repaves (RA Hardware resources)'],
    ] as const
  ).map(
    ([kind, what]): LineSpec => ({
      part: CONTROL_PLANE_SERVER,
      partNumber: CONTROL_PLANE_SERVER.partNumber,
      description: `${CONTROL_PLANE_SERVER.description}: ${what} (its NIC is a separate line)`,
      category: 'control-plane',
      quantity: nodes(kind),
      unitPowerW: CONTROL_PLANE_SERVER.powerMaxW - CONTROL_PLANE_NIC.powerMaxW,
      source: CONTROL_PLANE_SERVER.priceSource,
      estimate: true,
    }),
  );
  const nic: LineSpec = {
    part: CONTROL_PLANE_NIC,
    partNumber: CONTROL_PLANE_NIC.partNumber,
    description: `${CONTROL_PLANE_NIC.description} (1 per control-plane node and spare)`,
    category: 'control-plane',
    quantity: nodes('control-plane-server') + nodes('spare-server'),
    unitPowerW: CONTROL_PLANE_NIC.powerMaxW,
    source: CONTROL_PLANE_NIC.source,
    estimate: true,
  };
  return [...servers, nic];
}

/**
 * Cables per part; a fibre run is split into its fibre (a cables line, under the run's part id) and
 * its transceivers (optics lines, one per transceiver part, network and draw), which draw the run's
 * power. Catalog prices of the three add up to the run's price (for the RA's multimode option, its
 * $1975; the split itself is a planner estimate, as no per-part price is public).
 */
function cableLines(table: CableTable): LineSpec[] {
  // Counted by interned part id, then named: one string per part, not one per cable.
  const counts = new Int32Array(table.columns.strings.length);
  for (let i = 0; i < table.length; i++) {
    const id = table.partIdId(i);
    counts[id] = (counts[id] ?? 0) + 1;
  }
  const cablesByPart = new Map<string, number>();
  counts.forEach((n, id) => {
    if (n > 0) cablesByPart.set(table.text(id), n);
  });
  const lines: LineSpec[] = [];
  const optics = new Map<string, LineSpec>();
  for (const part of CABLE_PARTS) {
    const n = cablesByPart.get(part.id) ?? 0;
    if (n === 0) continue;
    const parts = runOptics(part);
    if (!part.optics) {
      lines.push({
        part,
        partNumber: part.partNumber,
        description: `${part.description} (${part.network})`,
        category: 'cables',
        quantity: n,
        unitPowerW: part.powerW,
        source: part.source,
        estimate: isEstimate(part.source),
      });
      continue;
    }
    const fibreUSD = fibrePriceUSD(part);
    lines.push({
      part: { id: part.id, priceUSD: fibreUSD },
      partNumber: part.optics.fibre.partNumber,
      description: `${part.optics.fibre.description} (${part.network}; fibre only: its ${parts.reduce((s, o) => s + o.count, 0)} transceivers are optics lines)`,
      category: 'cables',
      quantity: n,
      unitPowerW: 0,
      source: estimate(
        `${part.partNumber} is priced US$${part.priceUSD} as a run (${part.source.ref}); this line is the run less its transceivers at their catalog prices, a planner split`,
      ),
      estimate: true,
    });
    for (const { optic, count, unitPowerW } of parts) {
      const key = `${optic.id}|${part.network}|${unitPowerW}`;
      const line = optics.get(key) ?? {
        part: optic,
        partNumber: optic.partNumber,
        description: `${optic.description} (${part.network} fibre runs, ${unitPowerW} W each)`,
        category: 'optics',
        quantity: 0,
        unitPowerW,
        source: optic.priceSource,
        estimate: true,
      };
      line.quantity += count * n;
      optics.set(key, line);
    }
  }
  return [...lines, ...optics.values()];
}

/**
 * One enclosure per placed rack, and its PDUs sized from the rack's design power (rack.powerKW): per
 * feed the smallest PDU that carries it alone, on both the A and the B feed. Planner estimates.
 */
function rackLines(input: PlannedDesign, racks: readonly RackPlan[]): LineSpec[] {
  const { rackHeightU, rackWidthMm, rackDepthMm } = input.physical;
  const enclosure = rackEnclosureFor(rackHeightU, rackWidthMm);
  const pdus = new Map<string, { quantity: number; racks: number }>();
  for (const rack of racks) {
    const { part, quantity } = pdusForRack(rack.powerKW);
    const entry = pdus.get(part.id) ?? { quantity: 0, racks: 0 };
    entry.quantity += quantity;
    entry.racks += 1;
    pdus.set(part.id, entry);
  }
  const pduLines = PDUS.flatMap((part): LineSpec[] => {
    const entry = pdus.get(part.id);
    if (!entry) return [];
    const racksText = `${entry.racks} ${entry.racks === 1 ? 'rack' : 'racks'}`;
    return [
      {
        part,
        partNumber: part.partNumber,
        description: `${part.description} (${racksText}: on each of the ${FEEDS_PER_RACK} feeds, A and B, enough to carry the rack's design power alone)`,
        category: 'racks',
        quantity: entry.quantity,
        unitPowerW: 0,
        source: part.priceSource,
        estimate: true,
      },
    ];
  });
  return [
    {
      part: enclosure,
      partNumber: enclosure.partNumber,
      description: `${enclosure.description}, ${rackDepthMm} mm deep (one per rack)`,
      category: 'racks',
      quantity: racks.length,
      unitPowerW: 0,
      source: enclosure.priceSource,
      estimate: true,
    },
    ...pduLines,
  ];
}

/** A line with its price: the override for its part id, or the catalog price. */
function priced(spec: LineSpec, input: PlannedDesign): BomLine {
  const unitPrice = unitPriceUSD(spec.part, input);
  return {
    partId: spec.part.id,
    partNumber: spec.partNumber,
    description: spec.description,
    category: spec.category,
    quantity: spec.quantity,
    unitPriceUSD: unitPrice,
    extendedPriceUSD: unitPrice * spec.quantity,
    unitPowerW: spec.unitPowerW,
    totalPowerW: spec.unitPowerW * spec.quantity,
    source: spec.source,
    estimate: spec.estimate,
    priceOverridden: input.priceOverridesUSD[spec.part.id] !== undefined,
  };
}

/**
 * The bill of materials, built from the placed racks and devices and the cables so every count equals
 * the plan: workers as their parts, SN5610 lines per role, SN2201s, physical control-plane servers
 * with their NICs, cables per part with fibre runs split into fibre and transceivers, and a rack
 * enclosure and PDUs per rack. Unit prices come from the catalogs unless input.priceOverridesUSD has
 * the part id. Unit power is the part's maximum, so the BOM's power adds up to the power plan's design
 * total. `notIncluded` says what the BOM leaves out.
 */
export function planBom(
  input: PlannedDesign,
  racks: readonly RackPlan[],
  cables: readonly Cable[] | CableTable,
): BomPlan {
  const devices = countDevices(racks);
  const lines = [
    ...workerLines(input, devices),
    ...switchLines(devices),
    ...controlPlaneLines(devices),
    ...cableLines(tableOf(cables)),
    ...rackLines(input, racks),
  ]
    .filter((spec) => spec.quantity > 0)
    .map((spec) => priced(spec, input));
  const subtotals = BOM_CATEGORIES.filter((category) => lines.some((l) => l.category === category)).map(
    (category) => ({
      category,
      totalUSD: lines.filter((l) => l.category === category).reduce((s, l) => s + l.extendedPriceUSD, 0),
    }),
  );
  return {
    lines,
    subtotals,
    totalUSD: lines.reduce((s, l) => s + l.extendedPriceUSD, 0),
    notIncluded: BOM_NOT_INCLUDED,
  };
}
