'use client';

import { ErrorBoundary } from '@/components/ui/error-boundary';
import type { ClusterPlan } from '@/lib/plan/types';
import { usePlannerStartup } from '@/state/use-planner-startup';
import { usePlannerStore } from '@/state/use-planner-store';
import { AppHeader } from './app-header';
import { NoticeList } from './notice-list';
import { PlanFailure } from './plan-failure';
import { PlannerWorkspace } from './planner-workspace';
import { SkipLink } from './skip-link';

const renderFailure = (error: Error, retry: () => void) => <PlanFailure error={error} onReset={retry} />;

/**
 * The planner shell: skip link, header, the workspace (design form and views over one plan) and the
 * notices below it. If the workspace cannot render (the first plan fails, or a view does), the page
 * keeps its header and shows why, with the way back to the reference design, instead of going blank;
 * a new design tries the workspace again. `referencePlan` is the plan of the RA reference design,
 * computed on the server (app/page.tsx).
 */
export function PlannerApp({ referencePlan }: { referencePlan: ClusterPlan }) {
  usePlannerStartup();
  const design = usePlannerStore((s) => s.design);
  const hydrated = usePlannerStore((s) => s.hydrated);
  return (
    <div className="flex h-dvh flex-col" data-hydrated={hydrated ? '' : undefined}>
      <SkipLink />
      <AppHeader />
      <ErrorBoundary resetKey={design} fallback={renderFailure}>
        <PlannerWorkspace referencePlan={referencePlan} />
      </ErrorBoundary>
      <NoticeList />
    </div>
  );
}
