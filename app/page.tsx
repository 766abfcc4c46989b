import { PlannerApp } from '@/components/planner/planner-app';
import { DEFAULT_DESIGN } from '@/lib/design/schema';
import { planCluster } from '@/lib/plan/plan-cluster';

/**
 * The page is prerendered, so the reference design is planned once, at build time, and its plan
 * reaches the client in the page's payload: the browser never loads the planner for the first screen.
 */
export default function HomePage() {
  return <PlannerApp referencePlan={planCluster(DEFAULT_DESIGN)} />;
}
