/** Real plans the NetBox tests run on, each built once. */
import { aDesign } from '../../../design/schema';
import { planCluster } from '../../../plan/plan-cluster';
import type { ClusterPlan } from '../../../plan/types';

const cache = new Map<string, ClusterPlan>();

function cached(key: string, build: () => ClusterPlan): ClusterPlan {
  const hit = cache.get(key);
  if (hit) return hit;
  const plan = build();
  cache.set(key, plan);
  return plan;
}

/** The RA reference design: 64 workers, 1-4-3-200, leaf-spine, 3 + 1 physical control plane. */
export const referencePlan = () => cached('reference', () => planCluster(aDesign()));

/** One SuperNIC per server (splitter legs on two servers), virtual control plane. */
export const smallPlan = () =>
  cached('small', () =>
    planCluster(
      aDesign({ layout: '1-2-2-200', workerNodes: 5, controlPlane: { nodes: 3, placement: 'virtual' } }),
    ),
  );

/** Single-tenant /31 per switchport: the peer address is one address on the NIC. */
export const pointToPointPlan = () =>
  cached('p2p', () => planCluster(aDesign({ layout: '1-2-3-400', workerNodes: 6, pointToPointPorts: true })));

export const ALL_PLANS: [string, () => ClusterPlan][] = [
  ['reference', referencePlan],
  ['small', smallPlan],
  ['point-to-point', pointToPointPlan],
];
