/**
 * The Workload view's form fields and their defaults, as plain data: the store holds the form from
 * the first screen on, while reading it as a sizing request (state/workload-draft.ts, zod) loads
 * with the view.
 */
import type { AssumptionId } from '@/lib/workload/assumptions';

/** Scalar fields of the form, by the name the form uses (not the request's). */
export const WORKLOAD_FIELDS = [
  'task',
  'model',
  'precision',
  'kvCachePrecision',
  'contextTokens',
  'inputTokens',
  'users',
  'tokensPerSecondPerUser',
  'timeToFirstTokenS',
  'gpu',
  'layout',
  'mig',
  'trainingTokens',
  'targetHoursPerEpoch',
  'activationCheckpointing',
] as const;
export type WorkloadField = (typeof WORKLOAD_FIELDS)[number];

/** The custom model's fields (lib/workload `modelArchitectureSchema`). */
export const CUSTOM_MODEL_FIELDS = [
  'name',
  'totalParamsB',
  'activeParamsB',
  'layers',
  'hiddenSize',
  'attentionHeads',
  'attention',
  'kvHeads',
  'headDim',
  'kvLoraRank',
  'qkRopeHeadDim',
  'qkNopeHeadDim',
  'vHeadDim',
  'experts',
  'expertsPerToken',
  'maxContextTokens',
] as const;
export type CustomModelField = (typeof CUSTOM_MODEL_FIELDS)[number];

/** The model select's value for "enter the architecture". */
export const CUSTOM_MODEL = 'custom';

export interface WorkloadDraft {
  values: Record<WorkloadField, string>;
  custom: Record<CustomModelField, string>;
  /** Override text by assumption id; absent or empty = the default. */
  assumptions: Partial<Record<AssumptionId, string>>;
}

/** The example: Llama 3.1 70B at FP8, 8,192 tokens of context, 64 concurrent users. */
export const DEFAULT_WORKLOAD_DRAFT: WorkloadDraft = {
  values: {
    task: 'inference',
    model: 'llama-3.1-70b',
    precision: 'fp8',
    kvCachePrecision: 'bf16',
    contextTokens: '8192',
    inputTokens: '',
    users: '64',
    tokensPerSecondPerUser: '',
    timeToFirstTokenS: '',
    gpu: '',
    layout: '',
    mig: 'auto',
    trainingTokens: '',
    targetHoursPerEpoch: '',
    activationCheckpointing: 'true',
  },
  // A dense 13B-class GQA model, so "custom" starts from something that sizes.
  custom: {
    name: 'custom model',
    totalParamsB: '13',
    activeParamsB: '13',
    layers: '40',
    hiddenSize: '5120',
    attentionHeads: '40',
    attention: 'gqa',
    kvHeads: '8',
    headDim: '128',
    kvLoraRank: '512',
    qkRopeHeadDim: '64',
    qkNopeHeadDim: '128',
    vHeadDim: '128',
    experts: '',
    expertsPerToken: '',
    maxContextTokens: '',
  },
  assumptions: {},
};
