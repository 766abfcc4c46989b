/**
 * Fixed-height placeholder for a lazily loaded view: reserves its space so nothing shifts. Only the
 * layer behind the label pulses: a pulsing label would fade below 4.5:1 contrast half the time
 * (axe caught it mid-fade on the Compare view).
 */
export function Skeleton({ height, label }: { height: number | string; label: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      style={{ height }}
      className="relative flex w-full items-center justify-center overflow-hidden rounded-lg border border-slate-200 bg-slate-100 text-sm text-slate-600 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300"
    >
      <div aria-hidden="true" className="absolute inset-0 animate-pulse bg-slate-200 dark:bg-slate-800" />
      <span className="relative">{label}</span>
    </div>
  );
}
