'use client';

import type { ReactNode } from 'react';
import type { Option } from '@/components/design-form/field-options';
import { CONTROL_CLASS, FieldShell, TextInput } from '@/components/design-form/field-shell';

/** DOM id of a Workload form control (`workload-contextTokens`, `workload-custom-layers`). */
export const workloadDomId = (path: string) => `workload-${path.replace(/\./g, '-')}`;

/** A text input for a number (what the user typed stays visible, errors say why). */
export function WorkloadTextField({
  path,
  label,
  hint,
  value,
  error,
  placeholder,
  numeric = true,
  onChange,
}: {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  error?: string;
  placeholder?: string;
  numeric?: boolean;
  onChange: (text: string) => void;
}) {
  return (
    <FieldShell id={workloadDomId(path)} label={label} hint={hint} error={error}>
      {({ inputId, describedBy, invalid }) => (
        <TextInput
          id={inputId}
          name={path}
          value={value}
          onChange={onChange}
          numeric={numeric}
          placeholder={placeholder}
          invalid={invalid}
          describedBy={describedBy}
        />
      )}
    </FieldShell>
  );
}

export function WorkloadSelectField({
  path,
  label,
  hint,
  value,
  error,
  options,
  onChange,
}: {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  error?: string;
  options: Option[];
  onChange: (text: string) => void;
}) {
  return (
    <FieldShell id={workloadDomId(path)} label={label} hint={hint} error={error}>
      {({ inputId, describedBy, invalid }) => (
        <select
          id={inputId}
          name={path}
          value={value}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
          className={CONTROL_CLASS}
        >
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
