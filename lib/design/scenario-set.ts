/**
 * A set of scenarios and its edits (add, remove, rename, pick the baseline): pure, each refusal said
 * in words. Validating scenarios read from a document is scenarios.ts; this part needs no schema.
 */
import type { DesignInput } from './schema';

/** The most scenarios a comparison holds (the issue: "keep up to four designs"). */
export const MAX_SCENARIOS = 4;
export const MAX_SCENARIO_NAME_LENGTH = 60;
/** A figure with its uncertainty (lib/workload `Range`): the value used and the low and high ends. */
export interface FigureRange {
  low: number;
  value: number;
  high: number;
}

/** What the sized workload option said about throughput, kept as it was sized (a snapshot). */
export type ScenarioThroughput =
  | {
      kind: 'inference';
      /** Concurrent users the option serves. */
      users: number;
      tokensPerSecondPerUser: FigureRange;
      /** Whole design: every replica's aggregate decode rate. */
      aggregateTokensPerSecond: FigureRange;
      timeToFirstTokenS: FigureRange;
    }
  | { kind: 'training'; timePerEpochHours: FigureRange | null };

/** The workload answer a scenario was added from: which option, of what workload, and its speed. */
export interface ScenarioWorkload {
  /** The sized option, `gpu/layout` ("h200-nvl/1-2-2-200"). */
  optionId: string;
  /** The workload in words ("Llama 3.1 70B, inference, FP8, 8,192 tokens, 64 users"). */
  label: string;
  throughput: ScenarioThroughput;
}

export interface Scenario {
  name: string;
  design: DesignInput;
  workload?: ScenarioWorkload;
}

/** The scenarios of a document and which one the others are compared against (an index). */
export interface ScenarioSet {
  scenarios: Scenario[];
  baseline: number;
}

export const EMPTY_SCENARIO_SET: ScenarioSet = Object.freeze({ scenarios: [], baseline: 0 }) as ScenarioSet;

/**
 * Why a scenario name cannot be used, or null. Names are trimmed; case does not make them different.
 * `others` are the scenarios in order; `self` (when renaming) is the index of the one being named.
 */
export function scenarioNameError(name: string, others: readonly Scenario[], self = -1): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'a scenario needs a name';
  if (trimmed.length > MAX_SCENARIO_NAME_LENGTH) {
    return `a scenario name is at most ${MAX_SCENARIO_NAME_LENGTH} characters (this one has ${trimmed.length})`;
  }
  const taken = others.findIndex(
    (s, i) => i !== self && s.name.trim().toLowerCase() === trimmed.toLowerCase(),
  );
  return taken >= 0 ? `the name "${trimmed}" is already used by scenario ${taken + 1}` : null;
}

// ---- Editing a set: pure, each refusal said in words, the set unchanged ----

export type ScenarioEdit = { ok: true; set: ScenarioSet } | { ok: false; message: string };

const sameScenario = (a: Scenario, b: Scenario) =>
  JSON.stringify(a.design) === JSON.stringify(b.design) &&
  JSON.stringify(a.workload ?? null) === JSON.stringify(b.workload ?? null);

/** Adds a scenario at the end; refused when the set is full, the name is taken or it is already there. */
export function addScenario(set: ScenarioSet, scenario: Scenario): ScenarioEdit {
  if (set.scenarios.length >= MAX_SCENARIOS) {
    return {
      ok: false,
      message: `at most ${MAX_SCENARIOS} scenarios can be compared: remove one before adding "${scenario.name.trim()}"`,
    };
  }
  const same = set.scenarios.findIndex((s) => sameScenario(s, scenario));
  if (same >= 0) {
    return {
      ok: false,
      message: `this design is already scenario ${same + 1} ("${set.scenarios[same]?.name}")`,
    };
  }
  const nameError = scenarioNameError(scenario.name, set.scenarios);
  if (nameError) return { ok: false, message: nameError };
  const added = { ...scenario, name: scenario.name.trim() };
  return { ok: true, set: { ...set, scenarios: [...set.scenarios, added] } };
}

/** Removes scenario `index`; the baseline stays on the same scenario (the first one if it was removed). */
export function removeScenario(set: ScenarioSet, index: number): ScenarioSet {
  if (index < 0 || index >= set.scenarios.length) return set;
  const scenarios = set.scenarios.filter((_, i) => i !== index);
  const baseline = index === set.baseline ? 0 : index < set.baseline ? set.baseline - 1 : set.baseline;
  return { scenarios, baseline: scenarios.length === 0 ? 0 : baseline };
}

export function renameScenario(set: ScenarioSet, index: number, name: string): ScenarioEdit {
  const current = set.scenarios[index];
  if (!current) return { ok: false, message: `there is no scenario ${index + 1}` };
  const nameError = scenarioNameError(name, set.scenarios, index);
  if (nameError) return { ok: false, message: nameError };
  const scenarios = set.scenarios.map((s, i) => (i === index ? { ...s, name: name.trim() } : s));
  return { ok: true, set: { ...set, scenarios } };
}

export function setBaselineScenario(set: ScenarioSet, index: number): ScenarioEdit {
  if (!Number.isInteger(index) || index < 0 || index >= set.scenarios.length) {
    return { ok: false, message: `there is no scenario ${index + 1} to compare against` };
  }
  return { ok: true, set: { ...set, baseline: index } };
}

/** `wanted`, or `wanted (2)`, `(3)`... : the first name no scenario uses, within the length limit. */
export function freeScenarioName(set: ScenarioSet, wanted: string): string {
  const base = wanted.trim().slice(0, MAX_SCENARIO_NAME_LENGTH) || 'Scenario';
  if (!scenarioNameError(base, set.scenarios)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, MAX_SCENARIO_NAME_LENGTH - suffix.length)}${suffix}`;
    if (!scenarioNameError(name, set.scenarios)) return name;
  }
}
