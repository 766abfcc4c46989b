/**
 * Read-outs of the plan for the summary and the headline: switch counts, cables by media, racks over
 * budget. No sizing rule lives here; these only read or count what the plan already decided.
 */
import { CABLE_MEDIA_IDS, type CableMediaId } from '@/lib/catalog/cables';
import type { ClusterPlan } from '@/lib/plan/types';

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

export interface SwitchCounts {
  leaf: number;
  spine: number;
  /** 3-tier fabrics only (beyond the RA). */
  superSpine: number;
  northSouth: number;
  oob: number;
  /** Every switch of the design: east-west leaves, spines and super-spines, north-south and out-of-band. */
  total: number;
}

/** The plan's switch counts of each network, and their sum. */
export function switchCounts(plan: ClusterPlan): SwitchCounts {
  const leaf = plan.fabric.leafSwitches;
  const spine = plan.fabric.spineSwitches;
  const superSpine = plan.fabric.superSpineSwitches;
  const northSouth = plan.northSouth.switches;
  const oob = plan.oob.switches;
  return { leaf, spine, superSpine, northSouth, oob, total: leaf + spine + superSpine + northSouth + oob };
}
