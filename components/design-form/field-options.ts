/**
 * Labels for the design pickers, built from the catalog's constant arrays (the same ones the schema
 * validates against), so an option can never exist that the schema refuses, or the reverse.
 */
import { GPUS, migProfileFor } from '@/lib/catalog/gpus';
import {
  CONTROL_PLANE_NODE_COUNTS,
  CONTROL_PLANE_PLACEMENTS,
  GPU_IDS,
  type GpuId,
  LAYOUT_IDS,
  MEDIA_POLICY_IDS,
  MIG_PROFILE_IDS,
  RACK_HEIGHTS_U,
  RACK_WIDTHS_MM,
  WORKLOAD_IDS,
} from '@/lib/catalog/ids';

export interface Option {
  value: string;
  label: string;
}

// Without the maker's name, so the select shows the whole model at every width (the key figure has it whole).
export const GPU_OPTIONS: Option[] = GPU_IDS.map((id) => ({
  value: id,
  label: GPUS[id].name.replace(/^NVIDIA /, ''),
}));

export const LAYOUT_OPTIONS: Option[] = LAYOUT_IDS.map((id) => ({ value: id, label: id }));

const WORKLOAD_LABELS: Record<(typeof WORKLOAD_IDS)[number], string> = {
  inference: 'Inference',
  'fine-tuning': 'Fine-tuning',
  hpc: 'HPC',
};
export const WORKLOAD_OPTIONS: Option[] = WORKLOAD_IDS.map((id) => ({
  value: id,
  label: WORKLOAD_LABELS[id],
}));

/** "None" plus the chosen GPU's profiles only; each says how many instances one GPU holds. */
export function migOptionsFor(gpu: GpuId): Option[] {
  return [
    { value: '', label: 'None (whole GPUs)' },
    ...MIG_PROFILE_IDS[gpu].map((id) => {
      const profile = migProfileFor(gpu, id);
      return { value: id, label: profile ? `${id} (${profile.instancesPerGpu} per GPU)` : id };
    }),
  ];
}

export const CONTROL_PLANE_NODE_OPTIONS: Option[] = CONTROL_PLANE_NODE_COUNTS.map((n) => ({
  value: String(n),
  label: `${n} (+1 spare)`,
}));

const PLACEMENT_LABELS: Record<(typeof CONTROL_PLANE_PLACEMENTS)[number], string> = {
  physical: 'Physical servers',
  virtual: 'Virtual machines',
};
export const PLACEMENT_OPTIONS: Option[] = CONTROL_PLANE_PLACEMENTS.map((id) => ({
  value: id,
  label: PLACEMENT_LABELS[id],
}));

export const RACK_HEIGHT_OPTIONS: Option[] = RACK_HEIGHTS_U.map((u) => ({
  value: String(u),
  label: `${u}U`,
}));
export const RACK_WIDTH_OPTIONS: Option[] = RACK_WIDTHS_MM.map((mm) => ({
  value: String(mm),
  label: `${mm} mm`,
}));

const MEDIA_POLICY_LABELS: Record<(typeof MEDIA_POLICY_IDS)[number], string> = {
  auto: 'Auto: cheapest media that reaches',
  dac: 'DAC only',
  acc: 'ACC only',
  aec: 'AEC only',
  fiber: 'Fiber only',
};
export const MEDIA_POLICY_OPTIONS: Option[] = MEDIA_POLICY_IDS.map((id) => ({
  value: id,
  label: MEDIA_POLICY_LABELS[id],
}));
