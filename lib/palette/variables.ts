/**
 * Profile variables: the values that differ per site or per cluster, entered in Palette's deployment
 * wizard. Defaults that the planner derives come from the ClusterPlan.
 */
import type { ClusterPlan } from '../plan/types';
import type { ProfileVariable } from './schema';

/** Variable names, referenced as `{{ .spectro.var.<name> }}` in the layers. */
export const VAR = {
  podCidr: 'PodCIDR',
  serviceCidr: 'ServiceCIDR',
  sriov: 'SRIOVEnabled',
  nicFirmwareUrl: 'NicFirmwareBfbURL',
  metallbRange: 'metallbIpRange',
  metallbInterface: 'metallbL2Interface',
  runaiBackendUrl: 'RunAIBackendURL',
  runaiControlPlaneUrl: 'runaiControlPlaneUrl',
  runaiClientSecret: 'runaiClientSecret',
  runaiClusterUid: 'runaiClusterUid',
  runaiClusterUrl: 'runaiClusterUrl',
} as const;

/** One variable per SuperNIC rail: the Linux interface name of that SuperNIC port on every worker. */
export function railInterfaceVar(rail: number): string {
  return `GpuFabricInterfaceRail${rail}`;
}

type VariableSpec = Pick<ProfileVariable, 'name' | 'displayName' | 'description'> & Partial<ProfileVariable>;

/** A variable with the Palette defaults spelled out (the Go model always serialises them). */
export function variable(spec: VariableSpec): ProfileVariable {
  return {
    format: 'string',
    defaultValue: '',
    regex: '',
    required: false,
    immutable: false,
    hidden: false,
    isSensitive: false,
    inputType: 'text',
    ...spec,
  };
}

const FQDN = '^([a-zA-Z0-9]([-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}$';
const HTTPS_URL = '^https://[^\\s/$.?#][^\\s]*$';
const HTTP_URL = '^https?://[^\\s/$.?#][^\\s]*$';
const IFNAME = '^[a-zA-Z0-9_.:-]{1,15}$';
const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
/** MetalLB accepts a CIDR or an "a.b.c.d-e.f.g.h" range. */
const IPV4 = '(\\d{1,3}\\.){3}\\d{1,3}';
const IP_RANGE_OR_CIDR = `^${IPV4}(/\\d{1,2}|-${IPV4})$`;

/** AI-RA-Infra-MaaS-Spectrum-X: CIDRs (read-only, from the plan), SR-IOV, SuperNIC names, firmware URL. */
export function infraVariables(plan: ClusterPlan): ProfileVariable[] {
  return [
    variable({
      name: VAR.podCidr,
      displayName: 'Pod CIDR',
      description: `Kubernetes pod CIDR; each node takes a /${plan.kubernetes.nodePodCidrPrefix} (RA Solution sizing). Planned value; change it in the planner and re-export.`,
      format: 'ipv4cidr',
      defaultValue: plan.kubernetes.podCidr,
      required: true,
      immutable: true,
    }),
    variable({
      name: VAR.serviceCidr,
      displayName: 'Service CIDR',
      description: `Kubernetes service CIDR (${plan.kubernetes.serviceAddresses.toLocaleString('en-US')} addresses). Planned value; change it in the planner and re-export.`,
      format: 'ipv4cidr',
      defaultValue: plan.kubernetes.serviceCidr,
      required: true,
      immutable: true,
    }),
    variable({
      name: VAR.sriov,
      displayName: 'SR-IOV enabled',
      description: `SR-IOV Virtual Functions on the SuperNICs (${plan.network.nicSharingMode}). Read-only: the nic-networks manifest was generated for this setting; change it in the planner and re-export.`,
      format: 'boolean',
      defaultValue: String(plan.input.sriov),
      required: true,
      immutable: true,
    }),
    ...plan.network.pools.map((pool) =>
      variable({
        name: railInterfaceVar(pool.rail),
        displayName: `GPU fabric interface, rail ${pool.rail}`,
        description: `Linux interface name of the B3140H SuperNIC port on rail ${pool.rail} (CIDRPool ${pool.name}, ${pool.cidr}) on every worker, e.g. as shown by "ip link".`,
        regex: IFNAME,
        required: true,
      }),
    ),
    variable({
      name: VAR.nicFirmwareUrl,
      displayName: 'SuperNIC firmware (BFB) URL',
      description:
        'URL of the BlueField-3 firmware bundle (BFB) the NicFirmwareSource downloads; the MAAS TFTP/HTTP server can host it in air-gapped sites.',
      regex: HTTP_URL,
      required: true,
    }),
  ];
}

/** AI-RA-Core: the MetalLB address pool and L2 interface. */
export function coreVariables(): ProfileVariable[] {
  return [
    variable({
      name: VAR.metallbRange,
      displayName: 'MetalLB address pool',
      description:
        'Addresses MetalLB hands out to LoadBalancer services: a CIDR or a range "a.b.c.d-e.f.g.h" on the north-south network.',
      regex: IP_RANGE_OR_CIDR,
      required: true,
    }),
    variable({
      name: VAR.metallbInterface,
      displayName: 'MetalLB L2 interface',
      description:
        'Node interface MetalLB announces the addresses on (ARP), e.g. the north-south DPU port or its bond.',
      regex: IFNAME,
      required: true,
    }),
  ];
}

/** AI-RA-RunAI-Backend: the FQDN the Run:ai control plane is published on. */
export function runaiBackendVariables(): ProfileVariable[] {
  return [
    variable({
      name: VAR.runaiBackendUrl,
      displayName: 'Run:ai control plane FQDN',
      description:
        'Fully qualified domain name of the Run:ai control plane (global.domain and the certificate common name), e.g. runai.example.com.',
      regex: FQDN,
      required: true,
    }),
  ];
}

/** AI-RA-RunAI-Cluster: the 4 values the Run:ai control plane shows when a new cluster is added. */
export function runaiClusterVariables(): ProfileVariable[] {
  return [
    variable({
      name: VAR.runaiControlPlaneUrl,
      displayName: 'Run:ai control plane URL',
      description:
        'controlPlane.url as shown by the Run:ai control plane for the new cluster, e.g. https://runai.example.com.',
      regex: HTTPS_URL,
      required: true,
    }),
    variable({
      name: VAR.runaiClientSecret,
      displayName: 'Run:ai client secret',
      description: 'controlPlane.clientSecret as shown by the Run:ai control plane for the new cluster.',
      required: true,
      isSensitive: true,
    }),
    variable({
      name: VAR.runaiClusterUid,
      displayName: 'Run:ai cluster UID',
      description: 'cluster.uid as shown by the Run:ai control plane for the new cluster.',
      regex: UUID,
      required: true,
    }),
    variable({
      name: VAR.runaiClusterUrl,
      displayName: 'Run:ai cluster URL',
      description:
        'cluster.url: the URL this workload cluster is reached on, e.g. https://gpu-cluster-1.example.com.',
      regex: HTTPS_URL,
      required: true,
    }),
  ];
}
