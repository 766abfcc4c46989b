/**
 * Read-outs of the plan for the summary and the headline: switch counts, cables by media, racks over
 * budget. No sizing rule lives here; these only read or count what the plan already decided.
 */
import type { ClusterPlan } from '@/lib/plan/types';

// Switch and cable counts live in lib (the comparison reads the same facts): one fact, one place.
export {
  cablesByMedia,
  type MediaCount,
  type SwitchCounts,
  switchCounts,
} from '@/lib/compare/plan-figures';

export function overBudgetRacks(plan: ClusterPlan): number {
  return plan.racks.filter((r) => r.overBudget).length;
}

export function estimatedBomLines(plan: ClusterPlan): number {
  return plan.bom.lines.filter((l) => l.estimate).length;
}
