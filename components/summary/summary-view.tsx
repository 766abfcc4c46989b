'use client';

import dynamic from 'next/dynamic';
import { usePlan } from '@/components/planner/use-plan';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { CostToRunCard } from './cost-to-run-card';
import { KeyFigures } from './key-figures';
import { RequirementChecks } from './requirement-checks';
import { POWER_BARS_PER_RACK_MAX } from './summary-figures';
import { WarningsPanel } from './warnings-panel';

/** Same as CHART_HEIGHT in summary-charts (not imported: that would pull recharts into this chunk). */
const CHART_HEIGHT = 240;

// Recharts loads with the charts; the cards around them render at once, so nothing moves.
const CostChart = dynamic(() => import('./summary-charts').then((m) => m.CostChart), {
  ssr: false,
  loading: () => <Skeleton height={CHART_HEIGHT} label="Loading chart" />,
});
const PowerChart = dynamic(() => import('./summary-charts').then((m) => m.PowerChart), {
  ssr: false,
  loading: () => <Skeleton height={CHART_HEIGHT} label="Loading chart" />,
});

function PowerLegend() {
  return (
    <span className="flex items-center gap-3 text-xs text-slate-600 dark:text-slate-400">
      <span className="inline-flex items-center gap-1">
        <span aria-hidden="true" className="h-2.5 w-2.5 rounded-sm bg-[var(--chart-1)]" /> design max
      </span>
      <span className="inline-flex items-center gap-1">
        <span aria-hidden="true" className="h-2.5 w-2.5 rounded-sm bg-[var(--chart-over)]" /> over budget
      </span>
      <span className="inline-flex items-center gap-1">
        <span aria-hidden="true" className="w-4 border-t-2 border-dashed border-[var(--chart-budget)]" />{' '}
        budget
      </span>
    </span>
  );
}

export function SummaryView() {
  const plan = usePlan();
  return (
    <div className="flex flex-col gap-4" data-view="summary" data-rendered-nodes={plan.compute.workerNodes}>
      <KeyFigures plan={plan} />
      <div className="grid grid-cols-1 gap-4 @3xl:grid-cols-2">
        <Card title="Cost by BOM category" titleId="cost-chart-title">
          <CostChart plan={plan} />
        </Card>
        <Card
          title={
            plan.racks.length > POWER_BARS_PER_RACK_MAX
              ? 'Rack power vs budget, highest rack per row'
              : 'Rack power vs budget'
          }
          titleId="power-chart-title"
          aside={<PowerLegend />}
        >
          <PowerChart plan={plan} />
        </Card>
      </div>
      <CostToRunCard plan={plan} />
      <WarningsPanel plan={plan} />
      <RequirementChecks plan={plan} />
    </div>
  );
}
