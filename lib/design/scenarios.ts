/**
 * Scenarios: up to four named designs kept side by side for comparison (lib/compare), each a full
 * DesignInput, optionally with the throughput of the sized workload option it came from. They live
 * in the saved design document (browser storage, share links, design files) next to the working
 * design, so they are validated here, at the same boundary, design by design.
 */
import { z } from 'zod';
import {
  EMPTY_SCENARIO_SET,
  MAX_SCENARIO_NAME_LENGTH,
  MAX_SCENARIOS,
  type Scenario,
  type ScenarioSet,
  type ScenarioWorkload,
  scenarioNameError,
} from './scenario-set';
import { CIDR_LABELS, type FieldError, validateDesign } from './schema';

// The set and its edits need no schema: they live apart, so the store has them without zod.
export * from './scenario-set';

/** Longest label of a workload snapshot (model, task, precision, context, users). */
const MAX_WORKLOAD_TEXT = 160;
/** Upper bound of any throughput figure (tokens/s, seconds, hours): far beyond any real cluster. */
const MAX_FIGURE = 1e15;

const figure = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .min(0, `${what} must be 0 or more`)
    .max(MAX_FIGURE, `${what} is implausibly large`);

const rangeSchema = (what: string) =>
  z
    .object(
      { low: figure(`${what} (low)`), value: figure(what), high: figure(`${what} (high)`) },
      { error: `${what} must be { low, value, high }` },
    )
    .refine((r) => r.low <= r.value && r.value <= r.high, `${what} must have low <= value <= high`);

const throughputSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('inference'),
      users: z
        .number({ error: 'the workload users must be a number' })
        .int('the workload users must be a whole number')
        .min(1, 'the workload users must be at least 1')
        .max(MAX_FIGURE, 'the workload users is implausibly large'),
      tokensPerSecondPerUser: rangeSchema('tokens per second per user'),
      aggregateTokensPerSecond: rangeSchema('aggregate tokens per second'),
      timeToFirstTokenS: rangeSchema('time to first token'),
    }),
    z.object({
      kind: z.literal('training'),
      timePerEpochHours: rangeSchema('time per epoch').nullable(),
    }),
  ],
  { error: 'the workload throughput kind must be "inference" or "training"' },
);

const workloadSchema = z.object(
  {
    optionId: z
      .string({ error: 'the workload option must be text such as "h200-nvl/1-2-2-200"' })
      .min(1, 'the workload option is empty')
      .max(64, 'the workload option is at most 64 characters'),
    label: z
      .string({ error: 'the workload label must be text' })
      .max(MAX_WORKLOAD_TEXT, `the workload label is at most ${MAX_WORKLOAD_TEXT} characters`),
    throughput: throughputSchema,
  },
  { error: 'the workload must be { optionId, label, throughput }' },
);

/** Unit suffixes of design field names, as the form writes them. */
const UNIT_SUFFIXES: [RegExp, string][] = [
  [/KW$/, ' (kW)'],
  [/Mm$/, ' (mm)'],
  [/USD$/, ' (USD)'],
  [/M$/, ' (m)'],
  [/U$/, ' (U)'],
];

/**
 * A design field path in words: "workerNodes" -> "worker nodes", "physical.rackPowerBudgetKW" ->
 * "rack power budget (kW)", "oobCidr" -> "the out-of-band subnet".
 */
export function designFieldInWords(path: string): string {
  if (path === '') return 'the design';
  if (path in CIDR_LABELS) return CIDR_LABELS[path as keyof typeof CIDR_LABELS];
  const parts = path.split('.').filter((p) => p !== 'physical');
  return parts
    .map((part) => {
      const unit = UNIT_SUFFIXES.find(([re]) => re.test(part));
      const stem = unit ? part.replace(unit[0], '') : part;
      const words = stem.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
      return unit ? `${words}${unit[1]}` : words;
    })
    .join(' ');
}

const scenarioLabel = (index: number, name: unknown) =>
  typeof name === 'string' && name.trim() !== ''
    ? `scenario ${index + 1} ("${name.trim().slice(0, MAX_SCENARIO_NAME_LENGTH)}")`
    : `scenario ${index + 1}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every problem of one entry, each naming the scenario and the field in words. */
function checkScenario(
  entry: unknown,
  index: number,
  earlier: readonly Scenario[],
): { scenario: Scenario | null; errors: FieldError[] } {
  const at = `scenarios.${index}`;
  if (!isRecord(entry)) {
    return {
      scenario: null,
      errors: [{ path: at, message: `scenario ${index + 1} must be an object { name, design }` }],
    };
  }
  const label = scenarioLabel(index, entry.name);
  const errors: FieldError[] = [];
  const nameError =
    typeof entry.name === 'string' ? scenarioNameError(entry.name, earlier) : 'a scenario needs a name';
  if (nameError) errors.push({ path: `${at}.name`, message: `${label}: ${nameError}` });
  const design = validateDesign(entry.design);
  if (!design.success) {
    for (const e of design.errors) {
      const field = e.path ? `design.${e.path}` : 'design';
      errors.push({
        path: `${at}.${field}`,
        message: `${label}: ${designFieldInWords(e.path)} (${field}): ${e.message}`,
      });
    }
  }
  let workload: ScenarioWorkload | undefined;
  if (entry.workload !== undefined) {
    const w = workloadSchema.safeParse(entry.workload);
    if (w.success) workload = w.data;
    else
      for (const issue of w.error.issues) {
        const field = ['workload', ...issue.path.map(String)].join('.');
        errors.push({ path: `${at}.${field}`, message: `${label}: ${issue.message} (${field})` });
      }
  }
  if (errors.length > 0 || !design.success || typeof entry.name !== 'string')
    return { scenario: null, errors };
  return {
    scenario: { name: entry.name.trim(), design: design.data, ...(workload ? { workload } : {}) },
    errors: [],
  };
}

export type ScenarioSetResult =
  | { success: true; data: ScenarioSet }
  | { success: false; errors: FieldError[] };

/**
 * Boundary parser for a document's `scenarios` and `baselineScenario`: never throws. Absent
 * scenarios are an empty set. At most MAX_SCENARIOS, each design checked by `validateDesign`,
 * names unique, the baseline an index into the list.
 */
export function validateScenarioSet(scenarios: unknown, baseline: unknown): ScenarioSetResult {
  if (scenarios === undefined) {
    return baseline === undefined || baseline === 0
      ? { success: true, data: EMPTY_SCENARIO_SET }
      : fail('baselineScenario', 'a baseline scenario is set but the document holds no scenarios');
  }
  if (!Array.isArray(scenarios)) {
    return fail('scenarios', `scenarios must be a list of at most ${MAX_SCENARIOS} { name, design } entries`);
  }
  if (scenarios.length > MAX_SCENARIOS) {
    return fail(
      'scenarios',
      `at most ${MAX_SCENARIOS} scenarios can be compared; this document holds ${scenarios.length}`,
    );
  }
  const kept: Scenario[] = [];
  const errors: FieldError[] = [];
  scenarios.forEach((entry, i) => {
    const checked = checkScenario(entry, i, kept);
    errors.push(...checked.errors);
    if (checked.scenario) kept.push(checked.scenario);
  });
  const index = baseline ?? 0;
  const highest = Math.max(0, scenarios.length - 1);
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > highest) {
    errors.push({
      path: 'baselineScenario',
      message: `the baseline scenario must be a scenario number from 0 to ${highest} (counting from 0)`,
    });
  }
  if (errors.length > 0) return { success: false, errors };
  return { success: true, data: { scenarios: kept, baseline: index as number } };
}

function fail(path: string, message: string): ScenarioSetResult {
  return { success: false, errors: [{ path, message }] };
}
