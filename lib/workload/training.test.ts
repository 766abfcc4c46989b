import { describe, expect, it } from 'vitest';
import { MODELS } from './models';
import {
  fullModelStateBytesPerGpu,
  logitsBytes,
  loraTrainableParams,
  trainingActivationBytes,
  trainingFlops,
  trainingStateBytesPerGpu,
  trainingTimeS,
} from './training';

describe('ZeRO model states per GPU (workload-sizing.md §2.2, ZeRO paper)', () => {
  // The paper's worked example: 7.5B parameters, N_d = 64, K = 12:
  // plain DP 16 x 7.5 = 120 GB; ZeRO-1 4 x 7.5 + 12 x 7.5/64 = 31.4 GB; ZeRO-2 2 x 7.5 + 14 x 7.5/64 = 16.6 GB;
  // ZeRO-3 16 x 7.5/64 = 1.9 GB.
  it.each([
    ['none', 120],
    ['zero-1', 31.4],
    ['zero-2', 16.6],
    ['zero-3', 1.9],
  ] as const)('7.5B over 64 GPUs, %s: %f GB', (stage, gb) => {
    expect(fullModelStateBytesPerGpu(7.5e9, stage, 64, 12) / 1e9).toBeCloseTo(gb, 1);
  });

  // DeepSpeed's ZeRO-3 estimator: 18 Ψ / N_gpus (K = 14, the planner default).
  it('matches DeepSpeed ZeRO-3 (18 B/param / N) with K = 14', () => {
    expect(fullModelStateBytesPerGpu(8e9, 'zero-3', 8, 14)).toBe((18 * 8e9) / 8);
  });

  // LoRA keeps the frozen base on every GPU, or 1/N of it with ZeRO-3/FSDP, plus P_lora x 16 (§2.4).
  it('LoRA: frozen base P x b_w plus adapter states P_lora x 16, the base sharded only by ZeRO-3', () => {
    const args = {
      task: 'lora' as const,
      params: 70.6e9,
      dataParallel: 4,
      optimizerBytesPerParam: 14,
      baseBytesPerParam: 2,
      loraParams: 32_768_000,
      loraAdapterBytesPerParam: 16,
    };
    expect(trainingStateBytesPerGpu({ ...args, stage: 'none' })).toEqual({
      modelStateBytes: 141.2e9,
      adapterBytes: 524_288_000,
    });
    expect(trainingStateBytesPerGpu({ ...args, stage: 'zero-3' }).modelStateBytes).toBe(141.2e9 / 4);
  });
});

describe('LoRA trainable parameters: r x (d_in + d_out) per adapted matrix (§2.4)', () => {
  // Llama 3.1 8B, q/k/v/o, r = 8: q 4096+4096, k 4096+1024, v 4096+1024, o 4096+4096 = 26,624 per layer;
  // x 8 x 32 layers = 6,815,744.
  it('Llama 3.1 8B at r = 8: 6,815,744', () => {
    expect(loraTrainableParams(MODELS['llama-3.1-8b'], 8)).toBe(6_815_744);
  });

  // Llama 3.1 70B: q 16,384 + k 9,216 + v 9,216 + o 16,384 = 51,200; x 8 x 80 = 32,768,000.
  it('Llama 3.1 70B at r = 8: 32,768,000', () => {
    expect(loraTrainableParams(MODELS['llama-3.1-70b'], 8)).toBe(32_768_000);
  });
});

describe('training activations (§2.3, Korthikanti et al., FlashAttention: no 5as/h term)', () => {
  // s = 4,096, b = 1, h = 4,096, L = 32. No recompute: 34 x s x b x h x L = 18,253,611,008 bytes.
  // Full recompute: 2 x s x b x h x L + 34 x s x b x h = 1,073,741,824 + 570,425,344 = 1,644,167,168.
  it('Llama 3.1 8B at 4K tokens: 18.25 GB without recompute, 1.64 GB with checkpointing', () => {
    const m = MODELS['llama-3.1-8b'];
    expect(trainingActivationBytes(m, 4096, 1, false)).toBe(18_253_611_008);
    expect(trainingActivationBytes(m, 4096, 1, true)).toBe(1_644_167_168);
  });

  // Logits s x b x V x 4 bytes x 2: 4,096 x 128,256 x 8 = 4,202,692,608.
  it('counts the fp32 logits and their softmax where the vocabulary is known', () => {
    expect(logitsBytes(MODELS['llama-3.1-8b'], 4096, 1)).toBe(4_202_692_608);
    expect(logitsBytes(MODELS['mixtral-8x7b'], 4096, 1)).toBe(0); // no vocabulary in the sources
  });
});

describe('training time (§2.5): 6 P D FLOPs / (N x F x MFU)', () => {
  it('full fine-tuning 6PD (8PD with recompute); LoRA 4PD (6PD with recompute)', () => {
    expect(trainingFlops('full-finetune', 8e9, 1e9, false)).toBe(4.8e19);
    expect(trainingFlops('full-finetune', 8e9, 1e9, true)).toBe(6.4e19);
    expect(trainingFlops('lora', 8e9, 1e9, false)).toBe(3.2e19);
    expect(trainingFlops('qlora', 8e9, 1e9, true)).toBe(4.8e19);
  });

  // MoE: active parameters. Mixtral 12.9B x 1e9 tokens x 6 = 7.74e19.
  it('uses active parameters for MoE', () => {
    expect(
      trainingFlops('full-finetune', MODELS['mixtral-8x7b'].activeParamsB * 1e9, 1e9, false),
    ).toBeCloseTo(7.74e19, -15);
  });

  // 6.4e19 FLOPs on 2 RTX PRO 6000 at BF16 467.8 TFLOPS x MFU 0.4 = 3.7424e14 FLOP/s: 171,013 s = 47.5 h.
  it('Llama 3.1 8B full fine-tune of 1e9 tokens on 2 RTX PRO 6000: 47.5 h', () => {
    expect(trainingTimeS(6.4e19, 2, 467.8e12, 0.4) / 3600).toBeCloseTo(47.504, 2);
  });
});
