'use client';

import { designScenarioName, optionScenarioName, scenarioFromOption } from '@/lib/compare/workload-scenario';
import { freeScenarioName } from '@/lib/design/scenarios';
import type { SizingAnswer, SizingOption } from '@/lib/workload/types';
import { replaceDesignKeepingPrevious } from './design-actions';
import type { ScenarioResult } from './planner-store';
import { plannerStore } from './use-planner-store';

/** What saving a scenario did, in words for the status line (and the name it got). */
export type SavedScenario = ScenarioResult & { name: string; detail?: string };

/** The name the current design suggests, numbered when a scenario already has it. */
export function suggestedScenarioName(): string {
  const { design, comparison } = plannerStore.getState();
  return freeScenarioName(comparison, designScenarioName(design));
}

/**
 * "Save as scenario": the last valid design under `name` (the suggestion when empty). Fields still in
 * error cannot be in it: the result says so, as "Save design" does.
 */
export function saveCurrentAsScenario(name: string): SavedScenario {
  const state = plannerStore.getState();
  const chosen = name.trim() === '' ? suggestedScenarioName() : name.trim();
  const result = state.addScenario({ name: chosen, design: state.design });
  if (!result.ok) return { ...result, name: chosen };
  const skipped = state.errors.length;
  const detail =
    skipped > 0
      ? `the last valid design: ${skipped} field${skipped === 1 ? ' has an error and is' : 's have errors and are'} not in it`
      : undefined;
  return { ok: true, name: chosen, ...(detail ? { detail } : {}) };
}

/** "Add as scenario" on a workload option: its design and its throughput, under a free name. */
export function addOptionAsScenario(answer: SizingAnswer, option: SizingOption): SavedScenario {
  const state = plannerStore.getState();
  const name = freeScenarioName(state.comparison, optionScenarioName(answer, option));
  const scenario = scenarioFromOption(answer, option, name);
  if (!scenario)
    return { ok: false, name, message: `${option.id} does not fit, so it has no design to compare` };
  return { ...state.addScenario(scenario), name };
}

export const SCENARIO_OPENED_NOTICE = 'scenario-opened';

/** "Open in planner": scenario `index` becomes the planner's design; the one replaced stays restorable. */
export function openScenarioInPlanner(index: number) {
  const scenario = plannerStore.getState().comparison.scenarios[index];
  if (!scenario) return;
  const { replacesOwn, kept } = replaceDesignKeepingPrevious(scenario.design);
  const state = plannerStore.getState();
  state.addNotice({
    id: SCENARIO_OPENED_NOTICE,
    tone: 'info',
    title: `Opened scenario "${scenario.name}"`,
    detail: !replacesOwn
      ? 'It is the design you already had.'
      : kept
        ? 'It replaced the design you had; yours is kept and can be restored.'
        : 'It replaced the design you had.',
    action: kept ? 'restore-previous' : undefined,
  });
  state.setTab('summary');
}
