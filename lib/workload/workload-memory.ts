import { fmt, type SizingContext } from './context';
import { kvBytesPerSequence, kvBytesPerTokenPerGpu } from './kv-cache';
import { kvBytesPerElement } from './precision';
import { fullModelStateBytesPerGpu, loraTrainableParams } from './training';
import { activationBytes, baseBytesPerParam } from './training-option';
import type { WorkloadMemory } from './types';
import { PARAMS_PER_B, roundRange, toGB } from './units';
import { modelWeightBytes } from './weights';

/**
 * The workload's memory before it is split over GPUs (workload-sizing.md §1 and §2), at the requested
 * precision: inference weights `P × b_w` and the KV cache of all users at the average context with
 * no TP replication; training the unsharded states (`(4 + K)Ψ` full, base + `P_lora × 16` LoRA)
 * and one micro-batch of activations. Ranges come from the uncertain assumptions (4-bit bytes,
 * K 12-14, average context).
 */
export function workloadMemory(ctx: SizingContext): WorkloadMemory {
  const a = ctx.assumptions;
  const r = ctx.request;
  const m = ctx.model;
  const perToken = kvBytesPerTokenPerGpu(m, kvBytesPerElement(r.kvCachePrecision));
  const block = a.kvBlockTokens.value;
  const fullSequence = kvBytesPerSequence(perToken, r.contextTokens, block);
  const kvAt = (fraction: number) =>
    r.users * kvBytesPerSequence(perToken, Math.max(1, Math.ceil(r.contextTokens * fraction)), block);

  if (r.task === 'inference') {
    const weightsAt = (fp4: number) => modelWeightBytes(m, ctx.precision, fp4).totalBytes;
    const weights = weightsAt(a.fp4BytesPerParam.value);
    const kv = kvAt(a.averageContextFraction.value);
    return {
      precision: ctx.precision,
      weightsGB: toGB(weights),
      weightsGBRange: roundRange({
        low: toGB(weightsAt(a.fp4BytesPerParam.low)),
        value: toGB(weights),
        high: toGB(weightsAt(a.fp4BytesPerParam.high)),
      }),
      kvCacheGB: toGB(kv),
      kvCacheBytesPerToken: perToken.fullBytes,
      kvCacheGBPerSequence: toGB(fullSequence),
      activationsGB: 0,
      optimizerStatesGB: 0,
      totalGB: toGB(weights + kv),
      totalGBRange: roundRange({
        low: toGB(weightsAt(a.fp4BytesPerParam.low) + kvAt(a.averageContextFraction.low)),
        value: toGB(weights + kv),
        high: toGB(weightsAt(a.fp4BytesPerParam.high) + kvAt(a.averageContextFraction.high)),
      }),
    };
  }

  const params = m.totalParamsB * PARAMS_PER_B;
  const activations = activationBytes(ctx);
  const weights = params * baseBytesPerParam(ctx);
  const statesAt = (k: number) =>
    r.task === 'full-finetune'
      ? fullModelStateBytesPerGpu(params, 'none', 1, k) - weights
      : loraTrainableParams(m, a.loraRank.value) * a.loraAdapterBytesPerParam.value;
  const states = statesAt(a.optimizerBytesPerParam.value);
  return {
    precision: r.task === 'qlora' ? 'fp4' : ctx.precision,
    weightsGB: toGB(weights),
    weightsGBRange: { low: toGB(weights), value: toGB(weights), high: toGB(weights) },
    kvCacheGB: 0,
    kvCacheBytesPerToken: 0,
    kvCacheGBPerSequence: 0,
    activationsGB: toGB(activations),
    optimizerStatesGB: toGB(states),
    totalGB: toGB(weights + states + activations),
    totalGBRange: roundRange({
      low: toGB(weights + statesAt(a.optimizerBytesPerParam.low) + activations),
      value: toGB(weights + states + activations),
      high: toGB(weights + statesAt(a.optimizerBytesPerParam.high) + activations),
    }),
  };
}

/** One line for messages: "141.2 GB of weights + 42.9 GB of KV cache". */
export function memoryText(mem: WorkloadMemory): string {
  const parts = [`${fmt(mem.weightsGB)} GB of weights`];
  if (mem.kvCacheGB > 0) parts.push(`${fmt(mem.kvCacheGB)} GB of KV cache`);
  if (mem.optimizerStatesGB > 0)
    parts.push(`${fmt(mem.optimizerStatesGB)} GB of gradients and optimizer states`);
  if (mem.activationsGB > 0) parts.push(`${fmt(mem.activationsGB)} GB of activations`);
  return parts.join(' + ');
}
