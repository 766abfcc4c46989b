import type { ReactNode } from 'react';

export interface FieldIds {
  inputId: string;
  describedBy: string | undefined;
  invalid: boolean;
}

/**
 * Label, control, hint and error of one field. The error is linked with aria-describedby and the
 * control gets aria-invalid, so screen readers say why a value is refused.
 */
export function FieldShell({
  id,
  label,
  hint,
  error,
  action,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Shown under the error: a one-click fix the error offers. */
  action?: ReactNode;
  children: (ids: FieldIds) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-700 dark:text-slate-300">
        {label}
      </label>
      {children({ inputId: id, describedBy, invalid: Boolean(error) })}
      {error ? <FieldErrorText id={id} error={error} /> : null}
      {error ? action : null}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export const CONTROL_CLASS =
  'h-8 w-full rounded-md border bg-white px-2 text-sm tabular-nums text-slate-900 dark:bg-slate-950 dark:text-slate-100 ' +
  'border-slate-300 dark:border-slate-700 aria-[invalid=true]:border-red-600 aria-[invalid=true]:bg-red-50 ' +
  'dark:aria-[invalid=true]:border-red-500 dark:aria-[invalid=true]:bg-red-950/40';

/** A field's error line, linked from its control by `${id}-error`. */
export function FieldErrorText({ id, error }: { id: string; error: string }) {
  return (
    <p id={`${id}-error`} className="text-xs text-red-700 dark:text-red-400" data-testid={`${id}-error`}>
      {error}
    </p>
  );
}

/** A text box that keeps whatever was typed (CIDRs, numbers): one look and one set of attributes. */
export function TextInput({
  id,
  name,
  value,
  onChange,
  numeric = false,
  placeholder,
  invalid,
  describedBy,
  ariaLabel,
}: {
  id: string;
  name?: string;
  value: string;
  onChange: (text: string) => void;
  numeric?: boolean;
  placeholder?: string;
  invalid: boolean;
  describedBy: string | undefined;
  ariaLabel?: string;
}) {
  return (
    <input
      id={id}
      name={name}
      type="text"
      inputMode={numeric ? 'decimal' : undefined}
      autoComplete="off"
      spellCheck={false}
      placeholder={placeholder}
      value={value}
      aria-label={ariaLabel}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.target.value)}
      className={CONTROL_CLASS}
    />
  );
}
