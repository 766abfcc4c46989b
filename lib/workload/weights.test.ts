import { describe, expect, it } from 'vitest';
import { MODELS } from './models';
import { inferencePrecisionFor } from './precision';
import {
  decodeWeightReadBytesPerGpu,
  expertsTouchedFraction,
  modelWeightBytes,
  paramSplit,
  weightBytesPerGpu,
} from './weights';

const GIB = 2 ** 30;

describe('weights: W_bytes = P x b_w (workload-sizing.md §1.1, NIM heuristic)', () => {
  // §5 "Derived sanity numbers": "Llama-70B BF16 weights ≈ 141 GB (131 GiB)"; "FP8 (70.6 GB = 65.8 GiB)".
  it('Llama 3.1 70B: 141.2 GB at BF16, 70.6 GB = 65.8 GiB at FP8', () => {
    expect(modelWeightBytes(MODELS['llama-3.1-70b'], 'bf16', 0.56).totalBytes).toBeCloseTo(141.2e9, -3);
    const fp8 = modelWeightBytes(MODELS['llama-3.1-70b'], 'fp8', 0.56).totalBytes;
    expect(fp8).toBeCloseTo(70.6e9, -3);
    expect(fp8 / GIB).toBeCloseTo(65.75, 2);
  });

  // §5: "prefer NVFP4 (~37 GB)": 70.6 x 0.53 = 37.418 GB at the low end of 0.53-0.56 B/param.
  it('Llama 3.1 70B at 4 bits: 37.4 GB at 0.53 B/param, 39.5 GB at 0.56', () => {
    expect(modelWeightBytes(MODELS['llama-3.1-70b'], 'fp4', 0.53).totalBytes).toBeCloseTo(37.418e9, -3);
    expect(modelWeightBytes(MODELS['llama-3.1-70b'], 'fp4', 0.56).totalBytes).toBeCloseTo(39.536e9, -3);
  });

  // §5: "RTX PRO 6000 needs >= 8 GPUs at NVFP4 (~360-380 GB)": 671 x 0.53 = 355.6, 671 x 0.56 = 375.8 GB.
  it('DeepSeek-V3 at 4 bits: 355.6-375.8 GB', () => {
    expect(modelWeightBytes(MODELS['deepseek-v3'], 'fp4', 0.53).totalBytes).toBeCloseTo(355.63e9, -4);
    expect(modelWeightBytes(MODELS['deepseek-v3'], 'fp4', 0.56).totalBytes).toBeCloseTo(375.76e9, -4);
  });

  // §1.1: gpt-oss keeps attention/router/embeddings in BF16, so it is heavier than P x 0.5 = 58.4 GB.
  // Experts (116.8 - 5.1) x 128/124 = 115.303B at 0.56 = 64.570 GB; the other 1.497B at 2 B = 2.994 GB.
  it('gpt-oss-120b at fp4: experts at 4 bits, the rest BF16: 67.56 GB', () => {
    const w = modelWeightBytes(MODELS['gpt-oss-120b'], 'fp4', 0.56);
    expect(w.expertBytes).toBeCloseTo(64.5698e9, -5);
    expect(w.alwaysActiveBytes).toBeCloseTo(2.9935e9, -5);
    expect(w.totalBytes).toBeCloseTo(67.563e9, -6);
    expect(w.totalBytes).toBeGreaterThan(116.8e9 * 0.5);
  });
});

describe('MoE split and weight traffic (§3.1 "MoE [derived]")', () => {
  // P = D + E·e, P_act = D + k·e: Mixtral E·e = (46.7 - 12.9) x 8/6 = 45.067B, D = 1.633B.
  it('Mixtral 8x7B: 45.07B in experts, 1.63B always active', () => {
    const s = paramSplit(MODELS['mixtral-8x7b']);
    expect(s.expertParams).toBeCloseTo(45.0667e9, -5);
    expect(s.alwaysActiveParams).toBeCloseTo(1.6333e9, -5);
  });

  // DeepSeek-V3: (671 - 37) x 256 / 248 = 654.45B routed experts.
  it('DeepSeek-V3: 654.5B in routed experts', () => {
    expect(paramSplit(MODELS['deepseek-v3']).expertParams).toBeCloseTo(654.4516e9, -6);
  });

  it('touches k/E of the experts at batch 1 and 1 - (1 - k/E)^B at batch B', () => {
    const mixtral = MODELS['mixtral-8x7b'];
    expect(expertsTouchedFraction(mixtral, 1)).toBe(0.25); // 2 of 8
    expect(expertsTouchedFraction(mixtral, 4)).toBeCloseTo(1 - 0.75 ** 4, 12); // 0.68359375
    expect(expertsTouchedFraction(MODELS['llama-3.1-8b'], 4)).toBe(1);
  });

  it('reads the active parameters at batch 1 and more as the batch grows', () => {
    const mixtral = MODELS['mixtral-8x7b'];
    const w = modelWeightBytes(mixtral, 'bf16', 0.56);
    // Batch 1: D + e·k = P_act = 12.9B, x 2 bytes = 25.8 GB.
    expect(decodeWeightReadBytesPerGpu(mixtral, w, 1, 1, 1)).toBeCloseTo(25.8e9, -4);
    // Batch 4: 1.6333B x 2 + 45.0667B x 2 x 0.68359375 = 3.2667 + 61.6146 = 64.881 GB.
    expect(decodeWeightReadBytesPerGpu(mixtral, w, 4, 1, 1)).toBeCloseTo(64.88125e9, -4);
  });
});

describe('weights per GPU: W / (TP x PP), PP by whole layers (§1.1; TensorRT-LLM memory.md)', () => {
  // §5: "DeepSeek-V3 FP8 ... 8x H200 NVL": TP2 x PP4, ceil(61/4) = 16 layers: 671 x 16/61 / 2 = 88.0 GB.
  it('DeepSeek-V3 FP8 on TP2 x PP4: 88.0 GB per GPU', () => {
    const w = modelWeightBytes(MODELS['deepseek-v3'], 'fp8', 0.56);
    expect(weightBytesPerGpu(w, 61, 2, 4)).toBeCloseTo(88.0e9, -3);
  });

  // RTX PRO PP8 at NVFP4: 375.76 x ceil(61/8)/61 = 375.76 x 8/61 = 49.28 GB.
  it('DeepSeek-V3 NVFP4 on PP8: 49.28 GB per GPU', () => {
    const w = modelWeightBytes(MODELS['deepseek-v3'], 'fp4', 0.56);
    expect(weightBytesPerGpu(w, 61, 1, 8)).toBeCloseTo(49.28e9, -4);
  });

  it('Llama 3.1 70B FP8 on TP2: 35.3 GB per GPU', () => {
    const w = modelWeightBytes(MODELS['llama-3.1-70b'], 'fp8', 0.56);
    expect(weightBytesPerGpu(w, 80, 2, 1)).toBeCloseTo(35.3e9, -3);
  });
});

describe('precision gate (§1.1): FP4 compute on Blackwell only', () => {
  it('keeps fp4 on the RTX PRO 6000 (SM 12.0 runs NVFP4)', () => {
    expect(inferencePrecisionFor('rtx-pro-6000', 'fp4')).toEqual({ precision: 'fp4', fellBack: false });
  });

  it('sizes an fp4 request at FP8 on the H200 NVL, which has no FP4 tensor cores, and says why', () => {
    const c = inferencePrecisionFor('h200-nvl', 'fp4');
    expect(c.precision).toBe('fp8');
    expect(c.fellBack).toBe(true);
    expect(c.note).toMatch(/no FP4 tensor cores/);
    expect(c.note).toMatch(/W4A16/);
  });

  it('leaves bf16 and fp8 alone on both GPUs', () => {
    for (const gpu of ['rtx-pro-6000', 'h200-nvl'] as const) {
      expect(inferencePrecisionFor(gpu, 'bf16').precision).toBe('bf16');
      expect(inferencePrecisionFor(gpu, 'fp8').precision).toBe('fp8');
    }
  });
});
