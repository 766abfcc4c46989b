import type { ReactNode } from 'react';

/** One key figure: a label, a big value and a line of detail. `testId` lets e2e tests read the value. */
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
      <dt className="truncate text-xs font-medium text-slate-600 dark:text-slate-400" title={label}>
        {label}
      </dt>
      <dd className="mt-0.5 truncate text-xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {detail ? <dd className="line-clamp-2 text-xs text-slate-600 dark:text-slate-400">{detail}</dd> : null}
    </div>
  );
}
