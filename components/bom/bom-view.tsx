'use client';

import { useState } from 'react';
import { usePlan } from '@/components/planner/use-plan';
import { PrintButton } from '@/components/print/print-button';
import { PrintDocument } from '@/components/print/print-document';
import { usePrintView } from '@/components/print/use-print-view';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { formatInt, formatUSD, formatW } from '@/components/ui/format';
import { PartNumber } from '@/components/ui/part-number';
import { type BomSort, type BomSortKey, nextSort, sortBomLines } from './bom-sort';
import { NotIncluded } from './not-included';

const COLUMNS: { key: BomSortKey; label: string; numeric?: boolean }[] = [
  { key: 'partNumber', label: 'Part number' },
  { key: 'description', label: 'Description' },
  { key: 'category', label: 'Category' },
  { key: 'quantity', label: 'Qty', numeric: true },
  { key: 'unitPriceUSD', label: 'Unit price', numeric: true },
  { key: 'extendedPriceUSD', label: 'Extended', numeric: true },
  { key: 'totalPowerW', label: 'Power', numeric: true },
];

/** Column headers stay in view while the table scrolls (inside its card), over the rows they name. */
const HEADER_CELL =
  'sticky top-0 z-10 bg-white px-2 py-1 font-medium shadow-[inset_0_-1px_0_var(--color-slate-200)] dark:bg-slate-900 dark:shadow-[inset_0_-1px_0_var(--color-slate-800)]';

/**
 * plan.bom.lines as a sortable table, with category subtotals and the grand total below. The card fills
 * the view and the table scrolls inside it, both ways, with its header row kept on top.
 */
export function BomView() {
  const plan = usePlan();
  const [sort, setSort] = useState<BomSort | null>(null);
  const lines = sortBomLines(plan.bom.lines, sort);
  // Paper gets this view as it is (every column, subtotals, grand total), below a title block.
  const print = usePrintView('bom');
  return (
    <div className="flex h-full flex-col" data-view="bom" data-rendered-nodes={plan.compute.workerNodes}>
      {print?.doc === 'bom' ? <PrintDocument plan={plan} request={print} /> : null}
      <Card
        title="Bill of materials"
        titleId="bom-title"
        className="flex min-h-[16rem] flex-1 flex-col"
        aside={
          <span className="flex flex-wrap gap-2 text-xs">
            <Badge tone="warning">estimate</Badge>
            <span className="text-slate-600 dark:text-slate-400">price is a planner estimate</span>
            <Badge tone="info">override</Badge>
            <span className="text-slate-600 dark:text-slate-400">your price</span>
          </span>
        }
      >
        <div className="min-h-0 flex-1 overflow-auto" data-testid="bom-scroller">
          <table className="w-full text-sm" data-testid="bom-table">
            <caption className="sr-only">Bill of materials, sortable by column</caption>
            <thead className="text-xs text-slate-600 dark:text-slate-400">
              <tr>
                {COLUMNS.map((c) => {
                  const active = sort?.key === c.key;
                  return (
                    <th
                      key={c.key}
                      scope="col"
                      aria-sort={active ? sort.direction : 'none'}
                      className={`${HEADER_CELL} ${c.numeric ? 'text-right' : 'text-left'}`}
                    >
                      <button
                        type="button"
                        onClick={() => setSort(nextSort(sort, c.key))}
                        className="inline-flex items-center gap-1 rounded px-1 py-0.5 whitespace-nowrap hover:bg-slate-100 dark:hover:bg-slate-800"
                      >
                        {c.label}
                        <span aria-hidden="true" className="w-2 text-[10px]">
                          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {lines.map((line) => (
                <tr key={`${line.partId}-${plan.bom.lines.indexOf(line)}`} data-part={line.partId}>
                  <td className="px-2 py-1.5 text-xs">
                    <PartNumber value={line.partNumber} />
                  </td>
                  <td className="px-2 py-1.5">
                    {line.description}
                    <span className="block text-xs text-slate-600 dark:text-slate-400">
                      {line.source.ref}
                      {line.source.confidence ? ` (confidence ${line.source.confidence})` : ''}
                    </span>
                  </td>
                  <td className="px-2 py-1.5 whitespace-nowrap">{line.category}</td>
                  <td className="px-2 py-1.5 text-right whitespace-nowrap tabular-nums">
                    {formatInt(line.quantity)}
                  </td>
                  <td className="px-2 py-1.5 text-right whitespace-nowrap tabular-nums">
                    <span className="inline-flex items-center gap-1">
                      {line.priceOverridden ? <Badge tone="info">override</Badge> : null}
                      {line.estimate && !line.priceOverridden ? <Badge tone="warning">estimate</Badge> : null}
                      {formatUSD(line.unitPriceUSD)}
                    </span>
                  </td>
                  <td className="px-2 py-1.5 text-right whitespace-nowrap tabular-nums">
                    {formatUSD(line.extendedPriceUSD)}
                  </td>
                  <td className="px-2 py-1.5 text-right whitespace-nowrap tabular-nums">
                    {formatW(line.totalPowerW)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t-2 border-slate-300 dark:border-slate-700">
              {plan.bom.subtotals.map((s) => (
                <tr key={s.category} className="text-slate-700 dark:text-slate-300">
                  <th scope="row" colSpan={5} className="px-2 py-1 text-right font-normal">
                    Subtotal {s.category}
                  </th>
                  <td className="px-2 py-1 text-right tabular-nums">{formatUSD(s.totalUSD)}</td>
                  <td />
                </tr>
              ))}
              <tr className="text-base font-semibold">
                <th scope="row" colSpan={5} className="px-2 py-2 text-right">
                  Grand total
                </th>
                <td className="px-2 py-2 text-right tabular-nums" data-testid="bom-total">
                  {formatUSD(plan.bom.totalUSD)}
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
          <NotIncluded items={plan.bom.notIncluded} />
        </div>
      </Card>
      {/* After the table in Tab order: the header's sort buttons come first. */}
      <div className="mt-2 flex shrink-0 justify-end">
        <PrintButton doc="bom" />
      </div>
    </div>
  );
}
