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

/** One bar of the power chart: a rack, or at scale a row's most loaded rack. */
export interface PowerBar {
  /** Axis label: "A03", or the row "A". */
  label: string;
  /** Tooltip title: the rack, or "Row A: 12 racks, highest A07". */
  title: string;
  kw: number;
  budget: number;
  over: boolean;
}

/** Up to this many racks the chart draws each one; beyond, one bar per row (a chart of 300 bars is unreadable and slow). */
export const POWER_BARS_PER_RACK_MAX = 48;

/**
 * The power chart's bars: every rack's design power against its budget, or with more racks than
 * POWER_BARS_PER_RACK_MAX, each row's highest rack (so an over-budget rack still shows, in its row).
 */
export function powerBars(plan: ClusterPlan): PowerBar[] {
  if (plan.racks.length <= POWER_BARS_PER_RACK_MAX) {
    return plan.racks.map((r) => ({
      label: r.name,
      title: r.name,
      kw: r.powerKW,
      budget: r.budgetKW,
      over: r.overBudget,
    }));
  }
  const rows = new Map<string, ClusterPlan['racks']>();
  for (const rack of plan.racks) rows.set(rack.row, [...(rows.get(rack.row) ?? []), rack]);
  return [...rows].map(([row, racks]) => {
    const highest = racks.reduce((a, b) => (b.powerKW > a.powerKW ? b : a));
    return {
      label: row,
      title: `Row ${row}: ${racks.length} racks, highest ${highest.name}`,
      kw: highest.powerKW,
      budget: highest.budgetKW,
      over: racks.some((r) => r.overBudget),
    };
  });
}
