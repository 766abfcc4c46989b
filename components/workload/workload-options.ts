/**
 * Labels for the Workload form's pickers, built from lib/workload's constant arrays (the ones the
 * request schema validates against), so the form can never offer what the sizing refuses.
 */
import type { Option } from '@/components/design-form/field-options';
import { GPUS } from '@/lib/catalog/gpus';
import { GPU_IDS, LAYOUT_IDS } from '@/lib/catalog/ids';
import {
  KV_PRECISION_IDS,
  MIG_MODE_IDS,
  type MigMode,
  MODEL_IDS,
  PRECISION_IDS,
  type PrecisionId,
  TASK_IDS,
  type TaskId,
} from '@/lib/workload/ids';
import { MODELS } from '@/lib/workload/models';
import { CUSTOM_MODEL } from '@/state/workload-draft';

const TASK_LABELS: Record<TaskId, string> = {
  inference: 'Inference (serving)',
  lora: 'LoRA fine-tuning',
  qlora: 'QLoRA fine-tuning',
  'full-finetune': 'Full fine-tuning',
};
export const TASK_OPTIONS: Option[] = TASK_IDS.map((id) => ({ value: id, label: TASK_LABELS[id] }));

export const MODEL_OPTIONS: Option[] = [
  ...MODEL_IDS.map((id) => ({ value: id, label: MODELS[id].name })),
  { value: CUSTOM_MODEL, label: 'Custom model (enter its architecture)' },
];

const PRECISION_LABELS: Record<PrecisionId, string> = {
  bf16: 'BF16',
  fp8: 'FP8',
  fp4: 'FP4 (NVFP4 / MXFP4)',
};
export const PRECISION_OPTIONS: Option[] = [
  { value: '', label: 'Default (BF16; QLoRA: 4-bit)' },
  ...PRECISION_IDS.map((id) => ({ value: id, label: PRECISION_LABELS[id] })),
];

export const KV_PRECISION_OPTIONS: Option[] = KV_PRECISION_IDS.map((id) => ({
  value: id,
  label: id === 'bf16' ? 'BF16 (engine default)' : 'FP8',
}));

const MIG_LABELS: Record<MigMode, string> = {
  auto: 'Auto: MIG where it saves GPUs',
  require: 'MIG only',
  off: 'Whole GPUs only',
};
export const MIG_MODE_OPTIONS: Option[] = MIG_MODE_IDS.map((id) => ({ value: id, label: MIG_LABELS[id] }));

export const GPU_FILTER_OPTIONS: Option[] = [
  { value: '', label: 'Both GPUs' },
  ...GPU_IDS.map((id) => ({ value: id, label: GPUS[id].name.replace(/^NVIDIA /, '') })),
];

export const LAYOUT_FILTER_OPTIONS: Option[] = [
  { value: '', label: 'All three layouts' },
  ...LAYOUT_IDS.map((id) => ({ value: id, label: id })),
];

export const ATTENTION_OPTIONS: Option[] = [
  { value: 'gqa', label: 'Grouped-query (GQA / MHA)' },
  { value: 'mla', label: 'Multi-head latent (MLA)' },
];
