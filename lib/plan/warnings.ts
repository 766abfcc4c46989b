import type { PlanNote, PlanWarning, Severity } from './types';

/** Builds a PlanWarning; `raSection` names the RA section the rule comes from. */
export function warning(code: string, severity: Severity, message: string, raSection?: string): PlanWarning {
  return raSection === undefined ? { code, severity, message } : { code, severity, message, raSection };
}

export const info = (code: string, message: string, raSection?: string) =>
  warning(code, 'info', message, raSection);
export const warn = (code: string, message: string, raSection?: string) =>
  warning(code, 'warning', message, raSection);
export const error = (code: string, message: string, raSection?: string) =>
  warning(code, 'error', message, raSection);

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then infos; stable within a severity so the order stays deterministic. */
export function sortWarnings(warnings: readonly PlanWarning[]): PlanWarning[] {
  return warnings
    .map((w, i) => ({ w, i }))
    .sort((a, b) => SEVERITY_ORDER[a.w.severity] - SEVERITY_ORDER[b.w.severity] || a.i - b.i)
    .map(({ w }) => w);
}

export function hasErrors(warnings: readonly PlanWarning[]): boolean {
  return warnings.some((w) => w.severity === 'error');
}

/** Builds a PlanNote recording an RA self-contradiction and the value the planner uses. */
export function note(
  code: string,
  topic: string,
  message: string,
  chosen: { value: string; section: string },
  alternatives: { value: string; section: string }[],
): PlanNote {
  return { code, topic, message, chosen, alternatives };
}
