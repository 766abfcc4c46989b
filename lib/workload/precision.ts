import type { GpuId } from '../catalog/ids';
import { GPU_SIZING } from './gpu-performance';
import type { KvPrecisionId, PrecisionId } from './ids';

/**
 * Bytes per weight (workload-sizing.md §1.1: FP16/BF16 2, FP8/INT8 1, INT4/NVFP4/MXFP4 ~0.5 + scales;
 * the 4-bit figure is an assumption, fp4BytesPerParam).
 */
export function weightBytesPerParam(precision: PrecisionId, fp4BytesPerParam: number): number {
  if (precision === 'bf16') return 2;
  if (precision === 'fp8') return 1;
  return fp4BytesPerParam;
}

/** Bytes per KV-cache element (`b_kv`): BF16 2, FP8 1 (vLLM --kv-cache-dtype fp8; §1.2 "KV dtype"). */
export function kvBytesPerElement(precision: KvPrecisionId): number {
  return precision === 'bf16' ? 2 : 1;
}

export interface PrecisionChoice {
  /** The precision the option is sized at. */
  precision: PrecisionId;
  /** True when the GPU cannot compute at the requested precision and the option falls back. */
  fellBack: boolean;
  /** Why, in words, when it fell back. */
  note?: string;
}

/**
 * The precision an inference option uses on a GPU. Engine behaviour (workload-sizing.md §1.1,
 * "Precision support gate"): FP4 tensor cores exist on Blackwell only. The RTX PRO 6000 (SM 12.0)
 * runs NVFP4 natively; the H200 (Hopper) can only store 4-bit weights and compute in FP8/BF16
 * (weight-only W4A16 kernels such as Marlin/AWQ), so an fp4 request is sized at FP8 there.
 */
export function inferencePrecisionFor(gpu: GpuId, requested: PrecisionId): PrecisionChoice {
  if (requested !== 'fp4' || GPU_SIZING[gpu].fp4Compute) return { precision: requested, fellBack: false };
  return {
    precision: 'fp8',
    fellBack: true,
    note: `${gpu} has no FP4 tensor cores (Hopper): engines run 4-bit weights there only as weight-only W4A16 kernels (Marlin/AWQ) computing in BF16, so this option is sized at FP8 compute and weights`,
  };
}
