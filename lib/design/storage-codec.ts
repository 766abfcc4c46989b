/**
 * The saved design document as text: `{ schemaVersion, design, pendingEdits?, scenarios?,
 * baselineScenario? }` in JSON. Used for localStorage and, compressed, for share links (design files
 * add a format marker, design-file.ts). Decoding is a boundary parser: it never throws and says why a
 * document cannot be read, so callers can keep the raw text and tell the user.
 */
import { encodeDesignDocument, scenarioFields } from './design-document';
import { DESIGN_MIGRATIONS, type DesignMigration, migrateDocument } from './migrations';
import { type ScenarioSet, validateScenarioSet } from './scenarios';
import { type DesignInput, type FieldError, validateDesign } from './schema';

export { encodeDesignDocument, scenarioFields };

export type DecodeFailureKind =
  | 'empty'
  | 'not-json'
  | 'malformed'
  | 'too-old'
  | 'too-new'
  | 'invalid'
  /** The design passes, a scenario does not: `errors` name the scenario and the field. */
  | 'invalid-scenarios';

export type DecodedDesign =
  | {
      success: true;
      design: DesignInput;
      /** Raw text of fields that were still invalid when saved, by field path. */
      pendingEdits: Record<string, string>;
      /** The version the document was migrated from, or null when it was current. */
      migratedFrom: number | null;
      /** Set only when the document holds scenarios (older documents and most links hold none). */
      scenarios?: ScenarioSet;
    }
  | { success: false; kind: DecodeFailureKind; message: string; errors?: FieldError[] };

/** Parses, migrates and validates a document. `null` or blank text is `empty` (nothing saved yet). */
export function decodeDesignDocument(
  text: string | null,
  migrations: readonly DesignMigration[] = DESIGN_MIGRATIONS,
): DecodedDesign {
  if (text === null || text.trim() === '') {
    return { success: false, kind: 'empty', message: 'nothing saved' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { success: false, kind: 'not-json', message: 'it is not valid JSON' };
  }
  const migrated = migrateDocument(parsed, migrations);
  if (!migrated.success) return { success: false, kind: migrated.kind, message: migrated.message };
  const checked = validateDesign(migrated.data.design);
  if (!checked.success) {
    const first = checked.errors[0];
    return {
      success: false,
      kind: 'invalid',
      message: `the design does not pass the checks${first ? ` (${first.path || 'document'}: ${first.message})` : ''}`,
      errors: checked.errors,
    };
  }
  const set = validateScenarioSet(migrated.data.scenarios, migrated.data.baselineScenario);
  if (!set.success) {
    const first = set.errors[0];
    return {
      success: false,
      kind: 'invalid-scenarios',
      message: `a scenario does not pass the checks${first ? ` (${first.message})` : ''}`,
      errors: set.errors,
    };
  }
  return {
    success: true,
    design: checked.data,
    pendingEdits: migrated.data.pendingEdits ?? {},
    migratedFrom: migrated.migratedFrom,
    ...(set.data.scenarios.length > 0 ? { scenarios: set.data } : {}),
  };
}
