'use client';

import { useEffect } from 'react';
import { DesignPanel } from '@/components/design-form/design-panel';
import { useDerivedPlan } from '@/state/use-derived-plan';
import { usePlannerStartup } from '@/state/use-planner-startup';
import { usePlannerStore } from '@/state/use-planner-store';
import { AppHeader } from './app-header';
import { HeadlineFigures } from './headline-figures';
import { NoticeList } from './notice-list';
import { PlanContext } from './plan-context';
import { ViewTabs } from './view-tabs';

/**
 * The planner shell: header, the design form on the left, headline figures and the view tabs on the
 * right. The plan is computed here, once, and handed to every view through PlanContext.
 */
export function PlannerApp() {
  usePlannerStartup();
  const { plan, stale, error } = useDerivedPlan();
  const hydrated = usePlannerStore((s) => s.hydrated);

  // Reveal the figures once the restored design (not the server's reference design) is on screen.
  useEffect(() => {
    if (hydrated && !stale) document.documentElement.removeAttribute('data-restoring');
  }, [hydrated, stale]);

  return (
    <PlanContext value={plan}>
      <div className="flex h-screen min-w-[1280px] flex-col" data-hydrated={hydrated ? '' : undefined}>
        <AppHeader />
        <div className="flex min-h-0 flex-1">
          <aside
            aria-label="Design inputs"
            className="w-80 shrink-0 overflow-y-auto border-r border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
          >
            <DesignPanel />
          </aside>
          <main className="flex min-w-0 flex-1 flex-col">
            <HeadlineFigures stale={stale} error={error} />
            <ViewTabs />
          </main>
        </div>
        <NoticeList />
      </div>
    </PlanContext>
  );
}
