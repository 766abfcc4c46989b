'use client';

import type { PlannerState } from '@/state/planner-store';
import { usePlannerStore } from '@/state/use-planner-store';
import type { CustomModelField } from '@/state/workload-draft';
import { WorkloadSelectField, WorkloadTextField } from './workload-fields';
import { ATTENTION_OPTIONS } from './workload-options';

const selectCustom = (s: PlannerState) => s.workload.custom;
const selectSetCustom = (s: PlannerState) => s.setCustomModelField;

const LABELS: Record<Exclude<CustomModelField, 'attention'>, string> = {
  name: 'Model name',
  totalParamsB: 'Total parameters (billions)',
  activeParamsB: 'Active parameters per token (billions)',
  layers: 'Layers',
  hiddenSize: 'Hidden size',
  attentionHeads: 'Attention heads',
  kvHeads: 'KV heads',
  headDim: 'Head dimension (config head_dim)',
  kvLoraRank: 'MLA KV latent rank (kv_lora_rank)',
  qkRopeHeadDim: 'MLA RoPE head dimension',
  qkNopeHeadDim: 'MLA no-RoPE head dimension',
  vHeadDim: 'MLA value head dimension',
  experts: 'Routed experts (MoE)',
  expertsPerToken: 'Experts per token (MoE)',
  maxContextTokens: 'Context window (tokens, optional)',
};

/** A model's architecture from its config.json: what the sizing formulas need (workload-sizing.md §5). */
export function CustomModelFields({ errors }: { errors: Readonly<Record<string, string>> }) {
  const custom = usePlannerStore(selectCustom);
  const setCustom = usePlannerStore(selectSetCustom);
  const field = (f: Exclude<CustomModelField, 'attention'>, numeric = true) => (
    <WorkloadTextField
      key={f}
      path={`custom.${f}`}
      label={LABELS[f]}
      value={custom[f]}
      error={errors[`custom.${f}`]}
      numeric={numeric}
      onChange={(t) => setCustom(f, t)}
    />
  );
  const mla = custom.attention === 'mla';
  return (
    <fieldset className="flex flex-col gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-800">
      <legend className="px-1 text-xs font-semibold text-slate-700 dark:text-slate-300">Custom model</legend>
      {field('name', false)}
      {field('totalParamsB')}
      {field('activeParamsB')}
      {field('layers')}
      {field('hiddenSize')}
      {field('attentionHeads')}
      <WorkloadSelectField
        path="custom.attention"
        label="Attention"
        value={custom.attention}
        error={errors['custom.attention']}
        options={ATTENTION_OPTIONS}
        onChange={(t) => setCustom('attention', t)}
      />
      {mla
        ? (['kvLoraRank', 'qkRopeHeadDim', 'qkNopeHeadDim', 'vHeadDim'] as const).map((f) => field(f))
        : (['kvHeads', 'headDim'] as const).map((f) => field(f))}
      {field('experts')}
      {field('expertsPerToken')}
      {field('maxContextTokens')}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Leave the expert fields empty for a dense model (active = total parameters).
      </p>
    </fieldset>
  );
}
