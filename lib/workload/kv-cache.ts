import { gqaDims, type ModelArchitecture, mlaDims } from './models';

/**
 * KV heads one tensor-parallel rank holds, `max(1, H_kv // TP)`: vLLM `get_num_kv_heads`; when TP
 * exceeds the KV heads they are replicated, so per-GPU KV stops shrinking (workload-sizing.md §1.2).
 */
export function kvHeadsPerRank(kvHeads: number, tensorParallel: number): number {
  return Math.max(1, Math.floor(kvHeads / tensorParallel));
}

/**
 * Whether vLLM can split this model's attention over `tensorParallel` ranks: query heads divide
 * evenly, and KV heads divide evenly or are replicated whole (TP a multiple of H_kv).
 */
export function tensorParallelSupported(model: ModelArchitecture, tensorParallel: number): boolean {
  if (tensorParallel === 1) return true;
  if (model.attentionHeads % tensorParallel !== 0) return false;
  if (model.attention === 'mla') return true;
  const { kvHeads: kv } = gqaDims(model);
  return kv % tensorParallel === 0 || tensorParallel % kv === 0;
}

/** Per-token KV bytes on one GPU, split into full-attention and sliding-window layers. */
export interface KvPerToken {
  fullBytes: number;
  slidingBytes: number;
  /** Tokens a sliding-window layer keeps (0 without sliding layers). */
  windowTokens: number;
}

/**
 * KV-cache bytes per token on one GPU of a TP × PP replica (workload-sizing.md §1.2):
 * - GQA: `2 × (L/PP) × max(1, H_kv/TP) × d_h × b_kv` (2 = K and V);
 * - MLA: `(L/PP) × (kv_lora_rank + qk_rope_head_dim) × b_kv`, no factor 2 and no TP split: vLLM treats
 *   MLA as a single KV head, so the latent is replicated on every TP rank;
 * - sliding-window layers (gpt-oss) are counted apart: they keep only the window.
 * PP takes whole layers: the busiest stage holds `ceil(L/PP)`, full layers first [derived].
 */
export function kvBytesPerTokenPerGpu(
  model: ModelArchitecture,
  kvBytesPerElement: number,
  tensorParallel = 1,
  pipelineParallel = 1,
): KvPerToken {
  const layersOnGpu = Math.ceil(model.layers / pipelineParallel);
  const slidingLayers = model.slidingWindow?.slidingLayers ?? 0;
  const fullOnGpu = Math.min(layersOnGpu, Math.ceil((model.layers - slidingLayers) / pipelineParallel));
  const slidingOnGpu = layersOnGpu - fullOnGpu;
  let perLayer: number;
  if (model.attention === 'mla') {
    const mla = mlaDims(model);
    perLayer = (mla.kvLoraRank + mla.qkRopeHeadDim) * kvBytesPerElement;
  } else {
    const { kvHeads, headDim } = gqaDims(model);
    perLayer = 2 * kvHeadsPerRank(kvHeads, tensorParallel) * headDim * kvBytesPerElement;
  }
  return {
    fullBytes: fullOnGpu * perLayer,
    slidingBytes: slidingOnGpu * perLayer,
    windowTokens: model.slidingWindow?.windowTokens ?? 0,
  };
}

/** Tokens a sequence occupies once rounded up to whole KV blocks (vLLM block = 16 tokens, §1.2). */
export function tokensInBlocks(tokens: number, blockTokens: number): number {
  return Math.ceil(tokens / blockTokens) * blockTokens;
}

/**
 * KV bytes one sequence of `tokens` tokens holds on one GPU:
 * `KV(S) = S × kv_full + min(S, window) × kv_sliding` (§1.2, sliding-window layers), S in whole blocks.
 */
export function kvBytesPerSequence(perToken: KvPerToken, tokens: number, blockTokens: number): number {
  const s = tokensInBlocks(tokens, blockTokens);
  return s * perToken.fullBytes + Math.min(s, perToken.windowTokens) * perToken.slidingBytes;
}
