'use client';

import { Button } from '@/components/ui/button';
import { resetToReferenceKeepingPrevious } from './lazy-design-actions';

/**
 * The newest design could not be planned and the views show the last plan that worked: says so, with
 * the reason and the way back to the reference design, above the views (not only in a tooltip).
 */
export function PlanErrorBar({ error }: { error: string }) {
  return (
    <div
      role="alert"
      data-testid="plan-error"
      className="flex shrink-0 flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b border-red-300 bg-red-50 px-4 py-2 text-sm text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100"
    >
      <p className="min-w-0 flex-1 basis-80">
        <span className="font-semibold">
          This design could not be planned; the views show the last plan.{' '}
        </span>
        <span className="break-words" data-testid="plan-error-reason">
          Reason: {error}
        </span>
      </p>
      <Button onClick={resetToReferenceKeepingPrevious}>Reset to the RA reference design</Button>
    </div>
  );
}
