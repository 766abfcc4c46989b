'use client';

import { usePlan } from '@/components/planner/use-plan';
import { Button } from '@/components/ui/button';
import { PRINT_DOCS, type PrintDocId } from './print-docs';
import { startPrint } from './use-print-view';

/** Prints one document of the plan on screen: its print-only content renders, then the print dialog opens. */
export function PrintButton({ doc }: { doc: PrintDocId }) {
  const plan = usePlan();
  return (
    <Button
      className="print:hidden"
      onClick={() => {
        startPrint(plan, doc);
        window.print();
      }}
      title={`Print: ${PRINT_DOCS[doc].title}`}
      data-print-button={doc}
    >
      <span aria-hidden="true">⎙</span>
      {PRINT_DOCS[doc].button}
    </Button>
  );
}
