'use client';

import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { SizingAnswer, SizingOption } from '@/lib/workload/types';
import type { PlannerState } from '@/state/planner-store';
import { addOptionAsScenario } from '@/state/scenario-actions';
import { usePlannerStore } from '@/state/use-planner-store';

const selectScenarios = (s: PlannerState) => s.comparison.scenarios;

/** "Add as scenario" on a workload option: its design and throughput join the Compare view. */
export function AddScenarioButton({ answer, option }: { answer: SizingAnswer; option: SizingOption }) {
  const scenarios = usePlannerStore(selectScenarios);
  const [message, setMessage] = useState<string | null>(null);
  if (!option.design) return null;
  const designJson = JSON.stringify(option.design);
  const added = scenarios.find(
    (s) => s.workload?.optionId === option.id && JSON.stringify(s.design) === designJson,
  );
  if (added) {
    return (
      <span className="inline-flex" data-testid={`scenario-added-${option.id}`}>
        <Badge tone="info">in Compare</Badge>
      </span>
    );
  }
  return (
    <span className="inline-flex flex-col items-end gap-0.5">
      <Button
        onClick={() => {
          const result = addOptionAsScenario(answer, option);
          setMessage(result.ok ? null : result.message);
        }}
        aria-label={`Add as scenario: ${option.id}`}
        data-testid={`add-scenario-${option.id}`}
      >
        Add as scenario
      </Button>
      <span role="status" className="max-w-48 text-right text-xs text-red-700 dark:text-red-400">
        {message ?? ''}
      </span>
    </span>
  );
}
