import {
  CONTROL_PLANE_TABLE,
  CONTROL_PLANE_TABLE_MIN_NODES,
  MAAS_VIRTUALIZATION_PLATFORMS,
  OVERHEAD_PODS_PER_NODE,
  RA_MAX_GPUS,
  RA_MAX_PODS_PER_NODE,
  RA_MAX_WORKER_NODES,
} from '../catalog/kubernetes';
import { LAYOUTS } from '../catalog/layouts';
import { SUPERNIC } from '../catalog/nics';
import { nvlinkBridgesPerServer } from '../catalog/nvlink';
import { EAST_WEST_GBPS_PER_GPU_RECOMMENDED, GPUS_PER_SERVER_BY_WORKLOAD } from '../catalog/requirements';
import type { PlannedDesign } from '../design/schema';
import { at } from '../util/must';
import type {
  ComputePlan,
  ControlPlanePlan,
  FabricPlan,
  KubernetesPlan,
  NetworkPlan,
  PlanWarning,
} from './types';
import { error, info, sortWarnings, warn } from './warnings';

export interface LogicalParts {
  compute: ComputePlan;
  controlPlane: ControlPlanePlan;
  kubernetes: KubernetesPlan;
  fabric: FabricPlan;
  network: NetworkPlan;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const HW = 'Hardware resources';
const NET = 'Network configuration';
const SIZING = 'Solution sizing';

function scaleWarnings(input: PlannedDesign, p: LogicalParts): PlanWarning[] {
  if (input.workerNodes <= RA_MAX_WORKER_NODES) return [];
  const out = [
    warn(
      'beyond-ra-sizing',
      `${fmt(input.workerNodes)} worker nodes (${fmt(p.compute.totalGpus)} GPUs) exceed the RA's ${RA_MAX_WORKER_NODES} worker nodes / ${RA_MAX_GPUS} GPUs; above that the RA suggests 8-GPU HGX-based nodes instead.`,
      SIZING,
    ),
  ];
  if (p.fabric.tiers === 3) {
    out.push(
      warn(
        'three-tier-beyond-ra',
        `Beyond the RA: ${fmt(input.workerNodes)} workers need more than the 2-tier fabric's 64 leaves, so the planner builds 3 tiers (the RA: "before needing to move from a 2-tier to a 3-tier network design" gives no 3-tier rule). It follows the Clos practice of NVIDIA's Spectrum-X and SuperPOD designs: ${fmt(p.fabric.pods)} pods of up to 32 leaves, one spine per leaf with half its ports up, ${fmt(p.fabric.superSpineSwitches)} super-spines, non-blocking at every tier. Validate it with NVIDIA before you buy.`,
        NET,
      ),
    );
  }
  return out;
}

function workloadWarnings(input: PlannedDesign, p: LogicalParts): PlanWarning[] {
  const allowed = GPUS_PER_SERVER_BY_WORKLOAD[input.workload];
  const perServer = p.compute.gpusPerServer;
  if (allowed.includes(perServer)) return [];
  return [
    warn(
      'workload-gpus-per-server',
      `For ${input.workload} the RA's GPU configuration lists ${allowed.map((n) => `${n}x`).join(', ')} GPUs per server; layout ${input.layout} has ${perServer}x (the SYS-212GB-FNR holds at most 4).`,
      HW,
    ),
  ];
}

function requirementWarnings(p: LogicalParts): PlanWarning[] {
  return p.compute.checks
    .filter((c) => !c.ok)
    .map((c) =>
      error(
        'requirement-not-met',
        `${c.name}: ${fmt(c.actual)} ${c.unit} per server, the RA minimum is ${fmt(c.required)} ${c.unit}.`,
        c.raSection,
      ),
    );
}

function networkWarnings(input: PlannedDesign, p: LogicalParts): PlanWarning[] {
  const out: PlanWarning[] = [];
  const layout = LAYOUTS[input.layout];
  if (layout.eastWestGbpsPerGpu < EAST_WEST_GBPS_PER_GPU_RECOMMENDED) {
    out.push(
      info(
        'east-west-200-per-gpu',
        `Layout ${input.layout} gives ${layout.eastWestGbpsPerGpu}Gbps east-west per GPU: the RA minimum; 400Gbps per GPU (layout 1-2-3-400) is recommended for maximum performance, though the RA's reference stays with 2 GPUs per SuperNIC.`,
        HW,
      ),
    );
  }
  if (input.sriov) {
    out.push(
      warn(
        'sriov-performance',
        'SR-IOV passes Virtual Functions to containers for hardware isolation; the RA measured about 20% lower performance than the RdmaSharedDevice approach, and SR-IOV is not recommended for GPUDirect Storage, which needs IOMMU disabled.',
        NET,
      ),
    );
    if (p.network.devicesPerNic > 1) {
      const what = input.migProfile === null ? 'GPU' : `${input.migProfile} MIG instance`;
      out.push(
        info(
          'sriov-vfs',
          `SR-IOV: each SuperNIC needs at least ${p.network.devicesPerNic} Virtual Functions (one per ${what} sharing it), which the /${p.network.portPrefixLength} switchport prefix addresses; the node-preparation script creates that many VFs at every boot.`,
          NET,
        ),
      );
    } else {
      out.push(
        info(
          'sriov-one-to-one',
          'With 1 GPU per SuperNIC, a HostDeviceNetwork passes the whole SuperNIC to the container without SR-IOV and its performance cost; keep SR-IOV only if tenants need hardware isolation.',
          NET,
        ),
      );
    }
  }
  if (p.network.pointToPoint) {
    out.push(
      warn(
        'switchport-point-to-point',
        'Single-tenant /31 per switchport: one address for the switchport and one for the SuperNIC, so each node takes one RDMA pod address per SuperNIC. The RA keeps this Spectrum-X default only for single-tenant environments where every GPU has a dedicated SuperNIC; it "does not work for multi-tenant environments". Turn it off for /30 per switchport.',
        NET,
      ),
    );
  }
  if (input.migProfile !== null) {
    const perDevice = SUPERNIC.portGbps / p.network.devicesPerNic;
    out.push(
      info(
        'mig-shared-nic',
        `${p.network.devicesPerNic} GPU instances share each ${SUPERNIC.portGbps}GbE SuperNIC: about ${fmt(Math.round(perDevice))}Gbps each when all communicate at once; switchports need /${p.network.portPrefixLength}.`,
        NET,
      ),
    );
  }
  if (input.gpu === 'h200-nvl') {
    const pairs = nvlinkBridgesPerServer('h200-nvl', p.compute.gpusPerServer);
    out.push(
      info(
        'h200-nvlink-pairs',
        `H200 NVL: only 2-way NVLink bridges fit this chassis (4-way is not possible, the GPUs sit on opposite sides), so each server has ${pairs === 1 ? '1 NVLink pair' : `${pairs} NVLink pairs`} of 2 GPUs${pairs > 1 ? '; the pairs talk over PCIe' : ''}.`,
        NET,
      ),
    );
  }
  if (!p.fabric.nonBlocking) {
    out.push(error('fabric-blocking', 'A leaf has less uplink than server-facing bandwidth.', NET));
  }
  return out;
}

function controlPlaneWarnings(input: PlannedDesign, p: LogicalParts): PlanWarning[] {
  const out: PlanWarning[] = [];
  const cp = p.controlPlane;
  if (cp.beyondTable) {
    const last = at(CONTROL_PLANE_TABLE, CONTROL_PLANE_TABLE.length - 1, 'CONTROL_PLANE_TABLE');
    out.push(
      warn(
        'control-plane-beyond-table',
        `${fmt(input.workerNodes)} workers / ${fmt(input.namespaces)} namespaces exceed the RA's control-plane table (last row ${fmt(last.workers)} workers / ${fmt(last.namespaces)} namespaces); the plan uses that row (${last.cpuCores} cores, ${last.memoryGB} GB) and the nodes likely need more.`,
        HW,
      ),
    );
  }
  if (cp.nodes < CONTROL_PLANE_TABLE_MIN_NODES) {
    out.push(
      warn(
        'control-plane-single-node',
        `A ${cp.nodes}-node control plane has no etcd redundancy; the RA's sizing table assumes at least ${CONTROL_PLANE_TABLE_MIN_NODES} control-plane nodes.`,
        HW,
      ),
    );
  }
  if (cp.nodes > CONTROL_PLANE_TABLE_MIN_NODES) {
    out.push(
      info(
        'control-plane-scale-up',
        `The RA recommends scaling control-plane nodes up rather than out: etcd replication complexity grows with every node (${cp.nodes} chosen).`,
        HW,
      ),
    );
  }
  if (cp.placement === 'virtual') {
    out.push(
      info(
        'control-plane-virtual',
        `Virtual control-plane nodes (and the spare) must run on a virtualization platform MAAS can power-manage: ${MAAS_VIRTUALIZATION_PLATFORMS.join(', ')}.`,
        HW,
      ),
    );
  }
  return out;
}

function kubernetesWarnings(input: PlannedDesign, p: LogicalParts): PlanWarning[] {
  const out: PlanWarning[] = [];
  const k = p.kubernetes;
  if (input.maxPodsPerNode < OVERHEAD_PODS_PER_NODE) {
    out.push(
      error(
        'max-pods-below-daemonsets',
        `Max pods per node ${input.maxPodsPerNode} is below the ${OVERHEAD_PODS_PER_NODE} daemonset pods every node runs.`,
        SIZING,
      ),
    );
  }
  if (k.podShortfall > 0 || k.workloadPods === 0) {
    out.push(
      error(
        'no-workload-pods',
        `Pod capacity ${fmt(k.podCapacity)} (${input.maxPodsPerNode} x ${fmt(input.workerNodes)} workers) does not cover the ${fmt(k.overheadPods)} overhead pods: ${fmt(k.podShortfall)} short, no room for workloads.`,
        SIZING,
      ),
    );
  }
  if (input.maxPodsPerNode !== RA_MAX_PODS_PER_NODE) {
    out.push(
      info(
        'max-pods-differs',
        `Max pods per node is ${input.maxPodsPerNode}; the RA's Ubuntu layer writes ${RA_MAX_PODS_PER_NODE} into the kubelet tuning file, so change it there too.`,
        SIZING,
      ),
    );
  }
  return out;
}

/** Every sizing-rule warning of the logical plan, errors first (RA section named on each). */
export function logicalWarnings(input: PlannedDesign, parts: LogicalParts): PlanWarning[] {
  return sortWarnings([
    ...requirementWarnings(parts),
    ...scaleWarnings(input, parts),
    ...workloadWarnings(input, parts),
    ...controlPlaneWarnings(input, parts),
    ...kubernetesWarnings(input, parts),
    ...networkWarnings(input, parts),
  ]);
}
