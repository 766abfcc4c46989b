/**
 * Migrations of the saved design document `{ schemaVersion, design, scenarios?, baselineScenario? }`
 * (localStorage, share links and design files).
 *
 * Each migration lifts a document by exactly one version and has its own test with the old document
 * kept as a fixture (fixtures/design-v1.json, design-v2.json). Documents older than the oldest version
 * a migration starts from cannot be read ("too old"); documents newer than this planner ("too new")
 * are never guessed at. From version 3 a document may hold scenarios, each with a design of the
 * document's version: a migration that changes the design must lift every scenario's design too.
 */
import { DESIGN_SCHEMA_VERSION } from './schema';

/** A saved document at some version: the design is unknown until the current schema checks it. */
export interface VersionedDocument {
  schemaVersion: number;
  design: unknown;
  /** Raw text of fields the user was still editing (invalid entries), by field path. */
  pendingEdits?: Record<string, string>;
  /** From version 3: the designs kept for comparison (unknown until lib/design/scenarios.ts checks them). */
  scenarios?: unknown;
  /** From version 3: the index of the scenario the others are compared against. */
  baselineScenario?: unknown;
}

/** Lifts a document from `from` to `from + 1`. Pure: returns a new document. */
export interface DesignMigration {
  from: number;
  migrate: (doc: VersionedDocument) => VersionedDocument;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * v1 -> v2: the full IP plan and the floor plan. Version 1 had no site subnets, no switchport option
 * and no rows; a v1 design
 * gets the blocks version 2 starts with (the v2 defaults, written out here so later default changes
 * never rewrite old documents) and keeps every field it had.
 */
export const V2_ADDED_FIELDS = {
  pointToPointPorts: false,
  underlayCidr: '10.255.0.0/16',
  oobCidr: '10.250.0.0/16',
  managementCidr: '10.251.0.0/16',
  northSouthCidr: '10.252.0.0/16',
  loadBalancerAddresses: 16,
} as const;

/** The floor plan's physical options (v2), added to a v1 design's `physical`. */
export const V2_ADDED_PHYSICAL = { racksPerRow: 12, rackDepthMm: 1200, aisleWidthMm: 1200 } as const;

/**
 * Version 1 always stored the pod, service and east-west CIDRs; its defaults were the RA's values.
 * Version 2 lets the planner choose them (null): a v1 value equal to the v1 default becomes the
 * planner's choice, which stays the same value while it fits; any other value stays chosen.
 */
export const V1_DEFAULT_CIDRS = {
  podCidr: '100.64.0.0/12',
  serviceCidr: '100.80.0.0/14',
  eastWestCidr: '172.16.0.0/16',
} as const;

function v1ToV2(doc: VersionedDocument): VersionedDocument {
  if (!isObject(doc.design)) return { ...doc, schemaVersion: 2 };
  const design = doc.design;
  const physical = isObject(design.physical) ? { ...V2_ADDED_PHYSICAL, ...design.physical } : design.physical;
  const cidrs = Object.fromEntries(
    Object.entries(V1_DEFAULT_CIDRS).map(([field, v1Default]) => [
      field,
      design[field] === v1Default ? null : design[field],
    ]),
  );
  return {
    ...doc,
    schemaVersion: 2,
    design: { ...V2_ADDED_FIELDS, ...design, ...cidrs, physical, schemaVersion: 2 },
  };
}

/**
 * v2 -> v3: scenarios side by side. Version 2 had no scenarios, so a v2 document gets none (any
 * `scenarios` key a v2 document carries was never written by a planner and is dropped); its design
 * is unchanged apart from the version.
 */
function v2ToV3(doc: VersionedDocument): VersionedDocument {
  const { scenarios: _s, baselineScenario: _b, ...rest } = doc;
  const design = isObject(doc.design) ? { ...doc.design, schemaVersion: 3 } : doc.design;
  return { ...rest, schemaVersion: 3, design };
}

export const DESIGN_MIGRATIONS: readonly DesignMigration[] = [
  { from: 1, migrate: v1ToV2 },
  { from: 2, migrate: v2ToV3 },
];

export type MigrationResult =
  | { success: true; data: VersionedDocument; migratedFrom: number | null }
  | { success: false; kind: 'too-old' | 'too-new' | 'malformed'; version: number | null; message: string };

/** Oldest version this planner can read: where the migration chain starts (or the current version). */
export function oldestReadableVersion(
  migrations: readonly DesignMigration[] = DESIGN_MIGRATIONS,
  current: number = DESIGN_SCHEMA_VERSION,
): number {
  return migrations.reduce((oldest, m) => Math.min(oldest, m.from), current);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks the envelope and runs every migration from the document's version up to `current`. Never throws. */
export function migrateDocument(
  value: unknown,
  migrations: readonly DesignMigration[] = DESIGN_MIGRATIONS,
  current: number = DESIGN_SCHEMA_VERSION,
): MigrationResult {
  if (!isRecord(value) || !('design' in value)) {
    return { success: false, kind: 'malformed', version: null, message: 'it is not a saved design document' };
  }
  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { success: false, kind: 'malformed', version: null, message: 'it has no schema version' };
  }
  if (version > current) {
    return {
      success: false,
      kind: 'too-new',
      version,
      message: `it was saved by a newer planner (schema version ${version}; this planner reads up to ${current})`,
    };
  }
  const oldest = oldestReadableVersion(migrations, current);
  if (version < oldest) {
    return {
      success: false,
      kind: 'too-old',
      version,
      message: `it was saved by an older planner (schema version ${version}) that this planner can no longer read (oldest readable: ${oldest})`,
    };
  }
  let doc: VersionedDocument = {
    schemaVersion: version,
    design: value.design,
    pendingEdits: readPendingEdits(value.pendingEdits),
    ...('scenarios' in value ? { scenarios: value.scenarios } : {}),
    ...('baselineScenario' in value ? { baselineScenario: value.baselineScenario } : {}),
  };
  while (doc.schemaVersion < current) {
    const step = migrations.find((m) => m.from === doc.schemaVersion);
    if (!step) {
      return {
        success: false,
        kind: 'too-old',
        version,
        message: `no migration from schema version ${doc.schemaVersion} to ${doc.schemaVersion + 1}`,
      };
    }
    const next = step.migrate(doc);
    if (next.schemaVersion !== doc.schemaVersion + 1) {
      return {
        success: false,
        kind: 'malformed',
        version,
        message: `migration from ${doc.schemaVersion} did not produce version ${doc.schemaVersion + 1}`,
      };
    }
    doc = next;
  }
  return { success: true, data: doc, migratedFrom: version === current ? null : version };
}

/** Keeps only string entries: pending edits are a convenience and never block loading a design. */
function readPendingEdits(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string');
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
