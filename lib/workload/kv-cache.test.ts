import { describe, expect, it } from 'vitest';
import {
  kvBytesPerSequence,
  kvBytesPerTokenPerGpu,
  kvHeadsPerRank,
  tensorParallelSupported,
  tokensInBlocks,
} from './kv-cache';
import { MODELS, type ModelArchitecture, modelArchitectureSchema } from './models';

const BF16 = 2;
const FP8 = 1;
const MIB = 2 ** 20;

/** A custom GQA model for engine behaviours the catalog does not exercise (few KV heads). */
const custom = (over: Partial<ModelArchitecture>): ModelArchitecture =>
  modelArchitectureSchema.parse({
    name: 'test model',
    totalParamsB: 7,
    activeParamsB: 7,
    layers: 32,
    hiddenSize: 4096,
    attentionHeads: 32,
    attention: 'gqa',
    kvHeads: 2,
    headDim: 128,
    ...over,
  });

describe('KV bytes per token: workload-sizing.md §5 table, column "KV B/token (BF16)"', () => {
  // 2 (K and V) x L x H_kv x d_h x 2 bytes (§1.2).
  it.each([
    ['llama-3.1-8b', 131_072], // 2 x 32 x 8 x 128 x 2
    ['llama-3.1-70b', 327_680], // 2 x 80 x 8 x 128 x 2
    ['llama-3.3-70b', 327_680], // same architecture as 3.1 70B (llama-models sku_list.py)
    ['llama-3.1-405b', 516_096], // 2 x 126 x 8 x 128 x 2
    ['mixtral-8x7b', 131_072], // 2 x 32 x 8 x 128 x 2
    ['qwen2.5-72b', 327_680], // 2 x 80 x 8 x 128 x 2
  ] as const)('%s: %i bytes per token', (id, bytes) => {
    const kv = kvBytesPerTokenPerGpu(MODELS[id], BF16);
    expect(kv.fullBytes).toBe(bytes);
    expect(kv.slidingBytes).toBe(0);
  });

  // MLA: (kv_lora_rank + qk_rope_head_dim) x L x 2 bytes, no K/V factor: 61 x 576 x 2 = 70,272 (68.6 KiB).
  it('deepseek-v3 (MLA): 70,272 bytes per token, not the ~4.8 MiB of a naive MHA estimate', () => {
    expect(kvBytesPerTokenPerGpu(MODELS['deepseek-v3'], BF16).fullBytes).toBe(70_272);
  });

  // "36,864/token for the 18 full layers + fixed 4.5 MiB/seq for 18 sliding (128) layers":
  // 2 x 18 x 8 x 64 x 2 = 36,864; 128 tokens x 36,864 = 4,718,592 = 4.5 MiB.
  it('gpt-oss-120b: 36,864 bytes per token on full layers, 4.5 MiB per sequence on sliding layers', () => {
    const kv = kvBytesPerTokenPerGpu(MODELS['gpt-oss-120b'], BF16);
    expect(kv).toEqual({ fullBytes: 36_864, slidingBytes: 36_864, windowTokens: 128 });
    // 8,192 tokens: 8,192 x 36,864 + 128 x 36,864 = 301,989,888 + 4,718,592.
    expect(kvBytesPerSequence(kv, 8192, 16)).toBe(301_989_888 + 4.5 * MIB);
  });

  // "24,576/token full layers + 3 MiB/seq sliding": 2 x 12 x 8 x 64 x 2 = 24,576; 128 x 24,576 = 3 MiB.
  it('gpt-oss-20b: 24,576 bytes per token plus 3 MiB per sequence', () => {
    const kv = kvBytesPerTokenPerGpu(MODELS['gpt-oss-20b'], BF16);
    expect(kv.fullBytes).toBe(24_576);
    expect(kvBytesPerSequence(kv, 16, 16) - 16 * 24_576).toBe(16 * 24_576); // window not yet full
    expect(kvBytesPerSequence(kv, 4096, 16) - 4096 * 24_576).toBe(3 * MIB);
  });

  // §1.2 "KV dtype": FP8 KV halves b_kv: 327,680 / 2.
  it('FP8 KV cache halves the bytes: Llama 3.1 70B 163,840 per token', () => {
    expect(kvBytesPerTokenPerGpu(MODELS['llama-3.1-70b'], FP8).fullBytes).toBe(163_840);
  });

  // §5 "128K ctx => 16 GiB/seq": 131,072 tokens x 131,072 bytes = 2^34 = 16 GiB.
  it('Llama 3.1 8B holds 16 GiB of KV for one 128K-token sequence', () => {
    const kv = kvBytesPerTokenPerGpu(MODELS['llama-3.1-8b'], BF16);
    expect(kvBytesPerSequence(kv, 131_072, 16)).toBe(16 * 2 ** 30);
  });
});

describe('KV per GPU under tensor and pipeline parallelism (vLLM get_num_kv_heads, §1.2)', () => {
  it('splits KV heads over TP ranks: Llama 3.1 70B TP2 holds 4 heads, 163,840 bytes per token', () => {
    // 2 x 80 x (8 / 2) x 128 x 2 = 163,840.
    expect(kvBytesPerTokenPerGpu(MODELS['llama-3.1-70b'], BF16, 2).fullBytes).toBe(163_840);
  });

  it('replicates KV heads once TP exceeds them: TP8 and TP16 both hold 1 head (40,960 bytes)', () => {
    // max(1, 8 // 8) = 1 and max(1, 8 // 16) = max(1, 0) = 1: 2 x 80 x 1 x 128 x 2 = 40,960.
    expect(kvHeadsPerRank(8, 16)).toBe(1);
    expect(kvBytesPerTokenPerGpu(MODELS['llama-3.1-70b'], BF16, 8).fullBytes).toBe(40_960);
    expect(kvBytesPerTokenPerGpu(MODELS['llama-3.1-70b'], BF16, 16).fullBytes).toBe(40_960);
  });

  it('a 2-KV-head model at TP4 keeps one whole head per rank, not half', () => {
    // max(1, 2 // 4) = 1: 2 x 32 x 1 x 128 x 2 = 16,384 (a naive 2/4 would give 8,192).
    expect(kvBytesPerTokenPerGpu(custom({}), BF16, 4).fullBytes).toBe(16_384);
  });

  it('keeps the whole MLA latent on every TP rank (vLLM treats MLA as one KV head)', () => {
    const ds = MODELS['deepseek-v3'];
    expect(kvBytesPerTokenPerGpu(ds, BF16, 2).fullBytes).toBe(70_272);
    expect(kvBytesPerTokenPerGpu(ds, BF16, 8).fullBytes).toBe(70_272);
  });

  it('splits layers over PP stages, the busiest stage holding ceil(L/PP)', () => {
    // Llama 70B PP2: 40 layers x 2 x 8 x 128 x 2 = 163,840. DeepSeek PP4: ceil(61/4) = 16 x 576 x 2 = 18,432.
    expect(kvBytesPerTokenPerGpu(MODELS['llama-3.1-70b'], BF16, 1, 2).fullBytes).toBe(163_840);
    expect(kvBytesPerTokenPerGpu(MODELS['deepseek-v3'], BF16, 1, 4).fullBytes).toBe(18_432);
    // gpt-oss-120b PP2: 18 layers per stage, 9 full + 9 sliding, 2 x 9 x 8 x 64 x 2 = 18,432 each.
    const oss = kvBytesPerTokenPerGpu(MODELS['gpt-oss-120b'], BF16, 1, 2);
    expect([oss.fullBytes, oss.slidingBytes]).toEqual([18_432, 18_432]);
  });

  it('refuses TP degrees the heads cannot split (query heads, or KV heads neither dividing nor divided)', () => {
    const fiveKv = custom({ attentionHeads: 40, kvHeads: 5 });
    expect(tensorParallelSupported(fiveKv, 2)).toBe(false); // 5 % 2 and 2 % 5 both non-zero
    expect(tensorParallelSupported(fiveKv, 1)).toBe(true);
    expect(tensorParallelSupported(custom({}), 4)).toBe(true); // 4 % 2 = 0: KV heads replicated
    expect(tensorParallelSupported(custom({ attentionHeads: 30, kvHeads: 2 }), 4)).toBe(false); // 30 % 4
  });
});

describe('paged blocks (vLLM DEFAULT_BLOCK_SIZE = 16, §1.2)', () => {
  it('rounds a sequence up to whole 16-token blocks', () => {
    expect(tokensInBlocks(1000, 16)).toBe(1008);
    expect(tokensInBlocks(1024, 16)).toBe(1024);
    // Llama 3.1 8B, 1,000 tokens: 1,008 x 131,072 = 132,120,576 bytes.
    const kv = kvBytesPerTokenPerGpu(MODELS['llama-3.1-8b'], BF16);
    expect(kvBytesPerSequence(kv, 1000, 16)).toBe(132_120_576);
  });
});
