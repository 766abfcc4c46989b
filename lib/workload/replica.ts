import type { GpuId, MigProfileId } from '../catalog/ids';
import { must } from '../util/must';
import { GPU_SIZING } from './gpu-performance';
import { kvBytesPerSequence, kvBytesPerTokenPerGpu, tensorParallelSupported } from './kv-cache';
import type { ModelArchitecture } from './models';
import { maxUsersAtSpeed, type ReplicaRoofline, timeToFirstTokenS } from './throughput';
import { gibToBytes } from './units';
import { type WeightBytes, weightBytesPerGpu } from './weights';

/** How one model replica is laid out: TP × PP whole GPUs, or one MIG slice. */
export interface ReplicaShape {
  tensorParallel: number;
  pipelineParallel: number;
  /** GPUs the replica occupies (TP × PP; 1 for a MIG slice, which is a share of one GPU). */
  gpus: number;
  /** The MIG slice the replica runs in, or null for whole GPUs. */
  migProfile: MigProfileId | null;
}

/** The inputs of an inference sizing that do not depend on the replica shape. */
export interface InferenceInputs {
  model: ModelArchitecture;
  gpu: GpuId;
  weights: WeightBytes;
  /** Dense FLOP/s of one whole GPU at the option's compute precision. */
  flopsPerS: number;
  kvBytesPerElement: number;
  contextTokens: number;
  inputTokens: number;
  /** Decode speed each user must keep (tokens/s); 0 = none. */
  minTokensPerSecondPerUser: number;
  /** The engine's gpu_memory_utilization. */
  memoryUtilization: number;
  runtimeOverheadGiB: number;
  parallelOverheadGiB: number;
  kvBlockTokens: number;
  averageContextFraction: number;
  memoryEfficiency: number;
  computeEfficiency: number;
}

/** One replica shape checked against the model: memory per GPU, users it can serve, latency. */
export interface ReplicaEvaluation {
  shape: ReplicaShape;
  /** One GPU (or slice) of the replica, bytes. */
  usableBytesPerGpu: number;
  weightBytesPerGpu: number;
  overheadBytesPerGpu: number;
  /** usable − weights − overhead: what the engine can give the KV cache (may be negative). */
  kvBudgetBytesPerGpu: number;
  /** KV of one full-context sequence on one GPU. */
  kvFullSequenceBytesPerGpu: number;
  /** KV of one sequence at the average context, on one GPU. */
  kvAverageSequenceBytesPerGpu: number;
  /** At least one full-context sequence fits next to the weights (vLLM refuses to start otherwise). */
  fitsMemory: boolean;
  usersByMemory: number;
  usersBySpeed: number;
  /** Users one replica serves: the smaller of the two. */
  usersPerReplica: number;
  /** Time to first token of one full prompt, seconds. */
  timeToFirstTokenS: number;
  roofline: ReplicaRoofline;
}

/**
 * Candidate whole-GPU replica shapes, smallest first, in the order the engines advise
 * (workload-sizing.md §3.4): 1 GPU if it fits; on H200 NVL TP inside the NVLink-bridged pair, then PP
 * across pairs; on RTX PRO 6000 (no NVLink) PP first, TP ≤ 2 as the alternative for latency.
 * GPUs per replica are powers of two so replicas pack the 2- and 4-GPU servers exactly; TP stays
 * inside a server, PP may cross servers. Shapes the attention heads cannot split, or with more
 * stages than layers, are left out.
 */
export function replicaShapes(
  gpu: GpuId,
  model: ModelArchitecture,
  maxTensorParallel: number,
  maxReplicaGpus: number,
  gpusPerServer: number,
): ReplicaShape[] {
  const nvlink = GPU_SIZING[gpu].nvlinkGroupGpus;
  const tpLimit = Math.min(maxTensorParallel, gpusPerServer);
  const shapes: ReplicaShape[] = [];
  const add = (tp: number, pp: number) => {
    if (tp > tpLimit || pp > model.layers || !tensorParallelSupported(model, tp)) return;
    shapes.push({ tensorParallel: tp, pipelineParallel: pp, gpus: tp * pp, migProfile: null });
  };
  for (let g = 1; g <= maxReplicaGpus; g *= 2) {
    const tps: number[] = [];
    for (let tp = 1; tp <= Math.min(g, tpLimit); tp *= 2) tps.push(tp);
    // NVLink pairs: the widest TP first; PCIe only: PP first.
    const ordered = nvlink > 1 ? tps.reverse() : tps;
    for (const tp of ordered) add(tp, g / tp);
  }
  return shapes;
}

/** The roofline of a replica at its shape (a MIG slice owns its share of bandwidth and SMs [derived]). */
function rooflineFor(i: InferenceInputs, shape: ReplicaShape, kvAverageSequenceBytesPerGpu: number) {
  const facts = GPU_SIZING[i.gpu];
  const slice = shape.migProfile ? facts.migSlices[shape.migProfile] : undefined;
  return {
    model: i.model,
    weights: i.weights,
    tensorParallel: shape.tensorParallel,
    pipelineParallel: shape.pipelineParallel,
    kvSequenceBytesPerGpu: kvAverageSequenceBytesPerGpu,
    bandwidthBytesPerS: facts.bandwidthBytesPerS * (slice?.memoryFraction ?? 1),
    flopsPerS: i.flopsPerS * (slice?.computeFraction ?? 1),
    memoryEfficiency: i.memoryEfficiency,
    computeEfficiency: i.computeEfficiency,
  } satisfies ReplicaRoofline;
}

/**
 * Checks one replica shape (workload-sizing.md §1.3 "Recommended planner budget per GPU"):
 * `usable = GPU_mem × util`, `overhead = 3.5 GiB (+0.4 GiB NCCL if TP/PP > 1)`,
 * `KV_budget = usable − W_per_gpu − overhead`, which must hold one max-length sequence;
 * users by memory = KV_budget / KV per sequence; users by speed from the decode roofline (§3.1).
 */
export function evaluateReplica(i: InferenceInputs, shape: ReplicaShape): ReplicaEvaluation {
  const facts = GPU_SIZING[i.gpu];
  const memory = shape.migProfile
    ? must(facts.migSlices[shape.migProfile], `${i.gpu} MIG slice ${shape.migProfile}`).usableBytes
    : facts.memoryBytes;
  const usable = memory * i.memoryUtilization;
  const overhead = gibToBytes(i.runtimeOverheadGiB + (shape.gpus > 1 ? i.parallelOverheadGiB : 0));
  const weights = weightBytesPerGpu(i.weights, i.model.layers, shape.tensorParallel, shape.pipelineParallel);
  const perToken = kvBytesPerTokenPerGpu(
    i.model,
    i.kvBytesPerElement,
    shape.tensorParallel,
    shape.pipelineParallel,
  );
  const kvFull = kvBytesPerSequence(perToken, i.contextTokens, i.kvBlockTokens);
  const averageTokens = Math.max(1, Math.ceil(i.contextTokens * i.averageContextFraction));
  const kvAverage = kvBytesPerSequence(perToken, averageTokens, i.kvBlockTokens);
  const budget = usable - weights - overhead;
  const fitsMemory = budget >= kvFull;
  const usersByMemory = fitsMemory ? Math.max(1, Math.floor(budget / kvAverage)) : 0;
  const roofline = rooflineFor(i, shape, kvAverage);
  const usersBySpeed = maxUsersAtSpeed(roofline, i.minTokensPerSecondPerUser, usersByMemory);
  return {
    shape,
    usableBytesPerGpu: usable,
    weightBytesPerGpu: weights,
    overheadBytesPerGpu: overhead,
    kvBudgetBytesPerGpu: budget,
    kvFullSequenceBytesPerGpu: kvFull,
    kvAverageSequenceBytesPerGpu: kvAverage,
    fitsMemory,
    usersByMemory,
    usersBySpeed,
    usersPerReplica: Math.min(usersByMemory, usersBySpeed),
    timeToFirstTokenS: timeToFirstTokenS(
      i.model,
      i.inputTokens,
      shape.tensorParallel,
      roofline.flopsPerS,
      i.computeEfficiency,
    ),
    roofline,
  };
}

/** A replica shape with the counts it needs for the whole workload. */
export interface ReplicaPlan {
  evaluation: ReplicaEvaluation;
  replicas: number;
  /** Whole GPUs: replicas × GPUs per replica, or MIG slices rounded up to whole GPUs. */
  gpus: number;
  /** MIG slices in use (0 without MIG). */
  slices: number;
  servers: number;
}

/** Replicas, GPUs and servers for `users` with one shape (`instancesPerGpu` for a MIG slice). */
export function planReplicas(
  evaluation: ReplicaEvaluation,
  users: number,
  gpusPerServer: number,
  instancesPerGpu = 1,
): ReplicaPlan {
  const replicas = Math.ceil(users / evaluation.usersPerReplica);
  const mig = evaluation.shape.migProfile !== null;
  const gpus = mig ? Math.ceil(replicas / instancesPerGpu) : replicas * evaluation.shape.gpus;
  return { evaluation, replicas, gpus, slices: mig ? replicas : 0, servers: Math.ceil(gpus / gpusPerServer) };
}

/**
 * The cheapest plan among shapes that serve at least one user (and meet the TTFT target when one is
 * given): fewest servers, then fewest GPUs, then the smaller replica, then the engines' order.
 */
export function bestReplicaPlan(
  evaluations: readonly ReplicaEvaluation[],
  users: number,
  gpusPerServer: number,
  ttftTargetS: number | undefined,
  instancesPerGpu: (shape: ReplicaShape) => number = () => 1,
): ReplicaPlan | undefined {
  let best: ReplicaPlan | undefined;
  for (const e of evaluations) {
    if (e.usersPerReplica < 1) continue;
    if (ttftTargetS !== undefined && e.timeToFirstTokenS > ttftTargetS) continue;
    const plan = planReplicas(e, users, gpusPerServer, instancesPerGpu(e.shape));
    if (
      !best ||
      plan.servers < best.servers ||
      (plan.servers === best.servers && plan.gpus < best.gpus) ||
      (plan.servers === best.servers && plan.gpus === best.gpus && e.shape.gpus < best.evaluation.shape.gpus)
    ) {
      best = plan;
    }
  }
  return best;
}
