import type { LayoutId } from './ids';
import { LAYOUTS } from './layouts';
import { estimate, type Source } from './source';

/**
 * The worker's memory and drives as their own BOM parts, per layout (RA Hardware resources, the
 * layout table): RAM "256 GB minimum" (1-2-2-200, 1-2-3-400) or "512GB minimum" (1-4-3-200), "1x 4TB"
 * E1.S and "2x 1TB OS drive (RAID1)" M.2. No public price or power figure exists for the exact parts
 * (hardware-facts section 1 lists none): every figure is a planner estimate.
 */
export interface ServerComponentPart {
  id: string;
  partNumber: string;
  description: string;
  priceUSD: number;
  priceSource: Source;
  powerTypicalW: number;
  powerMaxW: number;
  powerSource: Source;
}

/** DIMMs per server: "all memory channels should be populated with at least one DPC" (RA Hardware resources); Xeon 6774P has 8 channels (hardware-facts section 4). */
export const DIMMS_PER_SERVER = 8;

const PRICE = (what: string) =>
  estimate(`no public price for ${what} (hardware-facts section 1); planner estimate, override with a quote`);
/** The worker's own parts' power: no public figure (the base system's, RAM's and drives' alike). */
export const WORKER_PARTS_POWER_SOURCE: Source = estimate(
  'no public SYS-212GB-FNR power figure (hardware-facts section 1); planner estimate calibrated so 11 four-GPU servers fit the RA\'s "around 40kW per rack" (Network configuration)',
);
const DIMM_POWER = { powerTypicalW: 8, powerMaxW: 12, powerSource: WORKER_PARTS_POWER_SOURCE };

export const DIMM_32GB: ServerComponentPart = {
  id: 'ddr5-rdimm-32gb',
  partNumber: 'DDR5-6400 RDIMM 32 GB',
  description: 'DDR5-6400 ECC RDIMM, 32 GB (one per memory channel)',
  priceUSD: 400,
  priceSource: PRICE('a 32 GB DDR5-6400 RDIMM'),
  ...DIMM_POWER,
};

export const DIMM_64GB: ServerComponentPart = {
  id: 'ddr5-rdimm-64gb',
  partNumber: 'DDR5-6400 RDIMM 64 GB',
  description: 'DDR5-6400 ECC RDIMM, 64 GB (one per memory channel)',
  priceUSD: 800,
  priceSource: PRICE('a 64 GB DDR5-6400 RDIMM'),
  ...DIMM_POWER,
};

/** DDR5 RDIMMs by capacity (GB): 8 x 32 GB = 256 GB, 8 x 64 GB = 512 GB. */
const DIMM_PARTS: ReadonlyMap<number, ServerComponentPart> = new Map([
  [32, DIMM_32GB],
  [64, DIMM_64GB],
]);

/** The layout table's "1x 4TB drive" (NVMe E1.S, 15 mm: RA Technology Overview). */
export const E1S_4TB: ServerComponentPart = {
  id: 'nvme-e1s-4tb',
  partNumber: 'NVMe E1.S 4 TB',
  description: 'NVMe E1.S 15 mm data drive, 4 TB',
  priceUSD: 650,
  priceSource: PRICE('a 4 TB E1.S NVMe drive'),
  powerTypicalW: 12,
  powerMaxW: 20,
  powerSource: WORKER_PARTS_POWER_SOURCE,
};

/** The layout table's "2x 1TB OS drive (RAID1)" (NVMe M.2). */
export const M2_1TB: ServerComponentPart = {
  id: 'nvme-m2-1tb',
  partNumber: 'NVMe M.2 1 TB',
  description: 'NVMe M.2 OS drive, 1 TB (two in RAID1)',
  priceUSD: 150,
  priceSource: PRICE('a 1 TB M.2 NVMe drive'),
  powerTypicalW: 4,
  powerMaxW: 8,
  powerSource: WORKER_PARTS_POWER_SOURCE,
};

/** A part of the worker and how many of it one worker holds. */
export interface ServerComponent {
  part: ServerComponentPart;
  quantity: number;
  /** The RA's layout-table row and cell it stands for ('RAM: "256 GB minimum"'). */
  raCell: string;
}

/** The DIMM that fills 8 channels to the layout's RAM: 32 GB for 256 GB, 64 GB for 512 GB. */
export function dimmFor(layoutId: LayoutId): ServerComponentPart {
  const gb = LAYOUTS[layoutId].ramGBMinimum / DIMMS_PER_SERVER;
  const part = DIMM_PARTS.get(gb);
  if (!part) throw new Error(`no ${gb} GB DIMM for layout ${layoutId}`);
  return part;
}

/** RAM, E1.S and M.2 of one worker in a layout, as the RA's table lists them. */
export function workerComponents(layoutId: LayoutId): ServerComponent[] {
  const layout = LAYOUTS[layoutId];
  if (layout.e1sDriveTB !== 4 || layout.m2DriveTB !== 1) throw new Error(`no drive part for ${layoutId}`);
  return [
    { part: dimmFor(layoutId), quantity: DIMMS_PER_SERVER, raCell: `RAM: "${layout.table.ram}"` },
    { part: E1S_4TB, quantity: layout.e1sDrives, raCell: `NVMe drives (E1.S): "${layout.table.nvmeE1s}"` },
    { part: M2_1TB, quantity: layout.m2Drives, raCell: `NVMe drives (M.2): "${layout.table.nvmeM2}"` },
  ];
}
