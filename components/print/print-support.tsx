'use client';

import { useEffect } from 'react';
import { usePlan } from '@/components/planner/use-plan';
import { PrintDocument } from './print-document';
import { currentPrint, endPrint, usePrintRequest } from './print-store';
import { startViewPrint } from './use-print-view';

/**
 * Printing any view: the browser's Print command on a view without a print document of its own
 * (Summary, Topology, Kubernetes, Workload, Exports) still gets light paper, the page header with the
 * design and date, page numbers and a title block; the print stylesheet shows the view alone.
 * Views with a document (Racks, Network, BOM) replace this print with theirs (usePrintView).
 */
export function PrintSupport({ viewLabel }: { viewLabel: string }) {
  const plan = usePlan();
  const request = usePrintRequest();
  useEffect(() => {
    const before = () => {
      if (!currentPrint()) startViewPrint(plan, viewLabel);
    };
    const after = () => endPrint();
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [plan, viewLabel]);
  return request?.doc === 'view' ? <PrintDocument plan={plan} request={request} /> : null;
}
