'use client';

import { useMemo } from 'react';
import { Card } from '@/components/ui/card';
import type { PlannerState } from '@/state/planner-store';
import { usePlannerStore } from '@/state/use-planner-store';
import { workloadRequest } from '@/state/workload-draft';
import { AssumptionsCard } from './assumptions-card';
import { MemoryCard } from './memory-card';
import { OptionsTable } from './options-table';
import { RecommendationCard } from './recommendation-card';
import { SizingStatus } from './sizing-status';
import { SizingWarnings } from './sizing-warnings';
import { useSizing } from './use-sizing';
import { WorkloadForm } from './workload-form';

const selectDraft = (s: PlannerState) => s.workload;

/**
 * The Workload view: describe a workload, see what it needs (memory, replica, replicas, GPUs), one
 * planned design per GPU and layout with its cost and power, and make one of them the planner's
 * design. The sizing runs in a Web Worker; the last answer stays on screen while the next is sized.
 */
export function WorkloadView() {
  const draft = usePlannerStore(selectDraft);
  const evaluation = useMemo(() => workloadRequest(draft), [draft]);
  const errors = useMemo(
    () => Object.fromEntries(evaluation.errors.map((e) => [e.path, e.message])),
    [evaluation.errors],
  );
  const { answer, sizing, error } = useSizing(evaluation.request);
  const formErrors = evaluation.errors.length;
  return (
    <div className="flex flex-col gap-4" data-view="workload" data-sizing={sizing ? '' : undefined}>
      <div className="grid grid-cols-1 gap-4 @4xl:grid-cols-[20rem_minmax(0,1fr)]">
        <Card title="Workload" titleId="workload-form-title" className="self-start">
          <WorkloadForm errors={errors} />
        </Card>
        <div className="flex min-w-0 flex-col gap-4">
          <SizingStatus sizing={sizing} error={error} formErrors={formErrors} answer={answer} />
          {answer ? (
            <div
              className={`flex flex-col gap-4 transition-opacity ${sizing || formErrors > 0 ? 'opacity-60' : ''}`}
            >
              <RecommendationCard answer={answer} />
              <MemoryCard answer={answer} />
              <OptionsTable answer={answer} />
              <SizingWarnings answer={answer} />
            </div>
          ) : null}
        </div>
      </div>
      <AssumptionsCard assumptions={answer?.assumptions ?? null} errors={errors} />
    </div>
  );
}
