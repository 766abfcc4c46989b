import type { PrecisionId } from './ids';
import type { ModelArchitecture } from './models';
import { weightBytesPerParam } from './precision';
import { PARAMS_PER_B } from './units';

/** A model's parameters split into routed experts and always-active weights, in parameters. */
export interface ParamSplit {
  expertParams: number;
  /** Attention, embeddings, head, dense layers and shared experts. */
  alwaysActiveParams: number;
}

/**
 * Routed-expert parameters of an MoE model, derived from the totals [derived]: with `D` always-active
 * and `e` per expert, `P = D + E·e` and `P_act = D + k·e`, so `E·e = (P - P_act) · E / (E - k)`.
 * (Mixtral: (46.7 - 12.9) x 8/6 = 45.07B; DeepSeek-V3: (671 - 37) x 256/248 = 654.5B.)
 * A dense model has no experts.
 */
export function paramSplit(model: ModelArchitecture): ParamSplit {
  const total = model.totalParamsB * PARAMS_PER_B;
  if (!model.moe) return { expertParams: 0, alwaysActiveParams: total };
  const { experts: e, expertsPerToken: k } = model.moe;
  const active = model.activeParamsB * PARAMS_PER_B;
  const expertParams = ((total - active) * e) / (e - k);
  return { expertParams, alwaysActiveParams: total - expertParams };
}

export interface WeightBytes {
  totalBytes: number;
  expertBytes: number;
  alwaysActiveBytes: number;
}

/**
 * Weight bytes of the whole model, `W_bytes = P × b_w` (workload-sizing.md §1.1, NVIDIA NIM heuristic).
 * At fp4 a checkpoint that keeps its non-expert modules in BF16 (gpt-oss) stores only the experts at
 * 4 bits (§1.1: "heavier than P×0.5").
 */
export function modelWeightBytes(
  model: ModelArchitecture,
  precision: PrecisionId,
  fp4BytesPerParam: number,
): WeightBytes {
  const split = paramSplit(model);
  const b = weightBytesPerParam(precision, fp4BytesPerParam);
  const bAlways = precision === 'fp4' && model.fp4KeepsNonExpertBF16 ? 2 : b;
  const expertBytes = split.expertParams * b;
  const alwaysActiveBytes = split.alwaysActiveParams * bAlways;
  return { totalBytes: expertBytes + alwaysActiveBytes, expertBytes, alwaysActiveBytes };
}

/**
 * Share of the layers on the busiest pipeline stage, `ceil(L/PP) / L`: vLLM splits layers as evenly
 * as it can (`get_layers_start_end_indices`, §1.2), so the largest stage decides the fit [derived].
 */
export function busiestStageLayerShare(layers: number, pipelineParallel: number): number {
  return Math.ceil(layers / pipelineParallel) / layers;
}

/**
 * Weight bytes on one GPU of a replica, `W_bytes / (TP × PP)` (§1.1; TensorRT-LLM "each rank uses
 * 1/8 of the weights" at TP8 or PP8), with PP taken by whole layers on the busiest stage.
 */
export function weightBytesPerGpu(
  weights: WeightBytes,
  layers: number,
  tensorParallel: number,
  pipelineParallel: number,
): number {
  return (weights.totalBytes * busiestStageLayerShare(layers, pipelineParallel)) / tensorParallel;
}

/**
 * Expected share of an MoE layer's experts touched by a decode step of `tokens` tokens, `1 − (1 − k/E)^B`
 * (workload-sizing.md §3.1, "MoE [derived]"); 1 for a dense model.
 */
export function expertsTouchedFraction(model: ModelArchitecture, tokens: number): number {
  if (!model.moe) return 1;
  const { experts: e, expertsPerToken: k } = model.moe;
  return 1 - (1 - k / e) ** tokens;
}

/**
 * Weight bytes one GPU streams per decode step of `tokens` tokens:
 * `W_read = W_always + W_experts × (1 − (1 − k/E)^B)` (§3.1), shared out like the weights.
 */
export function decodeWeightReadBytesPerGpu(
  model: ModelArchitecture,
  weights: WeightBytes,
  tokens: number,
  tensorParallel: number,
  pipelineParallel: number,
): number {
  const read = weights.alwaysActiveBytes + weights.expertBytes * expertsTouchedFraction(model, tokens);
  return (read * busiestStageLayerShare(model.layers, pipelineParallel)) / tensorParallel;
}
