'use client';

import type { ReactNode } from 'react';
import { cableTableOf } from '@/lib/plan/plan-transfer';
import type { ClusterPlan } from '@/lib/plan/types';
import type { PrintRequest } from './print-store';
import { designName, pageRules, printDate } from './print-text';

/**
 * A print-only document: its @page rules (orientation, margin boxes with the design, the date and the
 * page number on every page), a title block on the first page, then `children`. Hidden on screen;
 * mounted only while printing, so a 40,000-row list costs nothing the rest of the time.
 */
export function PrintDocument({
  plan,
  request,
  children,
}: {
  plan: ClusterPlan;
  request: PrintRequest;
  /** The document's body; none when the view itself prints below the title (the BOM). */
  children?: ReactNode;
}) {
  return (
    <div className="print-document hidden print:block" data-print-document={request.doc}>
      <style>{pageRules(plan, request.page, request.at)}</style>
      <PrintTitleBlock plan={plan} title={request.page.title} at={request.at} />
      {children}
    </div>
  );
}

/** The first page's title: document, design and date (also where margin boxes are not printed). */
export function PrintTitleBlock({ plan, title, at }: { plan: ClusterPlan; title: string; at: Date }) {
  return (
    <header className="print-title mb-3 border-b border-slate-400 pb-2">
      <h1 className="text-base font-semibold">AI Factory Planner: {title}</h1>
      <p className="text-xs">
        {designName(plan)} · {plan.racks.length} racks · {cableTableOf(plan).length.toLocaleString('en-US')}{' '}
        cables · printed {printDate(at)}
      </p>
    </header>
  );
}
