'use client';

import { formatInt } from '@/components/ui/format';
import { LAYOUT_IDS, type LayoutId } from '@/lib/catalog/ids';
import { maxWorkerNodesFor, THREE_TIER_MAX_WORKER_NODES } from '@/lib/catalog/layouts';
import { DRAFT_FIELDS, type DraftField, parseNumberText } from '@/state/design-draft';
import { usePlannerStore } from '@/state/use-planner-store';
import { fieldDomId, useDraftField } from './design-fields';
import { CONTROL_CLASS, FieldShell } from './field-shell';

const isLayout = (value: string): value is LayoutId => (LAYOUT_IDS as readonly string[]).includes(value);

/**
 * The fixes the worker count's errors offer (a chosen CIDR or site subnet that no longer fits): one
 * button each, one click applies it.
 */
function WorkerFixes() {
  const errors = usePlannerStore((s) => s.errors);
  const setField = usePlannerStore((s) => s.setField);
  const fixes = errors.flatMap((e) =>
    e.path === 'workerNodes' && e.fix && Object.hasOwn(DRAFT_FIELDS, e.fix.field) ? [e.fix] : [],
  );
  if (fixes.length === 0) return null;
  return (
    <div className="flex flex-wrap gap-1">
      {fixes.map((fix) => (
        <button
          key={fix.field}
          type="button"
          data-testid="worker-fix"
          className="self-start rounded-md border border-slate-300 px-2 py-1 text-xs hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          onClick={() => setField(fix.field as DraftField, fix.value === null ? '' : String(fix.value))}
        >
          {fix.label}
        </button>
      ))}
    </div>
  );
}

/**
 * Worker count as a number field and a slider over 1 .. the 3-tier ceiling (the RA's 2-tier maximum
 * for the layout is said in the hint).
 */
export function WorkerNodesField() {
  const { text, error } = useDraftField('workerNodes');
  const layoutText = usePlannerStore((s) => s.draft.values.layout);
  const setField = usePlannerStore((s) => s.setField);
  const twoTierMax = maxWorkerNodesFor(isLayout(layoutText) ? layoutText : '1-4-3-200');
  const max = THREE_TIER_MAX_WORKER_NODES;
  const parsed = parseNumberText(text);
  const sliderValue = Math.min(max, Math.max(1, Math.round(parsed ?? 1)));
  const id = fieldDomId('workerNodes');
  return (
    <FieldShell
      id={id}
      label="Worker nodes"
      error={error}
      hint={`1 to ${formatInt(max)}: layout ${layoutText} takes ${formatInt(twoTierMax)} in the RA's 2-tier fabric, 3 tiers beyond (outside the RA)`}
    >
      {({ inputId, describedBy, invalid }) => (
        <div className="flex flex-wrap items-center gap-2">
          <input
            id={inputId}
            name="workerNodes"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={text}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => setField('workerNodes', e.target.value)}
            className={`${CONTROL_CLASS.replace('w-full', 'w-20')} shrink-0`}
          />
          <input
            type="range"
            min={1}
            max={max}
            step={1}
            value={sliderValue}
            aria-label="Worker nodes slider"
            aria-valuetext={`${formatInt(sliderValue)} worker nodes`}
            onChange={(e) => setField('workerNodes', e.target.value)}
            className="h-8 min-w-0 flex-1 accent-emerald-700 dark:accent-emerald-400"
          />
          <WorkerFixes />
        </div>
      )}
    </FieldShell>
  );
}
