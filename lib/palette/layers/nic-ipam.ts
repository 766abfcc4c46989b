/**
 * The nic-ipam manifest: one nv-ipam CIDRPool per SuperNIC rail, lined up with the Spectrum-X
 * switchports (RA network-operator-config layer).
 */
import type { AddressBlock, ClusterPlan, IpPool } from '../../plan/types';
import { CONTROL_PLANE_ROLE_KEY, NETWORK_OPERATOR_NAMESPACE, NVIDIA_NIC_NODE_LABEL } from '../constants';

/** A static allocation per worker: the prefix and gateway of the leaf port its SuperNIC is cabled to. */
export interface StaticAllocation {
  nodeName: string;
  prefix: string;
  gateway: string;
}

/** The rail's rows of the IP plan as nv-ipam static allocations (node name = the plan's server name). */
export function staticAllocations(plan: ClusterPlan, rail: number): StaticAllocation[] {
  return plan.ipPlan.blocks
    .filter((b: AddressBlock) => b.network === 'east-west' && b.rail === rail)
    .map((b) => ({ nodeName: b.peerDevice, prefix: b.prefix, gateway: b.gateway }));
}

/**
 * One nv-ipam CIDRPool per rail. `staticAllocations` pin every worker to the prefix configured on its
 * leaf port, so the cluster side and the switch side read the same IP plan rows and cannot disagree.
 */
export function cidrPool(pool: IpPool, allocations: readonly StaticAllocation[]): Record<string, unknown> {
  return {
    apiVersion: 'nv-ipam.nvidia.com/v1alpha1',
    kind: 'CIDRPool',
    metadata: { name: pool.name, namespace: NETWORK_OPERATOR_NAMESPACE },
    spec: {
      cidr: pool.cidr,
      gatewayIndex: pool.gatewayIndex,
      perNodeNetworkPrefix: pool.perNodeNetworkPrefix,
      ...(pool.routes && pool.routes.length > 0 ? { routes: pool.routes.map((dst) => ({ dst })) } : {}),
      staticAllocations: allocations,
      nodeSelector: {
        nodeSelectorTerms: [
          {
            matchExpressions: [
              { key: NVIDIA_NIC_NODE_LABEL, operator: 'In', values: ['true'] },
              { key: CONTROL_PLANE_ROLE_KEY, operator: 'DoesNotExist' },
            ],
          },
        ],
      },
    },
  };
}

/** The CIDRPools of every rail, in rail order. */
export function cidrPools(plan: ClusterPlan): Record<string, unknown>[] {
  return plan.network.pools.map((pool) => cidrPool(pool, staticAllocations(plan, pool.rail)));
}
