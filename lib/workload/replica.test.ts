import { describe, expect, it } from 'vitest';
import type { GpuId } from '../catalog/ids';
import { denseFlopsPerS, GPU_SIZING } from './gpu-performance';
import type { PrecisionId } from './ids';
import { MODELS, type ModelArchitecture } from './models';
import { bestReplicaPlan, evaluateReplica, type InferenceInputs, replicaShapes } from './replica';
import { modelWeightBytes } from './weights';

const GIB = 2 ** 30;

/** The inputs §1.3's "recommended planner budget" uses: util 0.9, 3.5 GiB (+0.4 GiB NCCL), BF16 KV. */
function inputs(
  model: ModelArchitecture,
  gpu: GpuId,
  precision: PrecisionId,
  over: Partial<InferenceInputs> = {},
  fp4BytesPerParam = 0.56,
): InferenceInputs {
  return {
    model,
    gpu,
    weights: modelWeightBytes(model, precision, fp4BytesPerParam),
    flopsPerS: denseFlopsPerS(gpu, precision),
    kvBytesPerElement: 2,
    contextTokens: 8192,
    inputTokens: 8192,
    minTokensPerSecondPerUser: 0,
    memoryUtilization: 0.9,
    runtimeOverheadGiB: 3.5,
    parallelOverheadGiB: 0.4,
    kvBlockTokens: 16,
    averageContextFraction: 1,
    memoryEfficiency: 0.6,
    computeEfficiency: 0.4,
    ...over,
  };
}

const one = { tensorParallel: 1, pipelineParallel: 1, gpus: 1, migProfile: null };

describe('memory the engine sees (workload-sizing.md §3.3 and §5: binary capacities)', () => {
  it('uses 141 GiB for the H200 NVL and nvidia-smi 97,887 MiB for the RTX PRO 6000', () => {
    expect(GPU_SIZING['h200-nvl'].memoryBytes).toBe(151_397_597_184);
    expect(GPU_SIZING['rtx-pro-6000'].memoryBytes).toBe(102_641_958_912);
  });
});

describe('per-GPU fit: KV_budget = mem x util - W/GPU - overhead (workload-sizing.md §1.3)', () => {
  // §5: "FP8 (70.6 GB = 65.8 GiB) on one H200 NVL at util 0.9 and 3.5 GiB overhead leaves ~58 GiB KV
  // ≈ 189K tokens at 320 KiB/token": 141 x 0.9 - 65.75 - 3.5 = 57.65 GiB; / 327,680 = 188,903 tokens.
  it('Llama 70B FP8 on one H200 NVL: 57.6 GiB of KV budget, ~189K tokens', () => {
    const e = evaluateReplica(inputs(MODELS['llama-3.1-70b'], 'h200-nvl', 'fp8'), one);
    expect(e.kvBudgetBytesPerGpu / GIB).toBeCloseTo(57.649, 2);
    expect(Math.floor(e.kvBudgetBytesPerGpu / 327_680)).toBe(188_903);
    // 8,192-token sequences of 2,684,354,560 bytes: 61.9e9 / 2.684e9 = 23.06, so 23 users.
    expect(e.fitsMemory).toBe(true);
    expect(e.usersByMemory).toBe(23);
  });

  // §5: "on one RTX PRO 6000 FP8 leaves only ~17 GiB ≈ 55K tokens": 95.59 x 0.9 - 65.75 - 3.5 = 16.78 GiB.
  it('Llama 70B FP8 on one RTX PRO 6000: 16.8 GiB, ~55K tokens', () => {
    const e = evaluateReplica(inputs(MODELS['llama-3.1-70b'], 'rtx-pro-6000', 'fp8'), one);
    expect(e.kvBudgetBytesPerGpu / GIB).toBeCloseTo(16.782, 2);
    expect(Math.floor(e.kvBudgetBytesPerGpu / 327_680)).toBe(54_991);
  });

  // §5: "prefer NVFP4 (~37 GB) leaving ~48 GiB ≈ 157K tokens": 86.03 - 34.85 - 3.5 = 47.69 GiB, 156,255 tokens.
  it('Llama 70B NVFP4 (0.53 B/param) on one RTX PRO 6000: 47.7 GiB, ~156K tokens', () => {
    const e = evaluateReplica(inputs(MODELS['llama-3.1-70b'], 'rtx-pro-6000', 'fp4', {}, 0.53), one);
    expect(e.kvBudgetBytesPerGpu / GIB).toBeCloseTo(47.685, 2);
    expect(Math.floor(e.kvBudgetBytesPerGpu / 327_680)).toBe(156_255);
  });

  // "Llama-70B BF16 weights ≈ 141 GB ⇒ one H200 NVL cannot hold it plus KV": 141.2 GB > 136.26 GB usable.
  it('Llama 70B BF16 does not fit one H200 NVL; TP2 does (+0.4 GiB NCCL per GPU)', () => {
    const i = inputs(MODELS['llama-3.1-70b'], 'h200-nvl', 'bf16');
    expect(evaluateReplica(i, one).fitsMemory).toBe(false);
    const tp2 = evaluateReplica(i, { tensorParallel: 2, pipelineParallel: 1, gpus: 2, migProfile: null });
    // 136.258e9 - 70.6e9 - 3.9 GiB (4.1876e9) = 61.47e9 per GPU.
    expect(tp2.overheadBytesPerGpu).toBeCloseTo(3.9 * GIB, 0);
    expect(tp2.kvBudgetBytesPerGpu).toBeCloseTo(136_257_837_465.6 - 70.6e9 - 3.9 * GIB, -2);
    expect(tp2.fitsMemory).toBe(true);
  });

  it('needs room for one whole max-length sequence (vLLM refuses to start otherwise)', () => {
    // Llama 8B BF16 on one RTX PRO 6000: 92.38e9 - 16e9 - 3.76e9 = 72.6e9 of KV budget; one
    // 131,072-token sequence is 17.18e9 bytes: fits; the same sequence at 4 users is 68.7e9: still fits.
    const e = evaluateReplica(
      inputs(MODELS['llama-3.1-8b'], 'rtx-pro-6000', 'bf16', { contextTokens: 131_072 }),
      one,
    );
    expect(e.kvFullSequenceBytesPerGpu).toBe(16 * GIB);
    expect(e.usersByMemory).toBe(4); // 72.62e9 / 17.18e9 = 4.2
  });
});

describe('replica shapes (workload-sizing.md §3.4)', () => {
  const shapeList = (gpu: GpuId) =>
    replicaShapes(gpu, MODELS['llama-3.1-70b'], 2, 8, 4).map(
      (s) => `${s.tensorParallel}x${s.pipelineParallel}`,
    );

  it('H200 NVL: TP inside the NVLink pair first, then PP across pairs', () => {
    expect(shapeList('h200-nvl')).toEqual(['1x1', '2x1', '1x2', '2x2', '1x4', '2x4', '1x8']);
  });

  it('RTX PRO 6000 (no NVLink): PP first, TP2 as the alternative', () => {
    expect(shapeList('rtx-pro-6000')).toEqual(['1x1', '1x2', '2x1', '1x4', '2x2', '1x8', '2x4']);
  });

  // §5: "DeepSeek-V3 FP8 ... 8x H200 NVL fits"; "RTX PRO 6000 needs >= 8 GPUs at NVFP4 with PP".
  it.each([
    ['h200-nvl', 'fp8', 8],
    ['rtx-pro-6000', 'fp4', 8],
  ] as const)('DeepSeek-V3 on %s at %s: the smallest replica is %i GPUs', (gpu, precision, gpus) => {
    const ds = MODELS['deepseek-v3'];
    const i = inputs(ds, gpu, precision);
    const first = replicaShapes(gpu, ds, 2, 64, 4)
      .map((s) => evaluateReplica(i, s))
      .find((e) => e.fitsMemory);
    expect(first?.shape.gpus).toBe(gpus);
  });

  it('picks the shape needing the fewest servers, then GPUs: 64 users of Llama 70B FP8 on H200', () => {
    // TP1: 23 users each (above) -> 3 replicas, 3 GPUs, 2 servers of 2. TP2: 136.258e9 - 35.3e9 - 4.188e9 =
    // 96.77e9 per GPU / (8,192 x 163,840 = 1.342e9) = 72 users -> 1 replica, 2 GPUs, 1 server.
    const m = MODELS['llama-3.1-70b'];
    const i = inputs(m, 'h200-nvl', 'fp8');
    const evaluations = replicaShapes('h200-nvl', m, 2, 8, 2).map((s) => evaluateReplica(i, s));
    const best = bestReplicaPlan(evaluations, 64, 2, undefined);
    expect(best?.evaluation.shape).toMatchObject({ tensorParallel: 2, pipelineParallel: 1 });
    expect(best?.evaluation.usersPerReplica).toBe(72);
    expect([best?.replicas, best?.gpus, best?.servers]).toEqual([1, 2, 1]);
  });
});

describe('MIG: one replica per slice, never a model across slices (§3.3, §6 step 8)', () => {
  // 1g.24gb: 23.62 GiB measured x 0.9 = 22.83e9; - 16e9 weights - 3.76e9 = 3.07e9 of KV; 4,096-token
  // sequences of 536,870,912 bytes: 5.7, so 5 users in the slice.
  it('Llama 8B BF16 fits a 1g.24gb RTX PRO slice with 5 users at 4K context', () => {
    const i = inputs(MODELS['llama-3.1-8b'], 'rtx-pro-6000', 'bf16', { contextTokens: 4096 });
    const e = evaluateReplica(i, { ...one, migProfile: '1g.24gb' });
    expect(e.usableBytesPerGpu).toBeCloseTo(23.62 * GIB * 0.9, 0);
    expect(e.fitsMemory).toBe(true);
    expect(e.usersByMemory).toBe(5);
    // The slice owns a quarter of the bandwidth and of the SMs.
    expect(e.roofline.bandwidthBytesPerS).toBeCloseTo(1597e9 / 4, 0);
  });

  it('Llama 8B BF16 (16 GB) does not fit an H200 1g.18gb slice (16.5 GB x 0.9 = 14.85 GB)', () => {
    const i = inputs(MODELS['llama-3.1-8b'], 'h200-nvl', 'bf16', { contextTokens: 4096 });
    expect(evaluateReplica(i, { ...one, migProfile: '1g.18gb' }).fitsMemory).toBe(false);
  });
});
