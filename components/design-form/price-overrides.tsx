'use client';

import { usePlan } from '@/components/planner/use-plan';
import { formatUSD } from '@/components/ui/format';
import { pricePath } from '@/state/design-draft';
import { usePlannerStore } from '@/state/use-planner-store';
import { CONTROL_CLASS } from './field-shell';

/** One override per BOM part of the current plan; blank means the catalog price. */
export function PriceOverrides() {
  const plan = usePlan();
  const prices = usePlannerStore((s) => s.draft.prices);
  const errors = usePlannerStore((s) => s.errors);
  const setPrice = usePlannerStore((s) => s.setPrice);
  // Overrides of parts this design no longer uses stay listed, so they are never lost unseen.
  const unused = Object.keys(prices)
    .filter((partId) => prices[partId] !== '' && !plan.bom.lines.some((l) => l.partId === partId))
    .map((partId) => ({
      partId,
      partNumber: partId,
      description: '(not in this design)',
      unitPriceUSD: 0,
      priceOverridden: true,
    }));
  // One override per part: a part can sit on several BOM lines (the SN5610 as leaf, spine, north-south).
  const parts = new Map<string, (typeof plan.bom.lines)[number]>();
  for (const line of plan.bom.lines) if (!parts.has(line.partId)) parts.set(line.partId, line);
  const rows = [...parts.values(), ...unused];
  return (
    <ul className="flex flex-col gap-2">
      {rows.map((line) => {
        const path = pricePath(line.partId);
        const id = `field-price-${line.partId}`;
        const error = errors.find((e) => e.path === path)?.message;
        const text = prices[line.partId] ?? '';
        return (
          <li key={line.partId} className="flex flex-col gap-1">
            <label htmlFor={id} className="text-xs text-slate-700 dark:text-slate-300">
              <span className="font-medium">{line.partNumber}</span>{' '}
              <span className="text-slate-600 dark:text-slate-400">{line.description}</span>
            </label>
            <div className="flex items-center gap-2">
              <span aria-hidden="true" className="text-sm text-slate-500">
                $
              </span>
              <input
                id={id}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={text}
                placeholder={line.priceOverridden ? '' : `${formatUSD(line.unitPriceUSD)} (catalog)`}
                aria-invalid={Boolean(error)}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(e) => setPrice(line.partId, e.target.value)}
                className={CONTROL_CLASS}
              />
            </div>
            {error ? (
              <p id={`${id}-error`} className="text-xs text-red-700 dark:text-red-400">
                {error}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
