import { XEON_6774P } from './cpu';
import { GPUS } from './gpus';
import type { GpuId, LayoutId } from './ids';
import { LAYOUTS } from './layouts';
import { DPU, SUPERNIC } from './nics';
import {
  DIMM_64GB,
  DIMMS_PER_SERVER,
  E1S_4TB,
  M2_1TB,
  WORKER_PARTS_POWER_SOURCE,
  workerComponents,
} from './server-parts';
import { estimate, isEstimate, ra, type Source } from './source';

/**
 * The SYS-212GB-FNR worker chassis as a BOM part and a power model, and the 1U control-plane node.
 * The BOM prices the worker as base system + CPU + RAM + drives + GPUs + NICs (separate lines, no
 * double counting); the power model sums the same parts so BOM power and rack power agree.
 */

/** One physical part of the base system other than CPU, GPUs and NICs (which have their own catalogs). */
export interface PowerItem {
  name: string;
  quantity: number;
  typicalW: number;
  maxW: number;
  source: Source;
  /** The BOM part it is priced as, when it has its own BOM line (RAM, drives); none for fans and board. */
  partId?: string;
}

export interface ServerPart {
  id: string;
  partNumber: string;
  name: string;
  description: string;
  heightU: number;
  priceUSD: number;
  priceSource: Source;
  source: Source;
}

/** Rack units per SYS-212GB-FNR: "SYS-212GB-FNR (2U)" (RA Hardware resources, layout table). */
export const WORKER_SERVER_HEIGHT_U = 2;

/** Supermicro eStore configured SKU SYS-212GB-FNR-01-G2 (hardware-facts section 1, M, secondhand). */
const ESTORE_SKU_USD = 66_680.45;

/**
 * Base system price (chassis, board, PSUs, fans): the eStore SKU, which carries 2 GPUs, 1 CPU, 512 GB,
 * 1x 960 GB M.2 and 2x 3.84 TB E1.S, less those parts at the catalog's prices (the 960 GB and 3.84 TB
 * drives priced as the 1 TB and 4 TB ones), rounded: 66,680.45 - 2 x 8,565 - 6,500 - 8 x 800 - 150 -
 * 2 x 650 = 35,200. RAM and drives are priced per layout on their own lines. An estimate: override it.
 */
export const WORKER_BASE_PRICE_USD = Math.round(
  ESTORE_SKU_USD -
    2 * GPUS['rtx-pro-6000'].priceUSD -
    XEON_6774P.priceUSD -
    DIMMS_PER_SERVER * DIMM_64GB.priceUSD -
    M2_1TB.priceUSD -
    2 * E1S_4TB.priceUSD,
);

export const WORKER_SERVER: ServerPart = {
  id: 'sys-212gb-fnr',
  partNumber: 'SYS-212GB-FNR',
  name: 'Supermicro SuperServer SYS-212GB-FNR',
  description:
    'Supermicro SYS-212GB-FNR 2U base system: chassis, board, redundant PSUs, fans (CPU, RAM, drives, GPUs and BlueField-3 cards are separate lines)',
  heightU: WORKER_SERVER_HEIGHT_U,
  priceUSD: WORKER_BASE_PRICE_USD,
  priceSource: estimate(
    'derived from the eStore SKU SYS-212GB-FNR-01-G2 (US$66,680.45, hardware-facts section 1) minus its 2 GPUs, CPU, 512 GB RAM and drives at catalog prices',
  ),
  source: ra('Hardware resources', 'SYS-212GB-FNR (2U), one per GPU worker node'),
};

/** Fan power grows with the GPUs to cool: a base plus a share per 600 W passive GPU. */
const FAN_BASE_W = { typical: 50, max: 100 };
const FAN_PER_GPU_W = { typical: 25, max: 50 };
const BOARD_W = { typical: 40, max: 50 };

/**
 * Power of the base system's own parts (RAM, drives, fans, board/BMC) for a layout: everything in the
 * chassis except CPU, GPUs and NICs. All figures are planner estimates.
 */
export function workerBasePowerItems(layoutId: LayoutId): PowerItem[] {
  const layout = LAYOUTS[layoutId];
  const src = WORKER_PARTS_POWER_SOURCE;
  const components: PowerItem[] = workerComponents(layoutId).map(({ part, quantity }) => ({
    name: part.partNumber,
    quantity,
    typicalW: part.powerTypicalW,
    maxW: part.powerMaxW,
    source: part.powerSource,
    partId: part.id,
  }));
  return [
    ...components,
    {
      name: 'fans',
      quantity: 1,
      typicalW: FAN_BASE_W.typical + FAN_PER_GPU_W.typical * layout.gpusPerServer,
      maxW: FAN_BASE_W.max + FAN_PER_GPU_W.max * layout.gpusPerServer,
      source: src,
    },
    {
      name: 'board, BMC, PCIe retimers',
      quantity: 1,
      typicalW: BOARD_W.typical,
      maxW: BOARD_W.max,
      source: src,
    },
  ];
}

export interface ServerPower {
  typicalW: number;
  maxW: number;
  /** Every contributor: CPU, GPUs, NICs, then the base system's own items. */
  items: PowerItem[];
  /** True when any contributor is a planner estimate. */
  estimate: boolean;
}

const sum = (items: PowerItem[], key: 'typicalW' | 'maxW') =>
  items.reduce((s, i) => s + i.quantity * i[key], 0);

/**
 * Typical and maximum wall power of one worker (W): GPUs + CPU + SuperNICs + DPU (from their catalogs)
 * + RAM, drives, fans and board (estimates). About 3.5 kW max with 4 x 600 W GPUs (RA Network
 * configuration: 11 such servers per rack is "around 40kW").
 */
export function workerServerPower(layoutId: LayoutId, gpuId: GpuId): ServerPower {
  const layout = LAYOUTS[layoutId];
  const gpu = GPUS[gpuId];
  const parts: PowerItem[] = [
    {
      name: XEON_6774P.name,
      quantity: layout.cpuSockets,
      typicalW: XEON_6774P.powerTypicalW,
      maxW: XEON_6774P.powerMaxW,
      source: XEON_6774P.powerSource,
    },
    {
      name: gpu.name,
      quantity: layout.gpusPerServer,
      typicalW: gpu.powerTypicalW,
      maxW: gpu.powerMaxW,
      source: gpu.powerSource,
    },
    {
      name: SUPERNIC.name,
      quantity: layout.eastWestNicsPerServer,
      typicalW: SUPERNIC.powerTypicalW,
      maxW: SUPERNIC.powerMaxW,
      source: SUPERNIC.powerSource,
    },
    {
      name: DPU.name,
      quantity: layout.northSouthDpusPerServer,
      typicalW: DPU.powerTypicalW,
      maxW: DPU.powerMaxW,
      source: DPU.powerSource,
    },
  ];
  const items = [...parts, ...workerBasePowerItems(layoutId)];
  return {
    typicalW: sum(items, 'typicalW'),
    maxW: sum(items, 'maxW'),
    items,
    estimate: items.some((i) => isEstimate(i.source)),
  };
}

/** The base system's own power (W): the worker's power minus CPU, GPUs and NICs, for its BOM line. */
export function workerBasePower(layoutId: LayoutId): { typicalW: number; maxW: number } {
  const items = workerBasePowerItems(layoutId);
  return { typicalW: sum(items, 'typicalW'), maxW: sum(items, 'maxW') };
}

/**
 * A 1U control-plane server (also the repave spare, "identical specs", RA Hardware resources), used
 * when controlPlane.placement is 'physical'. The RA names no model; sized for the table's largest row
 * (64 cores, 256 GB). Price and power are planner estimates.
 */
export const CONTROL_PLANE_SERVER: ServerPart & {
  powerTypicalW: number;
  powerMaxW: number;
  powerSource: Source;
} = {
  id: 'control-plane-1u',
  partNumber: '1U control-plane server',
  name: '1U control-plane server',
  description:
    '1U single-socket server for Kubernetes control plane / repave spare (up to 64 cores, 256 GB RAM, 2x NVMe, 1GbE BMC)',
  heightU: 1,
  priceUSD: 12_000,
  priceSource: estimate('no model named by the RA; generic 1U single-socket server, planner estimate'),
  powerTypicalW: 300,
  powerMaxW: 500,
  powerSource: estimate('generic 1U single-socket server, planner estimate'),
  source: ra(
    'Hardware resources',
    'control plane nodes and the spare; table up to 64 cores, 256 GB per node',
  ),
};
