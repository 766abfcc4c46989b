import type { BomPlan } from '@/lib/plan/types';

/**
 * plan.bom.notIncluded below the grand total, inside the BOM's scroller (so the table keeps its room
 * and paper gets it after the totals): what a buyer still needs, each with why and where it is stated.
 */
export function NotIncluded({ items }: { items: BomPlan['notIncluded'] }) {
  return (
    <section
      aria-labelledby="bom-not-included-title"
      className="mt-4 border-t border-slate-200 px-2 pt-3 pb-1 dark:border-slate-800"
    >
      <h3
        id="bom-not-included-title"
        className="mb-2 text-sm font-semibold text-slate-800 dark:text-slate-100"
      >
        Not included in this BOM
      </h3>
      <ul className="grid gap-x-6 gap-y-1.5 text-xs md:grid-cols-2" data-testid="bom-not-included">
        {items.map((n) => (
          <li key={n.id} data-item={n.id} className="break-inside-avoid">
            <span className="font-medium text-slate-800 dark:text-slate-100">{n.item}</span>
            <span className="block text-slate-600 dark:text-slate-400">
              {n.why} <span className="whitespace-nowrap">({n.source.ref})</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
