import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { validDesignArb } from '../design/test-support/arbitraries';
import { assertProperty } from '../design/test-support/seeds';
import { planCluster } from '../plan/plan-cluster';
import type { ClusterPlan } from '../plan/types';
import { installPriorityOf } from './preview';
import { buildProfiles } from './profiles';
import type { ClusterProfileImport, ProfilePack } from './schema';
import { planFor } from './test-support/plans';

function profileOf(plan: ClusterPlan, name: string): ClusterProfileImport {
  const file = buildProfiles(plan).find((f) => f.name === name);
  if (!file) throw new Error(`no profile ${name}`);
  return file.profile;
}

function packOf(profile: ClusterProfileImport, name: string): ProfilePack {
  const pack = profile.spec.template.packs.find((p) => p.name === name);
  if (!pack) throw new Error(`no pack ${name} in ${profile.metadata.name}`);
  return pack;
}

// biome-ignore lint/suspicious/noExplicitAny: parsed YAML objects, probed field by field in the tests.
type K8sObject = Record<string, any>;

function manifestObjects(pack: ProfilePack, manifest: string): K8sObject[] {
  const m = pack.manifests?.find((x) => x.name === manifest);
  if (!m) throw new Error(`no manifest ${manifest} in ${pack.name}`);
  return parseAllDocuments(m.content).map((d) => d.toJS());
}

const INFRA = 'AI-RA-Infra-MaaS-Spectrum-X';
const reference = planFor();

describe('layers, versions and install orders (RA Spectro Cloud PaletteAI configuration)', () => {
  // [profile, pack, type, version, install order]: the RA's layer tables.
  const table: [string, string, string, string, number | null][] = [
    [INFRA, 'ubuntu-maas', 'oci', '22.04', null],
    [INFRA, 'kubernetes', 'oci', '1.33.5', null],
    [INFRA, 'cni-cilium-oss', 'oci', '1.18.1-rev1', null],
    [INFRA, 'csi-longhorn', 'oci', '1.9.0', null],
    [INFRA, 'nodeprep-controller', 'manifest', '', 0],
    [INFRA, 'network-operator', 'oci', '25.10.0', 0],
    [INFRA, 'network-operator-config', 'manifest', '', 10],
    ['AI-RA-Core', 'lb-metallb-helm', 'oci', '0.15.2', 20],
    ['AI-RA-Core', 'kgateway', 'oci', '2.1.1', 20],
    ['AI-RA-Core', 'nvidia-gpu-operator-ai', 'oci', '25.10.1', 20],
    ['AI-RA-Core', 'prometheus-operator', 'oci', '78.3.0', 20],
    ['AI-RA-RunAI-Backend', 'runai-backend-prereqs', 'manifest', '', 50],
    ['AI-RA-RunAI-Backend', 'control-plane', 'helm', '2.23.20', 60],
    ['AI-RA-RunAI-Cluster', 'runai-cluster-prereqs', 'manifest', '', 100],
    ['AI-RA-RunAI-Cluster', 'kubeflow-training-operator', 'oci', '1.8.1', 100],
    ['AI-RA-RunAI-Cluster', 'knative-operator', 'helm', '1.20.0', 100],
    ['AI-RA-RunAI-Cluster', 'runai-agent', 'helm', '2.23.20', 110],
  ];

  it.each(table)('%s / %s: %s %s, install order %s', (profile, name, type, version, order) => {
    const pack = packOf(profileOf(reference, profile), name);
    expect(pack.type).toBe(type);
    expect(pack.version).toBe(version);
    expect(installPriorityOf(pack)).toBe(order);
    // Install priorities are strings inside values (palette-profile-format.md section 2).
    if (order !== null)
      expect(parse(pack.values).pack['spectrocloud.com/install-priority']).toBe(String(order));
  });

  it('has exactly the RA layers in each profile', () => {
    const names = buildProfiles(reference).flatMap((f) =>
      f.profile.spec.template.packs.map((p) => `${f.name}/${p.name}`),
    );
    expect(names.sort()).toEqual(table.map(([p, n]) => `${p}/${n}`).sort());
  });

  it('points the Helm charts at the RA registries by name and the rest at Palette registries', () => {
    const backend = profileOf(reference, 'AI-RA-RunAI-Backend');
    expect(packOf(backend, 'control-plane').registry?.metadata).toMatchObject({
      kind: 'helm',
      providerType: 'helm',
    });
    const infra = profileOf(reference, INFRA);
    expect(packOf(infra, 'network-operator').registry?.metadata.name).toBe('Palette Community Registry');
    expect(packOf(infra, 'kubernetes').registry?.metadata.name).toBe('Palette Registry');
    expect(packOf(infra, 'nodeprep-controller').registry).toBeUndefined();
  });
});

describe('values derived from the plan', () => {
  it('defaults the read-only pod and service CIDR variables to the design and references them', () => {
    const plan = planFor({ podCidr: '10.0.0.0/11', serviceCidr: '100.80.0.0/16' });
    const infra = profileOf(plan, INFRA);
    const vars = Object.fromEntries(infra.spec.variables.map((v) => [v.name, v]));
    expect(vars.PodCIDR).toMatchObject({ format: 'ipv4cidr', defaultValue: '10.0.0.0/11', immutable: true });
    expect(vars.ServiceCIDR).toMatchObject({
      format: 'ipv4cidr',
      defaultValue: '100.80.0.0/16',
      immutable: true,
    });
    const k8s = parse(packOf(infra, 'kubernetes').values);
    expect(k8s.pack.podCIDR).toBe('{{ .spectro.var.PodCIDR }}');
    expect(k8s.pack.serviceClusterIpRange).toBe('{{ .spectro.var.ServiceCIDR }}');
    expect(k8s.pack.palette.config.dashboard.identityProvider).toBe('palette');
    expect(k8s.kubeadmconfig.kubeletExtraArgs['config-dir']).toBe('/etc/kubernetes/kubelet.conf.d');
  });

  it('writes one CIDRPool per plan pool with its cidr, per-node prefix and gateway index', () => {
    for (const overrides of [{}, { migProfile: '1g.24gb' as const }, { layout: '1-2-2-200' as const }]) {
      const plan = planFor(overrides);
      const pools = manifestObjects(packOf(profileOf(plan, INFRA), 'network-operator-config'), 'nic-ipam');
      expect(pools.map((p) => [p.apiVersion, p.kind])).toEqual(
        plan.network.pools.map(() => ['nv-ipam.nvidia.com/v1alpha1', 'CIDRPool']),
      );
      expect(pools.map((p) => p.spec)).toMatchObject(
        plan.network.pools.map((p) => ({
          cidr: p.cidr,
          perNodeNetworkPrefix: p.perNodeNetworkPrefix,
          gatewayIndex: p.gatewayIndex,
        })),
      );
    }
  });

  it('puts the plan max pods, static CPU manager and the nodeprep taint in the kubelet drop-in', () => {
    const plan = planFor({ maxPodsPerNode: 110 });
    const os = parse(packOf(profileOf(plan, INFRA), 'ubuntu-maas').values);
    const dropIn = os.kubeadmconfig.files.find((f: { targetPath: string }) =>
      f.targetPath.startsWith('/etc/kubernetes/kubelet.conf.d/'),
    );
    expect(parse(dropIn.content)).toMatchObject({
      kind: 'KubeletConfiguration',
      maxPods: 110,
      cpuManagerPolicy: 'static',
      registerWithTaints: [{ key: 'spectrocloud.com/nodeprep', effect: 'NoSchedule' }],
    });
    const paths = os.kubeadmconfig.files.map((f: { targetPath: string }) => f.targetPath);
    expect(paths).toEqual(
      expect.arrayContaining(['/etc/modprobe.d/blacklist-nouveau.conf', '/opt/ai-ra/nodeprep.sh']),
    );
  });

  it('uses the plan Longhorn guaranteed CPU and the control-plane-only storage settings', () => {
    const longhorn = packOf(profileOf(reference, INFRA), 'csi-longhorn');
    const [setting] = manifestObjects(longhorn, 'guaranteed-instance-manager-cpu');
    expect(setting).toMatchObject({
      kind: 'Setting',
      value: reference.kubernetes.longhornGuaranteedInstanceManagerCpu,
    });
    expect(manifestObjects(longhorn, 'taint-toleration')[0]!.value).toBe(
      'node-role.kubernetes.io/control-plane:NoSchedule',
    );
    const values = parse(longhorn.values).charts.longhorn;
    expect(values.persistence).toEqual({
      defaultClass: false,
      defaultNodeSelector: { enable: true, selector: 'storage' },
    });
  });

  it('sets the Network Operator changes and the SR-IOV variable from the design', () => {
    for (const sriov of [false, true]) {
      const infra = profileOf(planFor({ sriov }), INFRA);
      const values = parse(packOf(infra, 'network-operator').values).charts['network-operator'];
      // A real boolean from the design, not the quoted variable (it would render the string "false").
      expect(values.sriovNetworkOperator.enabled).toBe(sriov);
      expect(values.operator).toMatchObject({
        useDTK: false,
        ofedDriver: { initContainer: { enable: false } },
      });
      expect(values.maintenanceOperator.enabled).toBe(true);
      expect(infra.spec.variables.find((v) => v.name === 'SRIOVEnabled')).toMatchObject({
        format: 'boolean',
        defaultValue: String(sriov),
      });
    }
  });
});

describe('nic-networks follows the NIC sharing mode', () => {
  const cases: [string, Parameters<typeof planFor>[0], string, string[]][] = [
    ['2 GPUs per SuperNIC', { layout: '1-4-3-200' }, 'MacvlanNetwork', ['rdmaSharedDevicePlugin']],
    ['1 GPU per SuperNIC', { layout: '1-2-3-400' }, 'HostDeviceNetwork', ['sriovDevicePlugin']],
    ['SR-IOV', { layout: '1-4-3-200', sriov: true }, 'SriovNetwork', []],
  ];

  it.each(cases)('%s -> %s', (_label, overrides, kind, plugins) => {
    const plan = planFor(overrides);
    expect(plan.network.nicSharingMode).toBe(kind);
    const config = packOf(profileOf(plan, INFRA), 'network-operator-config');
    const networks = manifestObjects(config, 'nic-networks');
    expect(networks.filter((o) => o.kind === kind)).toHaveLength(plan.network.pools.length);
    const policies = networks.filter((o) => o.kind === 'SriovNetworkNodePolicy');
    expect(policies).toHaveLength(kind === 'SriovNetwork' ? plan.network.pools.length : 0);
    for (const p of policies) expect(p.spec.numVfs).toBe(plan.network.devicesPerNic);
    const ipam = networks.filter((o) => o.kind === kind).map((o) => JSON.parse(o.spec.ipam));
    expect(ipam).toEqual(
      plan.network.pools.map((p) => ({ type: 'nv-ipam', poolName: p.name, poolType: 'cidrpool' })),
    );
    const [policy] = manifestObjects(config, 'nic-cluster-policy');
    const devicePlugins = Object.keys(policy!.spec).filter((k) => k.endsWith('DevicePlugin'));
    expect(devicePlugins).toEqual(plugins);
    expect(policy!.spec).toMatchObject({ nvIpam: {}, secondaryNetwork: { cniPlugins: {}, multus: {} } });
  });

  it('lists the six RA manifests in order', () => {
    const config = packOf(profileOf(reference, INFRA), 'network-operator-config');
    expect(config.manifests?.map((m) => m.name)).toEqual([
      'nic-cluster-policy',
      'nic-fw-source',
      'nic-fw-template',
      'nic-config-template',
      'nic-ipam',
      'nic-networks',
    ]);
  });
});

describe('GPU Operator', () => {
  const gpuValues = (plan: ClusterPlan) =>
    parse(packOf(profileOf(plan, 'AI-RA-Core'), 'nvidia-gpu-operator-ai').values).charts['gpu-operator'];

  it('keeps the RA changes with whole GPUs and has no MIG config', () => {
    const values = gpuValues(reference);
    expect(values).toEqual({
      nfd: { enabled: false },
      driver: { rdma: { enabled: false, useHostMofed: true } },
      gds: { enabled: false },
    });
  });

  it.each([
    ['rtx-pro-6000', '2g.48gb'],
    ['h200-nvl', '1g.18gb'],
  ] as const)('configures MIG all-<profile> for %s %s', (gpu, migProfile) => {
    const values = gpuValues(planFor({ gpu, migProfile }));
    expect(values.mig).toEqual({ strategy: 'single' });
    expect(values.migManager).toEqual({ enabled: true, config: { default: `all-${migProfile}` } });
  });
});

describe('Run:ai profiles', () => {
  it('publishes the control plane on the FQDN variable with Cilium ingress and the cert-manager issuer', () => {
    const values = parse(packOf(profileOf(reference, 'AI-RA-RunAI-Backend'), 'control-plane').values);
    expect(values.pack).toMatchObject({
      namespace: 'runai-backend',
      releaseNameOverride: { 'control-plane': 'runai-backend' },
    });
    expect(values.global).toEqual({
      domain: '{{ .spectro.var.RunAIBackendURL }}',
      ingress: {
        ingressClass: 'cilium',
        extraAnnotations: {
          'cert-manager.io/issuer': 'runai-predefined-ca',
          'cert-manager.io/common-name': '{{ .spectro.var.RunAIBackendURL }}',
        },
      },
      customCA: { enabled: true },
    });
  });

  it('defines the backend prerequisites as 2 Secrets and an Issuer, plus namespace and pull secret', () => {
    const prereqs = packOf(profileOf(reference, 'AI-RA-RunAI-Backend'), 'runai-backend-prereqs');
    expect(
      manifestObjects(prereqs, 'secret-runai-ca')
        .map((o) => o.kind)
        .sort(),
    ).toEqual(['Issuer', 'Secret', 'Secret']);
    expect(manifestObjects(prereqs, 'ns-runai-backend')[0]).toMatchObject({
      kind: 'Namespace',
      metadata: { name: 'runai-backend' },
    });
    expect(manifestObjects(prereqs, 'secret-pullsecret')[0]).toMatchObject({
      type: 'kubernetes.io/dockerconfigjson',
    });
  });

  it('installs the cluster chart as runai-cluster in a privileged runai namespace, wired to 4 variables', () => {
    const cluster = profileOf(reference, 'AI-RA-RunAI-Cluster');
    const values = parse(packOf(cluster, 'runai-agent').values);
    expect(values.pack.releaseNameOverride).toEqual({ 'runai-agent': 'runai-cluster' });
    expect(values.pack.namespaceLabels.runai).toContain('pod-security.kubernetes.io/enforce=privileged');
    expect(values.cluster).toEqual({
      uid: '{{ .spectro.var.runaiClusterUid }}',
      url: '{{ .spectro.var.runaiClusterUrl }}',
    });
    expect(cluster.spec.variables.map((v) => v.name).sort()).toEqual([
      'runaiCaCertificate',
      'runaiClientSecret',
      'runaiClusterUid',
      'runaiClusterUrl',
      'runaiControlPlaneUrl',
      'runaiRegistryPassword',
      'runaiRegistryUsername',
    ]);
    const knative = packOf(cluster, 'knative-operator');
    expect(knative.manifests?.map((m) => m.name)).toEqual(['knative-serving', 'knative-patch']);
    expect(manifestObjects(knative, 'knative-patch').map((o) => o.kind)).toContain('Job');
  });
});

describe('every valid design', () => {
  it('gives four valid profiles whose derived values follow the plan (property)', () => {
    assertProperty(
      fc.property(validDesignArb, (design) => {
        const plan = planCluster(design);
        const files = buildProfiles(plan);
        expect(files).toHaveLength(4);
        const infra = files[0]!.profile;
        const pools = manifestObjects(packOf(infra, 'network-operator-config'), 'nic-ipam');
        expect(pools.map((p) => p.spec.cidr)).toEqual(plan.network.pools.map((p) => p.cidr));
        const networks = manifestObjects(packOf(infra, 'network-operator-config'), 'nic-networks');
        expect(networks.some((o) => o.kind === plan.network.nicSharingMode)).toBe(true);
        const gpu = parse(packOf(files[1]!.profile, 'nvidia-gpu-operator-ai').values).charts['gpu-operator'];
        expect('migManager' in gpu).toBe(plan.compute.migProfile !== null);
      }),
      20,
    );
  }, 120_000);
});
