'use client';

import { AddScenarioButton } from '@/components/compare/add-scenario-button';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { formatInt, formatKW, formatUSD } from '@/components/ui/format';
import type { SizingAnswer, SizingOption } from '@/lib/workload/types';
import { deploymentShort } from './sizing-format';
import { UseDesignButton } from './use-design-button';

const HEADERS = ['GPU / layout', 'Fits', 'GPUs', 'Worker nodes', 'Cost', 'Power (max)'];
const RIGHT = new Set(['GPUs', 'Worker nodes', 'Cost', 'Power (max)']);

/** One option: its figures on one row, why it fits (or not) on the row below, across the table. */
function OptionRows({
  option: o,
  recommended,
  answer,
}: {
  option: SizingOption;
  recommended: boolean;
  answer: SizingAnswer;
}) {
  const cell = 'px-2 pt-2 align-top';
  const number = `${cell} text-right whitespace-nowrap tabular-nums`;
  return (
    <tbody data-option={o.id} className="border-b border-slate-200 last:border-b-0 dark:border-slate-800">
      <tr>
        <th scope="row" className={`${cell} text-left font-normal`}>
          <span className="block font-medium">{o.gpuName.replace(/^NVIDIA /, '')}</span>
          <span className="block text-xs text-slate-600 dark:text-slate-400">
            layout {o.layout} · {o.precision.toUpperCase()}
          </span>
          {recommended ? (
            <span className="mt-1 inline-block">
              <Badge tone="success">recommended</Badge>
            </span>
          ) : null}
        </th>
        <td className={cell}>
          <Badge tone={o.fits ? 'success' : 'error'}>{o.fits ? 'fits' : 'does not fit'}</Badge>
        </td>
        <td className={number}>
          <span className="block">{o.gpus > 0 ? formatInt(o.gpus) : '—'}</span>
          <span className="block text-xs text-slate-600 dark:text-slate-400">{deploymentShort(o)}</span>
        </td>
        <td className={number}>{o.workerNodes > 0 ? formatInt(o.workerNodes) : '—'}</td>
        <td className={number}>{o.totalUSD === null ? '—' : formatUSD(o.totalUSD)}</td>
        <td className={number}>{o.powerKW === null ? '—' : formatKW(o.powerKW)}</td>
        <td className={`${cell} text-right`}>
          {o.fits ? (
            <span className="flex flex-col items-end gap-1">
              <UseDesignButton design={o.design} optionId={o.id} />
              <AddScenarioButton answer={answer} option={o} />
            </span>
          ) : null}
        </td>
      </tr>
      <tr>
        <td colSpan={7} className="px-2 pt-1 pb-2">
          <ul className="list-disc space-y-0.5 pl-4 text-xs text-slate-700 dark:text-slate-300">
            {o.why.map((w) => (
              <li key={w}>{w}</li>
            ))}
            {o.planWarnings.map((w) => (
              <li key={w.code}>
                plan {w.severity}: {w.message}
              </li>
            ))}
          </ul>
        </td>
      </tr>
    </tbody>
  );
}

/** Every GPU and layout the sizing tried: the design it implies, its cost and power, or why it does not fit. */
export function OptionsTable({ answer }: { answer: SizingAnswer }) {
  const recommendedId = answer.recommendation?.optionId;
  return (
    <Card title="Options, one per GPU and layout" titleId="sizing-options-title">
      <div className="overflow-x-auto" data-testid="sizing-options">
        <table className="w-full text-sm">
          <caption className="sr-only">
            Sizing options: GPU and layout, fit, GPUs, worker nodes, cost, power, and why
          </caption>
          <thead className="border-b border-slate-200 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
            <tr>
              {HEADERS.map((h) => (
                <th
                  key={h}
                  scope="col"
                  className={`px-2 py-1.5 font-medium ${RIGHT.has(h) ? 'text-right' : 'text-left'}`}
                >
                  {h}
                </th>
              ))}
              <th scope="col" className="px-2 py-1.5">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          {answer.options.map((o) => (
            <OptionRows key={o.id} option={o} recommended={o.id === recommendedId} answer={answer} />
          ))}
        </table>
      </div>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        Cost and power come from planning each design in full (BOM total, design-maximum power); the cheapest
        that fits is recommended.
      </p>
    </Card>
  );
}
