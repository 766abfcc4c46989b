'use client';

import { DesignPanel } from '@/components/design-form/design-panel';
import type { ClusterPlan } from '@/lib/plan/types';
import { useDerivedPlan } from '@/state/use-derived-plan';
import { usePlannerStore } from '@/state/use-planner-store';
import { HeadlineFigures } from './headline-figures';
import { PlanContext } from './plan-context';
import { PlanErrorBar } from './plan-error-bar';
import { useReveal } from './use-reveal';
import { VIEWS_ID } from './view-ids';
import { ViewTabs } from './view-tabs';

/**
 * The design form and the views over one plan, derived here, once, and handed to both through
 * PlanContext. Side by side from 1024 px; on a narrower window the form sits above the views in a
 * box of its own height, so both stay on screen and nothing scrolls sideways.
 */
export function PlannerWorkspace({ referencePlan }: { referencePlan: ClusterPlan }) {
  const { plan, stale, error } = useDerivedPlan(referencePlan);
  const hydrated = usePlannerStore((s) => s.hydrated);
  // Reveal the figures once the restored design (not the server's reference design) is on screen.
  useReveal(hydrated && !stale);
  return (
    <PlanContext value={plan}>
      <div className="flex min-h-0 flex-1 flex-col lg:flex-row">
        <aside
          aria-label="Design inputs"
          className="max-h-[40vh] shrink-0 overflow-y-auto border-b border-slate-200 bg-white lg:max-h-none lg:w-80 lg:border-r lg:border-b-0 xl:w-96 dark:border-slate-800 dark:bg-slate-900"
        >
          <DesignPanel />
        </aside>
        <main id={VIEWS_ID} tabIndex={-1} className="flex min-h-0 min-w-0 flex-1 flex-col">
          <HeadlineFigures stale={stale} />
          {error ? <PlanErrorBar error={error} /> : null}
          <ViewTabs />
        </main>
      </div>
    </PlanContext>
  );
}
