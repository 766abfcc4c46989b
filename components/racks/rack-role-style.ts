import { ROLE_COLOR } from '@/components/ui/role-style';
import type { RackRole } from '@/lib/plan/types';

/** A rack's colour on the floor plan: the colour of what it mostly holds (role-style.ts). */
export const RACK_ROLE_COLOR: Record<RackRole, string> = {
  gpu: ROLE_COLOR.compute,
  network: ROLE_COLOR.spine,
  mixed: ROLE_COLOR.leaf,
};

export const RACK_ROLE_LABEL: Record<RackRole, string> = {
  gpu: 'GPU rack',
  network: 'Network rack',
  mixed: 'Mixed rack (GPUs + switches)',
};

export const RACK_ROLE_ORDER: RackRole[] = ['gpu', 'mixed', 'network'];
