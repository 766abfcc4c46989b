import { SOLUTION_SIZING_CONTROL_PLANE } from '../catalog/kubernetes';
import { maxWorkerNodesFor, TWO_TIER_MAX_SERVER_PORTS } from '../catalog/layouts';
import type { PlannedDesign } from '../design/schema';
import type { ControlPlanePlan, NetworkPlan, PlanNote } from './types';
import { note } from './warnings';

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * Where the RA contradicts itself (or a vendor datasheet), which value the planner uses and where
 * each value is stated. Always the same list, in the same order; some texts show this design's value.
 */
export function planNotes(
  input: PlannedDesign,
  controlPlane: ControlPlanePlan,
  network: NetworkPlan,
): PlanNote[] {
  const cp = controlPlane.tableRow;
  const layoutMax = maxWorkerNodesFor(input.layout);
  return [
    note(
      'service-cidr-prefix',
      'Kubernetes service CIDR',
      'Solution sizing configures the service CIDR as 100.80.0.0/14 ("256K service IP addresses"), while the Kubernetes layer says its profile variable defaults to 100.80.0.0/16 (65,536 addresses). The planner uses /14 by default; set the profile variable to match.',
      { value: '100.80.0.0/14', section: 'Solution sizing' },
      [{ value: '100.80.0.0/16', section: 'Kubernetes layer (AI-RA-Infra-MaaS-Spectrum-X profile)' }],
    ),
    note(
      'longhorn-version',
      'Longhorn version',
      'The Software resources table, the Technology Overview and the Longhorn layer pack name Longhorn 1.9.0; the Storage configuration text says 1.9.1. The planner uses 1.9.0, the version of the pack the profiles import.',
      { value: '1.9.0', section: 'Software resources; Longhorn layer (AI-RA-Infra-MaaS-Spectrum-X profile)' },
      [{ value: '1.9.1', section: 'Storage configuration' }],
    ),
    note(
      'longhorn-instance-manager-cpu',
      'Longhorn guaranteed-instance-manager-cpu',
      'The Storage configuration table sets guaranteed-instance-manager-cpu to "3" ("a reduced CPU guarantee of 3%"); the Longhorn layer manifest sets "2" ("a more reasonable 2%", down from the default 12%). The planner uses "2", the value in the profile manifest.',
      { value: '"2" (2%)', section: 'Longhorn layer (AI-RA-Infra-MaaS-Spectrum-X profile)' },
      [{ value: '"3" (3%)', section: 'Storage configuration' }],
    ),
    note(
      'control-plane-sizing',
      'Control-plane node size',
      `Solution sizing says 3 control-plane nodes with ${SOLUTION_SIZING_CONTROL_PLANE.cpuCores} CPUs and ${SOLUTION_SIZING_CONTROL_PLANE.memoryGB}GB RAM "will suffice for up to ${SOLUTION_SIZING_CONTROL_PLANE.upToWorkers} workers", but the Hardware resources table needs 8 cores / 32 GB per node beyond 25 workers (up to 125), and 4 cores with 8-16 GB only up to 25 workers. The planner uses the table: this design (${fmt(input.workerNodes)} workers, ${fmt(input.namespaces)} namespaces) takes the ${fmt(cp.workers)}-worker / ${fmt(cp.namespaces)}-namespace row.`,
      { value: `${cp.cpuCores} cores, ${cp.memoryGB} GB per node`, section: 'Hardware resources' },
      [
        {
          value: `${SOLUTION_SIZING_CONTROL_PLANE.cpuCores} CPUs, ${SOLUTION_SIZING_CONTROL_PLANE.memoryGB} GB per node up to ${SOLUTION_SIZING_CONTROL_PLANE.upToWorkers} workers`,
          section: 'Solution sizing',
        },
      ],
    ),
    note(
      'two-tier-limit',
      '2-tier fabric limit',
      `The RA says the 2-tier fabric scales "up to a maximum of 4,096 GPU nodes", but its own rule (64 x 400G server ports per leaf, 64 leaves under 32 spines) gives ${fmt(TWO_TIER_MAX_SERVER_PORTS)} SuperNIC ports: 4,096 nodes with 1 SuperNIC per server (1-2-2-200), 2,048 with 2 (1-2-3-400, 1-4-3-200). The planner limits the 2-tier fabric by ports (layout ${input.layout}: ${fmt(layoutMax)} workers) and builds 3 tiers beyond, outside the RA.`,
      {
        value: `${fmt(TWO_TIER_MAX_SERVER_PORTS)} SuperNIC ports (${fmt(layoutMax)} workers for ${input.layout})`,
        section: 'Network configuration (port rule)',
      },
      [{ value: '4,096 GPU nodes', section: 'Network configuration (text)' }],
    ),
    note(
      'pod-cidr-node-count',
      'Pod CIDR and node count',
      'Solution sizing says the /12 pod CIDR allows "4096 sub-CIDRs of /24 each, one for each node". Control-plane nodes (and the spare, while it joins during a repave) take a /24 too, so a /12 holds 4,096 nodes in all, not 4,096 workers. The planner counts workers + control plane + spare against the pod CIDR.',
      { value: 'workers + control plane + spare <= 2^(24 - pod prefix)', section: 'Solution sizing' },
      [{ value: '4,096 nodes for /12 (workers only)', section: 'Solution sizing (text)' }],
    ),
    note(
      'doca-version',
      'DOCA version',
      'The Software resources table lists doca-host 3.2.1-044000-25.10 (the 1.0.1 change history says DOCA was updated), while the Ubuntu layer says the node-preparation script "Installs version 3.1 of the DOCA package". The planner uses 3.2.1-044000-25.10.',
      { value: '3.2.1-044000-25.10', section: 'Software resources' },
      [{ value: '3.1', section: 'Ubuntu layer (AI-RA-Infra-MaaS-Spectrum-X profile)' }],
    ),
    note(
      'cpu-model-name',
      'CPU model',
      'The Technology Overview and the SYS-212GB-FNR section name the Intel Xeon 6774P (64 cores, 350 W, 136 PCIe 5.0 lanes, single-socket); the layout table writes "Intel Xeon 6774". The planner uses the 6774P: the 136-lane count the RA relies on is the 1-socket P part.',
      { value: 'Intel Xeon 6774P', section: 'Technology Overview; Supermicro SuperServer SYS-212GB-FNR' },
      [{ value: 'Intel Xeon 6774', section: 'Hardware resources (layout table)' }],
    ),
    note(
      'switch-model',
      'Spectrum-X switch model',
      'The Hardware resources text credits the 1.6x RDMA gain to "Spectrum-X SN5600 switches"; every other place (Technology Overview, Architecture, Network configuration) names the SN5610. The planner uses the SN5610.',
      { value: 'SN5610', section: 'Network configuration; Architecture; Technology Overview' },
      [{ value: 'SN5600', section: 'Hardware resources (text)' }],
    ),
    note(
      'east-west-per-gpu',
      'East-west bandwidth per GPU',
      'The Hardware resources table recommends 400Gbps per GPU "for maximum performance" (200Gbps minimum); the text after the layouts recommends "staying with the 2:1 ratio" (200GbE per GPU) for PCIe GPUs. The planner offers both (1-2-3-400 is the 400G layout) and defaults to the RA reference 1-4-3-200.',
      { value: `${input.layout} (as chosen)`, section: 'Hardware resources (layouts)' },
      [{ value: '400Gbps per GPU recommended', section: 'Hardware resources (table, NIC Speed)' }],
    ),
    note(
      'switchport-prefix',
      'Per-switchport prefix (RA and NVIDIA IPAM)',
      `Without MIG the RA recommends /30 per switchport, counting "4 usable addresses per link, one used by the switchport and 3 available to be used by VFs", and devices + 1 addresses with MIG (/29 for all-2g.48gb at 2:1). NVIDIA IPAM, which hands the addresses to the pods, gives pods neither the network nor the broadcast address of a node prefix shorter than /31 and skips the gateway (Mellanox/nvidia-k8s-ipam pkg/ipam-node/controllers/cidrpool/cidrpool.go, pkg/ip/cidr.go), so a /30 holds one pod address, not 3. The planner takes the larger block of the two rules: ${network.prefixReason}.`,
      {
        value: `/${network.portPrefixLength}`,
        section: 'Network configuration; NVIDIA IPAM (nvidia-k8s-ipam)',
      },
      [
        {
          value: `/${network.raPortPrefixLength} (the RA's rule for this design; /30 without MIG)`,
          section: 'Network configuration (recommendation)',
        },
      ],
    ),
    note(
      'nvme-drive-count',
      'NVMe drives per server',
      'The Hardware resources text says 4 GPUs, 3 BlueField-3 NICs "and 6 NVMe drives can be directly attached"; the layout table lists 1 E1.S 4 TB data drive and 2 M.2 1 TB OS drives (RAID1). The planner uses the layout table.',
      { value: '1x 4TB E1.S + 2x 1TB M.2', section: 'Hardware resources (layout table)' },
      [{ value: '6 NVMe drives', section: 'Hardware resources (text)' }],
    ),
    note(
      'h200-memory',
      'H200 NVL memory bus and bandwidth',
      'The RA gives the H200 NVL a "6144-bus" with "4x the memory bandwidth of the RTX PRO 6000 Blackwell"; NVIDIA\'s H200 NVL product brief gives a 6,016-bit bus and 4.8 TB/s, which is 3.0x the RTX PRO 6000 Server Edition\'s 1,597 GB/s. The planner uses the NVIDIA figures; sizing does not depend on them.',
      { value: '4,800 GB/s (NVIDIA product page)', section: 'hardware-facts: H200 NVL' },
      [{ value: '6144-bit bus, 4x RTX PRO 6000 bandwidth', section: 'Supermicro SuperServer SYS-212GB-FNR' }],
    ),
    note(
      'number-notation',
      'Number notation',
      'Solution sizing writes thousands with a dot ("16.000", "1.731", "14.269"): these are 16,000, 1,731 and 14,269 pods.',
      { value: '16,000 / 1,731 / 14,269', section: 'Solution sizing' },
      [{ value: '16.000 / 1.731 / 14.269', section: 'Solution sizing (as printed)' }],
    ),
  ];
}
