/**
 * Writing the saved design document (decoding it is storage-codec.ts): plain JSON, no schema, so
 * saving on every change needs neither zod nor the migrations.
 */
import { DESIGN_SCHEMA_VERSION } from './default-design';
import type { ScenarioSet } from './scenarios';
import type { DesignInput } from './schema';

/** The document's fields for a scenario set: none when it is empty, so plain designs stay small. */
export function scenarioFields(set: ScenarioSet | undefined): {
  scenarios?: ScenarioSet['scenarios'];
  baselineScenario?: number;
} {
  if (!set || set.scenarios.length === 0) return {};
  return { scenarios: set.scenarios, baselineScenario: set.baseline };
}

/** Serialises a valid design (optional pending raw edits and scenarios) as a current-version document. */
export function encodeDesignDocument(
  design: DesignInput,
  pendingEdits: Record<string, string> = {},
  scenarios?: ScenarioSet,
): string {
  const doc: { schemaVersion: number; design: DesignInput; pendingEdits?: Record<string, string> } = {
    schemaVersion: DESIGN_SCHEMA_VERSION,
    design,
  };
  if (Object.keys(pendingEdits).length > 0) doc.pendingEdits = pendingEdits;
  return JSON.stringify({ ...doc, ...scenarioFields(scenarios) });
}
