'use client';

import { useMemo } from 'react';
import { FieldErrorText, TextInput } from '@/components/design-form/field-shell';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { formatInt, formatUSD } from '@/components/ui/format';
import { Stat } from '@/components/ui/stat';
import { COST_INPUT_IDS, COST_INPUT_SPECS, type CostInputId, costToRun } from '@/lib/cost/cost-to-run';
import type { ClusterPlan } from '@/lib/plan/types';
import { costInputOverrides } from '@/state/cost-inputs';
import type { PlannerState } from '@/state/planner-store';
import { usePlannerStore } from '@/state/use-planner-store';

const selectTexts = (s: PlannerState) => s.costInputs;
const selectSetInput = (s: PlannerState) => s.setCostInput;
const selectReset = (s: PlannerState) => s.resetCostInputs;

const SHORT_LABELS: Record<CostInputId, string> = {
  energyPriceUSDPerKWh: 'Energy price (US$/kWh)',
  pue: 'PUE',
  utilization: 'GPU utilisation (0-1)',
  years: 'Period (years)',
  otherOpexUSDPerYear: 'Other opex (US$/year)',
};

const usdCents = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const mwh = (kwh: number) => `${formatInt(kwh / 1000)} MWh`;

function CostInput({ id, error }: { id: CostInputId; error: string | undefined }) {
  const text = usePlannerStore((s: PlannerState) => s.costInputs[id] ?? '');
  const setInput = usePlannerStore(selectSetInput);
  const domId = `cost-${id}`;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={domId} className="text-xs font-medium text-slate-700 dark:text-slate-300">
        {SHORT_LABELS[id]}
      </label>
      <TextInput
        id={domId}
        value={text}
        onChange={(t) => setInput(id, t)}
        numeric
        placeholder={String(COST_INPUT_SPECS[id].value)}
        invalid={Boolean(error)}
        describedBy={error ? `${domId}-error` : undefined}
      />
      {error ? <FieldErrorText id={domId} error={error} /> : null}
    </div>
  );
}

/**
 * Cost to run the plan: capex (the BOM), energy at the plan's typical power and the site's PUE, opex
 * over the period and the cost per GPU-hour (lib/cost). The inputs are the user's, defaults shown.
 */
export function CostToRunCard({ plan }: { plan: ClusterPlan }) {
  const texts = usePlannerStore(selectTexts);
  const reset = usePlannerStore(selectReset);
  const { overrides, errors } = useMemo(() => costInputOverrides(texts), [texts]);
  const r = useMemo(() => costToRun(plan, overrides), [plan, overrides]);
  const errorOf = (id: CostInputId) => errors.find((e) => e.path === id)?.message;
  const years = `${r.years} year${r.years === 1 ? '' : 's'}`;
  return (
    <Card
      title="Cost to run"
      titleId="cost-to-run-title"
      aside={
        Object.keys(texts).some((k) => texts[k as CostInputId]) ? (
          <Button onClick={reset}>Defaults</Button>
        ) : null
      }
    >
      <div className="grid grid-cols-2 gap-3 @3xl:grid-cols-5">
        {COST_INPUT_IDS.map((id) => (
          <CostInput key={id} id={id} error={errorOf(id)} />
        ))}
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-4 border-t border-slate-200 pt-4 @3xl:grid-cols-5 dark:border-slate-800">
        <Stat
          label="Energy per year"
          value={mwh(r.energy.yearlyKWh)}
          testId="cost-energy-kwh"
          detail={`${formatUSD(r.energy.yearlyUSD)} a year; at the design maximum ${mwh(r.energyAtMax.yearlyKWh)}, ${formatUSD(r.energyAtMax.yearlyUSD)}`}
        />
        <Stat label="Capex (BOM)" value={formatUSD(r.capexUSD)} testId="cost-capex" />
        <Stat
          label={`Opex over ${years}`}
          value={formatUSD(r.opexUSD)}
          testId="cost-opex"
          detail={
            r.otherOpexUSD > 0
              ? `energy ${formatUSD(r.energy.periodUSD)} + other ${formatUSD(r.otherOpexUSD)}`
              : 'energy only'
          }
        />
        <Stat label={`Total over ${years}`} value={formatUSD(r.totalUSD)} testId="cost-total" />
        <Stat
          label="Per used GPU-hour"
          value={usdCents.format(r.costPerUsedGpuHourUSD)}
          testId="cost-per-gpu-hour"
          detail={`${usdCents.format(r.costPerGpuHourUSD)} per GPU-hour at 100 % (${formatInt(r.gpus)} GPUs)`}
        />
      </dl>
      <div className="mt-3 text-xs text-slate-600 dark:text-slate-400">
        <p>
          Energy = typical power {formatInt(r.energy.itPowerKW)} kW × PUE × 8,760 h: {r.powerBasisReason}.
        </p>
        <ul className="mt-1 list-disc pl-4">
          {r.notes.map((n) => (
            <li key={n}>{n}.</li>
          ))}
        </ul>
      </div>
      <details className="mt-2 text-xs">
        <summary className="cursor-pointer font-medium text-slate-700 dark:text-slate-300">
          Where the defaults come from
        </summary>
        <ul className="mt-1 flex flex-col gap-1 text-slate-700 dark:text-slate-300">
          {r.assumptions.map((a) => (
            <li key={a.id}>
              <span className="font-medium">
                {a.label}: {a.value} {a.unit}
              </span>{' '}
              {a.estimate ? <Badge tone="warning">planner estimate</Badge> : null} {a.source}
            </li>
          ))}
        </ul>
      </details>
    </Card>
  );
}
