'use client';

import { Button } from '@/components/ui/button';
import type { PlannerState } from '@/state/planner-store';
import { usePlannerStore } from '@/state/use-planner-store';
import { CUSTOM_MODEL, type WorkloadField } from '@/state/workload-draft';
import { CustomModelFields } from './custom-model-fields';
import { WorkloadSelectField, WorkloadTextField } from './workload-fields';
import {
  GPU_FILTER_OPTIONS,
  KV_PRECISION_OPTIONS,
  LAYOUT_FILTER_OPTIONS,
  MIG_MODE_OPTIONS,
  MODEL_OPTIONS,
  PRECISION_OPTIONS,
  TASK_OPTIONS,
} from './workload-options';

const selectValues = (s: PlannerState) => s.workload.values;
const selectSetField = (s: PlannerState) => s.setWorkloadField;
const selectReset = (s: PlannerState) => s.resetWorkload;

/** The workload to size: model, task, precision, context, users, targets, and the GPU/layout filter. */
export function WorkloadForm({ errors }: { errors: Readonly<Record<string, string>> }) {
  const values = usePlannerStore(selectValues);
  const setField = usePlannerStore(selectSetField);
  const reset = usePlannerStore(selectReset);
  const inference = values.task === 'inference';
  const text = (field: WorkloadField) => ({
    path: field,
    value: values[field],
    error: errors[field],
    onChange: (t: string) => setField(field, t),
  });
  return (
    <form className="flex flex-col gap-3" aria-label="Workload to size" onSubmit={(e) => e.preventDefault()}>
      <WorkloadSelectField {...text('task')} label="Task" options={TASK_OPTIONS} />
      <WorkloadSelectField {...text('model')} label="Model" options={MODEL_OPTIONS} />
      {values.model === CUSTOM_MODEL ? <CustomModelFields errors={errors} /> : null}
      <WorkloadSelectField {...text('precision')} label="Weight precision" options={PRECISION_OPTIONS} />
      {inference ? (
        <WorkloadSelectField
          {...text('kvCachePrecision')}
          label="KV-cache precision"
          options={KV_PRECISION_OPTIONS}
        />
      ) : null}
      <WorkloadTextField
        {...text('contextTokens')}
        label={inference ? 'Context (tokens per sequence)' : 'Sequence length (tokens)'}
        hint={inference ? 'Input + output tokens each user holds.' : undefined}
      />
      {inference ? (
        <>
          <WorkloadTextField {...text('users')} label="Concurrent users" />
          <WorkloadTextField
            {...text('inputTokens')}
            label="Input tokens (optional)"
            placeholder="the whole context"
            hint="Prompt length, for the time to first token."
          />
          <fieldset className="flex flex-col gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-800">
            <legend className="px-1 text-xs font-semibold text-slate-700 dark:text-slate-300">
              Targets (optional)
            </legend>
            <WorkloadTextField
              {...text('tokensPerSecondPerUser')}
              label="Tokens per second per user"
              placeholder="none (10 kept)"
            />
            <WorkloadTextField
              {...text('timeToFirstTokenS')}
              label="Time to first token (s)"
              placeholder="none"
            />
          </fieldset>
        </>
      ) : (
        <fieldset className="flex flex-col gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-800">
          <legend className="px-1 text-xs font-semibold text-slate-700 dark:text-slate-300">
            Training (optional)
          </legend>
          <WorkloadTextField
            {...text('trainingTokens')}
            label="Tokens per epoch"
            placeholder="e.g. 1e8"
            hint="For the time-per-epoch estimate."
          />
          <WorkloadTextField
            {...text('targetHoursPerEpoch')}
            label="Target hours per epoch"
            placeholder="none"
          />
          <WorkloadSelectField
            {...text('activationCheckpointing')}
            label="Activation checkpointing"
            options={[
              { value: 'true', label: 'On (recompute activations)' },
              { value: 'false', label: 'Off' },
            ]}
          />
        </fieldset>
      )}
      <fieldset className="flex flex-col gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-800">
        <legend className="px-1 text-xs font-semibold text-slate-700 dark:text-slate-300">
          Hardware to consider
        </legend>
        <WorkloadSelectField {...text('gpu')} label="GPUs to size for" options={GPU_FILTER_OPTIONS} />
        <WorkloadSelectField
          {...text('layout')}
          label="Server layouts to size for"
          options={LAYOUT_FILTER_OPTIONS}
        />
        {inference ? (
          <WorkloadSelectField {...text('mig')} label="MIG policy" options={MIG_MODE_OPTIONS} />
        ) : null}
      </fieldset>
      <div>
        <Button onClick={reset}>Reset the workload</Button>
      </div>
    </form>
  );
}
