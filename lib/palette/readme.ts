/**
 * The bundle's README.md: import order, registries to add, what must still be filled in (variables
 * without a default, placeholders), the node-naming rule, the address plan, every variable, what the
 * planner derived from the design (with the values), and the assumptions it made where the RA is
 * silent. Markdown text, so plain string building is fine here.
 */
import { parseAllDocuments } from 'yaml';
import type { ClusterPlan } from '../plan/types';
import { kubectlImage } from './constants';
import { migConfigName } from './layers/core';
import { NETWORK_NAMESPACE } from './layers/nic-networks';
import { NODEPREP_SCRIPT_PATH, NODEPREP_SCRIPT_PLACEHOLDERS } from './layers/nodeprep-script';
import { defaultsNote, MISSING_DEFAULTS, PACK_DEFAULTS } from './pack-defaults';
import { GRAFANA_ADMIN_PASSWORD, PLACEHOLDER_MARK, PLACEHOLDERS } from './placeholders';
import { layersInInstallOrder } from './preview';
import type { ProfileFile } from './profiles';
import { PROFILE_VERSION } from './profiles';
import { HELM_REGISTRIES } from './registries';
import type { ClusterProfileImport } from './schema';
import { VAR } from './variables';

/** Escapes a table cell: pipes and line breaks would break the Markdown table. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

function importSection(files: readonly ProfileFile[]): string[] {
  const out = ['## Import order', ''];
  out.push(
    '1. In Palette (Tenant Settings > Registries > Helm Registries) add the Helm registries below, with these names. The',
    '   Palette Registry and the Palette Community Registry (OCI) must also be available.',
    '',
    ...table(
      ['Registry name', 'URL', 'Used by'],
      HELM_REGISTRIES.map((r) => [r.name, r.url, r.usedBy]),
    ),
    '',
    '2. Go through "What you must still fill in" below: replace the placeholders in the JSON files (or right after',
    '   import in the profile editor), and have the variable values ready for the cluster deployment.',
    '3. Import the profiles one by one (Profiles > Import Cluster Profile), in this order, and confirm the registries',
    '   in the "Select repositories" step:',
    '',
  );
  files.forEach((f, i) => {
    out.push(
      `   ${i + 1}. \`${f.fileName}\` (${f.profile.spec.template.type}, ${f.profile.spec.template.packs.length} layers)`,
    );
  });
  out.push(
    '',
    `4. Deploy a cluster on MAAS with AI-RA-Infra-MaaS-Spectrum-X plus AI-RA-Core, then AI-RA-RunAI-Backend (the`,
    '   control plane) and AI-RA-RunAI-Cluster (with the 4 values the Run:ai control plane shows for a new cluster).',
    '',
    `Every profile has version ${PROFILE_VERSION}; Palette refuses a name + version that already exists, so bump`,
    '`spec.version` to re-import. No tenant or project macros are used: nothing to create before import.',
    '',
    'Layers in install order (core layers first, then add-ons by `spectrocloud.com/install-priority`):',
    '',
  );
  for (const f of files) {
    const layers = layersInInstallOrder(f.profile.spec.template.packs);
    out.push(`### ${f.name}`, '');
    out.push(
      ...table(
        ['Layer', 'Type', 'Version', 'Install priority', 'Manifests'],
        layers.map((l) => [
          l.name,
          `${l.type} / ${l.layer}`,
          l.version || '-',
          l.installPriority === null ? '- (layer order)' : String(l.installPriority),
          l.manifests.map((m) => m.name).join(', ') || '-',
        ]),
      ),
      '',
    );
  }
  return out;
}

function variablesSection(files: readonly ProfileFile[]): string[] {
  const out = ['## Profile variables', ''];
  out.push(
    'Entered when a cluster is deployed. Read-only ones carry the planned value: change them in the planner and export again.',
    '',
  );
  const rows = files.flatMap((f) =>
    f.profile.spec.variables.map((v) => [
      f.name,
      `\`${v.name}\``,
      v.displayName,
      v.format,
      v.immutable ? 'read-only' : v.required ? 'required' : 'optional',
      v.isSensitive ? '(masked)' : v.defaultValue || '-',
      v.description,
    ]),
  );
  out.push(
    ...table(['Profile', 'Variable', 'Name', 'Format', 'Input', 'Default', 'What to enter'], rows),
    '',
  );
  return out;
}

/** Where each variable is referenced: "layer values" or "layer / manifest", in layer order. */
export function variableUses(profile: ClusterProfileImport): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  const note = (text: string, where: string) => {
    for (const m of text.matchAll(/\{\{\s*\.spectro\.var\.([A-Za-z0-9_]+)\s*\}\}/g)) {
      const name = m[1] ?? '';
      const list = uses.get(name) ?? [];
      if (!list.includes(where)) list.push(where);
      uses.set(name, list);
    }
  };
  for (const pack of profile.spec.template.packs) {
    note(pack.values, `${pack.name} values`);
    for (const m of pack.manifests ?? []) note(m.content, `${pack.name} / ${m.name}`);
  }
  return uses;
}

function unsetVariableRows(files: readonly ProfileFile[]): string[][] {
  return files.flatMap((f) => {
    const uses = variableUses(f.profile);
    return f.profile.spec.variables
      .filter((v) => v.defaultValue === '')
      .map((v) => [
        f.name,
        `\`${v.name}\``,
        `${v.displayName}${v.isSensitive ? ' (masked)' : ''}`,
        (uses.get(v.name) ?? []).join(', '),
        v.description,
      ]);
  });
}

function placeholderRows(): string[][] {
  const rows: string[][] = PLACEHOLDERS.map((p) => [`\`${p.text}\``, p.profile, p.where, p.replaceWith]);
  const script = NODEPREP_SCRIPT_PLACEHOLDERS;
  const inScript = `Ubuntu layer, ${NODEPREP_SCRIPT_PATH}`;
  rows.push(
    [
      `\`${script.docaHostDeb}\``,
      'AI-RA-Infra-MaaS-Spectrum-X',
      inScript,
      'URL of the doca-host .deb (NVIDIA DOCA downloads, or a local mirror); the step is skipped until set.',
    ],
    [
      `\`${script.spcxCcDeb}\``,
      'AI-RA-Infra-MaaS-Spectrum-X',
      inScript,
      'URL of the Spectrum-X congestion control (spcx-cc) .deb; skipped until set.',
    ],
    [
      `\`${script.firmwareBundle}\``,
      'AI-RA-Infra-MaaS-Spectrum-X',
      inScript,
      'URL of the BlueField-3 firmware image for mlxfwmanager; skipped until set.',
    ],
    [
      `\`${GRAFANA_ADMIN_PASSWORD.value}\``,
      GRAFANA_ADMIN_PASSWORD.profile,
      GRAFANA_ADMIN_PASSWORD.where,
      GRAFANA_ADMIN_PASSWORD.replaceWith,
    ],
  );
  return rows;
}

const FILL_IN_HEADING = '## What you must still fill in';

function fillInSection(files: readonly ProfileFile[]): string[] {
  return [
    FILL_IN_HEADING,
    '',
    'The bundle holds no credential, certificate or key. Secrets are profile variables, masked where they are',
    'secret; PEM files are entered as one line of base64 (`base64 -w0 file.pem`), because Palette variables cannot',
    'span lines. Palette asks for these variables, which have no default, when you deploy a cluster:',
    '',
    ...table(['Profile', 'Variable', 'Name', 'Used in', 'What to enter'], unsetVariableRows(files)),
    '',
    `Placeholders in the layers: plain text, none hidden in base64; search the JSON files for \`${PLACEHOLDER_MARK}\`:`,
    '',
    ...table(['Placeholder', 'Profile', 'Where', 'Replace with'], placeholderRows()),
    '',
  ];
}

/** Worker (GPU server) names per rack, in rack order: the node names the CIDRPools pin prefixes to. */
function workersByRack(plan: ClusterPlan): { rack: string; names: string[] }[] {
  return plan.racks
    .map((r) => ({
      rack: r.name,
      names: r.devices.filter((d) => d.kind === 'gpu-server').map((d) => d.name),
    }))
    .filter((r) => r.names.length > 0);
}

function nodeNamesSection(plan: ClusterPlan): string[] {
  const racks = workersByRack(plan);
  const example = racks[0]?.names[0] ?? 'a01-u13-gpu-001';
  return [
    '## Node names (MAAS hostnames)',
    '',
    `Every worker's Kubernetes node name is its server name in the plan, e.g. \`${example}\`, so each machine's MAAS`,
    'hostname must be exactly that name (the node name comes from the hostname). The nic-ipam CIDRPools pin each',
    "worker's per-switchport prefix to its node name (`staticAllocations`): a worker under another name does not get",
    'the prefix of the leaf port it is cabled to. The IP plan sheet of the BOM workbook lists every worker with its',
    'leaf ports, prefixes and gateways.',
    '',
    `Workers (${plan.compute.workerNodes}), by rack:`,
    '',
    ...racks.map((r) => `- ${r.rack} (${r.names.length}): ${r.names.map((n) => `\`${n}\``).join(', ')}`),
    '',
  ];
}

/** Static allocations per CIDRPool, read back from the nic-ipam manifest so the README says what the bundle holds. */
function staticAllocationCounts(files: readonly ProfileFile[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of files)
    for (const pack of f.profile.spec.template.packs)
      for (const m of pack.manifests ?? []) {
        if (m.name !== 'nic-ipam') continue;
        for (const doc of parseAllDocuments(m.content)) {
          const o = doc.toJS() as {
            kind?: string;
            metadata?: { name?: string };
            spec?: { staticAllocations?: unknown[] };
          };
          if (o?.kind === 'CIDRPool' && o.metadata?.name)
            counts.set(o.metadata.name, o.spec?.staticAllocations?.length ?? 0);
        }
      }
  return counts;
}

function subnetTable(plan: ClusterPlan): string[] {
  return table(
    ['Subnet', 'Design field', 'CIDR', 'Gateway', 'Addresses needed / available', 'Purpose'],
    plan.ipPlan.subnets.map((s) => [
      s.network,
      `\`${s.field}\``,
      s.cidr,
      s.gateway || '-',
      `${s.addressesNeeded.toLocaleString('en-US')} / ${s.addressesAvailable.toLocaleString('en-US')}`,
      s.purpose,
    ]),
  );
}

function cidrPoolTable(plan: ClusterPlan, files: readonly ProfileFile[]): string[] {
  const statics = staticAllocationCounts(files);
  return table(
    [
      'Pool',
      'Rail',
      'CIDR',
      'perNodeNetworkPrefix',
      'gatewayIndex',
      'Routes',
      'Workers',
      'Static allocations',
    ],
    plan.network.pools.map((p) => [
      p.name,
      String(p.rail),
      p.cidr,
      `/${p.perNodeNetworkPrefix}`,
      String(p.gatewayIndex),
      p.routes.join(', ') || '-',
      String(p.nodes),
      String(statics.get(p.name) ?? 0),
    ]),
  );
}

/** The MetalLB line: says "the default" only when the Core profile's variable really defaults to the pool. */
function metallbLine(plan: ClusterPlan, files: readonly ProfileFile[]): string {
  const lb = plan.ipPlan.loadBalancer;
  const variable = files.flatMap((f) => f.profile.spec.variables).find((v) => v.name === VAR.metallbRange);
  const role = variable?.defaultValue === lb.range ? 'the default of' : 'enter it as';
  return `MetalLB pool: \`${lb.range}\` (${lb.addresses} addresses), ${role} variable \`${VAR.metallbRange}\`; reserve it in MAAS so MAAS never assigns those addresses.`;
}

function addressPlanSection(plan: ClusterPlan, files: readonly ProfileFile[]): string[] {
  return [
    '## Address plan',
    '',
    'Site subnets, from the design (configure them in MAAS and on the switches):',
    '',
    ...subnetTable(plan),
    '',
    metallbLine(plan, files),
    '',
    'nv-ipam CIDRPools (nic-ipam manifest), one per SuperNIC rail; each static allocation pins one worker (by node',
    'name) to the prefix of its leaf port:',
    '',
    ...cidrPoolTable(plan, files),
    '',
    'How addresses are handed out:',
    '',
    ...plan.ipPlan.conventions.map((c) => `- ${c}`),
    '',
  ];
}

function derivedSection(plan: ClusterPlan): string[] {
  const k = plan.kubernetes;
  const n = plan.network;
  const c = plan.compute;
  const out = ['## Derived from the design', ''];
  out.push(
    ...table(
      ['Setting', 'Value', 'Where it is used'],
      [
        ['Workers', `${c.workerNodes} x ${c.layout}, ${c.totalGpus} x ${c.gpuName}`, 'profile descriptions'],
        ['Kubernetes version', k.kubernetesVersion, 'Kubernetes layer'],
        [
          'Pod CIDR',
          k.podCidr,
          `variable PodCIDR (read-only); /${k.nodePodCidrPrefix} per node, ${k.maxNodesForPodCidr} nodes`,
        ],
        [
          'Service CIDR',
          k.serviceCidr,
          `variable ServiceCIDR (read-only); ${k.serviceAddresses.toLocaleString('en-US')} addresses`,
        ],
        ['Max pods per node', String(k.maxPodsPerNode), 'Ubuntu layer, kubelet drop-in (maxPods)'],
        [
          'SR-IOV',
          String(plan.input.sriov),
          'variable SRIOVEnabled (read-only), Network Operator, node-prep script',
        ],
        ['NIC sharing', n.nicSharingMode, `nic-networks manifest: ${n.nicSharingReason}`],
        ['Devices per SuperNIC', String(n.devicesPerNic), 'rdmaHcaMax / VFs per NIC'],
        [
          'Per-switchport prefix',
          `/${n.portPrefixLength}`,
          `CIDRPool perNodeNetworkPrefix: ${n.prefixReason}`,
        ],
        [
          'MIG',
          c.migProfile ? `${c.migProfile} (${migConfigName(c.migProfile)})` : 'none',
          'GPU Operator layer (mig.strategy, migManager.config.default)',
        ],
        [
          'Longhorn',
          `${k.longhornVersion}, guaranteed-instance-manager-cpu ${k.longhornGuaranteedInstanceManagerCpu}`,
          'Longhorn layer and its Setting manifest',
        ],
      ],
    ),
    '',
  );
  return out;
}

function assumptionsSection(plan: ClusterPlan): string[] {
  return [
    '## Planner assumptions to check',
    '',
    'Where the RA describes a layer but not its exact YAML, the planner chose as follows:',
    '',
    "- Layer values are the pack's published default values with the RA's changes merged in, where a published default",
    "  exists; elsewhere they carry only the RA's changes (the layer's values comment says which):",
    ...[...PACK_DEFAULTS, ...MISSING_DEFAULTS].map((d) => `  - ${d.name} ${d.version}: ${defaultsNote(d)}`),
    "  Compare the layers without published defaults with the pack's default values in your Palette before deploying.",
    '- Manifest layers have no version and no registry (no public export of such a layer exists to copy).',
    `- The nodeprep-controller and the knative-patch Job run \`${kubectlImage(plan.kubernetes.kubernetesVersion)}\` (kubectl and a shell); mirror it for air-gapped sites.`,
    '- The kubelet drop-in reserves 1 CPU (`systemReserved`), which the static CPU Manager policy requires.',
    '- Cilium reads the API server address from the cluster-info ConfigMap (`k8sServiceHost: auto`) because kube-proxy is removed.',
    `- Secondary networks are created in the \`${NETWORK_NAMESPACE}\` namespace; workloads reference \`${NETWORK_NAMESPACE}/rail-0\` etc.`,
    "- NicFirmwareTemplate and NicConfigurationTemplate select the SuperNICs by the rails' PCI addresses (variables",
    '  `GpuFabricPciAddressRail<n>`) on GPU workers only: `nicType: a2dc` alone would match the B3220 DPU too.',
    '- SR-IOV VFs have one owner each: the NicConfigurationTemplate sets the firmware VF count, node preparation creates',
    '  the VFs at every boot, and the SriovNetworkNodePolicy (`externallyManaged: true`) hands them out.',
    '- The Run:ai control plane uses cert-manager (Issuer `runai-predefined-ca`): cert-manager must be present in the cluster.',
    '- `sriovNetworkOperator.enabled` is written as the planned boolean, not as the `SRIOVEnabled` variable the RA names:',
    '  Palette requires variables to be quoted, and a quoted "false" is true to a Helm template.',
    '',
  ];
}

function notesSection(plan: ClusterPlan): string[] {
  if (plan.notes.length === 0 && plan.warnings.length === 0) return [];
  const out = ['## Design warnings and RA notes', ''];
  for (const w of plan.warnings) out.push(`- **${w.severity}** ${w.message}`);
  for (const note of plan.notes) out.push(`- ${note.topic}: ${note.message}`);
  out.push('');
  return out;
}

/** README.md of the Palette bundle. */
export function bundleReadme(plan: ClusterPlan, files: readonly ProfileFile[]): string {
  return [
    '# NVIDIA Enterprise AI Factory: Palette cluster profiles',
    '',
    'Generated by AI Factory Planner from the design in `design-input.json` (RA rev. 1.0.1, "Spectro Cloud PaletteAI',
    'configuration"). One JSON file per profile, in the Palette "Import Cluster Profile" format.',
    '',
    ...importSection(files),
    ...fillInSection(files),
    ...nodeNamesSection(plan),
    ...addressPlanSection(plan, files),
    ...variablesSection(files),
    ...derivedSection(plan),
    ...assumptionsSection(plan),
    ...notesSection(plan),
  ].join('\n');
}
