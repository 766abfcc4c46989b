/** Fixed-height placeholder for a lazily loaded view: reserves its space so nothing shifts. */
export function Skeleton({ height, label }: { height: number | string; label: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      style={{ height }}
      className="flex w-full animate-pulse items-center justify-center rounded-lg border border-slate-200 bg-slate-100 text-sm text-slate-500 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400"
    >
      {label}
    </div>
  );
}
