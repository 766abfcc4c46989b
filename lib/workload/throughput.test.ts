import { describe, expect, it } from 'vitest';
import { MODELS } from './models';
import {
  attentionWidth,
  decodeRates,
  maxUsersAtSpeed,
  prefillFlops,
  type ReplicaRoofline,
  timePerOutputTokenS,
  timeToFirstTokenS,
} from './throughput';
import { modelWeightBytes } from './weights';

const H200_BW = 4.8e12; // catalog / hardware-facts.md §3
const H200_FP8 = 1670e12; // dense FP8, hardware-facts.md §3
const RTX_BW = 1597e9; // catalog / hardware-facts.md §2 (Server Edition)
const RTX_BF16 = 467.8e12; // workload-sizing.md §3.3
const KV_70B_8K = 8192 * 327_680; // one 8,192-token Llama 70B sequence, 2,684,354,560 bytes

const llama70bFp8: Omit<ReplicaRoofline, 'kvSequenceBytesPerGpu'> = {
  model: MODELS['llama-3.1-70b'],
  weights: modelWeightBytes(MODELS['llama-3.1-70b'], 'fp8', 0.56),
  tensorParallel: 1,
  pipelineParallel: 1,
  bandwidthBytesPerS: H200_BW,
  flopsPerS: H200_FP8,
  memoryEfficiency: 0.8,
  computeEfficiency: 0.4,
};

describe('decode roofline (workload-sizing.md §3.1)', () => {
  // §3.1 "Batch-1 upper bounds [derived, η = 0.8]: Llama-70B FP8 on one H200 (4.8 TB/s):
  // 3.84e12 / 70.6e9 ≈ 54 tok/s".
  it('Llama 70B FP8 on one H200 NVL at batch 1: ~54 tokens/s', () => {
    expect(decodeRates({ ...llama70bFp8, kvSequenceBytesPerGpu: 0 }, 1).perUser).toBeCloseTo(
      3.84e12 / 70.6e9,
      6,
    );
  });

  // Same formula on the RTX PRO 6000 Server Edition at 1,597 GB/s and 0.53 B/param:
  // 0.8 x 1.597e12 / (70.6e9 x 0.53) = 1.2776e12 / 37.418e9 = 34.14 tokens/s. (§3.1 quotes ~39 tok/s with
  // aiconfigurator's 1.792 TB/s, the Workstation Edition's figure per hardware-facts.md §2.)
  it('Llama 70B NVFP4 on one RTX PRO 6000 at batch 1: ~34 tokens/s at 1,597 GB/s', () => {
    const r: ReplicaRoofline = {
      ...llama70bFp8,
      weights: modelWeightBytes(MODELS['llama-3.1-70b'], 'fp4', 0.53),
      bandwidthBytesPerS: RTX_BW,
      flopsPerS: 1871.2e12,
      kvSequenceBytesPerGpu: 0,
    };
    expect(decodeRates(r, 1).perUser).toBeCloseTo(34.144, 2);
  });

  // bytes_step = W + B x S x kv: 70.6e9 + 10 x 2.684e9 = 97.44e9; / 3.84e12 = 25.376 ms.
  it('adds the KV of every running sequence to each step: 10 users at 8K context, 25.4 ms', () => {
    const r = { ...llama70bFp8, kvSequenceBytesPerGpu: KV_70B_8K };
    expect(timePerOutputTokenS(r, 10)).toBeCloseTo(0.025_375_92, 7);
    // aggregate = B / TPOT.
    expect(decodeRates(r, 10).aggregate).toBeCloseTo(10 / 0.025_375_92, 1);
  });

  // PP2 keeps 2 micro-batches of 5 in flight: per stage 35.3e9 + 5 x 1.342e9 = 42.01e9 bytes, / 3.84e12
  // = 10.94 ms, a token passes both stages: 21.88 ms (vs 25.38 ms for one GPU with all 10 users).
  it('pipeline parallel: TPOT = PP x t_stage(B/PP), 21.9 ms for 10 users on PP2', () => {
    const r = { ...llama70bFp8, pipelineParallel: 2, kvSequenceBytesPerGpu: KV_70B_8K / 2 };
    expect(timePerOutputTokenS(r, 10)).toBeCloseTo(0.021_880_67, 7);
  });

  // Compute bound: Llama 8B BF16 on an RTX PRO 6000 at B = 1,000: memory 16e9 / (1.597e12 x 0.6) = 16.7 ms,
  // compute 2 x 8e9 x 1,000 / (467.8e12 x 0.4) = 85.5 ms, the step takes the larger.
  it('takes the compute time when it exceeds the memory time (large batch)', () => {
    const r: ReplicaRoofline = {
      model: MODELS['llama-3.1-8b'],
      weights: modelWeightBytes(MODELS['llama-3.1-8b'], 'bf16', 0.56),
      tensorParallel: 1,
      pipelineParallel: 1,
      kvSequenceBytesPerGpu: 0,
      bandwidthBytesPerS: RTX_BW,
      flopsPerS: RTX_BF16,
      memoryEfficiency: 0.6,
      computeEfficiency: 0.4,
    };
    expect(timePerOutputTokenS(r, 1000)).toBeCloseTo(0.085_506_6, 6);
    expect(timePerOutputTokenS(r, 1)).toBeCloseTo(16e9 / (1597e9 * 0.6), 9);
  });

  // MoE: Mixtral BF16 at 4 users reads 64.88 GB (weights.test.ts): / 3.84e12 = 16.896 ms.
  it('MoE weight traffic grows with the batch: Mixtral at 4 users, 16.9 ms', () => {
    const r: ReplicaRoofline = {
      ...llama70bFp8,
      model: MODELS['mixtral-8x7b'],
      weights: modelWeightBytes(MODELS['mixtral-8x7b'], 'bf16', 0.56),
      kvSequenceBytesPerGpu: 0,
    };
    expect(timePerOutputTokenS(r, 4)).toBeCloseTo(0.016_896_16, 7);
  });

  // 20 tokens/s per user = TPOT <= 50 ms: bytes <= 3.84e12 x 0.05 = 192e9, B <= (192e9 - 70.6e9) / 2.684e9
  // = 45.2, so 45 users.
  it('finds the most users that keep a per-user speed: 45 at 20 tokens/s', () => {
    const r = { ...llama70bFp8, kvSequenceBytesPerGpu: KV_70B_8K };
    expect(maxUsersAtSpeed(r, 20, 1000)).toBe(45);
    expect(maxUsersAtSpeed(r, 20, 30)).toBe(30); // capped by memory
    expect(maxUsersAtSpeed(r, 0, 30)).toBe(30); // no floor
    expect(maxUsersAtSpeed(r, 60, 1000)).toBe(0); // 54 tok/s is the batch-1 ceiling
  });
});

describe('prefill (workload-sizing.md §3.2)', () => {
  // 2 x 70.6e9 x 5,000 = 7.06e14 (the §3.2 calibration's "7.1e14") plus the causal attention term
  // 4 x L x ISL^2 x d_attn / 2 = 2 x 80 x 25e6 x 8,192 = 3.2768e13: 7.38768e14 FLOPs.
  it('Llama 70B, 5,000-token prompt: 7.39e14 FLOPs', () => {
    expect(prefillFlops(MODELS['llama-3.1-70b'], 5000)).toBeCloseTo(7.387_68e14, -9);
  });

  // §3.2 calibration: 2x H100 FP8 (2 x 1,979 TFLOPS dense): 7.39e14 / 3.958e15 = 0.187 s ideal
  // (the doc's 0.18 s counts the linear term only); at MFU 0.44 it is 0.42 s against 0.41 s measured.
  it('time to first token = FLOPs / (TP x F x MFU): 0.187 s ideal on 2x H100, 0.42 s at 44 % MFU', () => {
    const m = MODELS['llama-3.1-70b'];
    expect(timeToFirstTokenS(m, 5000, 2, 1979e12, 1)).toBeCloseTo(0.186_65, 4);
    expect(timeToFirstTokenS(m, 5000, 2, 1979e12, 0.44)).toBeCloseTo(0.424_2, 3);
  });

  it('uses heads x head_dim as the attention width, and the QK and V head dims for MLA', () => {
    expect(attentionWidth(MODELS['llama-3.1-70b'])).toBe(8192); // 64 x 128
    expect(attentionWidth(MODELS['deepseek-v3'])).toBe(20_480); // 128 x (128 + 64 + 128) / 2
  });
});
