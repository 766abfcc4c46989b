'use client';

import { useEffect, useId, useState } from 'react';
import { CONTROL_CLASS } from '@/components/design-form/field-shell';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { designScenarioName } from '@/lib/compare/workload-scenario';
import type { Scenario } from '@/lib/design/scenarios';
import type { PlannerState } from '@/state/planner-store';
import { openScenarioInPlanner } from '@/state/scenario-actions';
import { usePlannerStore } from '@/state/use-planner-store';

const selectComparison = (s: PlannerState) => s.comparison;
const selectDesignJson = (s: PlannerState) => JSON.stringify(s.design);

/** The name, edited in place: kept on Enter or when focus leaves; a refused name says why. */
function NameField({ index, name }: { index: number; name: string }) {
  const rename = usePlannerStore((s: PlannerState) => s.renameScenario);
  const [text, setText] = useState(name);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  useEffect(() => setText(name), [name]);

  function commit() {
    if (text.trim() === name) {
      setText(name);
      setError(null);
      return;
    }
    const result = rename(index, text);
    setError(result.ok ? null : result.message);
  }

  return (
    <div className="flex min-w-0 flex-1 flex-col gap-1">
      <label htmlFor={`${id}-name`} className="sr-only">
        Name of scenario {index + 1}
      </label>
      <input
        id={`${id}-name`}
        type="text"
        autoComplete="off"
        value={text}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setText(name);
            setError(null);
          }
        }}
        className={`${CONTROL_CLASS} font-medium print:border-0`}
        data-testid={`scenario-name-${index}`}
      />
      {error ? (
        <p id={`${id}-error`} className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function ScenarioRow({
  scenario,
  index,
  baseline,
  current,
  groupName,
}: {
  scenario: Scenario;
  index: number;
  baseline: boolean;
  current: boolean;
  groupName: string;
}) {
  const setBaseline = usePlannerStore((s: PlannerState) => s.setBaselineScenario);
  const remove = usePlannerStore((s: PlannerState) => s.removeScenario);
  const radioId = `${groupName}-${index}`;
  return (
    <li
      className="flex flex-col gap-1.5 border-b border-slate-200 py-2 last:border-b-0 dark:border-slate-800"
      data-scenario={index}
    >
      <div className="flex items-center gap-2">
        <NameField index={index} name={scenario.name} />
        <Button
          onClick={() => openScenarioInPlanner(index)}
          aria-label={`Open ${scenario.name} in the planner`}
          className="print:hidden"
        >
          Open
        </Button>
        <Button
          variant="ghost"
          onClick={() => remove(index)}
          aria-label={`Remove ${scenario.name}`}
          className="print:hidden"
        >
          Remove
        </Button>
      </div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        <span className="inline-flex items-center gap-1.5">
          <input
            type="radio"
            id={radioId}
            name={groupName}
            checked={baseline}
            onChange={() => setBaseline(index)}
            className="accent-emerald-700 dark:accent-emerald-400"
            data-testid={`scenario-baseline-${index}`}
          />
          <label htmlFor={radioId} className="font-medium text-slate-700 dark:text-slate-300">
            Baseline
            <span className="sr-only"> is {scenario.name}</span>
          </label>
        </span>
        <span>{designScenarioName(scenario.design)}</span>
        {scenario.workload ? <span>{scenario.workload.label}</span> : null}
        {current ? <Badge tone="info">current design</Badge> : null}
      </div>
    </li>
  );
}

/** The scenarios: name, baseline, open in the planner, remove. */
export function ScenarioList() {
  const comparison = usePlannerStore(selectComparison);
  const currentJson = usePlannerStore(selectDesignJson);
  const groupName = useId();
  if (comparison.scenarios.length === 0) {
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="no-scenarios">
        No scenarios yet. Save the current design as one, or add options from the Workload view (“Add as
        scenario”), then compare them here.
      </p>
    );
  }
  return (
    <fieldset>
      <legend className="sr-only">Scenarios, and the baseline they are compared against</legend>
      <ol className="flex flex-col" data-testid="scenario-list">
        {comparison.scenarios.map((s, i) => (
          <ScenarioRow
            key={i}
            scenario={s}
            index={i}
            baseline={i === comparison.baseline}
            current={JSON.stringify(s.design) === currentJson}
            groupName={groupName}
          />
        ))}
      </ol>
    </fieldset>
  );
}
