'use client';

import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { usePlan } from '@/components/planner/use-plan';
import type { ClusterPlan } from '@/lib/plan/types';
import { PRINT_DOCS, type PrintDocId, type PrintPage, viewPage } from './print-docs';
import { beginPrint, currentPrint, endPrint, type PrintRequest, usePrintRequest } from './print-store';
import { printTitle } from './print-text';

/**
 * Starts printing `doc` and renders its print-only content before the browser lays the pages out.
 * `flushSync`: the content must be in the DOM when `window.print()` (or `beforeprint`) returns, so the
 * full lists of a windowed view print every row.
 */
export function startPrint(plan: ClusterPlan, doc: PrintDocId): void {
  begin(plan, doc, PRINT_DOCS[doc]);
}

/** Starts printing the view on screen as it is (a view without a print document of its own). */
export function startViewPrint(plan: ClusterPlan, viewLabel: string): void {
  begin(plan, 'view', viewPage(viewLabel));
}

function begin(plan: ClusterPlan, doc: PrintDocId | 'view', page: PrintPage) {
  flushSync(() => {
    beginPrint(doc, page, (at) => printTitle(plan, page, at));
  });
}

/**
 * A view's print: the request under way (what to render print-only), and the browser's own Print
 * command (Ctrl+P, the menu) printing `browserDoc` when no Print button started one. `afterprint`
 * ends either. Chromium, Firefox and Safari fire `beforeprint`/`afterprint`; the `print` media query
 * covers a browser that only reports the change of medium.
 */
export function usePrintView(browserDoc: PrintDocId | null): PrintRequest | null {
  const plan = usePlan();
  const request = usePrintRequest();
  useEffect(() => {
    // A print of the plain view (PrintSupport) gives way to the view's own document.
    const before = () => {
      const current = currentPrint();
      if (browserDoc && (!current || current.doc === 'view')) startPrint(plan, browserDoc);
    };
    const after = () => endPrint();
    const media = window.matchMedia('print');
    const change = (event: MediaQueryListEvent) => (event.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media.removeEventListener('change', change);
    };
  }, [plan, browserDoc]);
  // A view left while printing (it cannot be, the dialog is modal) must not leave the page marked.
  useEffect(() => () => endPrint(), []);
  return request;
}
