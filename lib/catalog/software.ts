/**
 * The RA's "Software resources" table, row by row, cells verbatim. Rows the RA leaves without a
 * component cell (a second product of the same component) repeat the component above them. The
 * tables here are plain data; their schemas (schemas.ts) check them in a test, not at load.
 */
export interface SoftwareRow {
  component: string;
  product: string;
  version: string;
}

export const SOFTWARE_SECTION = 'Software resources';

export const SOFTWARE: readonly SoftwareRow[] = [
  { component: 'Kubernetes Management', product: 'Spectro Cloud PaletteAI', version: '1.0.0' },
  { component: 'Kubernetes Management', product: 'Spectro Cloud Palette', version: '4.7.30' },
  { component: 'Bare metal deployment', product: 'Canonical MAAS', version: '3.7.0' },
  { component: 'Operating System', product: 'Canonical Ubuntu', version: '22.04 LTS with 6.5 kernel' },
  { component: 'NVIDIA DOCA software', product: 'doca-host', version: '3.2.1-044000-25.10' },
  { component: 'NVIDIA DOCA software', product: 'Congestion Control (spcx-cc)', version: '3.10' },
  { component: 'Kubernetes', product: 'Palette eXtended Kubernetes', version: '1.33.5' },
  { component: 'Kubernetes networking', product: 'Cilium CNI', version: '1.18.1' },
  { component: 'Kubernetes storage*', product: 'Longhorn', version: '1.9.0' },
  { component: 'Acceleration Operators', product: 'NVIDIA GPU Operator', version: '25.10.1' },
  { component: 'Acceleration Operators', product: 'NVIDIA Network Operator', version: '25.10.0' },
  { component: 'Ingress', product: 'Envoy (via Cilium CNI)', version: '1.18.1' },
  { component: 'Gateway API', product: 'KGateway', version: '2.1.1' },
  { component: 'Load Balancing', product: 'MetalLB', version: '0.15.2' },
  { component: 'Monitoring', product: 'Prometheus Operator', version: '78.3.0' },
  { component: 'Serverless Functions', product: 'Knative', version: '1.20.0' },
  { component: 'AI Runtime', product: 'Kubeflow Training Operator', version: '1.8.1' },
  { component: 'AI Runtime', product: 'NVIDIA Run:ai', version: '2.23.20' },
];

/** The table's footnote for "Kubernetes storage*", verbatim. */
export const SOFTWARE_STORAGE_FOOTNOTE =
  'For basic Kubernetes storage, supporting the Network Operator and NVIDIA Run:ai storage needs. For external storage, you can use the CSI of the chosen storage vendor, or you can use NFS.';

/** Version of one product in the table; throws on an unknown product so a typo cannot pass silently. */
export function softwareVersion(product: string): string {
  const row = SOFTWARE.find((r) => r.product === product);
  if (!row) throw new Error(`no software row for "${product}"`);
  return row.version;
}

export const PALETTE_PROFILES = [
  'AI-RA-Infra-MaaS-Spectrum-X',
  'AI-RA-Core',
  'AI-RA-RunAI-Backend',
  'AI-RA-RunAI-Cluster',
] as const;
export type PaletteProfileName = (typeof PALETTE_PROFILES)[number];

/**
 * One layer of the RA's cluster profiles ("Spectro Cloud PaletteAI configuration" and the layer
 * sections after it), cells verbatim; `null` where the RA writes "N/A" or gives no value.
 */
export interface PaletteLayer {
  profile: PaletteProfileName;
  /** The RA section title, e.g. "Cilium layer (AI-RA-Infra-MaaS-Spectrum-X profile)". */
  section: string;
  layer: string;
  packType: string;
  registry: string | null;
  packName: string | null;
  packVersion: string | null;
  installOrder: number | null;
  values: string | null;
}

const layer = (
  profile: PaletteProfileName,
  name: string,
  packType: string,
  registry: string | null,
  packName: string | null,
  packVersion: string | null,
  installOrder: number | null,
  values: string | null,
): PaletteLayer => ({
  profile,
  section: `${name} layer (${profile} profile)`,
  layer: name,
  packType,
  registry,
  packName,
  packVersion,
  installOrder,
  values,
});

const INFRA = 'AI-RA-Infra-MaaS-Spectrum-X';
const CORE = 'AI-RA-Core';
const BACKEND = 'AI-RA-RunAI-Backend';
const CLUSTER = 'AI-RA-RunAI-Cluster';
const PALETTE_OCI = 'Palette Registry (OCI)';
const COMMUNITY_OCI = 'Palette Community Registry (OCI)';
const MODIFIED = 'Modified from default';

export const PALETTE_LAYERS: readonly PaletteLayer[] = [
  layer(INFRA, 'Ubuntu', 'OS', PALETTE_OCI, 'Ubuntu', '22.04', null, MODIFIED),
  layer(
    INFRA,
    'Kubernetes',
    'Kubernetes',
    PALETTE_OCI,
    'Palette eXtended Kubernetes',
    '1.33.5',
    null,
    MODIFIED,
  ),
  layer(
    INFRA,
    'Cilium',
    'Network',
    PALETTE_OCI,
    'Cilium',
    '1.18.1-rev1',
    null,
    'Set using Pack Presets and further modifications',
  ),
  layer(INFRA, 'Longhorn', 'Storage', PALETTE_OCI, 'Longhorn', '1.9.0', null, MODIFIED),
  layer(INFRA, 'nodeprep-controller', 'Manifest', null, null, null, 0, null),
  layer(
    INFRA,
    'Network Operator',
    'System App',
    COMMUNITY_OCI,
    'NVIDIA Network Operator',
    '25.10.0',
    0,
    MODIFIED,
  ),
  layer(INFRA, 'network-operator-config', 'Manifest', null, null, null, 10, null),
  layer(CORE, 'MetallLB', 'Load balancer', PALETTE_OCI, 'MetallLB (Helm)', '0.15.2', 20, MODIFIED),
  layer(CORE, 'KGateway', 'Load balancer', PALETTE_OCI, 'kgateway', '2.1.1', 20, 'Default'),
  layer(CORE, 'NVIDIA GPU Operator', 'AI', PALETTE_OCI, 'NVIDIA GPU Operator', '25.10.1', 20, MODIFIED),
  layer(
    CORE,
    'Prometheus Operator',
    'Monitoring',
    PALETTE_OCI,
    'Prometheus - Grafana',
    '78.3.0',
    20,
    MODIFIED,
  ),
  layer(BACKEND, 'runai-backend-prereqs', 'Manifest', null, null, null, 50, null),
  layer(
    BACKEND,
    'NVIDIA Run:ai Control Plane',
    'Helm chart',
    'https://runai.jfrog.io/artifactory/cp-charts-prod',
    'control-plane',
    '2.23.20',
    60,
    MODIFIED,
  ),
  layer(CLUSTER, 'runai-cluster-prereqs', 'Manifest', null, null, null, 100, null),
  layer(
    CLUSTER,
    'Kubeflow Training Operator',
    'AI',
    COMMUNITY_OCI,
    'Kubeflow Training Operator',
    '1.8.1',
    100,
    'Default',
  ),
  layer(
    CLUSTER,
    'Knative Operator',
    'Helm chart',
    'https://knative.github.io/operator',
    'knative-operator',
    '1.20.0',
    100,
    'Default',
  ),
  layer(
    CLUSTER,
    'NVIDIA Run:ai Cluster',
    'Helm chart',
    'https://runai.jfrog.io/artifactory/api/helm/run-ai-charts',
    'runai-agent',
    '2.23.20',
    110,
    MODIFIED,
  ),
];
