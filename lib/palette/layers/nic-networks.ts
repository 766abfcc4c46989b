/**
 * The nic-networks manifest: one secondary RDMA network per rail, of the kind the plan's NIC sharing
 * mode implies (RA network-operator-config layer): HostDeviceNetwork for 1:1 GPU to SuperNIC,
 * MacvlanNetwork when GPUs share a SuperNIC, SriovNetwork (+ SriovNetworkNodePolicy) with SR-IOV.
 */
import type { ClusterPlan, IpPool } from '../../plan/types';
import { GPU_WORKER_NODE_SELECTOR, NETWORK_OPERATOR_NAMESPACE } from '../constants';
import { railInterfaceVar } from '../variables';
import { varRef } from '../yaml';

/** Namespace the NetworkAttachmentDefinitions are created in; pods elsewhere reference `default/<name>`. */
export const NETWORK_NAMESPACE = 'default';

/** Device-plugin resource name of one rail's SuperNIC (pods request it next to their GPU). */
export function railResourceName(pool: IpPool, mode: ClusterPlan['network']['nicSharingMode']): string {
  const kind = mode === 'SriovNetwork' ? 'sriov' : mode === 'HostDeviceNetwork' ? 'hostdev' : 'rdma_shared';
  return `${kind}_rail${pool.rail}`;
}

/**
 * VFs per SuperNIC with SR-IOV: one per GPU device sharing the NIC. The one number behind the firmware
 * capacity (NicConfigurationTemplate numVfs), the VFs the node preparation creates at boot and the
 * VFs the SriovNetworkNodePolicy hands out, so they cannot disagree.
 */
export function vfsPerSuperNic(plan: ClusterPlan): number {
  return plan.network.devicesPerNic;
}

/** nv-ipam CNI config pointing at the rail's CIDRPool. */
function ipam(pool: IpPool): string {
  return JSON.stringify({ type: 'nv-ipam', poolName: pool.name, poolType: 'cidrpool' });
}

function hostDeviceNetwork(plan: ClusterPlan, pool: IpPool): unknown {
  return {
    apiVersion: 'mellanox.com/v1alpha1',
    kind: 'HostDeviceNetwork',
    metadata: { name: pool.name },
    spec: {
      networkNamespace: NETWORK_NAMESPACE,
      resourceName: railResourceName(pool, plan.network.nicSharingMode),
      ipam: ipam(pool),
    },
  };
}

function macvlanNetwork(pool: IpPool): unknown {
  return {
    apiVersion: 'mellanox.com/v1alpha1',
    kind: 'MacvlanNetwork',
    metadata: { name: pool.name },
    spec: {
      networkNamespace: NETWORK_NAMESPACE,
      master: varRef(railInterfaceVar(pool.rail)),
      mode: 'bridge',
      ipam: ipam(pool),
    },
  };
}

function sriovNetwork(plan: ClusterPlan, pool: IpPool): unknown[] {
  const resourceName = railResourceName(pool, plan.network.nicSharingMode);
  return [
    {
      apiVersion: 'sriovnetwork.openshift.io/v1',
      kind: 'SriovNetworkNodePolicy',
      metadata: { name: `${pool.name}-vfs`, namespace: NETWORK_OPERATOR_NAMESPACE },
      spec: {
        resourceName,
        nodeSelector: { ...GPU_WORKER_NODE_SELECTOR },
        numVfs: vfsPerSuperNic(plan),
        nicSelector: { vendor: '15b3', pfNames: [varRef(railInterfaceVar(pool.rail))] },
        deviceType: 'netdevice',
        isRdma: true,
        // The node preparation creates the VFs at every boot (RA Ubuntu layer): the operator must
        // neither create them nor touch firmware (sriov-network-operator checkExternallyManagedPF).
        externallyManaged: true,
      },
    },
    {
      apiVersion: 'sriovnetwork.openshift.io/v1',
      kind: 'SriovNetwork',
      metadata: { name: pool.name, namespace: NETWORK_OPERATOR_NAMESPACE },
      spec: { resourceName, networkNamespace: NETWORK_NAMESPACE, ipam: ipam(pool) },
    },
  ];
}

/** The objects of one rail's secondary network, by NIC sharing mode. */
function railNetwork(plan: ClusterPlan, pool: IpPool): unknown[] {
  const mode = plan.network.nicSharingMode;
  if (mode === 'HostDeviceNetwork') return [hostDeviceNetwork(plan, pool)];
  if (mode === 'MacvlanNetwork') return [macvlanNetwork(pool)];
  return sriovNetwork(plan, pool);
}

/** The network objects of every rail, in rail order. */
export function nicNetworkObjects(plan: ClusterPlan): unknown[] {
  return plan.network.pools.flatMap((pool) => railNetwork(plan, pool));
}
