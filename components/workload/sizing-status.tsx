'use client';

import { plural } from '@/components/ui/plural';
import type { SizingAnswer } from '@/lib/workload/types';

/** One line a screen reader announces: sizing, sized (and how many options fit), or why not. */
export function SizingStatus({
  sizing,
  error,
  formErrors,
  answer,
}: {
  sizing: boolean;
  error: string | null;
  formErrors: number;
  answer: SizingAnswer | null;
}) {
  let text: string;
  let tone = 'text-slate-700 dark:text-slate-300';
  if (formErrors > 0) {
    text = `${plural(formErrors, 'field')} to fix before the workload can be sized${answer ? '; the answer below is for the last valid workload' : ''}.`;
    tone = 'text-red-700 dark:text-red-400';
  } else if (sizing) {
    text = 'Sizing…';
  } else if (error) {
    text = `Sizing failed: ${error}`;
    tone = 'text-red-700 dark:text-red-400';
  } else if (answer) {
    const fit = answer.options.filter((o) => o.fits).length;
    text = `Sized ${answer.model.name}: ${fit} of ${plural(answer.options.length, 'option')} fit.`;
  } else {
    text = '';
  }
  return (
    <p role="status" aria-live="polite" className={`min-h-5 text-sm ${tone}`} data-testid="sizing-status">
      {text}
    </p>
  );
}
