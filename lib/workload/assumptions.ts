import { z } from 'zod';

/**
 * Every number the sizing assumes rather than reads from a catalog, with its default, its uncertain
 * range, its unit and where it comes from (workload-sizing.md section, or "planner estimate"). A
 * request may override any of them; the answer shows them all, marking the overridden ones.
 */
export interface AssumptionSpec {
  label: string;
  value: number;
  /** Low and high ends where the sources give a range; equal to the value otherwise. */
  low: number;
  high: number;
  unit: string;
  source: string;
  /** True where the default is ours (no source gives this number). */
  estimate: boolean;
  /** Bounds of an override (inclusive). */
  min: number;
  max: number;
  integer?: boolean;
}

const spec = (s: Omit<AssumptionSpec, 'low' | 'high'> & { low?: number; high?: number }): AssumptionSpec => ({
  ...s,
  low: s.low ?? s.value,
  high: s.high ?? s.value,
});

export const ASSUMPTION_SPECS = {
  gpuMemoryUtilization: spec({
    label: 'engine GPU memory utilisation (vLLM gpu_memory_utilization)',
    value: 0.9,
    high: 0.95,
    unit: 'fraction of GPU memory',
    source:
      'workload-sizing.md §1.3-1.4: vLLM gpu_memory_utilization, 0.90 default (0.92 newer CacheConfig, 0.95 aggressive); applies to total memory',
    estimate: false,
    min: 0.5,
    max: 0.99,
  }),
  runtimeOverheadGiB: spec({
    label: 'runtime overhead per GPU or MIG slice (CUDA context, activations, CUDA graphs)',
    value: 3.5,
    low: 2,
    unit: 'GiB',
    source:
      'workload-sizing.md §1.3: aiconfigurator other_mem 3.5 GiB "for safer deployment"; §6 step 8: ~2-3.5 GiB',
    estimate: false,
    min: 0,
    max: 64,
  }),
  parallelOverheadGiB: spec({
    label: 'NCCL buffers per GPU when a replica spans GPUs (TP or PP > 1)',
    value: 0.4,
    unit: 'GiB',
    source: 'workload-sizing.md §1.3: aiconfigurator NCCL ~342 MB (2 GPUs) / 392 MB (4-8 GPUs), +0.4 GiB',
    estimate: false,
    min: 0,
    max: 16,
  }),
  kvBlockTokens: spec({
    label: 'KV-cache block size (a sequence is rounded up to whole blocks)',
    value: 16,
    unit: 'tokens',
    source: 'workload-sizing.md §1.2: vLLM CacheConfig.DEFAULT_BLOCK_SIZE = 16',
    estimate: false,
    min: 1,
    max: 1024,
    integer: true,
  }),
  fp4BytesPerParam: spec({
    label: 'bytes per weight at 4 bits, block scales included (NVFP4/MXFP4)',
    value: 0.56,
    low: 0.53,
    unit: 'bytes/parameter',
    source: 'workload-sizing.md §1.1: practical rule 4-bit ~0.53-0.56 B/param; the high end is used',
    estimate: false,
    min: 0.5,
    max: 1,
  }),
  memoryBandwidthEfficiency: spec({
    label: 'achieved share of peak memory bandwidth in decode (eta_mem, MBU)',
    value: 0.6,
    low: 0.57,
    high: 0.8,
    unit: 'fraction',
    source:
      'workload-sizing.md §3.1 and §6 step 5: eta_mem 0.6-0.8 (aiconfigurator 0.8; NIM Llama-3.3-70B TP2 calibration ~57 % with all-reduces); the sizing uses 0.6',
    estimate: false,
    min: 0.05,
    max: 1,
  }),
  computeEfficiency: spec({
    label: 'achieved share of dense tensor FLOP/s in prefill and compute-bound decode (MFU)',
    value: 0.4,
    high: 0.5,
    unit: 'fraction',
    source: 'workload-sizing.md §3.2 calibration ~44 % MFU (NIM, Llama-70B TTFT); §6 step 5: MFU 0.4-0.5',
    estimate: false,
    min: 0.05,
    max: 1,
  }),
  averageContextFraction: spec({
    label: 'average share of the context a live sequence holds in the KV cache',
    value: 1,
    low: 0.5,
    unit: 'fraction of context',
    source:
      'planner estimate: every user holds a full-length sequence (worst case; KV_total ~ B x S_avg, workload-sizing.md §1.2)',
    estimate: true,
    min: 0.05,
    max: 1,
  }),
  minTokensPerSecondPerUser: spec({
    label: 'decode speed per user kept when the request sets no target (0 = none)',
    value: 10,
    unit: 'tokens/s per user',
    source:
      'workload-sizing.md §3.5: MLPerf Inference v5.1 Llama-3.1-8B server class, 10 tok/s/user (TPOT 100 ms), a "latency class" default',
    estimate: false,
    min: 0,
    max: 10_000,
  }),
  maxTensorParallel: spec({
    label: 'largest tensor-parallel group of a replica',
    value: 2,
    unit: 'GPUs',
    source:
      'workload-sizing.md §3.4: H200 NVL TP within the 2-way NVLink pair (RA: no 4-way bridge in the SYS-212GB-FNR); RTX PRO 6000 PP first, TP <= 2 in a node',
    estimate: false,
    min: 1,
    max: 4,
    integer: true,
  }),
  maxReplicaGpus: spec({
    label: 'largest replica (tensor x pipeline parallel GPUs) considered',
    value: 64,
    unit: 'GPUs',
    source: 'planner estimate: pipeline stages beyond 32 servers are not sized',
    estimate: true,
    min: 1,
    max: 1024,
    integer: true,
  }),
  trainingMemoryUtilization: spec({
    label: 'share of GPU memory a training process may fill',
    value: 0.9,
    unit: 'fraction of GPU memory',
    source: 'workload-sizing.md §6 step 9: choose the ZeRO stage / FSDP so per-GPU <= mem x 0.9',
    estimate: false,
    min: 0.5,
    max: 0.99,
  }),
  optimizerBytesPerParam: spec({
    label: 'optimizer-state bytes per parameter, K (fp32 master + Adam m + v)',
    value: 14,
    low: 12,
    unit: 'bytes/parameter',
    source:
      'workload-sizing.md §2.1-2.2: K = 12 in the ZeRO paper (16 B/param with BF16 weights and gradients); 18 B/param in the DeepSpeed estimator and HF accounting (K = 14), used as the default',
    estimate: false,
    min: 0,
    max: 32,
  }),
  qloraBytesPerParam: spec({
    label: 'bytes per frozen base weight in QLoRA (NF4 + double-quantization constants)',
    value: 0.52,
    unit: 'bytes/parameter',
    source: 'workload-sizing.md §2.4: QLoRA memory ~ P x 0.52 (NF4 + DQ constants)',
    estimate: false,
    min: 0.5,
    max: 2,
  }),
  loraAdapterBytesPerParam: spec({
    label: 'bytes per trainable LoRA parameter (weights, gradients, optimizer)',
    value: 16,
    unit: 'bytes/parameter',
    source: 'workload-sizing.md §2.4: P_lora x 16',
    estimate: false,
    min: 1,
    max: 32,
  }),
  loraRank: spec({
    label: 'LoRA rank r (adapters on the attention projections q, k, v, o)',
    value: 8,
    unit: 'rank',
    source: 'workload-sizing.md §2.4: gpu_poor hard-codes r = 8; the planner exposes it',
    estimate: false,
    min: 1,
    max: 4096,
    integer: true,
  }),
  microBatchSequences: spec({
    label: 'sequences per GPU per step in training (micro-batch)',
    value: 1,
    unit: 'sequences',
    source: 'planner estimate: the smallest micro-batch; activations scale with it (workload-sizing.md §2.3)',
    estimate: true,
    min: 1,
    max: 1024,
    integer: true,
  }),
  trainingMfu: spec({
    label: 'model FLOPs utilisation in training (MFU)',
    value: 0.4,
    low: 0.3,
    high: 0.5,
    unit: 'fraction',
    source:
      'workload-sizing.md §2.5: literature MFU "up to 0.5 for large-scale training" (llm-analysis); 0.4 and the 0.3 low end are planner estimates (PCIe and RoCE data parallel)',
    estimate: true,
    min: 0.01,
    max: 1,
  }),
} as const satisfies Record<string, AssumptionSpec>;

export type AssumptionId = keyof typeof ASSUMPTION_SPECS;
export const ASSUMPTION_IDS = Object.keys(ASSUMPTION_SPECS) as AssumptionId[];

/** One assumption as the answer shows it. */
export interface Assumption {
  label: string;
  value: number;
  low: number;
  high: number;
  unit: string;
  source: string;
  estimate: boolean;
  overridden: boolean;
}
export type Assumptions = Record<AssumptionId, Assumption>;
export type AssumptionOverrides = Partial<Record<AssumptionId, number>>;

/** The overrides object of a request: each field bounded, unknown names refused. */
export const assumptionOverridesSchema = z
  .object(
    Object.fromEntries(
      ASSUMPTION_IDS.map((id) => {
        const s: AssumptionSpec = ASSUMPTION_SPECS[id];
        const what = `assumption ${id} (${s.label})`;
        let n = z
          .number({ error: `${what} must be a number` })
          .min(s.min, `${what} must be at least ${s.min} ${s.unit}`)
          .max(s.max, `${what} must be at most ${s.max} ${s.unit}`);
        if (s.integer) n = n.int(`${what} must be a whole number`);
        return [id, n.optional()];
      }),
    ) as Record<AssumptionId, z.ZodOptional<z.ZodNumber>>,
    { error: 'assumptions must be an object of numbers by assumption name' },
  )
  .strict();

/**
 * The assumptions a sizing uses: the defaults with the request's overrides. An overridden value
 * collapses its range to that value (the user chose the number).
 */
export function resolveAssumptions(overrides: AssumptionOverrides = {}): Assumptions {
  const out = {} as Assumptions;
  for (const id of ASSUMPTION_IDS) {
    const s: AssumptionSpec = ASSUMPTION_SPECS[id];
    const o = overrides[id];
    out[id] =
      o === undefined
        ? {
            label: s.label,
            value: s.value,
            low: s.low,
            high: s.high,
            unit: s.unit,
            source: s.source,
            estimate: s.estimate,
            overridden: false,
          }
        : {
            label: s.label,
            value: o,
            low: o,
            high: o,
            unit: s.unit,
            source: `overridden by the request (default ${s.value}: ${s.source})`,
            estimate: false,
            overridden: true,
          };
  }
  return out;
}
