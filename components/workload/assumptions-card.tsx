'use client';

import { FieldErrorText, TextInput } from '@/components/design-form/field-shell';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { formatDecimal } from '@/components/ui/format';
import {
  ASSUMPTION_IDS,
  ASSUMPTION_SPECS,
  type AssumptionId,
  type Assumptions,
} from '@/lib/workload/assumptions';
import type { PlannerState } from '@/state/planner-store';
import { usePlannerStore } from '@/state/use-planner-store';
import { workloadDomId } from './workload-fields';

const selectOverrides = (s: PlannerState) => s.workload.assumptions;
const selectSetOverride = (s: PlannerState) => s.setAssumptionOverride;

const number = (n: number) => (Math.abs(n) >= 1000 ? formatDecimal(n) : String(n));

function OverrideInput({ id, error }: { id: AssumptionId; error: string | undefined }) {
  const text = usePlannerStore((s: PlannerState) => s.workload.assumptions[id] ?? '');
  const setOverride = usePlannerStore(selectSetOverride);
  const domId = workloadDomId(`assumption.${id}`);
  const spec = ASSUMPTION_SPECS[id];
  return (
    <div className="flex min-w-28 flex-col gap-1">
      <TextInput
        id={domId}
        value={text}
        onChange={(t) => setOverride(id, t)}
        numeric
        placeholder={String(spec.value)}
        ariaLabel={`Override: ${spec.label} (${spec.unit})`}
        invalid={Boolean(error)}
        describedBy={error ? `${domId}-error` : undefined}
      />
      {error ? <FieldErrorText id={domId} error={error} /> : null}
    </div>
  );
}

/**
 * Every number the sizing assumes, with the value used, its range and source, and an input to
 * override it. Shown from the answer's assumptions when there is one, the defaults otherwise.
 */
export function AssumptionsCard({
  assumptions,
  errors,
}: {
  assumptions: Assumptions | null;
  errors: Readonly<Record<string, string>>;
}) {
  const overrides = usePlannerStore(selectOverrides);
  const setOverride = usePlannerStore(selectSetOverride);
  const overridden = Object.keys(overrides).length;
  return (
    <Card
      title="Assumptions"
      titleId="sizing-assumptions-title"
      aside={
        overridden > 0 ? (
          <Button
            onClick={() => {
              for (const id of ASSUMPTION_IDS) setOverride(id, null);
            }}
          >
            Reset {overridden} override{overridden === 1 ? '' : 's'}
          </Button>
        ) : null
      }
    >
      <div className="overflow-x-auto">
        <table className="w-full text-sm" data-testid="sizing-assumptions">
          <caption className="sr-only">Sizing assumptions: value used, range, override, source</caption>
          <thead className="border-b border-slate-200 text-left text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
            <tr>
              <th scope="col" className="px-2 py-1.5 font-medium">
                Assumption
              </th>
              <th scope="col" className="px-2 py-1.5 text-right font-medium">
                Used
              </th>
              <th scope="col" className="px-2 py-1.5 font-medium">
                Override
              </th>
              <th scope="col" className="px-2 py-1.5 font-medium">
                Source
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top dark:divide-slate-800">
            {ASSUMPTION_IDS.map((id) => {
              const spec = ASSUMPTION_SPECS[id];
              const a = assumptions?.[id];
              const value = a?.value ?? spec.value;
              const low = a?.low ?? spec.low;
              const high = a?.high ?? spec.high;
              return (
                <tr key={id}>
                  <td className="px-2 py-1.5">
                    <span className="block">{spec.label}</span>
                    <code className="text-xs text-slate-600 dark:text-slate-400">{id}</code>
                  </td>
                  <td className="px-2 py-1.5 text-right whitespace-nowrap tabular-nums">
                    <span className="block">
                      {number(value)} {spec.unit}
                    </span>
                    {low !== high ? (
                      <span className="block text-xs text-slate-600 dark:text-slate-400">
                        range {number(low)}–{number(high)}
                      </span>
                    ) : null}
                  </td>
                  <td className="px-2 py-1.5">
                    <OverrideInput id={id} error={errors[`assumption.${id}`]} />
                  </td>
                  <td className="px-2 py-1.5 text-xs text-slate-700 dark:text-slate-300">
                    <span className="mr-1 inline-flex gap-1">
                      {a?.overridden ? <Badge tone="info">overridden</Badge> : null}
                      {!a?.overridden && spec.estimate ? (
                        <Badge tone="warning">planner estimate</Badge>
                      ) : null}
                    </span>
                    {a?.source ?? spec.source}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
