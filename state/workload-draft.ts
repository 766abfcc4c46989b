/**
 * The Workload view's form as the user typed it: every field keeps its raw text, and
 * `workloadRequest` turns the text into a sizing request (lib/workload `parseSizingRequest`), each
 * problem on the field that caused it. Session state only: a sizing is a way to choose a design, the
 * design is what is kept and shared.
 */
import type { FieldError } from '@/lib/design/schema';
import { ASSUMPTION_IDS } from '@/lib/workload/assumptions';
import { parseSizingRequest, type SizingRequest } from '@/lib/workload/request';
import { CUSTOM_MODEL, type CustomModelField, type WorkloadDraft, type WorkloadField } from './workload-form';

// The form's fields and its defaults need no parser: they live apart, so the store has them without zod.
export * from './workload-form';

export interface WorkloadEvaluation {
  /** The parsed request, when the form holds a valid one. */
  request: SizingRequest | null;
  /** Problems by form path: a field name, `custom.<field>` or `assumption.<id>`. */
  errors: FieldError[];
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** Empty text is "not given"; anything else must be a number. */
function readNumber(text: string, path: string, what: string, errors: FieldError[]): number | undefined {
  const t = text.trim().replace(/,/g, '');
  if (t === '') return undefined;
  if (!NUMBER.test(t)) {
    errors.push({ path, message: `${what} must be a number` });
    return undefined;
  }
  return Number(t);
}

const LABELS: Record<WorkloadField | CustomModelField, string> = {
  task: 'task',
  model: 'model',
  precision: 'precision',
  kvCachePrecision: 'KV-cache precision',
  contextTokens: 'context length',
  inputTokens: 'input length',
  users: 'concurrent users',
  tokensPerSecondPerUser: 'target tokens per second per user',
  timeToFirstTokenS: 'target time to first token',
  gpu: 'GPU',
  layout: 'layout',
  mig: 'MIG policy',
  trainingTokens: 'training tokens per epoch',
  targetHoursPerEpoch: 'target hours per epoch',
  activationCheckpointing: 'activation checkpointing',
  name: 'model name',
  totalParamsB: 'total parameters',
  activeParamsB: 'active parameters',
  layers: 'layers',
  hiddenSize: 'hidden size',
  attentionHeads: 'attention heads',
  attention: 'attention',
  kvHeads: 'KV heads',
  headDim: 'head dimension',
  kvLoraRank: 'MLA KV latent rank',
  qkRopeHeadDim: 'MLA RoPE head dimension',
  qkNopeHeadDim: 'MLA no-RoPE head dimension',
  vHeadDim: 'MLA value head dimension',
  experts: 'experts',
  expertsPerToken: 'experts per token',
  maxContextTokens: 'context window',
};

function customModelOf(c: WorkloadDraft['custom'], errors: FieldError[]): Record<string, unknown> {
  const num = (f: CustomModelField) => readNumber(c[f], `custom.${f}`, LABELS[f], errors);
  const model: Record<string, unknown> = {
    name: c.name.trim() === '' ? undefined : c.name.trim(),
    totalParamsB: num('totalParamsB'),
    activeParamsB: num('activeParamsB'),
    layers: num('layers'),
    hiddenSize: num('hiddenSize'),
    attentionHeads: num('attentionHeads'),
    attention: c.attention,
    maxContextTokens: num('maxContextTokens'),
  };
  if (c.attention === 'mla') {
    model.mla = {
      kvLoraRank: num('kvLoraRank'),
      qkRopeHeadDim: num('qkRopeHeadDim'),
      qkNopeHeadDim: num('qkNopeHeadDim'),
      vHeadDim: num('vHeadDim'),
    };
  } else {
    model.kvHeads = num('kvHeads');
    model.headDim = num('headDim');
  }
  const experts = num('experts');
  const perToken = num('expertsPerToken');
  if (experts !== undefined || perToken !== undefined) model.moe = { experts, expertsPerToken: perToken };
  return model;
}

/** Where a request path's error shows in the form. */
function formPath(requestPath: string): string {
  const [head, ...rest] = requestPath.split('.');
  if (head === 'customModel') {
    const field = rest[0] === 'mla' || rest[0] === 'moe' ? (rest[1] ?? rest[0]) : rest[0];
    if (field === 'moe') return 'custom.experts';
    if (field === 'mla') return 'custom.kvLoraRank';
    return field ? `custom.${field}` : 'model';
  }
  if (head === 'assumptions') return rest[0] ? `assumption.${rest[0]}` : 'assumptions';
  if (head === 'training') {
    if (rest[0] === 'tokens') return 'trainingTokens';
    if (rest[0] === 'targetHoursPerEpoch') return 'targetHoursPerEpoch';
    if (rest[0] === 'activationCheckpointing') return 'activationCheckpointing';
    return 'task';
  }
  return requestPath || 'model';
}

/**
 * The form's text as a sizing request, validated by the request schema; every problem on the field
 * the user typed. Fields that do not apply to the task (training options for inference, latency
 * targets for fine-tuning) are left out rather than refused.
 */
export function workloadRequest(draft: WorkloadDraft): WorkloadEvaluation {
  const v = draft.values;
  const errors: FieldError[] = [];
  const num = (f: WorkloadField) => readNumber(v[f], f, LABELS[f], errors);
  const optional = (text: string) => (text === '' ? undefined : text);
  const inference = v.task === 'inference';
  const request: Record<string, unknown> = {
    task: v.task,
    precision: optional(v.precision),
    kvCachePrecision: inference ? optional(v.kvCachePrecision) : undefined,
    contextTokens: num('contextTokens'),
    inputTokens: inference ? num('inputTokens') : undefined,
    users: inference ? num('users') : undefined,
    tokensPerSecondPerUser: inference ? num('tokensPerSecondPerUser') : undefined,
    timeToFirstTokenS: inference ? num('timeToFirstTokenS') : undefined,
    gpu: optional(v.gpu),
    layout: optional(v.layout),
    mig: inference ? optional(v.mig) : undefined,
  };
  if (v.model === CUSTOM_MODEL) request.customModel = customModelOf(draft.custom, errors);
  else request.model = optional(v.model);
  if (!inference) {
    const training = {
      tokens: num('trainingTokens'),
      targetHoursPerEpoch: num('targetHoursPerEpoch'),
      activationCheckpointing: v.activationCheckpointing !== 'false',
    };
    request.training = training;
  }
  const overrides: Record<string, number> = {};
  for (const id of ASSUMPTION_IDS) {
    const n = readNumber(draft.assumptions[id] ?? '', `assumption.${id}`, id, errors);
    if (n !== undefined) overrides[id] = n;
  }
  if (Object.keys(overrides).length > 0) request.assumptions = overrides;
  const clean = JSON.parse(JSON.stringify(request)) as Record<string, unknown>;

  const parsed = parseSizingRequest(clean);
  if (!parsed.success) {
    const seen = new Set(errors.map((e) => e.path));
    for (const e of parsed.errors) {
      const path = formPath(e.path);
      // A field that is not a number is already reported, in words the user can act on.
      if (!seen.has(path)) errors.push({ path, message: e.message });
    }
  }
  if (errors.length > 0 || !parsed.success) return { request: null, errors };
  return { request: parsed.data, errors: [] };
}
