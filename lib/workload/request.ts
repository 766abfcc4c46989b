import { z } from 'zod';
import { GPU_IDS, LAYOUT_IDS } from '../catalog/ids';
import type { FieldError } from '../design/schema';
import { assumptionOverridesSchema } from './assumptions';
import { KV_PRECISION_IDS, MIG_MODE_IDS, MODEL_IDS, PRECISION_IDS, TASK_IDS } from './ids';
import { MODELS, modelArchitectureSchema } from './models';

/** Longest context a request may ask for, tokens (2^20; no catalog model goes past 131,072). */
export const MAX_CONTEXT_TOKENS = 1_048_576;
export const MAX_USERS = 1_000_000;

const oneOf = (what: string, values: readonly string[]) => `${what} must be one of ${values.join(', ')}`;

const wholeNumber = (what: string, unit: string, min: number, max: number) =>
  z
    .number({
      error: (issue) =>
        issue.input === undefined ? `${what} is required (${unit})` : `${what} must be a number of ${unit}`,
    })
    .int(`${what} must be a whole number of ${unit}`)
    .min(
      min,
      `${what} must be at least ${min.toLocaleString('en-US')} ${min === 1 ? unit.replace(/s$/, '') : unit}`,
    )
    .max(max, `${what} must be at most ${max.toLocaleString('en-US')} ${unit}`);

const positive = (what: string, unit: string, max: number) =>
  z
    .number({ error: `${what} must be a number (${unit})` })
    .positive(`${what} must be above 0 ${unit}`)
    .max(max, `${what} must be at most ${max.toLocaleString('en-US')} ${unit}`);

const trainingSchema = z
  .object(
    {
      /** Tokens in one epoch of the fine-tuning data set (for the time estimate). */
      tokens: positive('training tokens per epoch', 'tokens', 1e15).optional(),
      /** A time budget per epoch; GPUs are added until the estimate meets it. */
      targetHoursPerEpoch: positive('target hours per epoch', 'hours', 1e6).optional(),
      /** Full activation recompute (gradient checkpointing); on by default. */
      activationCheckpointing: z
        .boolean({ error: 'activation checkpointing must be true or false' })
        .optional(),
    },
    { error: 'training must be an object (tokens, targetHoursPerEpoch, activationCheckpointing)' },
  )
  .strict();

const requestObjectSchema = z
  .object(
    {
      task: z.enum(TASK_IDS, { error: oneOf('task', TASK_IDS) }).default('inference'),
      /** A catalog model id; or give customModel instead. */
      model: z.enum(MODEL_IDS, { error: oneOf('model', MODEL_IDS) }).optional(),
      customModel: modelArchitectureSchema.optional(),
      /** Weight precision; defaults to bf16 (qlora: its 4-bit NF4 base). */
      precision: z.enum(PRECISION_IDS, { error: oneOf('precision', PRECISION_IDS) }).optional(),
      kvCachePrecision: z
        .enum(KV_PRECISION_IDS, { error: oneOf('KV-cache precision', KV_PRECISION_IDS) })
        .default('bf16'),
      /** Tokens each sequence holds: input + output (training: the sequence length). */
      contextTokens: wholeNumber('context length', 'tokens', 1, MAX_CONTEXT_TOKENS),
      /** Prompt tokens, for the time to first token; defaults to the whole context (worst case). */
      inputTokens: wholeNumber('input length', 'tokens', 1, MAX_CONTEXT_TOKENS).optional(),
      /** Concurrent users (= concurrent sequences). */
      users: wholeNumber('concurrent users', 'users', 1, MAX_USERS).default(1),
      tokensPerSecondPerUser: positive('target tokens per second per user', 'tokens/s', 100_000).optional(),
      timeToFirstTokenS: positive('target time to first token', 'seconds', 3600).optional(),
      /** Size for one GPU only; both otherwise. */
      gpu: z.enum(GPU_IDS, { error: oneOf('GPU', GPU_IDS) }).optional(),
      /** Size for one server layout only; all three otherwise. */
      layout: z.enum(LAYOUT_IDS, { error: oneOf('layout', LAYOUT_IDS) }).optional(),
      mig: z.enum(MIG_MODE_IDS, { error: oneOf('MIG policy', MIG_MODE_IDS) }).default('auto'),
      training: trainingSchema.optional(),
      assumptions: assumptionOverridesSchema.optional(),
    },
    {
      error: 'a sizing request must be an object such as { "model": "llama-3.1-8b", "contextTokens": 8192 }',
    },
  )
  .strict();

/** The request schema with its cross-field rules; every message names the field in words. */
export const sizingRequestSchema = requestObjectSchema.superRefine((r, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (r.model === undefined && r.customModel === undefined) {
    issue(
      'model',
      `model is required: one of ${MODEL_IDS.join(', ')}, or a customModel with its architecture`,
    );
  }
  if (r.model !== undefined && r.customModel !== undefined) {
    issue('customModel', 'give either model (a catalog id) or customModel, not both');
  }
  const arch = r.model !== undefined ? MODELS[r.model] : r.customModel;
  if (arch?.maxContextTokens !== undefined && r.contextTokens > arch.maxContextTokens) {
    issue(
      'contextTokens',
      `context length ${r.contextTokens.toLocaleString('en-US')} tokens exceeds ${arch.name}'s ${arch.maxContextTokens.toLocaleString('en-US')}-token context window`,
    );
  }
  if (r.inputTokens !== undefined && r.inputTokens > r.contextTokens) {
    issue('inputTokens', 'input length cannot exceed the context length (input + output)');
  }
  if (r.task === 'full-finetune' && r.precision !== undefined && r.precision !== 'bf16') {
    issue(
      'precision',
      'full fine-tuning is sized as BF16 mixed precision with Adam (ZeRO accounting): precision must be bf16 or left out',
    );
  }
  if (r.task === 'lora' && r.precision === 'fp4') {
    issue('precision', 'a 4-bit base is QLoRA: use task qlora, or precision bf16 or fp8 for LoRA');
  }
  if (r.task === 'qlora' && r.precision !== undefined && r.precision !== 'fp4') {
    issue('precision', 'QLoRA trains on a 4-bit NF4 base: precision must be fp4 or left out');
  }
  if (r.task === 'inference' && r.training !== undefined) {
    issue('training', 'training options apply to the lora, qlora and full-finetune tasks, not inference');
  }
  if (
    r.task !== 'inference' &&
    (r.tokensPerSecondPerUser !== undefined || r.timeToFirstTokenS !== undefined)
  ) {
    issue(
      r.tokensPerSecondPerUser !== undefined ? 'tokensPerSecondPerUser' : 'timeToFirstTokenS',
      'latency targets apply to inference; for fine-tuning give training.targetHoursPerEpoch',
    );
  }
});

export type SizingRequestInput = z.input<typeof sizingRequestSchema>;
export type SizingRequest = z.infer<typeof sizingRequestSchema>;
export type RequestResult = { success: true; data: SizingRequest } | { success: false; errors: FieldError[] };

function messageFor(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length ? ` in ${issue.path.join('.')}` : '';
    return `unknown field${issue.keys.length > 1 ? 's' : ''}${where}: ${issue.keys.join(', ')}`;
  }
  return issue.message;
}

/** Boundary parser for a sizing request (CLI flags, UI form, JSON): never throws. */
export function parseSizingRequest(value: unknown): RequestResult {
  const result = sizingRequestSchema.safeParse(value);
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    errors: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: messageFor(issue),
    })),
  };
}
