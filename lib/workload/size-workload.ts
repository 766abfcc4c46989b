import { GPUS } from '../catalog/gpus';
import { GPU_IDS, LAYOUT_IDS } from '../catalog/ids';
import { LAYOUTS } from '../catalog/layouts';
import type { DesignInput, FieldError } from '../design/schema';
import { must } from '../util/must';
import { resolveAssumptions } from './assumptions';
import { fmt, type OptionSizing, type SizingContext } from './context';
import { planDesignFor } from './design-option';
import type { PrecisionId } from './ids';
import { sizeInferenceOption } from './inference-option';
import { MODELS } from './models';
import { parseSizingRequest, type SizingRequest } from './request';
import { sizeTrainingOption } from './training-option';
import type { SizingAnswer, SizingOption, SizingWarning, WorkloadMemory } from './types';
import { memoryText, workloadMemory } from './workload-memory';

export type SizingResult = { success: true; data: SizingAnswer } | { success: false; errors: FieldError[] };

/**
 * The one entry point: a workload request (unknown input: CLI flags, a form, JSON) in, a SizingAnswer
 * out, or every problem with the field it concerns. Never throws on bad input.
 */
export function sizeWorkload(request: unknown): SizingResult {
  const parsed = parseSizingRequest(request);
  if (!parsed.success) return parsed;
  return { success: true, data: sizeParsedWorkload(parsed.data) };
}

/** The default precision of a task: bf16, or the 4-bit base of QLoRA. */
function precisionFor(r: SizingRequest): PrecisionId {
  if (r.precision) return r.precision;
  return r.task === 'qlora' ? 'fp4' : 'bf16';
}

/** Sizes an already-parsed request (`parseSizingRequest`) on every GPU and layout it allows. */
export function sizeParsedWorkload(request: SizingRequest): SizingAnswer {
  const catalog = request.model !== undefined ? MODELS[request.model] : undefined;
  // The request schema guarantees one of the two.
  const model = must(catalog ?? request.customModel, 'the request model');
  const ctx: SizingContext = {
    request,
    model,
    assumptions: resolveAssumptions(request.assumptions),
    precision: precisionFor(request),
  };
  const memory = workloadMemory(ctx);
  const warnings: SizingWarning[] = [];
  const gpus = request.gpu ? [request.gpu] : [...GPU_IDS];
  const layouts = request.layout ? [request.layout] : [...LAYOUT_IDS];

  const options: SizingOption[] = [];
  for (const gpu of gpus) {
    for (const layout of layouts) {
      const sized =
        request.task === 'inference'
          ? sizeInferenceOption(ctx, gpu, layout)
          : sizeTrainingOption(ctx, gpu, layout);
      warnings.push(...sized.warnings);
      options.push(toOption(request, gpu, layout, sized));
    }
  }

  const sorted = options
    .filter(isPlanned)
    .sort((a, b) => a.totalUSD - b.totalUSD || a.powerKW - b.powerKW || a.workerNodes - b.workerNodes);
  const best = sorted[0];
  warnings.push(...answerWarnings(ctx, memory, options, best));

  return {
    task: request.task,
    modelId: request.model ?? 'custom',
    model: {
      ...model,
      sources: catalog?.sources ?? ['custom model: the request'],
      estimates: catalog?.estimates ?? [],
    },
    request,
    memory,
    replica: best?.replica ?? null,
    replicas: best?.replicas ?? 0,
    gpus: best?.gpus ?? 0,
    workerNodes: best?.workerNodes ?? 0,
    options,
    recommended: best?.design ?? null,
    recommendation: best ? { optionId: best.id, reasons: reasonsFor(best, sorted, options) } : null,
    assumptions: ctx.assumptions,
    warnings: dedupe(warnings),
  };
}

/** An option that fits and was planned: its design, cost and power are set. */
type PlannedOption = SizingOption & { design: DesignInput; totalUSD: number; powerKW: number };

function isPlanned(o: SizingOption): o is PlannedOption {
  return o.fits && o.design !== null && o.totalUSD !== null && o.powerKW !== null;
}

/** A sized GPU/layout with its design planned: cost and power from the real ClusterPlan. */
function toOption(
  request: SizingRequest,
  gpu: SizingOption['gpu'],
  layout: SizingOption['layout'],
  s: OptionSizing,
) {
  const id = `${gpu}/${layout}`;
  const option: SizingOption = {
    id,
    gpu,
    gpuName: GPUS[gpu].name,
    layout,
    gpusPerServer: LAYOUTS[layout].gpusPerServer,
    precision: s.precision,
    fits: s.fits,
    why: [...s.why],
    replica: s.replica,
    training: s.training,
    minimumReplicaGpus: s.minimumReplicaGpus,
    replicas: s.replicas,
    gpus: s.gpus,
    migSlices: s.migSlices,
    workerNodes: s.workerNodes,
    design: null,
    totalUSD: null,
    powerKW: null,
    planWarnings: [],
  };
  if (s.workerNodes < 1) return option;
  const planned = planDesignFor({
    gpu,
    layout,
    workerNodes: s.workerNodes,
    migProfile: s.migProfile,
    task: request.task,
  });
  if (!planned.ok) {
    return { ...option, fits: false, why: [...option.why, ...planned.reasons] };
  }
  return {
    ...option,
    design: planned.design,
    totalUSD: planned.totalUSD,
    powerKW: planned.powerKW,
    planWarnings: planned.planWarnings,
  };
}

const usd = (n: number) => `US$${fmt(Math.round(n), 0)}`;

function reasonsFor(
  best: PlannedOption,
  sorted: readonly PlannedOption[],
  all: readonly SizingOption[],
): string[] {
  const reasons = [
    `${best.id}: the cheapest of ${sorted.length} option${sorted.length > 1 ? 's' : ''} that fit, ${fmt(best.workerNodes, 0)} worker node${best.workerNodes > 1 ? 's' : ''} at ${usd(best.totalUSD)} (planned BOM) and ${fmt(best.powerKW)} kW design maximum`,
  ];
  const next = sorted[1];
  if (next) {
    const more = ((next.totalUSD - best.totalUSD) / best.totalUSD) * 100;
    reasons.push(
      `next: ${next.id} at ${usd(next.totalUSD)} (+${fmt(more, 0)} %), ${fmt(next.workerNodes, 0)} worker node${next.workerNodes > 1 ? 's' : ''}`,
    );
  }
  reasons.push(...best.why);
  const misfits = all.filter((o) => !o.fits);
  if (misfits.length > 0) {
    reasons.push(`does not fit: ${misfits.map((o) => o.id).join(', ')} (see each option's why)`);
  }
  const errors = best.planWarnings.filter((w) => w.severity === 'error');
  if (errors.length > 0)
    reasons.push(`the plan reports ${errors.length} error(s): ${errors.map((e) => e.code).join(', ')}`);
  return reasons;
}

/** Warnings about the whole answer, where a claim would over-promise. */
function answerWarnings(
  ctx: SizingContext,
  memory: WorkloadMemory,
  options: readonly SizingOption[],
  best: SizingOption | undefined,
) {
  const out: SizingWarning[] = [];
  const r = ctx.request;
  const m = ctx.model;
  if (!best) {
    out.push({
      code: 'no-option-fits',
      severity: 'error',
      message: `no GPU and layout fits ${m.name} (${memoryText(memory)}): ${options.map((o) => `${o.id}: ${o.why[0] ?? 'does not fit'}`).join('; ')}`,
    });
  }
  for (const o of options.filter((x) => !x.fits)) {
    out.push({
      code: 'option-does-not-fit',
      severity: 'warning',
      optionId: o.id,
      message: `${o.id}: ${o.why.join('; ')}`,
    });
  }
  if (r.task === 'inference') out.push(...notPooledWarnings(ctx, options));
  if (r.task === 'inference' && ctx.precision === 'fp4' && options.some((o) => o.gpu === 'rtx-pro-6000')) {
    out.push({
      code: 'fp4-software-dependent',
      severity: 'info',
      message:
        'FP4 speed-ups on the RTX PRO 6000 depend on the software version: some NVFP4 MoE kernels failed on SM120 and vLLM fell back to Marlin W4A16 at roughly half the expected speed (workload-sizing.md §1.1)',
    });
  }
  if (m.nativePrecision !== ctx.precision && r.task !== 'qlora') {
    out.push({
      code: 'precision-not-native',
      severity: 'info',
      message: `${m.name} is published in ${m.nativePrecision}; ${ctx.precision} needs a converted or quantized checkpoint, whose quality the planner does not assess`,
    });
  }
  if (m.nativeContextTokens !== undefined && r.contextTokens > m.nativeContextTokens) {
    out.push({
      code: 'context-beyond-native',
      severity: 'info',
      message: `${m.name} is trained for ${fmt(m.nativeContextTokens, 0)} tokens; ${fmt(r.contextTokens, 0)} needs rope scaling (YaRN)`,
    });
  }
  if (r.task === 'inference') {
    if (r.tokensPerSecondPerUser === undefined && ctx.assumptions.minTokensPerSecondPerUser.value > 0) {
      out.push({
        code: 'speed-floor-applied',
        severity: 'info',
        message: `no speed target given: every user is kept at ${fmt(ctx.assumptions.minTokensPerSecondPerUser.value)} tokens/s or more (MLPerf server class); set tokensPerSecondPerUser to change it`,
      });
    }
    out.push({
      code: 'throughput-is-an-estimate',
      severity: 'info',
      message:
        'speeds are a roofline estimate (decode bound by memory bandwidth x eta_mem, prefill by FLOP/s x MFU; prefill competing with decode, queueing, expert parallelism and speculative decoding not modelled): benchmark one replica before buying (workload-sizing.md §3.5)',
    });
    if (best?.replica?.migProfile) {
      out.push({
        code: 'mig-one-replica-per-slice',
        severity: 'info',
        message: `MIG ${best.replica.migProfile} is applied to every GPU of the design; each replica runs in one slice with its own copy of the weights: MIG slices have no GPU-to-GPU P2P, so a model is never split across slices`,
      });
    }
  } else {
    if (m.vocabSize === undefined) {
      out.push({
        code: 'logits-not-counted',
        severity: 'info',
        message: `${m.name}'s vocabulary size is not in the sources: the training logits (s x b x V x 8 bytes) are not counted`,
      });
    }
    if (r.training?.tokens === undefined) {
      out.push({
        code: 'training-time-needs-tokens',
        severity: 'info',
        message: 'give training.tokens (tokens per epoch) for a time-per-epoch estimate',
      });
    }
    out.push({
      code: 'training-parallelism-scope',
      severity: 'info',
      message:
        'training is sized as ZeRO/FSDP data parallelism (no tensor or pipeline parallel training); gradient all-reduce time and the ZeRO-3 largest-layer gather buffer are not modelled',
    });
  }
  return out;
}

/**
 * Where a model needs more than one GPU per replica, or no replica holds it: GPU memory is not a pool
 * (users of VRAM calculators report that summing VRAM over cards over-promises, product.md).
 */
function notPooledWarnings(ctx: SizingContext, options: readonly SizingOption[]): SizingWarning[] {
  const out: SizingWarning[] = [];
  const m = ctx.model;
  for (const gpu of new Set(options.map((o) => o.gpu))) {
    const first = options.find((o) => o.gpu === gpu);
    if (!first) continue;
    const name = GPUS[gpu].name;
    if (first.minimumReplicaGpus !== null && first.minimumReplicaGpus > 1) {
      out.push({
        code: 'vram-is-not-pooled',
        severity: 'warning',
        message: `${m.name} does not fit one ${name}: its smallest replica spans ${first.minimumReplicaGpus} GPUs (tensor/pipeline parallel), and every replica holds its own copy of the weights. Summing VRAM across cards is not capacity: more GPUs add replicas, they do not make one larger memory.`,
      });
    } else if (first.minimumReplicaGpus === null) {
      out.push({
        code: 'vram-is-not-pooled',
        severity: 'warning',
        message: `${m.name} does not fit any replica of ${name} GPUs the planner sizes (up to ${ctx.assumptions.maxReplicaGpus.value} GPUs with TP <= ${ctx.assumptions.maxTensorParallel.value}), however much GPU memory the whole cluster has: a model must fit the GPUs of one replica.`,
      });
    }
  }
  return out;
}

function dedupe(warnings: readonly SizingWarning[]): SizingWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.code}|${w.optionId ?? ''}|${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
