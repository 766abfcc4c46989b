/**
 * Names shared by several layers, so the taint the OS layer registers, the tolerations and the
 * nodeprep-controller cannot drift apart.
 */

/** The RA's node preparation taint: every node registers with it (Ubuntu layer, kubelet tuning file). */
export const NODEPREP_TAINT = { key: 'spectrocloud.com/nodeprep', effect: 'NoSchedule' } as const;

/** Label the node-prep script sets when it is done; the nodeprep-controller then removes the taint. */
export const NODEPREP_COMPLETE_LABEL = { key: 'spectrocloud.com/nodeprep', value: 'complete' } as const;

/** kubeadm's control-plane role: both a node label and a NoSchedule taint key. */
export const CONTROL_PLANE_ROLE_KEY = 'node-role.kubernetes.io/control-plane';

/** A toleration of the node preparation taint. */
export const NODEPREP_TOLERATION = {
  key: NODEPREP_TAINT.key,
  operator: 'Exists',
  effect: NODEPREP_TAINT.effect,
};

export const NETWORK_OPERATOR_NAMESPACE = 'nvidia-network-operator';
export const RUNAI_BACKEND_NAMESPACE = 'runai-backend';
export const RUNAI_CLUSTER_NAMESPACE = 'runai';

/** Pod Security Admission labels for namespaces whose pods need host access (pack.namespaceLabels format). */
export const PSA_PRIVILEGED =
  'pod-security.kubernetes.io/enforce=privileged,pod-security.kubernetes.io/enforce-version=latest';

/** NFD label present on nodes with an NVIDIA (Mellanox) network device (PCI vendor 15b3). */
export const NVIDIA_NIC_NODE_LABEL = 'feature.node.kubernetes.io/pci-15b3.present';

/**
 * NFD label on nodes with an NVIDIA GPU (PCI vendor 10de, display class 0300/0302 in the Network
 * Operator's NFD worker config): the GPU workers, not the control-plane nodes.
 */
export const NVIDIA_GPU_NODE_LABEL = 'feature.node.kubernetes.io/pci-10de.present';

/**
 * Node selector (label map) of the GPU workers' SuperNIC objects. An NVIDIA NIC alone is not enough:
 * the Network Operator's NodeFeatureRule labels every node with a 15b3 NIC, the B3220 DPU included.
 */
export const GPU_WORKER_NODE_SELECTOR: Readonly<Record<string, string>> = {
  [NVIDIA_NIC_NODE_LABEL]: 'true',
  [NVIDIA_GPU_NODE_LABEL]: 'true',
};

/**
 * PCI device id of BlueField-3, the NIC Configuration Operator's nicType: the B3140H SuperNIC and the
 * B3220 DPU alike, so never select by it alone (narrow it with pciAddresses).
 */
export const BLUEFIELD3_NIC_TYPE = 'a2dc';

/**
 * Image with kubectl and a shell for the small in-cluster jobs (nodeprep-controller, knative-patch),
 * tagged with the cluster's Kubernetes version. A planner choice: the RA does not name one.
 */
export function kubectlImage(kubernetesVersion: string): string {
  return `docker.io/alpine/k8s:${kubernetesVersion}`;
}
