'use client';

import dynamic from 'next/dynamic';
import { memo } from 'react';
import { PrintSupport } from '@/components/print/print-support';
import { SummaryView } from '@/components/summary/summary-view';
import { Skeleton } from '@/components/ui/skeleton';
import { type TabItem, TabList, TabPanel } from '@/components/ui/tabs';
import type { TabId } from '@/state/planner-store';
import { usePlannerStore } from '@/state/use-planner-store';
import { usePlan } from './use-plan';
import { VIEWS_PREFIX } from './view-ids';

const TABS: readonly TabItem<TabId>[] = [
  { id: 'summary', label: 'Summary' },
  { id: 'topology', label: 'Topology' },
  { id: 'racks', label: 'Racks' },
  { id: 'network', label: 'Network' },
  { id: 'kubernetes', label: 'Kubernetes' },
  { id: 'workload', label: 'Workload' },
  { id: 'compare', label: 'Compare' },
  { id: 'bom', label: 'BOM' },
  { id: 'exports', label: 'Exports' },
];

const VIEW_HEIGHT = 'calc(100vh - 11rem)';

function ViewSkeleton({ label }: { label: string }) {
  return <Skeleton height={VIEW_HEIGHT} label={`Loading ${label}`} />;
}

// The first screen is the summary; every other view is its own chunk, loaded when its tab opens.
const TopologyView = dynamic(
  () => import('@/components/topology/topology-view').then((m) => m.TopologyView),
  {
    ssr: false,
    loading: () => <ViewSkeleton label="topology" />,
  },
);
const RacksView = dynamic(() => import('@/components/racks/racks-view').then((m) => m.RacksView), {
  ssr: false,
  loading: () => <ViewSkeleton label="racks" />,
});
const NetworkView = dynamic(() => import('@/components/network/network-view').then((m) => m.NetworkView), {
  loading: () => <ViewSkeleton label="network" />,
});
const KubernetesView = dynamic(
  () => import('@/components/kubernetes/kubernetes-view').then((m) => m.KubernetesView),
  { loading: () => <ViewSkeleton label="Kubernetes" /> },
);
const WorkloadView = dynamic(
  () => import('@/components/workload/workload-view').then((m) => m.WorkloadView),
  { loading: () => <ViewSkeleton label="workload sizing" /> },
);
const CompareView = dynamic(() => import('@/components/compare/compare-view').then((m) => m.CompareView), {
  loading: () => <ViewSkeleton label="comparison" />,
});
const BomView = dynamic(() => import('@/components/bom/bom-view').then((m) => m.BomView), {
  loading: () => <ViewSkeleton label="BOM" />,
});
const ExportPanel = dynamic(() => import('@/components/exports/export-panel').then((m) => m.ExportPanel), {
  ssr: false,
  loading: () => <ViewSkeleton label="exports" />,
});

/**
 * Memoised: it has no props, so a keystroke (the workspace re-rendering to mark the plan stale)
 * does not re-render the views; they render again when the plan or the open tab changes.
 */
export const ViewTabs = memo(function ViewTabs() {
  const active = usePlannerStore((s) => s.activeTab);
  const setTab = usePlannerStore((s) => s.setTab);
  const plan = usePlan();
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      {/* The browser's Print command on any view: light paper, page header and numbers (components/print). */}
      <PrintSupport viewLabel={TABS.find((t) => t.id === active)?.label ?? 'Planner'} />
      <div className="shrink-0 bg-white px-4 dark:bg-slate-900">
        <TabList tabs={TABS} active={active} onChange={setTab} prefix={VIEWS_PREFIX} label="Views" />
      </div>
      {TABS.map((tab) => (
        <TabPanel
          key={tab.id}
          prefix={VIEWS_PREFIX}
          id={tab.id}
          active={tab.id === active}
          className="min-h-0 flex-1 overflow-auto p-4"
        >
          {/* A size container: the views lay out by the width they get, not the window's (@3xl: etc.). */}
          <div data-restorable className="@container h-full">
            {tab.id === 'summary' ? <SummaryView /> : null}
            {tab.id === 'topology' ? <TopologyView /> : null}
            {tab.id === 'racks' ? <RacksView /> : null}
            {tab.id === 'network' ? <NetworkView /> : null}
            {tab.id === 'kubernetes' ? <KubernetesView /> : null}
            {tab.id === 'workload' ? <WorkloadView /> : null}
            {tab.id === 'compare' ? <CompareView /> : null}
            {tab.id === 'bom' ? <BomView /> : null}
            {tab.id === 'exports' ? <ExportPanel plan={plan} /> : null}
          </div>
        </TabPanel>
      ))}
    </div>
  );
});
