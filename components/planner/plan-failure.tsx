'use client';

import { Button } from '@/components/ui/button';
import { usePlannerStore } from '@/state/use-planner-store';
import { resetToReferenceKeepingPrevious } from './lazy-design-actions';
import { useReveal } from './use-reveal';
import { VIEWS_ID } from './view-ids';

/**
 * Shown instead of the form and the views when they cannot render (the design cannot be planned and
 * there is no earlier plan to fall back on, or a view fails): the reason, and the way back.
 */
export function PlanFailure({ error, onReset }: { error: Error; onReset: () => void }) {
  useReveal(usePlannerStore((s) => s.hydrated));
  return (
    <main id={VIEWS_ID} tabIndex={-1} className="min-h-0 flex-1 overflow-auto p-4 sm:p-8">
      <div
        role="alert"
        data-testid="plan-failure"
        className="mx-auto max-w-2xl rounded-lg border border-red-300 bg-red-50 p-5 text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100"
      >
        <h2 className="text-base font-semibold">The planner could not show this design</h2>
        <p className="mt-2 text-sm">
          <span className="font-medium">Reason: </span>
          <span className="break-words" data-testid="plan-failure-reason">
            {error.message || String(error)}
          </span>
        </p>
        <p className="mt-2 text-sm">
          Go back to the RA reference design to continue. The design you had is kept in this browser, and{' '}
          <span className="font-medium">Save design</span> in the header still downloads it.
        </p>
        <Button
          variant="primary"
          className="mt-4"
          onClick={() => {
            resetToReferenceKeepingPrevious();
            onReset();
          }}
        >
          Reset to the RA reference design
        </Button>
      </div>
    </main>
  );
}
