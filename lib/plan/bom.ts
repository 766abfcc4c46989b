import { CABLE_PARTS } from '../catalog/cables';
import { XEON_6774P } from '../catalog/cpu';
import { GPUS } from '../catalog/gpus';
import { LAYOUTS } from '../catalog/layouts';
import { DPU, SUPERNIC } from '../catalog/nics';
import { CONTROL_PLANE_SERVER, WORKER_SERVER, workerBasePower } from '../catalog/server';
import { isEstimate, type Source } from '../catalog/source';
import { SN2201, SN5610 } from '../catalog/switches';
import type { PlannedDesign } from '../design/schema';
import { unitPriceUSD } from './cabling';
import type { BomCategory, BomLine, BomPlan, Cable, DeviceRole, PlacedDevice } from './types';

/** Subtotal order in the BOM. */
export const BOM_CATEGORIES: readonly BomCategory[] = [
  'servers',
  'gpus',
  'nics',
  'switches',
  'control-plane',
  'cables',
];

interface Priced {
  id: string;
  partNumber: string;
  priceUSD: number;
}

/**
 * The bill of materials, built from the placed devices and the cables so every count equals the plan.
 * A worker is priced as its parts: the SYS-212GB-FNR base system, its CPU (a separate line: the base
 * price excludes it), GPUs, SuperNICs and DPU (RA Hardware resources, layout table); SN5610 lines per
 * role; SN2201s; control-plane servers and the spare when physical; cables per part number. Unit
 * prices come from the catalogs unless input.priceOverridesUSD has the part id. Unit power is the
 * part's maximum, so the BOM's power adds up to the power plan's design total.
 */
export function planBom(
  input: PlannedDesign,
  devices: readonly PlacedDevice[],
  cables: readonly Cable[],
): BomPlan {
  const layout = LAYOUTS[input.layout];
  const gpu = GPUS[input.gpu];
  const lines: BomLine[] = [];
  const count = (pred: (d: PlacedDevice) => boolean) => devices.reduce((n, d) => n + (pred(d) ? 1 : 0), 0);
  const line = (
    part: Priced,
    description: string,
    category: BomCategory,
    quantity: number,
    unitPowerW: number,
    source: Source,
    estimate: boolean,
  ) => {
    if (quantity <= 0) return;
    const unitPrice = unitPriceUSD(part, input);
    lines.push({
      partId: part.id,
      partNumber: part.partNumber,
      description,
      category,
      quantity,
      unitPriceUSD: unitPrice,
      extendedPriceUSD: unitPrice * quantity,
      unitPowerW,
      totalPowerW: unitPowerW * quantity,
      source,
      estimate,
      priceOverridden: input.priceOverridesUSD[part.id] !== undefined,
    });
  };

  const workers = count((d) => d.kind === 'gpu-server');
  line(
    WORKER_SERVER,
    WORKER_SERVER.description,
    'servers',
    workers,
    workerBasePower(input.layout).maxW,
    WORKER_SERVER.priceSource,
    true,
  );
  line(
    XEON_6774P,
    `${XEON_6774P.description} (${layout.cpuSockets} per worker)`,
    'servers',
    workers * layout.cpuSockets,
    XEON_6774P.powerMaxW,
    XEON_6774P.priceSource,
    isEstimate(XEON_6774P.priceSource) || isEstimate(XEON_6774P.powerSource),
  );
  line(
    gpu,
    `${gpu.description} (${layout.gpusPerServer} per worker)`,
    'gpus',
    workers * layout.gpusPerServer,
    gpu.powerMaxW,
    gpu.priceSource,
    isEstimate(gpu.priceSource) || isEstimate(gpu.powerSource),
  );
  for (const [nic, perServer] of [
    [SUPERNIC, layout.eastWestNicsPerServer],
    [DPU, layout.northSouthDpusPerServer],
  ] as const) {
    line(
      nic,
      `${nic.description} (${perServer} per worker)`,
      'nics',
      workers * perServer,
      nic.powerMaxW,
      nic.priceSource,
      isEstimate(nic.priceSource) || isEstimate(nic.powerSource),
    );
  }

  const sn5610Estimate = isEstimate(SN5610.priceSource) || isEstimate(SN5610.powerSource);
  const roles: [DeviceRole, string][] = [
    ['leaf', 'east-west leaf'],
    ['spine', 'east-west spine'],
    ['super-spine', 'east-west super-spine, 3rd tier beyond the RA'],
    ['north-south', 'north-south'],
  ];
  for (const [role, what] of roles) {
    line(
      SN5610,
      `${SN5610.description} (${what})`,
      'switches',
      count((d) => d.kind === 'sn5610' && d.role === role),
      SN5610.powerMaxW,
      SN5610.priceSource,
      sn5610Estimate,
    );
  }
  line(
    SN2201,
    `${SN2201.description} (OOB management, per rack)`,
    'switches',
    count((d) => d.kind === 'sn2201'),
    SN2201.powerMaxW,
    SN2201.priceSource,
    isEstimate(SN2201.priceSource) || isEstimate(SN2201.powerSource),
  );

  for (const [kind, what] of [
    ['control-plane-server', 'Kubernetes control-plane node'],
    ['spare-server', 'spare for control-plane repaves (RA Hardware resources)'],
  ] as const) {
    line(
      CONTROL_PLANE_SERVER,
      `${CONTROL_PLANE_SERVER.description}: ${what}`,
      'control-plane',
      count((d) => d.kind === kind),
      CONTROL_PLANE_SERVER.powerMaxW,
      CONTROL_PLANE_SERVER.priceSource,
      true,
    );
  }

  const cablesByPart = new Map<string, number>();
  for (const c of cables) cablesByPart.set(c.partId, (cablesByPart.get(c.partId) ?? 0) + 1);
  for (const part of CABLE_PARTS) {
    line(
      part,
      `${part.description} (${part.network})`,
      'cables',
      cablesByPart.get(part.id) ?? 0,
      part.powerW,
      part.source,
      isEstimate(part.source),
    );
  }

  const subtotals = BOM_CATEGORIES.filter((category) => lines.some((l) => l.category === category)).map(
    (category) => ({
      category,
      totalUSD: lines.filter((l) => l.category === category).reduce((s, l) => s + l.extendedPriceUSD, 0),
    }),
  );
  return { lines, subtotals, totalUSD: lines.reduce((s, l) => s + l.extendedPriceUSD, 0) };
}
