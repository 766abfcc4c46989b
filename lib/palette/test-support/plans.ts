/** Plans for the palette tests: the real planner on a design built from the RA reference defaults. */
import { aDesign, type DesignInput } from '../../design/schema';
import { planCluster } from '../../plan/plan-cluster';
import type { ClusterPlan } from '../../plan/types';

export function planFor(overrides: Partial<DesignInput> = {}): ClusterPlan {
  return planCluster(aDesign(overrides));
}
