import { ra, type Source } from './source';

/**
 * One row of the RA's control-plane sizing table (Hardware resources); sizes are per node. The
 * tables here are plain data; their schemas (schemas.ts) check them in a test, not at load.
 */
export interface ControlPlaneSizingRow {
  workers: number;
  namespaces: number;
  cpuCores: number;
  memoryGB: number;
}

export const CONTROL_PLANE_SECTION = 'Hardware resources';

/** "The following table provides some guidance on sizing control plane nodes" (RA Hardware resources). */
export const CONTROL_PLANE_TABLE: readonly ControlPlaneSizingRow[] = [
  { workers: 10, namespaces: 100, cpuCores: 4, memoryGB: 8 },
  { workers: 25, namespaces: 500, cpuCores: 4, memoryGB: 16 },
  { workers: 125, namespaces: 1000, cpuCores: 8, memoryGB: 32 },
  { workers: 250, namespaces: 2000, cpuCores: 16, memoryGB: 64 },
  { workers: 500, namespaces: 4000, cpuCores: 32, memoryGB: 128 },
  { workers: 1000, namespaces: 4000, cpuCores: 64, memoryGB: 256 },
];

/** "The table above assumes using at least 3 control plane nodes for a cluster." (Hardware resources) */
export const CONTROL_PLANE_TABLE_MIN_NODES = 3;

/** "you always need 1 extra server available in MAAS to facilitate rolling control plane repaves" (Hardware resources). */
export const CONTROL_PLANE_SPARE_NODES = 1;

/** "A 3-node control plane of 4-core, 8 GB RAM servers each is sufficient for a minimum spec control plane." */
export const CONTROL_PLANE_MINIMUM = { nodes: 3, cpuCores: 4, memoryGB: 8, source: ra('Hardware resources') };

/** "3 control plane nodes, using 6 CPUs and 20GB of RAM per node will suffice for up to 64 workers." (Solution sizing) */
export const SOLUTION_SIZING_CONTROL_PLANE = {
  nodes: 3,
  cpuCores: 6,
  memoryGB: 20,
  upToWorkers: 64,
  source: ra('Solution sizing'),
};

/** MAAS-supported virtualization platforms for virtual control-plane nodes (Hardware resources). */
export const MAAS_VIRTUALIZATION_PLATFORMS = ['VMware', 'Proxmox', 'OpenStack', 'LXD', 'Virsh'] as const;

/** Overhead pods (RA Solution sizing): "25 pods per node for daemonsets", "131 pods for controllers, agents ...". */
export const OVERHEAD_PODS_PER_NODE = 25;
export const OVERHEAD_PODS_FIXED = 131;
/** "Maximum number of pods configured to 250" (Solution sizing; the Ubuntu layer's kubelet tuning file). */
export const RA_MAX_PODS_PER_NODE = 250;
/** The RA's reference cluster size: "up to 64 worker nodes, for a total of 256 GPUs" (Solution sizing). */
export const RA_MAX_WORKER_NODES = 64;
export const RA_MAX_GPUS = 256;

export interface Pvc {
  name: string;
  namespace: string;
  sizeGi: number;
  accessMode: 'RWO' | 'RWX';
}

/** "The cluster requires some basic storage functionality to serve 6 persistent volume claims" (Storage configuration). */
export const PVCS: readonly Pvc[] = [
  { name: 'nic-fw-storage-pvc', namespace: 'nvidia-network-operator', sizeGi: 10, accessMode: 'RWX' },
  { name: 'data-runai-backend-nats-0', namespace: 'runai-backend', sizeGi: 3, accessMode: 'RWO' },
  { name: 'data-runai-backend-nats-1', namespace: 'runai-backend', sizeGi: 3, accessMode: 'RWO' },
  { name: 'data-runai-backend-nats-2', namespace: 'runai-backend', sizeGi: 3, accessMode: 'RWO' },
  { name: 'data-runai-backend-postgresql-0', namespace: 'runai-backend', sizeGi: 8, accessMode: 'RWO' },
  { name: 'data-runai-backend-thanos-receive-0', namespace: 'runai-backend', sizeGi: 100, accessMode: 'RWO' },
];

/**
 * Longhorn as the planner configures it. Version 1.9.0 (Software resources, Longhorn layer) and
 * guaranteed-instance-manager-cpu "2" (Longhorn layer manifest): the Storage configuration section
 * says 1.9.1 and "3"; the plan's notes record both.
 */
export const LONGHORN = {
  version: '1.9.0',
  guaranteedInstanceManagerCpu: '2',
  defaultGuaranteedInstanceManagerCpuPercent: 12,
  nodeSelector: 'storage',
  nodeTagAnnotation: `node.longhorn.io/default-node-tags: '["storage"]'`,
  taintToleration: 'node-role.kubernetes.io/control-plane:NoSchedule',
  source: ra('Longhorn layer (AI-RA-Infra-MaaS-Spectrum-X profile)'),
};

export const KUBERNETES_VERSION = '1.33.5';

/** MAAS resource pools (RA Canonical MAAS configuration): "control-plane and worker-pool resource pools". */
export interface ResourcePool {
  name: string;
  role: 'control-plane' | 'worker';
  description: string;
  source: Source;
}
export const MAAS_RESOURCE_POOLS: readonly ResourcePool[] = [
  {
    name: 'control-plane',
    role: 'control-plane',
    description: 'Control-plane nodes plus the 1 spare kept unused for rolling repaves',
    source: ra('Canonical MAAS configuration'),
  },
  {
    name: 'worker-pool',
    role: 'worker',
    description: 'GPU worker nodes (SYS-212GB-FNR)',
    source: ra('Canonical MAAS configuration'),
  },
];
