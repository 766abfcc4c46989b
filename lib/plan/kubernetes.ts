import {
  KUBERNETES_VERSION,
  LONGHORN,
  MAAS_RESOURCE_POOLS,
  OVERHEAD_PODS_FIXED,
  OVERHEAD_PODS_PER_NODE,
  PVCS,
} from '../catalog/kubernetes';
import { validCidr } from '../design/cidr';
import { clusterNodeCount, NODE_POD_CIDR_PREFIX, type PlannedDesign } from '../design/schema';
import type { ControlPlanePlan, KubernetesPlan } from './types';

const prefixOf = (cidr: string): number => validCidr(cidr).prefix;

/**
 * Pod capacity, overhead pods, pod/service CIDR capacity, PVCs, Longhorn and MAAS pools
 * (RA Solution sizing, Storage configuration, Canonical MAAS configuration).
 */
export function planKubernetes(input: PlannedDesign, controlPlane: ControlPlanePlan): KubernetesPlan {
  const workers = input.workerNodes;
  // "Allowing 250 * 64 = 16.000 pods to be active on worker nodes" (Solution sizing).
  const podCapacity = input.maxPodsPerNode * workers;
  // "Total overhead (64 * 25) + 131 = 1.731, leaving 14.269 pods for workloads" (Solution sizing).
  const overheadPods = OVERHEAD_PODS_PER_NODE * workers + OVERHEAD_PODS_FIXED;
  // "/12 allows for a maximum of 4096 sub-CIDRs of /24 each, one for each node" (Solution sizing).
  const maxNodesForPodCidr = 2 ** (NODE_POD_CIDR_PREFIX - prefixOf(input.podCidr));
  // "/14 allows for 256K service IP addresses" (Solution sizing).
  const serviceAddresses = 2 ** (32 - prefixOf(input.serviceCidr));
  const pvcs = PVCS.map((p) => ({ ...p }));
  const controlPlanePoolNodes = controlPlane.nodes + controlPlane.spareNodes;
  return {
    maxPodsPerNode: input.maxPodsPerNode,
    podCapacity,
    overheadPodsPerNode: OVERHEAD_PODS_PER_NODE,
    overheadPodsFixed: OVERHEAD_PODS_FIXED,
    overheadPods,
    // Never negative: a shortfall is reported on its own (and as an error warning).
    workloadPods: Math.max(0, podCapacity - overheadPods),
    podShortfall: Math.max(0, overheadPods - podCapacity),
    podCidr: input.podCidr,
    nodePodCidrPrefix: NODE_POD_CIDR_PREFIX,
    maxNodesForPodCidr,
    clusterNodes: clusterNodeCount(input),
    serviceCidr: input.serviceCidr,
    serviceAddresses,
    namespaces: input.namespaces,
    kubernetesVersion: KUBERNETES_VERSION,
    pvcs,
    totalPvcGi: pvcs.reduce((sum, p) => sum + p.sizeGi, 0),
    longhornVersion: LONGHORN.version,
    longhornGuaranteedInstanceManagerCpu: LONGHORN.guaranteedInstanceManagerCpu,
    resourcePools: MAAS_RESOURCE_POOLS.map((pool) => ({
      name: pool.name,
      nodes: pool.role === 'control-plane' ? controlPlanePoolNodes : workers,
      description: pool.description,
    })),
  };
}
