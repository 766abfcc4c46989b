import { GPUS } from '../catalog/gpus';
import type { GpuId, LayoutId } from '../catalog/ids';
import { LAYOUTS } from '../catalog/layouts';
import { must } from '../util/must';
import { fmt, type OptionSizing, type SizingContext } from './context';
import { denseFlopsPerS, GPU_SIZING } from './gpu-performance';
import { inferencePrecisionFor, kvBytesPerElement } from './precision';
import {
  bestReplicaPlan,
  evaluateReplica,
  type InferenceInputs,
  type ReplicaEvaluation,
  type ReplicaPlan,
  replicaShapes,
} from './replica';
import { decodeRates, timePerOutputTokenS, timeToFirstTokenS } from './throughput';
import type { ReplicaSummary, SizingWarning } from './types';
import { BYTES_PER_GB, type Range, roundRange, toGB } from './units';
import { modelWeightBytes } from './weights';

/** The shape in words: "2 GPUs (TP2 x PP1)" or "one 2g.48gb MIG slice". */
export function shapeText(e: ReplicaEvaluation): string {
  const s = e.shape;
  if (s.migProfile) return `one ${s.migProfile} MIG slice`;
  return `${s.gpus} GPU${s.gpus > 1 ? 's' : ''} (TP${s.tensorParallel} x PP${s.pipelineParallel})`;
}

function inferenceInputs(
  ctx: SizingContext,
  gpu: GpuId,
  precision: OptionSizing['precision'],
): InferenceInputs {
  const a = ctx.assumptions;
  const r = ctx.request;
  return {
    model: ctx.model,
    gpu,
    weights: modelWeightBytes(ctx.model, precision, a.fp4BytesPerParam.value),
    flopsPerS: denseFlopsPerS(gpu, precision),
    kvBytesPerElement: kvBytesPerElement(r.kvCachePrecision),
    contextTokens: r.contextTokens,
    inputTokens: r.inputTokens ?? r.contextTokens,
    minTokensPerSecondPerUser: r.tokensPerSecondPerUser ?? a.minTokensPerSecondPerUser.value,
    memoryUtilization: a.gpuMemoryUtilization.value,
    runtimeOverheadGiB: a.runtimeOverheadGiB.value,
    parallelOverheadGiB: a.parallelOverheadGiB.value,
    kvBlockTokens: a.kvBlockTokens.value,
    averageContextFraction: a.averageContextFraction.value,
    memoryEfficiency: a.memoryBandwidthEfficiency.value,
    computeEfficiency: a.computeEfficiency.value,
  };
}

/**
 * Speeds at the load a replica carries, as ranges: the value at the assumed efficiencies, the low
 * end at η_mem/MFU low, the high end at their high ends (workload-sizing.md §6: "report ranges").
 */
function performanceAt(
  ctx: SizingContext,
  plan: ReplicaPlan,
  load: number,
): NonNullable<ReplicaSummary['performance']> {
  const a = ctx.assumptions;
  const e = plan.evaluation;
  const at = (mem: number, mfu: number) => {
    const rates = decodeRates({ ...e.roofline, memoryEfficiency: mem, computeEfficiency: mfu }, load);
    const inputTokens = ctx.request.inputTokens ?? ctx.request.contextTokens;
    const ttft = timeToFirstTokenS(ctx.model, inputTokens, e.shape.tensorParallel, e.roofline.flopsPerS, mfu);
    return { ...rates, ttft };
  };
  const low = at(a.memoryBandwidthEfficiency.low, a.computeEfficiency.low);
  const value = at(a.memoryBandwidthEfficiency.value, a.computeEfficiency.value);
  const high = at(a.memoryBandwidthEfficiency.high, a.computeEfficiency.high);
  const range = (l: number, v: number, h: number): Range => ({
    low: Math.min(l, h),
    value: v,
    high: Math.max(l, h),
  });
  return {
    tokensPerSecondPerUser: roundRange(range(low.perUser, value.perUser, high.perUser), 1),
    aggregateTokensPerSecond: roundRange(range(low.aggregate, value.aggregate, high.aggregate), 0),
    timeToFirstTokenS: roundRange(range(high.ttft, value.ttft, low.ttft), 3),
  };
}

function replicaSummary(ctx: SizingContext, plan: ReplicaPlan, gpusPerServer: number): ReplicaSummary {
  const e = plan.evaluation;
  const load = Math.ceil(ctx.request.users / plan.replicas);
  const kvBytes = load * e.kvAverageSequenceBytesPerGpu;
  const totalBytes = e.weightBytesPerGpu + e.overheadBytesPerGpu + kvBytes;
  const gpus = e.shape.gpus;
  return {
    gpus,
    tensorParallel: e.shape.tensorParallel,
    pipelineParallel: e.shape.pipelineParallel,
    migProfile: e.shape.migProfile,
    servers: Math.max(1, Math.ceil(gpus / gpusPerServer)),
    perGpu: {
      usableGB: toGB(e.usableBytesPerGpu),
      weightsGB: toGB(e.weightBytesPerGpu),
      kvCacheGB: toGB(kvBytes),
      activationsGB: 0,
      optimizerStatesGB: 0,
      overheadGB: toGB(e.overheadBytesPerGpu),
      totalGB: toGB(totalBytes),
    },
    memoryGB: toGB(totalBytes * gpus),
    usableGB: toGB(e.usableBytesPerGpu * gpus),
    fits: totalBytes <= e.usableBytesPerGpu,
    users: {
      perReplica: e.usersPerReplica,
      byMemory: e.usersByMemory,
      bySpeed: e.usersBySpeed,
      atLoad: load,
    },
    performance: performanceAt(ctx, plan, load),
  };
}

/** Why nothing fits, in words: memory first, then the time to first token, then the speed. */
function whyNot(
  ctx: SizingContext,
  gpu: GpuId,
  evaluations: readonly ReplicaEvaluation[],
  i: InferenceInputs,
): string[] {
  const name = GPUS[gpu].name;
  const fitting = evaluations.filter((e) => e.fitsMemory);
  const largest = evaluations.at(-1);
  if (!largest) return [`no replica shape of ${ctx.model.name} can be split over ${name} GPUs`];
  if (fitting.length === 0 && largest.shape.migProfile) {
    return [
      `MIG required, but no ${name} MIG slice holds a whole replica: the largest multi-instance slice, ${largest.shape.migProfile}, offers ${fmt(toGB(largest.usableBytesPerGpu))} GB usable for ${fmt(toGB(largest.weightBytesPerGpu))} GB of weights + ${fmt(toGB(largest.overheadBytesPerGpu))} GB overhead + ${fmt(toGB(largest.kvFullSequenceBytesPerGpu))} GB for one sequence (a model is never split across slices)`,
    ];
  }
  if (fitting.length === 0) {
    return [
      `${ctx.model.name} does not fit a replica of up to ${largest.shape.gpus} ${name} GPUs: per GPU it needs ${fmt(toGB(largest.weightBytesPerGpu))} GB of weights + ${fmt(toGB(largest.overheadBytesPerGpu))} GB overhead + ${fmt(toGB(largest.kvFullSequenceBytesPerGpu))} GB for one ${fmt(ctx.request.contextTokens, 0)}-token sequence, but ${fmt(toGB(largest.usableBytesPerGpu))} GB is usable`,
    ];
  }
  const target = ctx.request.timeToFirstTokenS;
  const quickest = fitting.reduce((a, b) => (b.timeToFirstTokenS < a.timeToFirstTokenS ? b : a));
  if (target !== undefined && quickest.timeToFirstTokenS > target) {
    return [
      `no replica reaches the ${fmt(target, 3)} s time to first token for a ${fmt(i.inputTokens, 0)}-token prompt: the quickest, ${shapeText(quickest)}, needs about ${fmt(quickest.timeToFirstTokenS, 2)} s (tensor parallel is at most ${ctx.assumptions.maxTensorParallel.value})`,
    ];
  }
  const fastest = fitting.reduce((a, b) =>
    timePerOutputTokenS(b.roofline, 1) < timePerOutputTokenS(a.roofline, 1) ? b : a,
  );
  return [
    `no replica reaches ${fmt(i.minTokensPerSecondPerUser)} tokens/s per user: the fastest, ${shapeText(fastest)}, decodes about ${fmt(1 / timePerOutputTokenS(fastest.roofline, 1))} tokens/s for a single user`,
  ];
}

/**
 * Sizes inference on one GPU and layout (workload-sizing.md §6 steps 2-8): the precision gate, every
 * replica shape checked for memory and speed, the cheapest count of replicas, and a MIG slice per
 * replica where one holds a whole replica (never a model across slices: MIG instances have no P2P,
 * §3.3) and the policy allows it.
 */
export function sizeInferenceOption(ctx: SizingContext, gpu: GpuId, layout: LayoutId): OptionSizing {
  const r = ctx.request;
  const a = ctx.assumptions;
  const gpusPerServer = LAYOUTS[layout].gpusPerServer;
  const choice = inferencePrecisionFor(gpu, ctx.precision);
  const inputs = inferenceInputs(ctx, gpu, choice.precision);
  const optionId = `${gpu}/${layout}`;
  const warnings: SizingWarning[] = [];

  const shapes = replicaShapes(
    gpu,
    ctx.model,
    a.maxTensorParallel.value,
    a.maxReplicaGpus.value,
    gpusPerServer,
  );
  const evaluations = shapes.map((s) => evaluateReplica(inputs, s));
  const minimumReplicaGpus = evaluations.find((e) => e.fitsMemory)?.shape.gpus ?? null;

  // A target the replica cannot meet makes the option not fit (never a silent relaxation).
  const whole = bestReplicaPlan(evaluations, r.users, gpusPerServer, r.timeToFirstTokenS);

  // MIG: profiles that split a GPU (one instance per GPU is a whole GPU), smallest slice first.
  const profiles = GPUS[gpu].migProfiles
    .filter((p) => p.instancesPerGpu > 1)
    .sort((x, y) => x.memoryGBPerInstance - y.memoryGBPerInstance);
  const migEvaluations =
    r.mig === 'off'
      ? []
      : profiles.map((p) =>
          evaluateReplica(inputs, { tensorParallel: 1, pipelineParallel: 1, gpus: 1, migProfile: p.id }),
        );
  let mig: ReplicaPlan | undefined;
  if (r.mig !== 'off') {
    const instances = new Map(profiles.map((p) => [p.id, p.instancesPerGpu]));
    mig = bestReplicaPlan(migEvaluations, r.users, gpusPerServer, r.timeToFirstTokenS, (s) =>
      s.migProfile ? must(instances.get(s.migProfile), `${gpu} MIG profile ${s.migProfile}`) : 1,
    );
  }
  const useMig = mig !== undefined && (r.mig === 'require' || whole === undefined || mig.gpus <= whole.gpus);
  const chosen = r.mig === 'require' ? mig : useMig ? mig : whole;

  const base = {
    precision: choice.precision,
    training: null,
    minimumReplicaGpus,
    warnings,
  };
  if (choice.note) {
    warnings.push({ code: 'fp4-no-compute', severity: 'warning', optionId, message: choice.note });
  }
  if (!chosen) {
    return {
      ...base,
      fits: false,
      why: whyNot(ctx, gpu, r.mig === 'require' ? migEvaluations : evaluations, inputs),
      replica: null,
      replicas: 0,
      gpus: 0,
      migSlices: 0,
      migProfile: null,
      workerNodes: 0,
    };
  }

  const e = chosen.evaluation;
  const limit =
    e.usersBySpeed < e.usersByMemory
      ? `the ${fmt(inputs.minTokensPerSecondPerUser)} tokens/s per-user speed`
      : 'KV-cache memory';
  const facts = GPU_SIZING[gpu];
  const why = [
    `${chosen.replicas} replica${chosen.replicas > 1 ? 's' : ''} of ${shapeText(e)} serve ${fmt(r.users, 0)} users, at most ${fmt(e.usersPerReplica, 0)} each (limited by ${limit})`,
    `per ${e.shape.migProfile ? 'slice' : 'GPU'}: ${fmt(toGB(e.weightBytesPerGpu))} GB weights + ${fmt(toGB(e.overheadBytesPerGpu))} GB overhead + KV within ${fmt(toGB(e.usableBytesPerGpu))} GB usable (${fmt(e.usableBytesPerGpu / a.gpuMemoryUtilization.value / BYTES_PER_GB)} GB x ${a.gpuMemoryUtilization.value} utilisation)`,
  ];
  if (minimumReplicaGpus !== null && minimumReplicaGpus !== e.shape.gpus && !e.shape.migProfile) {
    why.push(
      `the smallest replica that holds the model is ${minimumReplicaGpus} GPU${minimumReplicaGpus > 1 ? 's' : ''}; ${e.shape.gpus} GPUs per replica leave more room for KV cache and need fewer GPUs in all`,
    );
  }
  if (useMig) {
    why.push(
      `MIG ${e.shape.migProfile}: each replica runs in one slice (${chosen.slices} slices on ${chosen.gpus} GPU${chosen.gpus > 1 ? 's' : ''}); ${whole ? `whole GPUs would need ${whole.gpus}` : 'whole GPUs do not fit'}`,
    );
  }
  if (e.shape.tensorParallel > 1 && facts.nvlinkGroupGpus < e.shape.tensorParallel) {
    warnings.push({
      code: 'tp-over-pcie',
      severity: 'info',
      optionId,
      message: `${optionId} uses TP${e.shape.tensorParallel} over PCIe (no NVLink on ${GPUS[gpu].name}): vLLM advises pipeline parallelism on such GPUs; the all-reduce cost is only in the bandwidth-efficiency range`,
    });
  }
  return {
    ...base,
    fits: true,
    why,
    replica: replicaSummary(ctx, chosen, gpusPerServer),
    replicas: chosen.replicas,
    gpus: chosen.gpus,
    migSlices: chosen.slices,
    migProfile: e.shape.migProfile,
    workerNodes: chosen.servers,
  };
}
