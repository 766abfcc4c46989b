/**
 * Constant id arrays of everything a sizing request can choose. The request schema, the CLI's allowed
 * values and the UI pickers are built from these, so options and validation cannot drift.
 */

/** Catalog models (lib/workload/models.ts), slug ids. */
export const MODEL_IDS = [
  'llama-3.1-8b',
  'llama-3.1-70b',
  'llama-3.3-70b',
  'llama-3.1-405b',
  'mixtral-8x7b',
  'qwen2.5-72b',
  'deepseek-v3',
  'gpt-oss-120b',
  'gpt-oss-20b',
] as const;
export type ModelId = (typeof MODEL_IDS)[number];

/** What the cluster is sized for: serving, or one of three fine-tuning recipes (workload-sizing.md §2). */
export const TASK_IDS = ['inference', 'lora', 'qlora', 'full-finetune'] as const;
export type TaskId = (typeof TASK_IDS)[number];

/**
 * Weight (and, for inference, compute) precision. fp4 means NVFP4/MXFP4 with FP4 tensor-core compute,
 * which only Blackwell has (workload-sizing.md §1.1, "Precision support gate").
 */
export const PRECISION_IDS = ['bf16', 'fp8', 'fp4'] as const;
export type PrecisionId = (typeof PRECISION_IDS)[number];

/** KV-cache element type: vLLM `--kv-cache-dtype` auto (= BF16 activations) or fp8 (§1.2 "KV dtype"). */
export const KV_PRECISION_IDS = ['bf16', 'fp8'] as const;
export type KvPrecisionId = (typeof KV_PRECISION_IDS)[number];

/**
 * MIG policy: `auto` uses one MIG slice per replica when that needs no more GPUs than whole GPUs,
 * `require` only MIG (the option does not fit when no slice holds a whole replica), `off` never.
 */
export const MIG_MODE_IDS = ['auto', 'require', 'off'] as const;
export type MigMode = (typeof MIG_MODE_IDS)[number];

/** How the model attends: grouped-query (MHA is GQA with as many KV heads as heads) or MLA (§1.2). */
export const ATTENTION_KINDS = ['gqa', 'mla'] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];
