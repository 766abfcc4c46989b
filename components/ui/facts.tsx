import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
  note?: ReactNode;
}

/** A two-column list of labelled values (a definition list). */
export function Facts({ facts, testId }: { facts: Fact[]; testId?: string }) {
  return (
    <dl className="grid grid-cols-[minmax(9rem,auto)_1fr] gap-x-4 gap-y-1.5 text-sm" data-testid={testId}>
      {facts.map((f) => (
        <div key={f.label} className="contents">
          <dt className="text-slate-600 dark:text-slate-400">{f.label}</dt>
          <dd className="min-w-0 tabular-nums">
            {f.value}
            {f.note ? (
              <span className="block text-xs text-slate-600 dark:text-slate-400">{f.note}</span>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
