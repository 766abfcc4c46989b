import type { TaskId } from './ids';
import { gqaDims, type ModelArchitecture, mlaDims } from './models';

/** How model states are spread over the data-parallel GPUs (ZeRO stage; FSDP FULL_SHARD ≈ ZeRO-3). */
export const SHARDING_STAGES = ['none', 'zero-1', 'zero-2', 'zero-3'] as const;
export type ShardingStage = (typeof SHARDING_STAGES)[number];

export type FineTuneTask = Exclude<TaskId, 'inference'>;

/**
 * Model-state bytes per GPU of full mixed-precision training with Adam, Ψ parameters over `N_d`
 * data-parallel GPUs, K optimizer bytes per parameter (ZeRO paper, workload-sizing.md §2.2):
 * plain DP `(2 + 2 + K)Ψ`; ZeRO-1 `4Ψ + KΨ/N_d`; ZeRO-2 `2Ψ + (2 + K)Ψ/N_d`; ZeRO-3 `(2 + 2 + K)Ψ/N_d`.
 */
export function fullModelStateBytesPerGpu(
  params: number,
  stage: ShardingStage,
  dataParallel: number,
  optimizerBytesPerParam: number,
): number {
  const k = optimizerBytesPerParam;
  switch (stage) {
    case 'none':
      return (4 + k) * params;
    case 'zero-1':
      return 4 * params + (k * params) / dataParallel;
    case 'zero-2':
      return 2 * params + ((2 + k) * params) / dataParallel;
    case 'zero-3':
      return ((4 + k) * params) / dataParallel;
  }
}

/** The BF16 weights alone among those states, bytes per GPU: `2Ψ`, sharded `/N_d` only by ZeRO-3. */
export function fullWeightBytesPerGpu(params: number, stage: ShardingStage, dataParallel: number): number {
  return stage === 'zero-3' ? (2 * params) / dataParallel : 2 * params;
}

/**
 * Trainable LoRA parameters with adapters on the attention projections q, k, v and o:
 * `r × (d_in + d_out)` per adapted matrix (LoRA paper, workload-sizing.md §2.4), per layer.
 * For MLA the projections are counted as if every head had its own K and V (an upper bound; the
 * low-rank MLA matrices are smaller).
 */
export function loraTrainableParams(model: ModelArchitecture, rank: number): number {
  const h = model.hiddenSize;
  const heads = model.attentionHeads;
  let qk: number;
  let kv: number;
  let v: number;
  if (model.attention === 'mla') {
    const m = mlaDims(model);
    qk = heads * (m.qkNopeHeadDim + m.qkRopeHeadDim);
    kv = qk;
    v = heads * m.vHeadDim;
  } else {
    const { kvHeads, headDim } = gqaDims(model);
    qk = heads * headDim;
    kv = kvHeads * headDim;
    v = kv;
  }
  const o = model.attention === 'mla' ? v : qk;
  const perLayer = h + qk + (h + kv) + (h + v) + (o + h);
  return rank * perLayer * model.layers;
}

/**
 * Activation bytes per GPU for one micro-batch in 16-bit training (Korthikanti et al., §2.3), sequence
 * `s`, micro-batch `b`, hidden `h`, `L` layers, FlashAttention (no s×s score tensor):
 * without recompute `34·s·b·h·L`; with full recompute (activation checkpointing) `2·s·b·h·L`, plus
 * one layer's `34·s·b·h` while it is recomputed [derived].
 */
export function trainingActivationBytes(
  model: ModelArchitecture,
  sequenceTokens: number,
  microBatch: number,
  checkpointing: boolean,
): number {
  const sbh = sequenceTokens * microBatch * model.hiddenSize;
  return checkpointing ? 2 * sbh * model.layers + 34 * sbh : 34 * sbh * model.layers;
}

/** Logits in fp32 and their softmax, `s·b·V·4·2` bytes (§2.3); 0 where the vocabulary is unknown. */
export function logitsBytes(model: ModelArchitecture, sequenceTokens: number, microBatch: number): number {
  return model.vocabSize === undefined ? 0 : sequenceTokens * microBatch * model.vocabSize * 4 * 2;
}

/**
 * Training FLOPs for `tokens` tokens (workload-sizing.md §2.5 and §2.4): full fine-tuning
 * `6·P_act·D` (`8·P_act·D` with full activation recompute); LoRA/QLoRA skip the frozen weights'
 * gradients, `4·P_act·D` (+`2·P_act·D` with recompute) [derived in §2.4]. MoE uses active parameters.
 */
export function trainingFlops(
  task: FineTuneTask,
  activeParams: number,
  tokens: number,
  checkpointing: boolean,
) {
  const factor = task === 'full-finetune' ? (checkpointing ? 8 : 6) : checkpointing ? 6 : 4;
  return factor * activeParams * tokens;
}

/** Time for `flops` on `gpus` GPUs, seconds: `FLOPs / (N_gpus × F_dense × MFU)` (§2.5). */
export function trainingTimeS(flops: number, gpus: number, flopsPerGpu: number, mfu: number): number {
  return flops / (gpus * flopsPerGpu * mfu);
}

/** The states one GPU holds for a fine-tuning recipe, bytes (activations and overhead apart). */
export interface TrainingStateBytes {
  /** Trained weights, gradients and optimizer states (full), or the frozen base (LoRA/QLoRA). */
  modelStateBytes: number;
  /** LoRA adapter weights, gradients and optimizer states (0 for full fine-tuning). */
  adapterBytes: number;
}

/**
 * Per-GPU states of a recipe at a sharding stage: full fine-tuning per the ZeRO stages; LoRA and
 * QLoRA hold the frozen base `P × b_w` (BF16 2 or FP8 1; QLoRA NF4 ~0.52) on every GPU, or sharded
 * `/N` with ZeRO-3/FSDP, plus `P_lora × 16` (§2.4).
 */
export function trainingStateBytesPerGpu(args: {
  task: FineTuneTask;
  params: number;
  stage: ShardingStage;
  dataParallel: number;
  optimizerBytesPerParam: number;
  baseBytesPerParam: number;
  loraParams: number;
  loraAdapterBytesPerParam: number;
}): TrainingStateBytes {
  if (args.task === 'full-finetune') {
    return {
      modelStateBytes: fullModelStateBytesPerGpu(
        args.params,
        args.stage,
        args.dataParallel,
        args.optimizerBytesPerParam,
      ),
      adapterBytes: 0,
    };
  }
  const base = args.params * args.baseBytesPerParam;
  return {
    modelStateBytes: args.stage === 'zero-3' ? base / args.dataParallel : base,
    adapterBytes: args.loraParams * args.loraAdapterBytesPerParam,
  };
}

/** Stages worth trying for a recipe, least sharding first (LoRA shards only the frozen base). */
export function stagesFor(task: FineTuneTask, dataParallel: number): ShardingStage[] {
  if (dataParallel === 1) return ['none'];
  return task === 'full-finetune' ? [...SHARDING_STAGES] : ['none', 'zero-3'];
}
