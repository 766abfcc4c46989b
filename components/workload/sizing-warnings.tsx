'use client';

import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { Severity } from '@/lib/plan/types';
import type { SizingAnswer } from '@/lib/workload/types';

const TONE: Record<Severity, BadgeTone> = { info: 'info', warning: 'warning', error: 'error' };

/** What the sizing warns about. Options that do not fit say why in the options table, not here. */
export function SizingWarnings({ answer }: { answer: SizingAnswer }) {
  const shown = answer.warnings.filter((w) => w.code !== 'option-does-not-fit');
  if (shown.length === 0) return null;
  return (
    <Card title={`Warnings and notes (${shown.length})`} titleId="sizing-warnings-title">
      <ul className="flex flex-col gap-2 text-sm" data-testid="sizing-warnings">
        {shown.map((w) => (
          <li key={`${w.code}|${w.optionId ?? ''}|${w.message}`} className="flex items-start gap-2">
            <Badge tone={TONE[w.severity]}>{w.severity}</Badge>
            <span className="min-w-0 break-words">{w.message}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
