import { LAYOUT_IDS, type LayoutId } from './ids';
import { ra, type Source } from './source';

const SECTION = 'Hardware resources';

/**
 * One row set of the RA's "full system configuration for the GPU worker nodes in each layout" table,
 * plus the layout's one-line meaning from the list above it. `layoutSchema` (schemas.ts) checks
 * every layout in a test, not at load.
 */
export interface Layout {
  id: LayoutId;
  /** The RA's one-line explanation. */
  summary: string;
  chassis: string;
  chassisHeightU: number;
  cpu: string;
  cpuSockets: number;
  cpuCores: number;
  ramGBMinimum: number;
  gpusPerServer: number;
  /** BlueField-3 B3140H SuperNICs, 1x 400GbE each, for the east-west GPU fabric. */
  eastWestNicsPerServer: number;
  /** BlueField-3 B3220 DPUs, 2x 200GbE each, for north-south and PXE. */
  northSouthDpusPerServer: number;
  eastWestGbpsPerGpu: number;
  e1sDrives: number;
  e1sDriveTB: number;
  m2Drives: number;
  m2DriveTB: number;
  /** The RA's table cells, verbatim, for display and the BOM. */
  table: {
    chassis: string;
    cpu: string;
    ram: string;
    gpu: string;
    networkAdapters: string;
    nvmeE1s: string;
    nvmeM2: string;
  };
  source: Source;
}

const CPU_CELL = 'Intel Xeon 6774 (64c, 2.5GHz base, 3.6Ghz turbo, 8-core PCT)';
const common = {
  chassis: 'SYS-212GB-FNR',
  chassisHeightU: 2,
  cpu: 'Intel Xeon 6774P',
  cpuSockets: 1,
  cpuCores: 64,
  northSouthDpusPerServer: 1,
  e1sDrives: 1,
  e1sDriveTB: 4,
  m2Drives: 2,
  m2DriveTB: 1,
  source: ra(SECTION, 'full system configuration table'),
} satisfies Partial<Layout> & { source: Source };

const tableCommon = {
  chassis: 'SYS-212GB-FNR (2U)',
  cpu: CPU_CELL,
  nvmeE1s: '1x 4TB drive',
  nvmeM2: '2x 1TB OS drive (RAID1)',
};

export const LAYOUTS: Record<LayoutId, Layout> = {
  '1-2-2-200': {
    ...common,
    id: '1-2-2-200',
    summary: '1 CPU, 2 GPUs, 1 east-west NIC, 1 north-south NIC, 200GbE/GPU',
    ramGBMinimum: 256,
    gpusPerServer: 2,
    eastWestNicsPerServer: 1,
    eastWestGbpsPerGpu: 200,
    table: {
      ...tableCommon,
      ram: '256 GB minimum',
      gpu: '2x RTX PRO 6000 Blackwell or 2x H200 NVL',
      networkAdapters: '1x Bluefield-3 B3140H 1x Bluefield-3 B3220',
    },
  },
  '1-2-3-400': {
    ...common,
    id: '1-2-3-400',
    summary: '1 CPU, 2 GPUs, 2 east-west NICs, 1 north-south NIC, 400GbE/GPU',
    ramGBMinimum: 256,
    gpusPerServer: 2,
    eastWestNicsPerServer: 2,
    eastWestGbpsPerGpu: 400,
    table: {
      ...tableCommon,
      ram: '256 GB minimum',
      gpu: '2x RTX PRO 6000 Blackwell or 2x H200 NVL',
      networkAdapters: '2x Bluefield-3 B3140H 1x Bluefield-3 B3220',
    },
  },
  '1-4-3-200': {
    ...common,
    id: '1-4-3-200',
    summary: '1 CPU, 4 GPUs, 2 east-west NICs, 1 north-south NIC, 200GbE/GPU',
    ramGBMinimum: 512,
    gpusPerServer: 4,
    eastWestNicsPerServer: 2,
    eastWestGbpsPerGpu: 200,
    table: {
      ...tableCommon,
      ram: '512GB minimum',
      gpu: '4x RTX PRO 6000 Blackwell or 4x H200 NVL',
      networkAdapters: '2x Bluefield-3 B3140H 1x Bluefield-3 B3220',
    },
  },
};

/**
 * The 2-tier fat-tree limit (RA Network configuration): 64 leaves x 64 server-facing 400G ports =
 * 4,096 SuperNIC ports. All NICs of a server sit on one leaf, so a leaf takes 64 / NICs servers.
 */
export const TWO_TIER_MAX_LEAVES = 64;
export const LEAF_SERVER_PORTS_400G = 64;
export const TWO_TIER_MAX_SERVER_PORTS = TWO_TIER_MAX_LEAVES * LEAF_SERVER_PORTS_400G;

export function serversPerLeaf(layout: LayoutId): number {
  return Math.floor(LEAF_SERVER_PORTS_400G / LAYOUTS[layout].eastWestNicsPerServer);
}

/** Largest worker count the 2-tier fabric holds for this layout (4,096 with 1 SuperNIC, 2,048 with 2). */
export function maxWorkerNodesFor(layout: LayoutId): number {
  return TWO_TIER_MAX_LEAVES * serversPerLeaf(layout);
}

/** The absolute maximum over all layouts, used by the schema's first, layout-independent check. */
export const MAX_WORKER_NODES = Math.max(...LAYOUT_IDS.map(maxWorkerNodesFor));

/**
 * Beyond the 2-tier limit the fabric becomes 3 tiers (RA Network configuration: "up to a maximum of
 * 4,096 GPU nodes, before needing to move from a 2-tier to a 3-tier network design"). The RA gives no
 * 3-tier rule; the planner follows the Clos practice of NVIDIA's Spectrum-X and SuperPOD reference
 * designs: pods of leaves and spines where each spine splits its 64 x 800G ports half down to the
 * pod's leaves and half up to the super-spines, so a pod holds 32 leaves (2,048 SuperNIC ports).
 */
export const THREE_TIER_LEAVES_PER_POD = 32;
/** The planner's ceiling: the 3-tier fabric is planned up to 16,384 workers (the target scale). */
export const THREE_TIER_MAX_WORKER_NODES = 16_384;
