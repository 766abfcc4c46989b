/**
 * Read-outs of the plan for the summary: counts of placed devices by role and of cables by media.
 * No sizing rule lives here; these only count what the plan already placed and cabled.
 */
import { CABLE_MEDIA_IDS, type CableMediaId } from '@/lib/catalog/cables';
import type { ClusterPlan, DeviceRole } from '@/lib/plan/types';

export type RoleCounts = Record<DeviceRole, number>;

export function placedDevicesByRole(plan: ClusterPlan): RoleCounts {
  const counts: RoleCounts = {
    compute: 0,
    'control-plane': 0,
    spare: 0,
    leaf: 0,
    spine: 0,
    'north-south': 0,
    oob: 0,
  };
  for (const rack of plan.racks) for (const device of rack.devices) counts[device.role] += 1;
  return counts;
}

export interface MediaCount {
  media: CableMediaId;
  count: number;
}

/** Cable counts in the RA's media order (DAC, ACC, AEC, fiber, then the OOB's Cat6), including zeros. */
export function cablesByMedia(plan: ClusterPlan): MediaCount[] {
  return CABLE_MEDIA_IDS.map((media) => ({ media, count: plan.cabling.byMedia[media]?.count ?? 0 }));
}

export function overBudgetRacks(plan: ClusterPlan): number {
  return plan.racks.filter((r) => r.overBudget).length;
}

export function estimatedBomLines(plan: ClusterPlan): number {
  return plan.bom.lines.filter((l) => l.estimate).length;
}
