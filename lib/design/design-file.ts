/**
 * Design files: the versioned design document users save, mail around and open again. The document
 * is the one localStorage and share links carry (`{ schemaVersion, design, scenarios?,
 * baselineScenario? }`, see storage-codec.ts) plus a `format` marker, so a stray JSON file is told
 * apart from a design, and an optional `savedAt`. Reading goes through `decodeDesignDocument`: one
 * migration path for stored designs, links and files.
 */
import { DESIGN_MIGRATIONS, type DesignMigration } from './migrations';
import type { Scenario, ScenarioSet } from './scenarios';
import { DESIGN_SCHEMA_VERSION, type DesignInput, type FieldError } from './schema';
import { decodeDesignDocument, scenarioFields } from './storage-codec';

/** The `format` marker every design file carries. */
export const DESIGN_FILE_FORMAT = 'ai-factory-planner/design';
/** Largest design file the planner reads, in bytes (a full design is a few kB). */
export const MAX_DESIGN_FILE_BYTES = 1024 * 1024;
/** How many field problems an invalid-design message names before it summarises the rest. */
const FIELD_ERRORS_SHOWN = 3;

export interface DesignFileDocument {
  format: typeof DESIGN_FILE_FORMAT;
  schemaVersion: number;
  /** ISO 8601 time of saving; informative only, never required to open a file. */
  savedAt?: string;
  design: DesignInput;
  /** From schema version 3: designs kept for comparison (lib/design/scenarios.ts), at most 4. */
  scenarios?: Scenario[];
  /** Index of the scenario the others are compared against (with `scenarios`). */
  baselineScenario?: number;
}

export type DesignFileResult =
  | {
      success: true;
      data: DesignInput;
      /** Set only when the file holds scenarios. */
      scenarios?: ScenarioSet;
      /** Set when the file needed attention the user should hear about (it was migrated). */
      notice?: string;
    }
  | { success: false; error: string };

/**
 * The document as pretty JSON (2-space indent, trailing newline), at the current schema version, with
 * the scenarios when there are any.
 */
export function serializeDesignFile(
  design: DesignInput,
  options: { savedAt?: Date; scenarios?: ScenarioSet } = {},
): string {
  const savedAt = options.savedAt;
  const doc: DesignFileDocument = {
    format: DESIGN_FILE_FORMAT,
    schemaVersion: DESIGN_SCHEMA_VERSION,
    ...(savedAt && !Number.isNaN(savedAt.getTime()) ? { savedAt: savedAt.toISOString() } : {}),
    design,
    ...scenarioFields(options.scenarios),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** `ai-factory-design-64-nodes.json`: the download name of a design file. */
export function designFileName(design: DesignInput): string {
  return `ai-factory-design-${design.workerNodes}-nodes.json`;
}

/** Why a file of `sizeBytes` is refused, or null when its size is fine (checked before reading it). */
export function designFileSizeError(sizeBytes: number): string | null {
  if (sizeBytes <= MAX_DESIGN_FILE_BYTES) return null;
  return `It is ${formatMegabytes(sizeBytes)}, larger than the ${formatMegabytes(MAX_DESIGN_FILE_BYTES)} a design file can be (a design is a few kB).`;
}

/**
 * Boundary parser for the text of a design file: never throws. Refuses, with one readable sentence,
 * text that is too large, not JSON, not a design file, from a newer planner, or whose design fails
 * the schema; an older file is migrated and comes back with a notice saying so.
 */
export function parseDesignFile(
  text: string,
  migrations: readonly DesignMigration[] = DESIGN_MIGRATIONS,
): DesignFileResult {
  // A UTF-8 byte count is at least the UTF-16 length, so the cheap check alone refuses most big text.
  const sizeError = designFileSizeError(text.length > MAX_DESIGN_FILE_BYTES ? text.length : utf8Length(text));
  if (sizeError) return failure(sizeError);
  // Some editors start UTF-8 files with a byte-order mark, which JSON.parse refuses.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return failure('The file is empty.');

  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return failure('It is not a design file: the text is not valid JSON.');
  }
  if (!isRecord(parsed)) return failure('It is not a design file: it holds no JSON object.');
  if (!('format' in parsed)) {
    return failure(`It is not a design file: it has no "format": "${DESIGN_FILE_FORMAT}" marker.`);
  }
  if (parsed.format !== DESIGN_FILE_FORMAT) {
    return failure(
      `It is not a design file: its format is ${describeValue(parsed.format)}, not "${DESIGN_FILE_FORMAT}".`,
    );
  }
  const missing = ['schemaVersion', 'design'].filter((key) => !(key in parsed));
  if (missing.length > 0) {
    return failure(`The design file is incomplete: it has no ${missing.map((k) => `"${k}"`).join(' or ')}.`);
  }
  const version = parsed.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return failure(
      `The design file is damaged: its "schemaVersion" is ${describeValue(version)}, not a whole number.`,
    );
  }

  const decoded = decodeDesignDocument(body, migrations);
  if (decoded.success) {
    const scenarios = decoded.scenarios ? { scenarios: decoded.scenarios } : {};
    if (decoded.migratedFrom === null) return { success: true, data: decoded.design, ...scenarios };
    return {
      success: true,
      data: decoded.design,
      ...scenarios,
      notice: `The file was saved by an older planner (schema version ${decoded.migratedFrom}) and was updated to version ${DESIGN_SCHEMA_VERSION}. Save it again to keep the updated file.`,
    };
  }
  switch (decoded.kind) {
    case 'too-new':
      return failure(
        `It was made by a newer planner (schema version ${version}; this planner reads up to ${DESIGN_SCHEMA_VERSION}). Open it in the newer planner, or update this one.`,
      );
    case 'too-old':
      return failure(
        `It was made by an older planner (schema version ${version}) that this planner can no longer read.`,
      );
    case 'invalid':
      return failure(
        `The design in it does not pass the checks. ${describeFieldErrors(decoded.errors ?? [])}`,
      );
    case 'invalid-scenarios':
      return failure(
        `A scenario in it does not pass the checks. ${describeScenarioErrors(decoded.errors ?? [])}`,
      );
    default:
      return failure(`The design file is damaged: ${decoded.message}.`);
  }
}

function failure(error: string): DesignFileResult {
  return { success: false, error };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** "design.workerNodes: at least 1 worker node. design.podCidr: .... 2 more problems." (field messages hold ";"). */
function describeFieldErrors(errors: readonly FieldError[]): string {
  if (errors.length === 0) return 'The design is not valid.';
  const shown = errors
    .slice(0, FIELD_ERRORS_SHOWN)
    .map((e) => `${e.path ? `design.${e.path}` : 'design'}: ${e.message}.`);
  const rest = errors.length - shown.length;
  if (rest > 0) shown.push(`${rest} more problem${rest === 1 ? '' : 's'}.`);
  return shown.join(' ');
}

/** Scenario messages already name the scenario and the field: shown as they are, the first few. */
function describeScenarioErrors(errors: readonly FieldError[]): string {
  const shown = errors.slice(0, FIELD_ERRORS_SHOWN).map((e) => `${e.message}.`);
  const rest = errors.length - shown.length;
  if (rest > 0) shown.push(`${rest} more problem${rest === 1 ? '' : 's'}.`);
  return shown.join(' ');
}

/** A short rendering of a value read from a file, safe to show in a sentence. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** "1 MB", "1.1 MB", "25 MB": rounded up, so a file just over the limit never reads as equal to it. */
function formatMegabytes(bytes: number): string {
  return `${Math.ceil((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
