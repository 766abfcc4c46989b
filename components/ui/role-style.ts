import type { DeviceRole } from '@/lib/plan/types';

/** One colour per device role, shared by the rack elevations, the topology and the legends. */
export const ROLE_COLOR: Record<DeviceRole, string> = {
  compute: 'var(--role-compute)',
  'control-plane': 'var(--role-control-plane)',
  spare: 'var(--role-spare)',
  leaf: 'var(--role-leaf)',
  spine: 'var(--role-spine)',
  // A 3rd fabric tier (beyond the RA): drawn in the spine colour, named apart.
  'super-spine': 'var(--role-spine)',
  'north-south': 'var(--role-north-south)',
  oob: 'var(--role-oob)',
};

export const ROLE_LABEL: Record<DeviceRole, string> = {
  compute: 'GPU server',
  'control-plane': 'Control plane',
  spare: 'Spare',
  leaf: 'Leaf (E-W)',
  spine: 'Spine (E-W)',
  'super-spine': 'Super-spine (E-W)',
  'north-south': 'North-south',
  oob: 'Out-of-band',
};

export const ROLE_ORDER: DeviceRole[] = [
  'compute',
  'control-plane',
  'spare',
  'leaf',
  'spine',
  'super-spine',
  'north-south',
  'oob',
];
