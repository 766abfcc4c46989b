/**
 * The SizingAnswer: a workload in, DesignInput options out (architecture.md: "a workload answer is
 * only a way to choose a DesignInput"). Plain serialisable data; memory in GB (1e9 bytes).
 */
import type { GpuId, LayoutId, MigProfileId } from '../catalog/ids';
import type { DesignInput } from '../design/schema';
import type { PlanWarning, Severity } from '../plan/types';
import type { Assumptions } from './assumptions';
import type { ModelId, PrecisionId, TaskId } from './ids';
import type { ModelArchitecture } from './models';
import type { SizingRequest } from './request';
import type { FineTuneTask, ShardingStage } from './training';
import type { Range } from './units';

export interface SizingWarning {
  code: string;
  severity: Severity;
  message: string;
  /** The option it concerns (`gpu/layout`), when it concerns one. */
  optionId?: string;
}

/**
 * The workload's memory before it is split over GPUs, at the requested precision. This is not a
 * capacity to compare with summed VRAM: every replica holds its own copy of the weights, split
 * over the GPUs of one replica only.
 */
export interface WorkloadMemory {
  precision: PrecisionId;
  weightsGB: number;
  weightsGBRange: Range;
  /** KV cache of all users at the average context (inference; 0 for training), no TP replication. */
  kvCacheGB: number;
  /** KV bytes per token of the whole model (full-attention layers; sliding layers keep a window). */
  kvCacheBytesPerToken: number;
  /** KV of one full-context sequence, GB. */
  kvCacheGBPerSequence: number;
  /** Training: activations of one micro-batch (inference: inside the runtime overhead). */
  activationsGB: number;
  /** Training: gradients and optimizer states unsharded (full), or LoRA adapter states. */
  optimizerStatesGB: number;
  totalGB: number;
  totalGBRange: Range;
}

/** One GPU (or MIG slice) of a replica or training job, GB. */
export interface PerGpuMemory {
  /** GPU memory x the engine's (or training's) utilisation. */
  usableGB: number;
  weightsGB: number;
  /** Inference: KV of this GPU's share of the users at the average context. */
  kvCacheGB: number;
  activationsGB: number;
  optimizerStatesGB: number;
  overheadGB: number;
  totalGB: number;
}

export interface ReplicaSummary {
  /** Whole GPUs of one replica (1 for a MIG slice) or of the training job. */
  gpus: number;
  tensorParallel: number;
  pipelineParallel: number;
  migProfile: MigProfileId | null;
  /** Servers one replica spans (PP across servers). */
  servers: number;
  perGpu: PerGpuMemory;
  /** Per-replica memory in use and usable, GB (per GPU x GPUs; a MIG slice counts once). */
  memoryGB: number;
  usableGB: number;
  /** memoryGB <= usableGB and every GPU within its usable memory. */
  fits: boolean;
  /** Inference only. */
  users: { perReplica: number; byMemory: number; bySpeed: number; atLoad: number } | null;
  /** Inference only: at the load each replica carries (users / replicas). */
  performance: {
    tokensPerSecondPerUser: Range;
    aggregateTokensPerSecond: Range;
    timeToFirstTokenS: Range;
  } | null;
}

export interface TrainingSummary {
  method: FineTuneTask;
  sharding: ShardingStage;
  dataParallelGpus: number;
  trainableParamsB: number;
  activationCheckpointing: boolean;
  /** Training FLOPs for one epoch, or null without training.tokens. */
  flopsPerEpoch: number | null;
  timePerEpochHours: Range | null;
}

/** One GPU and layout: the design it implies and what it costs, or why it does not work. */
export interface SizingOption {
  /** `gpu/layout`, e.g. `rtx-pro-6000/1-4-3-200`. */
  id: string;
  gpu: GpuId;
  gpuName: string;
  layout: LayoutId;
  gpusPerServer: number;
  /** The precision this option is sized at (fp4 falls back to fp8 on H200). */
  precision: PrecisionId;
  fits: boolean;
  /** Why it fits (the binding limits) or why not, in words. */
  why: string[];
  replica: ReplicaSummary | null;
  training: TrainingSummary | null;
  /** Smallest whole-GPU replica that holds the model and one full-context sequence. */
  minimumReplicaGpus: number | null;
  replicas: number;
  /** Whole GPUs the workload occupies. */
  gpus: number;
  /** MIG slices used (0 without MIG). */
  migSlices: number;
  workerNodes: number;
  design: DesignInput | null;
  /** `planCluster(design).bom.totalUSD`. */
  totalUSD: number | null;
  /** `planCluster(design).power.totalMaxKW`. */
  powerKW: number | null;
  /** The plan's warnings and errors for this design (info left out). */
  planWarnings: PlanWarning[];
}

export interface SizingAnswer {
  task: TaskId;
  /** The catalog id, or "custom". */
  modelId: ModelId | 'custom';
  model: ModelArchitecture & { sources: string[]; estimates: string[] };
  request: SizingRequest;
  memory: WorkloadMemory;
  /** The recommended option's replica (or training job); null when nothing fits. */
  replica: ReplicaSummary | null;
  replicas: number;
  gpus: number;
  workerNodes: number;
  options: SizingOption[];
  /** A DesignInput `validateDesign` and `planCluster` accept, or null when no option fits. */
  recommended: DesignInput | null;
  recommendation: { optionId: string; reasons: string[] } | null;
  assumptions: Assumptions;
  warnings: SizingWarning[];
}
