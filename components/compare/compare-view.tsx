'use client';

import dynamic from 'next/dynamic';
import { useId, useMemo, useState } from 'react';
import { CONTROL_CLASS } from '@/components/design-form/field-shell';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { metricById, metricsShown } from '@/lib/compare/metrics';
import type { Comparison } from '@/lib/compare/types';
import { costInputOverrides } from '@/state/cost-inputs';
import type { PlannerState } from '@/state/planner-store';
import { usePlannerStore } from '@/state/use-planner-store';
import { CompareExport } from './compare-export';
import type { CompareInput } from './compare-protocol';
import { CompareTable } from './compare-table';
import { SaveScenarioForm } from './save-scenario-form';
import { ScenarioList } from './scenario-list';
import { useComparison } from './use-comparison';

/** Same as COMPARE_CHART_HEIGHT (not imported: that would pull recharts into this chunk). */
const CHART_HEIGHT = 260;

// Recharts loads with the chart; the card around it renders at once, so nothing moves.
const CompareChart = dynamic(() => import('./compare-chart').then((m) => m.CompareChart), {
  ssr: false,
  loading: () => <Skeleton height={CHART_HEIGHT} label="Loading chart" />,
});

const selectComparison = (s: PlannerState) => s.comparison;
const selectCostTexts = (s: PlannerState) => s.costInputs;

function ChartCard({ comparison }: { comparison: Comparison }) {
  const [metricId, setMetricId] = useState('bomTotalUSD');
  const id = useId();
  const options = metricsShown(comparison.scenarios);
  const metric = metricById(metricId) ?? options[0];
  if (!metric) return null;
  return (
    <Card
      title="Chart"
      titleId="compare-chart-title"
      aside={
        <span className="flex items-center gap-2 print:hidden">
          <label htmlFor={`${id}-metric`} className="text-xs font-medium text-slate-700 dark:text-slate-300">
            Figure
          </label>
          <select
            id={`${id}-metric`}
            value={metric.id}
            onChange={(e) => setMetricId(e.target.value)}
            className={`${CONTROL_CLASS} w-auto`}
            data-testid="compare-chart-metric"
          >
            {options.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </span>
      }
    >
      <p className="mb-2 hidden text-xs print:block">{metric.label}</p>
      <CompareChart comparison={comparison} metric={metric} />
      <p className="mt-1 flex items-center gap-3 text-xs text-slate-600 dark:text-slate-400">
        <span className="inline-flex items-center gap-1">
          <span
            aria-hidden="true"
            className="h-2.5 w-2.5 rounded-sm bg-[var(--chart-2)] print:bg-[var(--chart-2)]!"
          />{' '}
          baseline
        </span>
        <span className="inline-flex items-center gap-1">
          <span
            aria-hidden="true"
            className="h-2.5 w-2.5 rounded-sm bg-[var(--chart-1)] print:bg-[var(--chart-1)]!"
          />{' '}
          other scenarios
        </span>
      </p>
    </Card>
  );
}

/** "Costed at US$0.10/kWh, PUE 1.56, 4 years (the Summary's Cost to run)". */
function CostNote({ comparison }: { comparison: Comparison }) {
  const by = Object.fromEntries(comparison.costAssumptions.map((a) => [a.id, a]));
  const years = by.years?.value ?? 0;
  return (
    <p className="mt-2 text-xs text-slate-600 dark:text-slate-400" data-testid="compare-cost-note">
      Cost to run at US${(by.energyPriceUSDPerKWh?.value ?? 0).toFixed(2)}/kWh, PUE {by.pue?.value}, over{' '}
      {years} year
      {years === 1 ? '' : 's'}
      {by.otherOpexUSDPerYear?.value
        ? `, plus US$${by.otherOpexUSDPerYear.value.toLocaleString('en-US')} a year`
        : ''}{' '}
      (set them in the Summary’s Cost to run). Throughput is as the workload was sized, a roofline estimate.
    </p>
  );
}

/**
 * The Compare view: up to four scenarios (the current design saved, or options of a workload
 * answer), every figure side by side with its difference to the chosen baseline, a chart of one
 * figure, and the workbook with a Compare sheet. The comparison is computed in a Web Worker.
 */
export function CompareView() {
  const set = usePlannerStore(selectComparison);
  const costTexts = usePlannerStore(selectCostTexts);
  const costInputs = useMemo(() => costInputOverrides(costTexts).overrides, [costTexts]);
  const input = useMemo<CompareInput | null>(
    () =>
      set.scenarios.length > 0 ? { scenarios: set.scenarios, baseline: set.baseline, costInputs } : null,
    [set, costInputs],
  );
  const { comparison, comparing, error } = useComparison(input);
  const shown = input ? comparison : null;
  return (
    <div
      // On paper: dark text on white whatever the theme (backgrounds do not print), light chart axes.
      className="flex flex-col gap-4 print:text-black print:**:border-slate-300 print:**:bg-transparent print:**:text-black print:[--chart-axis:#334155] print:[--chart-grid:#cbd5e1]"
      data-view="compare"
      data-comparing={comparing ? '' : undefined}
    >
      <div className="grid grid-cols-1 gap-4 @4xl:grid-cols-[24rem_minmax(0,1fr)]">
        <Card title="Scenarios" titleId="compare-scenarios-title" className="self-start">
          <SaveScenarioForm />
          <div className="mt-2">
            <ScenarioList />
          </div>
        </Card>
        <div className="flex min-w-0 flex-col gap-4">
          <p role="status" className="sr-only">
            {comparing
              ? 'Comparing the scenarios…'
              : shown
                ? `Compared ${shown.scenarios.length} scenarios`
                : ''}
          </p>
          {error ? (
            <p
              role="alert"
              className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950/40 dark:text-red-300"
            >
              These scenarios cannot be compared: {error}
            </p>
          ) : null}
          {shown ? (
            <div className={`flex flex-col gap-4 transition-opacity ${comparing ? 'opacity-60' : ''}`}>
              <Card title={`Side by side, against “${shown.baselineName}”`} titleId="compare-table-title">
                <CompareTable comparison={shown} />
                {shown.scenarios.length === 1 ? (
                  <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
                    Save another scenario to see the differences.
                  </p>
                ) : null}
                <CostNote comparison={shown} />
              </Card>
              <ChartCard comparison={shown} />
              {input ? (
                <Card title="Export" titleId="compare-export-title" className="print:hidden">
                  <CompareExport input={input} />
                </Card>
              ) : null}
            </div>
          ) : input && !error ? (
            <Skeleton height={320} label="Comparing the scenarios" />
          ) : null}
        </div>
      </div>
    </div>
  );
}
