/**
 * Profile variables: the values that differ per site or per cluster, entered in Palette's deployment
 * wizard. Defaults that the planner derives come from the ClusterPlan; a required variable without a
 * default says in its description what to enter and where to find it.
 *
 * Palette substitutes variables in pack values, manifests and Helm charts alike, within their own
 * profile ("You can use cluster profile variables with any number of packs, manifests, and Helm
 * charts, but only in the scope of their parent cluster profile"), and multi-line values are not
 * supported (spectrocloud/librarium docs/docs-content/profiles/cluster-profiles/create-cluster-profiles/
 * define-profile-variables/define-profile-variables.md, "Limitations"). So the Run:ai secrets are
 * variables referenced from the manifests, and PEM files are entered as one line of base64.
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
  runaiCaCert: 'runaiCaCertificate',
  runaiCaKey: 'runaiCaPrivateKey',
  runaiRegistryUser: 'runaiRegistryUsername',
  runaiRegistryPassword: 'runaiRegistryPassword',
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
/**
 * One line of base64 of a PEM file: base64 of "-----BEGIN " always starts with "LS0tLS1CRUdJTi", so
 * a raw PEM, a DER file in base64 or a multi-line paste is refused at deploy time.
 */
export const PEM_BASE64 = '^LS0tLS1CRUdJTi[A-Za-z0-9+/]+={0,2}$';
/** Registry credentials go inside a JSON string inside a single-quoted YAML scalar: no quotes, backslashes or spaces. */
export const JSON_SAFE_TOKEN = '^[^\\s"\'\\\\]+$';
/**
 * `base64` is in the API's `v1VariableFormat` (palette-profile-format.md section 3) and in the
 * Terraform provider (spectrocloud/terraform-provider-spectrocloud docs/resources/cluster_profile.md,
 * profile_variables.variable.format), though not yet in the UI's format table; PEM_BASE64 checks the
 * value either way. Change this one constant to 'string' if a Palette version refuses it on import.
 */
const BASE64_FORMAT = 'base64';

/** The plan's name for the worker port on a rail ("nic1"), from the east-west rows of the IP plan. */
function railPort(plan: ClusterPlan, rail: number): string | undefined {
  return plan.ipPlan.blocks.find((b) => b.network === 'east-west' && b.rail === rail)?.peerPort;
}

/** One variable per SuperNIC rail: the PCI address of that SuperNIC port on every worker. */
export function railPciAddressVar(rail: number): string {
  return `GpuFabricPciAddressRail${rail}`;
}

/** A PCI address as sysfs writes it (lowercase hex), which the NIC templates compare character for character. */
export const PCI_ADDRESS = '^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\\.[0-7]$';

function railPciAddressVariable(rail: number): ProfileVariable {
  return variable({
    name: railPciAddressVar(rail),
    displayName: `GPU fabric SuperNIC PCI address, rail ${rail}`,
    description:
      `PCI address of the B3140H SuperNIC port on rail ${rail} (interface ${railInterfaceVar(rail)}), the same on every worker, ` +
      'as the kernel writes it: 0000:3b:00.0 (domain:bus:device.function, lowercase hex). ' +
      'Read it with "readlink -f /sys/class/net/<interface>/device" or "lspci -D -d 15b3:a2dc" on a worker. ' +
      'The NicConfigurationTemplate and NicFirmwareTemplate select only these addresses, so the B3220 DPU ' +
      '(also a BlueField-3, PCI device a2dc) is never reconfigured or rebooted by them.',
    regex: PCI_ADDRESS,
    required: true,
  });
}

/** Per-rail variables (one set per SuperNIC rail); further per-rail values belong here too. */
function railVariables(plan: ClusterPlan): ProfileVariable[] {
  return plan.network.pools.flatMap((pool) => {
    const port = railPort(plan, pool.rail);
    return [
      variable({
        name: railInterfaceVar(pool.rail),
        displayName: `GPU fabric interface, rail ${pool.rail}`,
        description:
          `Linux interface name of the B3140H SuperNIC port on rail ${pool.rail}${port ? ` (the plan's port "${port}")` : ''}, ` +
          `served by CIDRPool ${pool.name} (${pool.cidr}); it must be the same on every worker. ` +
          'Read it on a commissioned worker in MAAS (Machine > Network) or with "rdma link" / "ip -br link" on the node.',
        regex: IFNAME,
        required: true,
      }),
      railPciAddressVariable(pool.rail),
    ];
  });
}

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
    ...railVariables(plan),
    variable({
      name: VAR.nicFirmwareUrl,
      displayName: 'SuperNIC firmware (BFB) URL',
      description:
        'HTTP(S) URL of the BlueField-3 firmware bundle (BFB) the NicFirmwareSource downloads. ' +
        "Download the bundle for the B3140H from NVIDIA's BlueField-3 firmware downloads and serve it " +
        'from a web server the nodes reach, e.g. the MAAS region controller in air-gapped sites.',
      regex: HTTP_URL,
      required: true,
    }),
  ];
}

/** AI-RA-Core: the MetalLB address pool (defaulting to the plan's pool) and the L2 interface. */
export function coreVariables(plan: ClusterPlan): ProfileVariable[] {
  const pool = plan.ipPlan.loadBalancer;
  const onSubnet = `the north-south subnet ${plan.input.northSouthCidr}`;
  return [
    variable({
      name: VAR.metallbRange,
      displayName: 'MetalLB address pool',
      description:
        `Addresses MetalLB hands out to LoadBalancer services (the Cilium ingress among them): a range "a.b.c.d-e.f.g.h" or a CIDR on ${onSubnet}. ` +
        `The default is the plan's pool of ${pool.addresses} addresses at the top of that subnet; reserve it in MAAS so MAAS never hands those addresses out.`,
      defaultValue: pool.range,
      regex: IP_RANGE_OR_CIDR,
      required: true,
    }),
    variable({
      name: VAR.metallbInterface,
      displayName: 'MetalLB L2 interface',
      description:
        `Linux interface MetalLB answers ARP on: the one holding the node's address on ${onSubnet} (the B3220 DPU port or its bond), the same name on every node. ` +
        'Read it with "ip -br addr" on a node or in MAAS (Machine > Network).',
      regex: IFNAME,
      required: true,
    }),
  ];
}

/** The Run:ai CA certificate: the same value in the backend and the cluster profile. */
function runaiCaCertVariable(): ProfileVariable {
  return variable({
    name: VAR.runaiCaCert,
    displayName: 'Run:ai CA certificate (base64 PEM)',
    description:
      'The CA certificate cert-manager signs the Run:ai control-plane certificate with, as one line of base64 of the PEM file ("base64 -w0 ca.crt"). ' +
      'Use a self-signed CA (e.g. openssl req -x509 -newkey rsa:4096 -nodes -days 3650 -subj /CN=runai-ca -addext basicConstraints=critical,CA:TRUE -keyout ca.key -out ca.crt) ' +
      'or a child CA of your own trusted CA; enter the same value in AI-RA-RunAI-Backend and AI-RA-RunAI-Cluster.',
    format: BASE64_FORMAT,
    regex: PEM_BASE64,
    required: true,
  });
}

function runaiCaKeyVariable(): ProfileVariable {
  return variable({
    name: VAR.runaiCaKey,
    displayName: 'Run:ai CA private key (base64 PEM)',
    description:
      'The private key of the Run:ai CA certificate, as one line of base64 of the PEM file ("base64 -w0 ca.key"). Masked in Palette and in exports.',
    format: BASE64_FORMAT,
    regex: PEM_BASE64,
    required: true,
    isSensitive: true,
  });
}

/** The registry credentials of the pull secret: the same values in both Run:ai profiles. */
function runaiRegistryVariables(): ProfileVariable[] {
  return [
    variable({
      name: VAR.runaiRegistryUser,
      displayName: 'Run:ai registry user name',
      description:
        'Your user name on runai.jfrog.io, where the Run:ai images are served from today; NVIDIA Run:ai provides it with your subscription. ' +
        'When the images move to nvcr.io, enter "$oauthtoken" and change the registry in the secret-pullsecret manifest.',
      regex: JSON_SAFE_TOKEN,
      required: true,
    }),
    variable({
      name: VAR.runaiRegistryPassword,
      displayName: 'Run:ai registry token',
      description:
        'Your runai.jfrog.io access token (or NGC API key for nvcr.io), without quotes, backslashes or spaces. Masked in Palette and in exports.',
      regex: JSON_SAFE_TOKEN,
      required: true,
      isSensitive: true,
    }),
  ];
}

/** AI-RA-RunAI-Backend: the control-plane FQDN, the CA that signs its certificate, the registry credentials. */
export function runaiBackendVariables(): ProfileVariable[] {
  return [
    variable({
      name: VAR.runaiBackendUrl,
      displayName: 'Run:ai control plane FQDN',
      description:
        'Fully qualified domain name the Run:ai control plane is published on (global.domain and the certificate common name), e.g. runai.example.com. ' +
        'Create a DNS record for it that points at the address MetalLB gives the shared Cilium ingress (LoadBalancer service cilium-ingress).',
      regex: FQDN,
      required: true,
    }),
    runaiCaCertVariable(),
    runaiCaKeyVariable(),
    ...runaiRegistryVariables(),
  ];
}

/** Where the Run:ai control plane shows the values of a new cluster. */
const RUNAI_NEW_CLUSTER =
  'The Run:ai control plane shows it when you add this cluster (Resources > Clusters > New Cluster), in the install command.';

/** AI-RA-RunAI-Cluster: the 4 values of a new Run:ai cluster, the CA to trust, the registry credentials. */
export function runaiClusterVariables(): ProfileVariable[] {
  return [
    variable({
      name: VAR.runaiControlPlaneUrl,
      displayName: 'Run:ai control plane URL',
      description: `controlPlane.url of the Run:ai control plane, e.g. https://runai.example.com. ${RUNAI_NEW_CLUSTER}`,
      regex: HTTPS_URL,
      required: true,
    }),
    variable({
      name: VAR.runaiClientSecret,
      displayName: 'Run:ai client secret',
      description: `controlPlane.clientSecret for this cluster. ${RUNAI_NEW_CLUSTER}`,
      required: true,
      isSensitive: true,
    }),
    variable({
      name: VAR.runaiClusterUid,
      displayName: 'Run:ai cluster UID',
      description: `cluster.uid, a UUID. ${RUNAI_NEW_CLUSTER}`,
      regex: UUID,
      required: true,
    }),
    variable({
      name: VAR.runaiClusterUrl,
      displayName: 'Run:ai cluster URL',
      description: `cluster.url: the URL this workload cluster is reached on, e.g. https://gpu-cluster-1.example.com. ${RUNAI_NEW_CLUSTER}`,
      regex: HTTPS_URL,
      required: true,
    }),
    runaiCaCertVariable(),
    ...runaiRegistryVariables(),
  ];
}
