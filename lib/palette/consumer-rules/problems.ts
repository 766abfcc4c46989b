/**
 * Shared vocabulary of the consumer-rule checkers: a problem names the object and the field path the
 * consumer would reject or silently ignore, and says why in the consumer's terms.
 */

/** One thing a consumer (API server, webhook, controller, node agent) would refuse or drop. */
export interface Problem {
  /** `Kind/name` of the object, e.g. `CIDRPool/rail-0`. */
  object: string;
  /** Dotted field path inside the object, e.g. `spec.staticAllocations[2].gateway`. */
  path: string;
  message: string;
}

/** A parsed Kubernetes object (YAML or JSON), probed field by field. */
export type K8sObject = Record<string, unknown>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The field as a record, or an empty one when absent or of another type (the caller reports types). */
export function recordAt(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

export function stringsAt(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Go's `int` fields only take whole JSON numbers; YAML `"3"` or `3.5` is refused by the API server. */
export function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** `Kind/name` for messages. */
export function objectName(object: K8sObject): string {
  const metadata = recordAt(object.metadata);
  return `${String(object.kind ?? '?')}/${String(metadata.name ?? '?')}`;
}

/** A `{{ .spectro.var.NAME }}` reference: Palette fills it in at deploy time, after the variable's regex. */
const VAR_REF = /^\{\{\s*\.spectro\.var\.([A-Za-z0-9_]+)\s*\}\}$/;

export function isVarRef(value: unknown): value is string {
  return typeof value === 'string' && VAR_REF.test(value);
}

export function varRefName(value: string): string | undefined {
  return VAR_REF.exec(value)?.[1];
}

/** Collects problems of one object; `at(path, message)` reads like the upstream `field.Invalid`. */
export class ProblemList {
  readonly items: Problem[] = [];
  constructor(private readonly object: string) {}

  at(path: string, message: string): void {
    this.items.push({ object: this.object, path, message });
  }
}

/** One line per problem, for test failure messages and logs. */
export function formatProblems(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.object} ${p.path}: ${p.message}`);
}
