'use client';

import { formatInt } from '@/components/ui/format';
import { LAYOUT_IDS, type LayoutId } from '@/lib/catalog/ids';
import { maxWorkerNodesFor } from '@/lib/catalog/layouts';
import { parseNumberText } from '@/state/design-draft';
import { usePlannerStore } from '@/state/use-planner-store';
import { fieldDomId, useDraftField } from './design-fields';
import { CONTROL_CLASS, FieldShell } from './field-shell';

const isLayout = (value: string): value is LayoutId => (LAYOUT_IDS as readonly string[]).includes(value);

/** Worker count as a number field and a slider over 1 .. the layout's 2-tier maximum. */
export function WorkerNodesField() {
  const { text, error } = useDraftField('workerNodes');
  const layoutText = usePlannerStore((s) => s.draft.values.layout);
  const setField = usePlannerStore((s) => s.setField);
  const max = maxWorkerNodesFor(isLayout(layoutText) ? layoutText : '1-4-3-200');
  const parsed = parseNumberText(text);
  const sliderValue = Math.min(max, Math.max(1, Math.round(parsed ?? 1)));
  const id = fieldDomId('workerNodes');
  return (
    <FieldShell
      id={id}
      label="Worker nodes"
      error={error}
      hint={`1 to ${formatInt(max)} for layout ${layoutText} (2-tier fabric limit)`}
    >
      {({ inputId, describedBy, invalid }) => (
        <div className="flex items-center gap-2">
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
        </div>
      )}
    </FieldShell>
  );
}
