/**
 * Constant id arrays of everything a design can choose. The zod schemas, the CLI's allowed values
 * and the UI pickers are all built from these, so options and validation cannot drift.
 */
export const GPU_IDS = ['rtx-pro-6000', 'h200-nvl'] as const;
export type GpuId = (typeof GPU_IDS)[number];

/** The RA's three SYS-212GB-FNR layouts: CPUs-GPUs-NICs(E-W + N-S)-Gbps per GPU (Hardware resources). */
export const LAYOUT_IDS = ['1-2-2-200', '1-2-3-400', '1-4-3-200'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

/** Workload types the RA gives GPU-per-server guidance for (Hardware resources, "GPU configuration"). */
export const WORKLOAD_IDS = ['inference', 'fine-tuning', 'hpc'] as const;
export type WorkloadId = (typeof WORKLOAD_IDS)[number];

/** MIG profiles per GPU (NVIDIA gpu-operator mig-parted config; hardware-facts.md sections 2 and 3). */
export const MIG_PROFILE_IDS = {
  'rtx-pro-6000': ['1g.24gb', '2g.48gb', '4g.96gb'],
  'h200-nvl': ['1g.18gb', '1g.35gb', '2g.35gb', '3g.71gb', '4g.71gb', '7g.141gb'],
} as const satisfies Record<GpuId, readonly string[]>;
export const ALL_MIG_PROFILE_IDS = [
  ...MIG_PROFILE_IDS['rtx-pro-6000'],
  ...MIG_PROFILE_IDS['h200-nvl'],
] as const;
export type MigProfileId = (typeof ALL_MIG_PROFILE_IDS)[number];

/** Cable media, cheapest first (RA Network configuration, cable table). */
export const MEDIA_IDS = ['DAC', 'ACC', 'AEC', 'fiber'] as const;
export type MediaId = (typeof MEDIA_IDS)[number];
/** Cable policy: `auto` picks the cheapest media whose reach covers the length; the others force one. */
export const MEDIA_POLICY_IDS = ['auto', 'dac', 'acc', 'aec', 'fiber'] as const;
export type MediaPolicyId = (typeof MEDIA_POLICY_IDS)[number];
/** Media of the cable catalog: the high-speed media (RA cable table) plus the OOB network's 1GbE copper. */
export const CABLE_MEDIA_IDS = [...MEDIA_IDS, 'cat6'] as const;
export type CableMediaId = (typeof CABLE_MEDIA_IDS)[number];

/** The networks a cable can belong to; the same strings as the plan's NetworkId. */
export const CABLE_NETWORK_IDS = [
  'east-west',
  'leaf-spine',
  'spine-superspine',
  'north-south',
  'oob',
] as const;
export type CableNetworkId = (typeof CABLE_NETWORK_IDS)[number];

export const RACK_HEIGHTS_U = [42, 48] as const;
export type RackHeightU = (typeof RACK_HEIGHTS_U)[number];
export const RACK_WIDTHS_MM = [600, 800] as const;
export type RackWidthMm = (typeof RACK_WIDTHS_MM)[number];

export const CONTROL_PLANE_NODE_COUNTS = [1, 3, 5] as const;
export const CONTROL_PLANE_PLACEMENTS = ['physical', 'virtual'] as const;
export type ControlPlanePlacement = (typeof CONTROL_PLANE_PLACEMENTS)[number];
