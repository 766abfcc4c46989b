import { GPUS } from '../catalog/gpus';
import type { GpuId, LayoutId } from '../catalog/ids';
import { LAYOUTS, maxWorkerNodesFor } from '../catalog/layouts';
import { must } from '../util/must';
import { fmt, type OptionSizing, type SizingContext } from './context';
import { denseFlopsPerS, GPU_SIZING } from './gpu-performance';
import { weightBytesPerParam } from './precision';
import {
  type FineTuneTask,
  fullWeightBytesPerGpu,
  logitsBytes,
  loraTrainableParams,
  type ShardingStage,
  stagesFor,
  trainingActivationBytes,
  trainingFlops,
  trainingStateBytesPerGpu,
  trainingTimeS,
} from './training';
import type { SizingWarning } from './types';
import { gibToBytes, PARAMS_PER_B, type Range, roundRange, SECONDS_PER_HOUR, toGB } from './units';

/** Bytes per frozen base weight of a LoRA/QLoRA recipe, or the trained weights of full fine-tuning. */
export function baseBytesPerParam(ctx: SizingContext): number {
  const task = ctx.request.task as FineTuneTask;
  if (task === 'qlora') return ctx.assumptions.qloraBytesPerParam.value;
  if (task === 'lora') return weightBytesPerParam(ctx.precision, ctx.assumptions.fp4BytesPerParam.value);
  return 2;
}

/** Activations of one micro-batch plus the logits, bytes (§2.3). */
export function activationBytes(ctx: SizingContext): number {
  const ck = ctx.request.training?.activationCheckpointing ?? true;
  const mb = ctx.assumptions.microBatchSequences.value;
  const s = ctx.request.contextTokens;
  return trainingActivationBytes(ctx.model, s, mb, ck) + logitsBytes(ctx.model, s, mb);
}

const STAGE_TEXT: Record<ShardingStage, string> = {
  none: 'no sharding',
  'zero-1': 'ZeRO-1 (optimizer states sharded)',
  'zero-2': 'ZeRO-2 (optimizer states and gradients sharded, ~FSDP SHARD_GRAD_OP)',
  'zero-3': 'ZeRO-3 (states and parameters sharded, ~FSDP FULL_SHARD)',
};

interface Fit {
  gpus: number;
  stage: ShardingStage;
  modelStateBytes: number;
  adapterBytes: number;
  overheadBytes: number;
  totalBytes: number;
}

/**
 * Sizes fine-tuning on one GPU and layout (workload-sizing.md §2 and §6 step 9): the fewest
 * data-parallel GPUs (powers of two) at which some ZeRO/FSDP stage keeps per-GPU memory (states +
 * activations + overhead) within `mem × 0.9`, the least sharding first; then, with a time target,
 * more GPUs until the epoch estimate `6·P·D / (N·F·MFU)` meets it.
 */
export function sizeTrainingOption(ctx: SizingContext, gpu: GpuId, layout: LayoutId): OptionSizing {
  const a = ctx.assumptions;
  const r = ctx.request;
  const task = r.task as FineTuneTask;
  const optionId = `${gpu}/${layout}`;
  const gpusPerServer = LAYOUTS[layout].gpusPerServer;
  const maxGpus = maxWorkerNodesFor(layout) * gpusPerServer;
  const facts = GPU_SIZING[gpu];
  const usable = facts.memoryBytes * a.trainingMemoryUtilization.value;
  const params = ctx.model.totalParamsB * PARAMS_PER_B;
  const loraParams = task === 'full-finetune' ? 0 : loraTrainableParams(ctx.model, a.loraRank.value);
  const activations = activationBytes(ctx);
  const checkpointing = r.training?.activationCheckpointing ?? true;
  const warnings: SizingWarning[] = [];

  const fitAt = (gpus: number): Fit | undefined => {
    const overheadBytes = gibToBytes(
      a.runtimeOverheadGiB.value + (gpus > 1 ? a.parallelOverheadGiB.value : 0),
    );
    for (const stage of stagesFor(task, gpus)) {
      const states = trainingStateBytesPerGpu({
        task,
        params,
        stage,
        dataParallel: gpus,
        optimizerBytesPerParam: a.optimizerBytesPerParam.value,
        baseBytesPerParam: baseBytesPerParam(ctx),
        loraParams,
        loraAdapterBytesPerParam: a.loraAdapterBytesPerParam.value,
      });
      const totalBytes = states.modelStateBytes + states.adapterBytes + activations + overheadBytes;
      if (totalBytes <= usable) return { gpus, stage, ...states, overheadBytes, totalBytes };
    }
    return undefined;
  };

  let fit: Fit | undefined;
  for (let n = 1; n <= maxGpus && !fit; n *= 2) fit = fitAt(n);

  const tokens = r.training?.tokens;
  const flops =
    tokens === undefined
      ? null
      : trainingFlops(task, ctx.model.activeParamsB * PARAMS_PER_B, tokens, checkpointing);
  // Training computes in BF16 on both GPUs (QLoRA dequantises its NF4 base to BF16).
  const flopsPerGpu = denseFlopsPerS(gpu, 'bf16');
  const hours = (gpus: number, mfu: number) =>
    flops === null
      ? Number.POSITIVE_INFINITY
      : trainingTimeS(flops, gpus, flopsPerGpu, mfu) / SECONDS_PER_HOUR;

  const target = r.training?.targetHoursPerEpoch;
  let targetMissed = false;
  if (fit && target !== undefined && flops !== null) {
    // More GPUs only shrink the per-GPU states, so a larger count always fits.
    while (hours(fit.gpus, a.trainingMfu.value) > target && fit.gpus * 2 <= maxGpus) {
      fit = must(fitAt(fit.gpus * 2), `a fit at ${fit.gpus * 2} GPUs`);
    }
    targetMissed = hours(fit.gpus, a.trainingMfu.value) > target;
  }

  const base = {
    precision: task === 'qlora' ? ('fp4' as const) : ctx.precision,
    minimumReplicaGpus: null,
    migSlices: 0,
    migProfile: null,
    replicas: 1,
    warnings,
  };
  if (!fit) {
    const overhead = gibToBytes(a.runtimeOverheadGiB.value + a.parallelOverheadGiB.value);
    return {
      ...base,
      fits: false,
      why: [
        `even fully sharded (ZeRO-3 over ${fmt(maxGpus, 0)} GPUs) one ${GPUS[gpu].name} cannot hold the ${fmt(toGB(activations))} GB of activations for a ${fmt(r.contextTokens, 0)}-token micro-batch plus ${fmt(toGB(overhead))} GB overhead within ${fmt(toGB(usable))} GB usable: shorten the sequence or turn activation checkpointing on`,
      ],
      replica: null,
      training: null,
      replicas: 0,
      gpus: 0,
      workerNodes: 0,
    };
  }

  const timeRange: Range | null =
    flops === null
      ? null
      : roundRange(
          {
            low: hours(fit.gpus, a.trainingMfu.high),
            value: hours(fit.gpus, a.trainingMfu.value),
            high: hours(fit.gpus, a.trainingMfu.low),
          },
          2,
        );
  const workerNodes = Math.ceil(fit.gpus / gpusPerServer);
  const weightBytes =
    task === 'full-finetune' ? fullWeightBytesPerGpu(params, fit.stage, fit.gpus) : fit.modelStateBytes;
  const why = [
    `${fmt(fit.gpus, 0)} GPU${fit.gpus > 1 ? 's' : ''} data parallel with ${STAGE_TEXT[fit.stage]}: ${fmt(toGB(fit.totalBytes))} GB per GPU of ${fmt(toGB(usable))} GB usable (${a.trainingMemoryUtilization.value} x ${fmt(toGB(facts.memoryBytes))} GB)`,
    `per GPU: ${fmt(toGB(fit.modelStateBytes))} GB ${task === 'full-finetune' ? 'weights, gradients and optimizer states' : 'frozen base weights'}${fit.adapterBytes > 0 ? ` + ${fmt(toGB(fit.adapterBytes), 2)} GB adapter states` : ''} + ${fmt(toGB(activations))} GB activations + ${fmt(toGB(fit.overheadBytes))} GB overhead`,
  ];
  if (timeRange) {
    why.push(
      `about ${fmt(timeRange.value, 2)} h per epoch (${fmt(timeRange.low, 2)}-${fmt(timeRange.high, 2)} h) for ${fmt(tokens ?? 0, 0)} tokens at MFU ${a.trainingMfu.value}`,
    );
  }
  if (targetMissed) {
    why.push(`the ${fmt(target ?? 0, 2)} h target per epoch is not met within the layout's 2-tier fabric`);
  }
  if (fit.stage === 'zero-3' && workerNodes > 1 && facts.nvlinkGroupGpus === 1) {
    warnings.push({
      code: 'zero3-over-pcie',
      severity: 'info',
      optionId,
      message: `${optionId}: ZeRO-3 gathers every layer's parameters over PCIe and the east-west fabric (no NVLink); expect an MFU below the assumed ${a.trainingMfu.value} (workload-sizing.md §6 step 9 prefers H200 NVL for heavy ZeRO-3 traffic)`,
    });
  }
  return {
    ...base,
    fits: !targetMissed,
    why,
    replica: {
      gpus: fit.gpus,
      tensorParallel: 1,
      pipelineParallel: 1,
      migProfile: null,
      servers: workerNodes,
      perGpu: {
        usableGB: toGB(usable),
        weightsGB: toGB(weightBytes),
        kvCacheGB: 0,
        activationsGB: toGB(activations),
        optimizerStatesGB: toGB(fit.modelStateBytes - weightBytes + fit.adapterBytes),
        overheadGB: toGB(fit.overheadBytes),
        totalGB: toGB(fit.totalBytes),
      },
      memoryGB: toGB(fit.totalBytes * fit.gpus),
      usableGB: toGB(usable * fit.gpus),
      fits: fit.totalBytes <= usable,
      users: null,
      performance: null,
    },
    training: {
      method: task,
      sharding: fit.stage,
      dataParallelGpus: fit.gpus,
      trainableParamsB: (task === 'full-finetune' ? params : loraParams) / PARAMS_PER_B,
      activationCheckpointing: checkpointing,
      flopsPerEpoch: flops,
      timePerEpochHours: timeRange,
    },
    gpus: fit.gpus,
    workerNodes,
  };
}
