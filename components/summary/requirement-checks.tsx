'use client';

import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { formatInt } from '@/components/ui/format';
import type { ClusterPlan } from '@/lib/plan/types';

/** The RA's per-GPU minimums (cores, memory, NVMe) against what one worker of this layout has. */
export function RequirementChecks({ plan }: { plan: ClusterPlan }) {
  return (
    <Card title="RA minimums per worker" titleId="requirements-title">
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="text-left text-xs text-slate-600 dark:text-slate-400">
            <tr>
              <th className="py-1 font-medium">Requirement</th>
              <th className="py-1 text-right font-medium">Required</th>
              <th className="py-1 text-right font-medium">Actual</th>
              <th className="py-1 pl-3 font-medium">RA section</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {plan.compute.checks.map((c) => (
              <tr key={c.name}>
                <td className="py-1.5">{c.name}</td>
                <td className="py-1.5 text-right tabular-nums">
                  {formatInt(c.required)} {c.unit}
                </td>
                <td className="py-1.5 text-right tabular-nums">
                  <span className="mr-2">
                    {formatInt(c.actual)} {c.unit}
                  </span>
                  <Badge tone={c.ok ? 'success' : 'error'}>{c.ok ? 'ok' : 'short'}</Badge>
                </td>
                <td className="py-1.5 pl-3 text-xs text-slate-600 dark:text-slate-400">{c.raSection}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
