import type { ReactNode } from 'react';

/**
 * One key figure: a label, a big value and a line of detail. `testId` lets e2e tests read the value.
 * Label and detail wrap rather than truncate, so a long GPU name is never cut off.
 */
export function Stat({
  label,
  value,
  detail,
  testId,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  testId?: string;
}) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="mt-0.5 text-xl font-semibold whitespace-nowrap tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {detail ? <dd className="text-xs break-words text-slate-600 dark:text-slate-400">{detail}</dd> : null}
    </div>
  );
}
