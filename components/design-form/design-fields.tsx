'use client';

import type { ReactNode } from 'react';
import { DEFAULT_DESIGN } from '@/lib/design/default-design';
import { allowedValues, DESIGN_FIELDS, type FieldSpec, labelWithUnit } from '@/lib/design/fields';
import type { FieldFix } from '@/lib/design/schema';
import { DRAFT_FIELDS, type DraftField } from '@/state/design-draft';
import type { PlannerState } from '@/state/planner-store';
import { usePlannerStore } from '@/state/use-planner-store';
import type { Option } from './field-options';
import { CONTROL_CLASS, FieldShell, TextInput } from './field-shell';

/** A field's label, from the design field table (numbers say their unit: "Rack depth (mm)"). */
export function formLabel(path: DraftField): string {
  const spec: FieldSpec = DESIGN_FIELDS[path];
  return spec.kind === 'number' ? labelWithUnit(spec) : spec.label;
}

/** The values a field allows, in words ("600 to 1,400 (mm)"), for hints. */
export const allowedFor = (path: DraftField): string => allowedValues(DESIGN_FIELDS[path], DEFAULT_DESIGN);

/** DOM id of a field's control: stable, readable, and used by the e2e page object. */
export const fieldDomId = (path: string) => `field-${path.replace(/\./g, '-')}`;

export function useDraftField(path: DraftField): {
  text: string;
  error: string | undefined;
  fix: FieldFix | undefined;
} {
  const text = usePlannerStore((s: PlannerState) => s.draft.values[path]);
  const error = usePlannerStore((s: PlannerState) => s.errors.find((e) => e.path === path)?.message);
  const fix = usePlannerStore((s: PlannerState) => s.errors.find((e) => e.path === path && e.fix)?.fix);
  return { text, error, fix };
}

/** The button of a fix an error offers: sets the field it names (null: back to the planner's choice). */
export function FixButton({ fix }: { fix: FieldFix }) {
  const setField = useSetField();
  if (!Object.hasOwn(DRAFT_FIELDS, fix.field)) return null;
  return (
    <button
      type="button"
      data-testid={`fix-${fix.field}`}
      className="self-start rounded-md border border-slate-300 px-2 py-1 text-xs hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      onClick={() => setField(fix.field as DraftField, fix.value === null ? '' : String(fix.value))}
    >
      {fix.label}
    </button>
  );
}

function useSetField() {
  return usePlannerStore((s) => s.setField);
}

/** Free text (CIDRs) and numbers: a text input, so whatever the user typed stays visible. */
export function DesignTextField({
  path,
  label = formLabel(path),
  hint,
  numeric = false,
  placeholder,
}: {
  path: DraftField;
  label?: ReactNode;
  hint?: ReactNode;
  numeric?: boolean;
  placeholder?: string;
}) {
  const { text, error, fix } = useDraftField(path);
  const setField = useSetField();
  const id = fieldDomId(path);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} action={fix ? <FixButton fix={fix} /> : null}>
      {({ inputId, describedBy, invalid }) => (
        <TextInput
          id={inputId}
          name={path}
          value={text}
          onChange={(t) => setField(path, t)}
          numeric={numeric}
          placeholder={placeholder}
          invalid={invalid}
          describedBy={describedBy}
        />
      )}
    </FieldShell>
  );
}

/** A picker. A value that is no longer offered (a MIG profile of the other GPU) stays, marked. */
export function DesignSelectField({
  path,
  label = formLabel(path),
  hint,
  options,
  staleLabel = (value: string) => `${value} (not available)`,
}: {
  path: DraftField;
  label?: ReactNode;
  hint?: ReactNode;
  options: Option[];
  staleLabel?: (value: string) => string;
}) {
  const { text, error } = useDraftField(path);
  const setField = useSetField();
  const id = fieldDomId(path);
  const offered = options.some((o) => o.value === text);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {({ inputId, describedBy, invalid }) => (
        <select
          id={inputId}
          name={path}
          value={text}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => setField(path, e.target.value)}
          className={CONTROL_CLASS}
        >
          {offered ? null : <option value={text}>{staleLabel(text)}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export function DesignCheckboxField({
  path,
  label = formLabel(path),
  hint,
}: {
  path: DraftField;
  label?: string;
  hint?: ReactNode;
}) {
  const { text, error } = useDraftField(path);
  const setField = useSetField();
  const id = fieldDomId(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <input
          id={id}
          name={path}
          type="checkbox"
          checked={text === 'true'}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy}
          onChange={(e) => setField(path, String(e.target.checked))}
          className="h-4 w-4 shrink-0 accent-emerald-700"
        />
        <label htmlFor={id} className="text-sm text-slate-800 dark:text-slate-200">
          {label}
        </label>
      </div>
      {error ? (
        <p id={errorId} className="text-xs text-red-700 dark:text-red-400" data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
