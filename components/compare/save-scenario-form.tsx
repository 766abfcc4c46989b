'use client';

import { type FormEvent, useId, useState } from 'react';
import { CONTROL_CLASS } from '@/components/design-form/field-shell';
import { Button } from '@/components/ui/button';
import { MAX_SCENARIOS } from '@/lib/design/scenarios';
import type { PlannerState } from '@/state/planner-store';
import { saveCurrentAsScenario, suggestedScenarioName } from '@/state/scenario-actions';
import { usePlannerStore } from '@/state/use-planner-store';

const selectCount = (s: PlannerState) => s.comparison.scenarios.length;
/** Re-render when the design or the names change, so the suggested name stays right. */
const selectSuggestionKey = (s: PlannerState) =>
  `${s.design.gpu}|${s.design.layout}|${s.design.workerNodes}|${s.design.migProfile}|${s.comparison.scenarios.map((x) => x.name).join('|')}`;

type Status = { tone: 'ok' | 'error'; text: string } | null;

/** "Save as scenario": the current design under a name (the suggestion when left empty). */
export function SaveScenarioForm() {
  const count = usePlannerStore(selectCount);
  usePlannerStore(selectSuggestionKey);
  const [name, setName] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const id = useId();

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const saved = saveCurrentAsScenario(name);
    if (saved.ok) {
      setName('');
      setStatus({ tone: 'ok', text: `Saved "${saved.name}"${saved.detail ? ` (${saved.detail})` : ''}.` });
    } else {
      setStatus({ tone: 'error', text: `Not saved: ${saved.message}.` });
    }
  }

  return (
    <form
      onSubmit={handleSubmit}
      className="flex flex-col gap-1.5 print:hidden"
      aria-describedby={`${id}-hint`}
    >
      <label htmlFor={`${id}-name`} className="text-xs font-medium text-slate-700 dark:text-slate-300">
        Scenario name
      </label>
      <div className="flex gap-2">
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          maxLength={80}
          value={name}
          placeholder={suggestedScenarioName()}
          onChange={(e) => setName(e.target.value)}
          className={CONTROL_CLASS}
          data-testid="scenario-name"
        />
        <Button type="submit" variant="primary" data-testid="save-scenario">
          Save as scenario
        </Button>
      </div>
      <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
        Keeps the current design to compare ({count} of {MAX_SCENARIOS}); left empty, it is named after the
        design.
      </p>
      <p
        role="status"
        data-testid="save-scenario-status"
        className={`min-h-4 text-xs ${status?.tone === 'error' ? 'text-red-700 dark:text-red-400' : 'text-slate-700 dark:text-slate-300'}`}
      >
        {status?.text ?? ''}
      </p>
    </form>
  );
}
