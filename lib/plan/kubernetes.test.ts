import { describe, expect, it } from 'vitest';
import { aPlannedDesign } from '../design/schema';
import { planControlPlane } from './control-plane';
import { planKubernetes } from './kubernetes';

const plan = (overrides: Parameters<typeof aPlannedDesign>[0] = {}) => {
  const d = aPlannedDesign(overrides);
  return planKubernetes(d, planControlPlane(d));
};

describe('planKubernetes: RA Solution sizing', () => {
  // "Allowing 250 * 64 = 16.000 pods to be active on worker nodes".
  it('has 16,000 pods of capacity at 250 pods x 64 workers', () => {
    expect(plan({ workerNodes: 64, maxPodsPerNode: 250 }).podCapacity).toBe(16_000);
  });

  // "Total overhead (64 * 25) + 131 = 1.731, leaving 14.269 pods for workloads".
  it('has 1,731 overhead pods and 14,269 workload pods at 64 workers', () => {
    const k = plan({ workerNodes: 64 });
    expect([k.overheadPodsPerNode, k.overheadPodsFixed]).toEqual([25, 131]);
    expect(k.overheadPods).toBe(1_731);
    expect(k.workloadPods).toBe(14_269);
  });

  // "Kubernetes pod CIDR configured to 100.64.0.0/12 ... a maximum of 4096 sub-CIDRs of /24 each".
  it('fits 4,096 node /24s in the /12 pod CIDR', () => {
    const k = plan({ podCidr: '100.64.0.0/12' });
    expect([k.nodePodCidrPrefix, k.maxNodesForPodCidr]).toEqual([24, 4096]);
  });

  // "Kubernetes service CIDR configured to 100.80.0.0/14 ... This allows for 256K service IP addresses."
  it('gives 256K (262,144) service addresses for /14', () => {
    expect(plan({ serviceCidr: '100.80.0.0/14' }).serviceAddresses).toBe(256 * 1024);
  });

  it('follows the CIDR sizes the user picks', () => {
    const k = plan({ podCidr: '10.0.0.0/16', serviceCidr: '100.80.0.0/16', workerNodes: 8 });
    expect([k.maxNodesForPodCidr, k.serviceAddresses]).toEqual([256, 65_536]);
  });

  it('counts workers + control plane + spare as cluster nodes (RA Hardware resources)', () => {
    expect(plan({ workerNodes: 64, controlPlane: { nodes: 3, placement: 'physical' } }).clusterNodes).toBe(
      68,
    );
  });
});

describe('planKubernetes: RA Storage configuration and MAAS', () => {
  // "The cluster requires some basic storage functionality to serve 6 persistent volume claims".
  it('lists the 6 PVCs, 127 Gi in all', () => {
    const k = plan();
    expect(k.pvcs).toHaveLength(6);
    expect(k.totalPvcGi).toBe(10 + 3 + 3 + 3 + 8 + 100);
  });

  it('uses Longhorn 1.9.0 with guaranteed-instance-manager-cpu "2" (Longhorn layer)', () => {
    const k = plan();
    expect([k.longhornVersion, k.longhornGuaranteedInstanceManagerCpu]).toEqual(['1.9.0', '2']);
  });

  // "control-plane and worker-pool resource pools" (Canonical MAAS configuration); the spare sits in
  // "the same resource pool in MAAS" as the control plane (Hardware resources).
  it('puts control plane + spare in control-plane and the workers in worker-pool', () => {
    const k = plan({ workerNodes: 48, controlPlane: { nodes: 5, placement: 'physical' } });
    expect(k.resourcePools.map((p) => [p.name, p.nodes])).toEqual([
      ['control-plane', 6],
      ['worker-pool', 48],
    ]);
  });

  it('uses Kubernetes 1.33.5 (Software resources)', () => {
    expect(plan().kubernetesVersion).toBe('1.33.5');
  });
});

describe('workload pods never go negative', () => {
  // Solution sizing: overhead = 25 per node + 131. 1 worker at 110 max pods: 110 - (25 + 131) = -46.
  it('gives 0 workload pods and a shortfall of 46 for 1 worker at 110 max pods', () => {
    const k = plan({ workerNodes: 1, maxPodsPerNode: 110 });
    expect([k.podCapacity, k.overheadPods, k.workloadPods, k.podShortfall]).toEqual([110, 156, 0, 46]);
  });

  it('has no shortfall for the RA reference (16,000 - 1,731 = 14,269)', () => {
    const k = plan();
    expect([k.workloadPods, k.podShortfall]).toEqual([14_269, 0]);
  });
});
