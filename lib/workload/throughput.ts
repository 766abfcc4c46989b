import { gqaDims, type ModelArchitecture, mlaDims } from './models';
import { PARAMS_PER_B } from './units';
import { busiestStageLayerShare, decodeWeightReadBytesPerGpu, type WeightBytes } from './weights';

/** What the roofline of one replica needs: its shape, its per-GPU share and its GPU's rates. */
export interface ReplicaRoofline {
  model: ModelArchitecture;
  weights: WeightBytes;
  tensorParallel: number;
  pipelineParallel: number;
  /** KV bytes one live sequence holds on one GPU of the replica (at the average context). */
  kvSequenceBytesPerGpu: number;
  /** Memory bandwidth of one GPU (or MIG slice), bytes/s. */
  bandwidthBytesPerS: number;
  /** Dense tensor FLOP/s of one GPU (or MIG slice) at the compute precision. */
  flopsPerS: number;
  /** eta_mem: achieved share of peak bandwidth. */
  memoryEfficiency: number;
  /** MFU: achieved share of dense FLOP/s. */
  computeEfficiency: number;
}

/**
 * Time per output token (TPOT) of every user of a replica serving `users` sequences, seconds
 * (workload-sizing.md §3.1): each GPU streams its weight shard and the KV of its running sequences,
 * `t_step = max(bytes_step_per_gpu / (BW × η_mem), 2·P_act·B / (TP·F·η_flops))`.
 * With PP the replica keeps PP micro-batches of B/PP sequences in flight, one per stage, and a token
 * passes all PP stages: TPOT = PP × t_stage(B/PP) [derived; PP raises latency, not aggregate
 * throughput, §3.4]. TP all-reduce time is not modelled apart: η_mem's low end (0.57) is the NIM TP2
 * calibration that includes it.
 */
export function timePerOutputTokenS(r: ReplicaRoofline, users: number): number {
  const microBatch = Math.max(1, users / r.pipelineParallel);
  const bytes =
    decodeWeightReadBytesPerGpu(r.model, r.weights, microBatch, r.tensorParallel, r.pipelineParallel) +
    microBatch * r.kvSequenceBytesPerGpu;
  const flops =
    (2 *
      r.model.activeParamsB *
      PARAMS_PER_B *
      microBatch *
      busiestStageLayerShare(r.model.layers, r.pipelineParallel)) /
    r.tensorParallel;
  const stage = Math.max(
    bytes / (r.bandwidthBytesPerS * r.memoryEfficiency),
    flops / (r.flopsPerS * r.computeEfficiency),
  );
  return r.pipelineParallel * stage;
}

/** Decode tokens/s per user and for the whole replica at `users` sequences (aggregate = B / TPOT). */
export function decodeRates(r: ReplicaRoofline, users: number): { perUser: number; aggregate: number } {
  const tpot = timePerOutputTokenS(r, users);
  return { perUser: 1 / tpot, aggregate: users / tpot };
}

/**
 * Most users (≤ `maxUsers`) a replica serves while each still gets `minTokensPerSecondPerUser`
 * (0 = no floor); 0 when even one user is slower than that. TPOT grows with users, so a binary search.
 */
export function maxUsersAtSpeed(
  r: ReplicaRoofline,
  minTokensPerSecondPerUser: number,
  maxUsers: number,
): number {
  if (maxUsers < 1) return 0;
  if (minTokensPerSecondPerUser <= 0) return maxUsers;
  const ok = (users: number) => 1 / timePerOutputTokenS(r, users) >= minTokensPerSecondPerUser;
  if (!ok(1)) return 0;
  let lo = 1;
  let hi = maxUsers;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Attention width of the prefill attention term: heads × (QK head dim + V head dim) / 2, i.e.
 * heads × head_dim for GQA; for MLA the QK dim is qk_nope + qk_rope and the V dim v_head_dim.
 */
export function attentionWidth(model: ModelArchitecture): number {
  if (model.attention === 'mla') {
    const m = mlaDims(model);
    return (model.attentionHeads * (m.qkNopeHeadDim + m.qkRopeHeadDim + m.vHeadDim)) / 2;
  }
  return model.attentionHeads * gqaDims(model).headDim;
}

/**
 * Prefill FLOPs of one prompt of `inputTokens` tokens (workload-sizing.md §3.2):
 * `2·P_act·ISL + 4·L·ISL²·d_attn / 2` (causal attention). Sliding-window layers are counted as full
 * (an over-estimate for gpt-oss).
 */
export function prefillFlops(model: ModelArchitecture, inputTokens: number): number {
  return (
    2 * model.activeParamsB * PARAMS_PER_B * inputTokens +
    2 * model.layers * inputTokens * inputTokens * attentionWidth(model)
  );
}

/**
 * Time to first token of one prompt, seconds, queueing aside: `FLOPs_prefill / (TP × F × MFU)` (§3.2).
 * PP stages run one after another for a single prompt, so only TP shortens it.
 */
export function timeToFirstTokenS(
  model: ModelArchitecture,
  inputTokens: number,
  tensorParallel: number,
  flopsPerS: number,
  computeEfficiency: number,
): number {
  return prefillFlops(model, inputTokens) / (tensorParallel * flopsPerS * computeEfficiency);
}
