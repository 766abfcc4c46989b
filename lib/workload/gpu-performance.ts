import { GPUS } from '../catalog/gpus';
import type { GpuId, MigProfileId } from '../catalog/ids';
import type { PrecisionId } from './ids';
import { BYTES_PER_GB, BYTES_PER_GIB, BYTES_PER_MIB } from './units';

/**
 * What the sizing formulas need of a GPU beyond the catalog (lib/catalog/gpus.ts gives bandwidth,
 * FP4 support, NVLink and the MIG profiles): the memory the engine sees, dense tensor FLOP/s per
 * precision, and the usable memory and share of each MIG slice. workload-sizing.md §3.3 and
 * hardware-facts.md §2-3.
 */
export interface MigSliceFacts {
  /** Memory one instance offers the engine, bytes. */
  usableBytes: number;
  /** Share of the GPU's memory (and so of its memory bandwidth) the instance owns. */
  memoryFraction: number;
  /** Share of the GPU's SMs (compute slices / slices per GPU). */
  computeFraction: number;
  source: string;
}

export interface GpuSizingFacts {
  gpu: GpuId;
  /** GPU memory as nvidia-smi reports it, bytes (capacities are binary, §5 "Derived sanity numbers"). */
  memoryBytes: number;
  memorySource: string;
  /** Memory bandwidth, bytes/s (the catalog's datasheet figure). */
  bandwidthBytesPerS: number;
  bandwidthSource: string;
  /** Dense (not sparse) tensor TFLOPS per compute precision; null where the GPU has no such unit. */
  denseTflops: Record<PrecisionId, number | null>;
  computeSource: string;
  /** FP4 tensor cores (Blackwell); H200 can only store 4-bit weights (§1.1 "Precision support gate"). */
  fp4Compute: boolean;
  /** Largest tensor-parallel group over NVLink (2 = a 2-way bridged pair; 1 = no NVLink). */
  nvlinkGroupGpus: number;
  migSlices: Partial<Record<MigProfileId, MigSliceFacts>>;
}

const RTX_MIG_SOURCE =
  'hardware-facts.md §2: usable memory measured with nvidia-smi mig -lgip (third party, confidence L-M)';
const H200_MIG_SOURCE =
  'hardware-facts.md §3: profile name as decimal GB (1g.18gb: the NVL product page says "7 MIGs @16.5GB", the lower figure is used); memory fractions from the MIG guide table (3g/4g.71gb: 71 of 141 GB); estimate';

const rtxSlice = (usableGiB: number, slices: number): MigSliceFacts => ({
  usableBytes: usableGiB * BYTES_PER_GIB,
  memoryFraction: slices / 4,
  computeFraction: slices / 4,
  source: RTX_MIG_SOURCE,
});

const h200Slice = (usableGB: number, memoryFraction: number, computeSlices: number): MigSliceFacts => ({
  usableBytes: usableGB * BYTES_PER_GB,
  memoryFraction,
  computeFraction: computeSlices / 7,
  source: H200_MIG_SOURCE,
});

export const GPU_SIZING: Readonly<Record<GpuId, GpuSizingFacts>> = {
  'rtx-pro-6000': {
    gpu: 'rtx-pro-6000',
    memoryBytes: 97_887 * BYTES_PER_MIB,
    memorySource:
      'workload-sizing.md §3.3 and §5: nvidia-smi 97,887 MiB (aiconfigurator rtx_pro_6000_server.yaml)',
    bandwidthBytesPerS: GPUS['rtx-pro-6000'].memoryBandwidthGBps * BYTES_PER_GB,
    bandwidthSource:
      'catalog: 1,597 GB/s Server Edition (hardware-facts.md §2; the 1.792 TB/s in aiconfigurator is the Workstation Edition)',
    denseTflops: { bf16: 467.8, fp8: 935.6, fp4: 1871.2 },
    computeSource:
      'workload-sizing.md §3.3: aiconfigurator dense BF16 467.8 / FP8 935.6 / FP4 1871.2 TFLOPS at 2430 MHz; hardware-facts.md §2 reads the datasheet 1/2/4 PFLOPS as sparse (confidence L)',
    fp4Compute: GPUS['rtx-pro-6000'].fp4Native,
    nvlinkGroupGpus: GPUS['rtx-pro-6000'].nvlink.supported ? GPUS['rtx-pro-6000'].nvlink.bridgeWays : 1,
    migSlices: {
      '1g.24gb': rtxSlice(23.62, 1),
      '2g.48gb': rtxSlice(47.38, 2),
      '4g.96gb': rtxSlice(95.0, 4),
    },
  },
  'h200-nvl': {
    gpu: 'h200-nvl',
    memoryBytes: 141 * BYTES_PER_GIB,
    memorySource: 'workload-sizing.md §5: 151,397,597,184 B (141 GiB), as aiconfigurator uses for H200',
    bandwidthBytesPerS: GPUS['h200-nvl'].memoryBandwidthGBps * BYTES_PER_GB,
    bandwidthSource: 'catalog: 4.8 TB/s (hardware-facts.md §3, NVIDIA product page and brief)',
    denseTflops: { bf16: 835, fp8: 1670, fp4: null },
    computeSource:
      'hardware-facts.md §3: NVL sparse BF16 1,671 / FP8 3,341 TFLOPS, dense is half (confidence H); no FP4 tensor cores (Hopper)',
    fp4Compute: GPUS['h200-nvl'].fp4Native,
    nvlinkGroupGpus: GPUS['h200-nvl'].nvlink.supported ? GPUS['h200-nvl'].nvlink.bridgeWays : 1,
    migSlices: {
      '1g.18gb': h200Slice(16.5, 1 / 8, 1),
      '1g.35gb': h200Slice(35, 1 / 4, 1),
      '2g.35gb': h200Slice(35, 2 / 8, 2),
      '3g.71gb': h200Slice(71, 71 / 141, 3),
      '4g.71gb': h200Slice(71, 71 / 141, 4),
      '7g.141gb': h200Slice(141, 1, 7),
    },
  },
};

/** Dense tensor FLOP/s of a GPU at a compute precision (throws if the GPU has no such unit). */
export function denseFlopsPerS(gpu: GpuId, precision: PrecisionId): number {
  const tflops = GPU_SIZING[gpu].denseTflops[precision];
  if (tflops === null) throw new Error(`${gpu} has no ${precision} tensor cores`);
  return tflops * 1e12;
}
