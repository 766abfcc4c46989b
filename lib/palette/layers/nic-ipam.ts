/**
 * The nic-ipam manifest: one nv-ipam CIDRPool per SuperNIC rail, lined up with the Spectrum-X
 * switchports (RA network-operator-config layer).
 */
import type { ClusterPlan, IpPool } from '../../plan/types';
import { CONTROL_PLANE_ROLE_KEY, NETWORK_OPERATOR_NAMESPACE, NVIDIA_NIC_NODE_LABEL } from '../constants';

/** One nv-ipam CIDRPool per rail: the Spectrum-X per-switchport prefix handed to each worker. */
export function cidrPool(pool: IpPool): Record<string, unknown> {
  return {
    apiVersion: 'nv-ipam.nvidia.com/v1alpha1',
    kind: 'CIDRPool',
    metadata: { name: pool.name, namespace: NETWORK_OPERATOR_NAMESPACE },
    spec: {
      cidr: pool.cidr,
      gatewayIndex: pool.gatewayIndex,
      perNodeNetworkPrefix: pool.perNodeNetworkPrefix,
      ...(pool.routes && pool.routes.length > 0 ? { routes: pool.routes.map((dst) => ({ dst })) } : {}),
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
  return plan.network.pools.map(cidrPool);
}
