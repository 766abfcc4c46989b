'use client';

import { formatInt } from '@/components/ui/format';
import { LAYOUT_IDS, type LayoutId } from '@/lib/catalog/ids';
import { maxWorkerNodesFor, THREE_TIER_MAX_WORKER_NODES } from '@/lib/catalog/layouts';
import { parseNumberText } from '@/state/design-draft';
import { usePlannerStore } from '@/state/use-planner-store';
import { FixButton, fieldDomId, formLabel, useDraftField } from './design-fields';
import { CONTROL_CLASS, FieldShell } from './field-shell';

const isLayout = (value: string): value is LayoutId => (LAYOUT_IDS as readonly string[]).includes(value);

/** The fixes the worker count's errors offer (a chosen CIDR that no longer fits): one click applies each. */
function WorkerFixes() {
  const errors = usePlannerStore((s) => s.errors);
  const fixes = errors.flatMap((e) => (e.path === 'workerNodes' && e.fix ? [e.fix] : []));
  if (fixes.length === 0) return null;
  return (
    <div className="flex flex-wrap gap-1" data-testid="worker-fix">
      {fixes.map((fix) => (
        <FixButton key={fix.field} fix={fix} />
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
      label={formLabel('workerNodes')}
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
