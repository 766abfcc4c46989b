'use client';

import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { formatDecimal, formatInt, formatKW, formatUSD } from '@/components/ui/format';
import { plural } from '@/components/ui/plural';
import { Stat } from '@/components/ui/stat';
import type { SizingAnswer } from '@/lib/workload/types';
import { deploymentText, formatRange, rangeText, replicaShape } from './sizing-format';
import { UseDesignButton } from './use-design-button';

/** The cheapest option that fits, what it is, why, and the button that makes it the planner's design. */
export function RecommendationCard({ answer }: { answer: SizingAnswer }) {
  const id = answer.recommendation?.optionId;
  const option = answer.options.find((o) => o.id === id);
  if (!option || !answer.recommended) {
    const why = answer.warnings.find((w) => w.code === 'no-option-fits');
    return (
      <Card
        title="Recommended design"
        titleId="sizing-recommended-title"
        aside={<Badge tone="error">nothing fits</Badge>}
      >
        <p className="text-sm" data-testid="sizing-nothing-fits">
          {why?.message ?? 'No GPU and layout the planner sizes holds this workload.'}
        </p>
      </Card>
    );
  }
  const replica = option.replica;
  const perf = replica?.performance;
  const training = option.training;
  return (
    <Card
      title="Recommended design"
      titleId="sizing-recommended-title"
      aside={
        <span data-testid="sizing-recommended-option">
          <Badge tone="success">{option.id}</Badge>
        </span>
      }
    >
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
        {option.gpuName}, layout {option.layout} ({plural(option.gpusPerServer, 'GPU')} per server),{' '}
        {option.precision.toUpperCase()}
      </p>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-4 @3xl:grid-cols-4">
        <Stat label="Worker nodes" value={formatInt(option.workerNodes)} testId="sizing-worker-nodes" />
        <Stat
          label="GPUs"
          value={formatInt(option.gpus)}
          testId="sizing-gpus"
          detail={deploymentText(option)}
        />
        <Stat
          label={training ? 'GPUs per job' : 'GPUs per replica'}
          value={replica ? formatInt(replica.gpus) : '—'}
          detail={
            replica
              ? [
                  replicaShape(replica),
                  replica.users
                    ? `up to ${plural(replica.users.perReplica, 'user')} each, ${formatInt(replica.users.atLoad)} at this load`
                    : null,
                  training ? `${training.method}, ${training.sharding}` : null,
                ]
                  .filter(Boolean)
                  .join('; ')
              : undefined
          }
        />
        <Stat label="Cost (planned BOM)" value={formatUSD(option.totalUSD ?? 0)} testId="sizing-cost" />
        <Stat label="Power (design maximum)" value={formatKW(option.powerKW ?? 0)} />
        {perf ? (
          <>
            <Stat
              label="Tokens/s per user"
              value={formatDecimal(perf.tokensPerSecondPerUser.value)}
              detail={`range ${rangeText(perf.tokensPerSecondPerUser)}; ${formatRange(perf.aggregateTokensPerSecond, formatInt)} tokens/s per replica`}
            />
            <Stat
              label="Time to first token"
              value={`${formatDecimal(perf.timeToFirstTokenS.value)} s`}
              detail={`range ${rangeText(perf.timeToFirstTokenS)} s`}
            />
          </>
        ) : null}
        {training?.timePerEpochHours ? (
          <Stat
            label="Time per epoch"
            value={`${formatDecimal(training.timePerEpochHours.value)} h`}
            detail={`range ${rangeText(training.timePerEpochHours)} h`}
          />
        ) : null}
      </dl>
      <h3 className="mt-4 text-xs font-semibold text-slate-700 dark:text-slate-300">Why this one</h3>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-700 dark:text-slate-300">
        {(answer.recommendation?.reasons ?? []).map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <UseDesignButton design={answer.recommended} optionId={option.id} primary />
        <span className="text-xs text-slate-600 dark:text-slate-400">
          Replaces the planner’s design with {plural(option.workerNodes, 'worker node')} of {option.gpuName},
          layout {option.layout}; your design is kept and can be restored.
        </span>
      </div>
    </Card>
  );
}
