import type { GpuId, MigProfileId } from './ids';
import { datasheet, estimate, type PricedPart, ra, type Source } from './source';

/** One MIG profile applied to every GPU ("all-<profile>"): instances per GPU and memory per instance. */
export interface MigProfile {
  id: MigProfileId;
  /** Compute slices ("g") per instance. */
  computeSlices: number;
  /** Nominal memory per instance in GB, as the profile name states it. */
  memoryGBPerInstance: number;
  /** Most instances of this profile one GPU holds (the mig-parted "all-<profile>" layout). */
  instancesPerGpu: number;
  source: Source;
}

/** A GPU of the catalog; `gpuSchema` (schemas.ts) checks every entry in a test, not at load. */
export interface Gpu extends PricedPart {
  id: GpuId;
  name: string;
  /** Ordering part number where a public one exists, otherwise the product name. */
  partNumber: string;
  description: string;
  memoryGB: number;
  memoryType: string;
  memoryBandwidthGBps: number;
  fp4Native: boolean;
  nvlink: {
    supported: boolean;
    /** GPUs one bridge joins in this chassis (0 = no NVLink). */
    bridgeWays: number;
    note: string;
    source: Source;
  };
  migProfiles: MigProfile[];
  maxMigInstances: number;
}

const MIG_PARTED = datasheet('NVIDIA/gpu-operator assets/state-mig-manager/0400_configmap.yaml', 'H');
/** Typical draw is ours: no public figure exists, so it is taken as 80% of the maximum TDP. */
const TYPICAL_NOTE = 'powerTypicalW is a planner estimate (80% of max TDP under sustained AI load)';

const mig = (
  id: MigProfileId,
  computeSlices: number,
  memoryGBPerInstance: number,
  instancesPerGpu: number,
): MigProfile => ({
  id,
  computeSlices,
  memoryGBPerInstance,
  instancesPerGpu,
  source: MIG_PARTED,
});

const gpuList: readonly Gpu[] = [
  {
    id: 'rtx-pro-6000',
    name: 'NVIDIA RTX PRO 6000 Blackwell Server Edition',
    partNumber: 'RTX PRO 6000 Blackwell Server Edition',
    description: 'NVIDIA RTX PRO 6000 Blackwell Server Edition, 96 GB GDDR7, PCIe Gen5 x16, passive',
    memoryGB: 96,
    memoryType: 'GDDR7',
    memoryBandwidthGBps: 1597,
    fp4Native: true,
    nvlink: {
      supported: false,
      bridgeWays: 0,
      note: 'The RTX PRO 6000 Blackwell does not support NVLink at all.',
      source: ra('Network configuration'),
    },
    migProfiles: [mig('1g.24gb', 1, 24, 4), mig('2g.48gb', 2, 48, 2), mig('4g.96gb', 4, 96, 1)],
    maxMigInstances: 4,
    powerTypicalW: 480,
    powerMaxW: 600,
    priceUSD: 8565,
    priceSource: estimate(
      'no public Server Edition price; Workstation Edition MSRP US$8,565 used as a proxy (newgearhub.com, 2026-04-06)',
    ),
    powerSource: datasheet(
      'NVIDIA RTX PRO 6000 Blackwell Server Edition product page ("up to 600 W")',
      'H',
      TYPICAL_NOTE,
    ),
    source: ra('Technology Overview', '96GB GDDR7; memory bandwidth 1,597 GB/s from the NVIDIA product page'),
  },
  {
    id: 'h200-nvl',
    name: 'NVIDIA H200 NVL',
    partNumber: 'H200 NVL',
    description: 'NVIDIA H200 NVL, 141 GB HBM3e, PCIe Gen5 x16 FHFL, passive',
    memoryGB: 141,
    memoryType: 'HBM3e',
    memoryBandwidthGBps: 4800,
    fp4Native: false,
    nvlink: {
      supported: true,
      bridgeWays: 2,
      note: 'Only pairs of two H200s can be connected with a 2-way NVLink bridge: 4-way NVLink is not possible in the SYS-212GB-FNR because the GPUs sit on opposite sides of the server.',
      source: ra('Network configuration'),
    },
    migProfiles: [
      mig('1g.18gb', 1, 18, 7),
      mig('1g.35gb', 1, 35, 4),
      mig('2g.35gb', 2, 35, 3),
      mig('3g.71gb', 3, 71, 2),
      mig('4g.71gb', 4, 71, 1),
      mig('7g.141gb', 7, 141, 1),
    ],
    maxMigInstances: 7,
    powerTypicalW: 480,
    powerMaxW: 600,
    priceUSD: 32000,
    priceSource: estimate('no public H200 NVL price found; planner estimate, override with a quote'),
    powerSource: datasheet('NVIDIA H200 NVL product brief PB-12128-001 ("up to 600 W")', 'H', TYPICAL_NOTE),
    source: ra('Technology Overview', '141GB HBM3e; memory bandwidth 4.8 TB/s from the NVIDIA product page'),
  },
];

export const GPUS: Record<GpuId, Gpu> = Object.fromEntries(gpuList.map((g) => [g.id, g])) as Record<
  GpuId,
  Gpu
>;

export function gpuById(id: GpuId): Gpu {
  return GPUS[id];
}

/** The MIG profile of a GPU, or undefined when the GPU has no such profile. */
export function migProfileFor(gpu: GpuId, profile: MigProfileId): MigProfile | undefined {
  return GPUS[gpu].migProfiles.find((p) => p.id === profile);
}

/** MIG instances per GPU for a design: 1 without MIG (whole GPUs). */
export function migInstancesPerGpu(gpu: GpuId, profile: MigProfileId | null): number {
  if (profile === null) return 1;
  const found = migProfileFor(gpu, profile);
  if (!found) throw new Error(`MIG profile ${profile} does not exist on ${gpu}`);
  return found.instancesPerGpu;
}
