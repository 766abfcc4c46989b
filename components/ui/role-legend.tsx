import type { ReactNode } from 'react';
import type { DeviceRole } from '@/lib/plan/types';
import { ROLE_COLOR, ROLE_LABEL } from './role-style';

/** The colour key of device roles, shared by the rack and topology views. */
export function RoleLegend({ roles, extra }: { roles: readonly DeviceRole[]; extra?: ReactNode }) {
  return (
    <ul className="flex flex-wrap gap-3 text-xs text-slate-600 dark:text-slate-400" aria-label="Legend">
      {roles.map((role) => (
        <li key={role} className="inline-flex items-center gap-1">
          <span
            aria-hidden="true"
            className="h-2.5 w-2.5 rounded-sm"
            style={{ background: ROLE_COLOR[role] }}
          />
          {ROLE_LABEL[role]}
        </li>
      ))}
      {extra ? <li>{extra}</li> : null}
    </ul>
  );
}
