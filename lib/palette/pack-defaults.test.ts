/**
 * Layer values = the pack's published default values + the RA's changes (RA "Spectro Cloud PaletteAI
 * configuration": "Values: Modified from default", and Palette shows a layer's values whole). The
 * expected values are written from the RA text and from the pack files named below, never read from
 * the code under test.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PALETTE_LAYERS } from '../catalog/software';
import { ciliumLayer } from './layers/cilium';
import { gpuOperatorLayer, kgatewayLayer, metallbLayer, prometheusOperatorLayer } from './layers/core';
import { knativeOperatorLayer } from './layers/knative';
import { kubernetesLayer } from './layers/kubernetes';
import { longhornLayer } from './layers/longhorn';
import { networkOperatorLayer } from './layers/network-operator';
import { ubuntuLayer } from './layers/os-ubuntu';
import { runaiControlPlaneLayer } from './layers/runai-backend';
import { kubeflowTrainingLayer, runaiClusterLayer } from './layers/runai-cluster';
import { hasDefaults, packDefaults } from './pack-defaults';
import type { ProfilePack } from './schema';
import { planFor } from './test-support/plans';
import { mergeYaml } from './yaml';

type Path = (string | number)[];

/** Every leaf (scalar, empty list, empty map) of a parsed YAML value with its path. */
function leaves(value: unknown, path: Path = []): [Path, unknown][] {
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  if (children.length === 0) return [[path, value]];
  return children.flatMap(([k, v]) => leaves(v, [...path, k]));
}

// biome-ignore lint/suspicious/noExplicitAny: parsed YAML, walked by path.
const at = (value: any, path: Path): unknown => path.reduce((v, k) => v?.[k], value);
const startsWith = (path: Path, prefix: Path) => prefix.every((k, i) => path[i] === k);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface Case {
  pack: ProfilePack;
  /** The RA version, from the RA's layer table. */
  raVersion: string;
  /** sha256 of the source file (the text the catalog must hold verbatim) and where it was read. */
  sha256: string;
  source: { repository: string; path: string; version: string; match: 'exact' | 'nearest' };
  /** name, layer (and type) as the pack's own files give them. */
  identity: { name: string; layer: string; type?: string };
  /** The RA's changes (and the install priority from its layer table), path -> value. */
  ra: [Path, unknown][];
  /** Changes the planner makes on purpose besides the RA's, path -> value. */
  planner?: [Path, unknown][];
}

const reference = planFor();
const NO = ['charts', 'network-operator'];

const cases: Record<string, Case> = {
  // RA "Kubernetes layer": OIDC IdP Palette, pod and service CIDRs as variables, kubelet --config-dir.
  kubernetes: {
    pack: kubernetesLayer(reference),
    raVersion: '1.33.5',
    // The `values` string of the kubernetes pack in the AWS profile of spectrocloud/librarium
    // _partials/palette-mcp/_palette_mcp_cluster_profiles.mdx @ 6ce8943, JSON-unescaped.
    sha256: '869edf9ff0c88abd77956989695dab72d882f812d9453f1aff69fc9882946785',
    source: {
      repository: 'spectrocloud/librarium',
      path: '_partials/palette-mcp/_palette_mcp_cluster_profiles.mdx',
      version: '1.33.9',
      match: 'nearest',
    },
    // Same export: "name": "kubernetes", "type": "oci", "layer": "k8s".
    identity: { name: 'kubernetes', layer: 'k8s', type: 'oci' },
    ra: [
      [['pack', 'palette', 'config', 'dashboard', 'identityProvider'], 'palette'],
      [['pack', 'podCIDR'], '{{ .spectro.var.PodCIDR }}'],
      [['pack', 'serviceClusterIpRange'], '{{ .spectro.var.ServiceCIDR }}'],
      [['kubeadmconfig', 'kubeletExtraArgs', 'config-dir'], '/etc/kubernetes/kubelet.conf.d'],
    ],
    // The defaults are 1.33.9's: its control-plane images, items 2 to 5, are tagged for 1.33.5.
    planner: [
      [['pack', 'content', 'images', 2, 'image'], 'registry.k8s.io/kube-apiserver:v1.33.5'],
      [['pack', 'content', 'images', 3, 'image'], 'registry.k8s.io/kube-controller-manager:v1.33.5'],
      [['pack', 'content', 'images', 4, 'image'], 'registry.k8s.io/kube-proxy:v1.33.5'],
      [['pack', 'content', 'images', 5, 'image'], 'registry.k8s.io/kube-scheduler:v1.33.5'],
    ],
  },
  // RA "Network Operator layer" (install order 0).
  'network-operator': {
    pack: networkOperatorLayer(reference),
    raVersion: '25.10.0',
    // spectrocloud/pack-central packs/nvidia-network-operator-25.10.0/values.yaml @ 2c7ea5c.
    sha256: 'faf1a2f1c05fb0398001b0e237adaa78c07467aa0bca950711b9bec2a2136b96',
    source: {
      repository: 'spectrocloud/pack-central',
      path: 'packs/nvidia-network-operator-25.10.0/values.yaml',
      version: '25.10.0',
      match: 'exact',
    },
    // packs/nvidia-network-operator-25.10.0/pack.json: "name": "network-operator", "layer": "addon".
    identity: { name: 'network-operator', layer: 'addon' },
    ra: [
      // The RA uses a variable here; the planner writes the design's boolean (reference: SR-IOV off).
      [[...NO, 'sriovNetworkOperator', 'enabled'], false],
      [[...NO, 'maintenanceOperator', 'enabled'], true],
      [[...NO, 'maintenance-operator-chart', 'operatorConfig', 'deploy'], true],
      [[...NO, 'operator', 'useDTK'], false],
      [[...NO, 'operator', 'ofedDriver', 'initContainer', 'enable'], false],
      [['pack', 'spectrocloud.com/install-priority'], '0'],
    ],
  },
  // RA "Kubeflow Training Operator layer": Values Default, install order 100.
  'kubeflow-training-operator': {
    pack: kubeflowTrainingLayer(),
    raVersion: '1.8.1',
    // spectrocloud/pack-central packs/kubeflow-training-operator-1.8.1/values.yaml @ 2c7ea5c.
    sha256: '8222916b9591b0328ad1d9be17b8b27b35c88ab861c990f2ad784dc07979a3b6',
    source: {
      repository: 'spectrocloud/pack-central',
      path: 'packs/kubeflow-training-operator-1.8.1/values.yaml',
      version: '1.8.1',
      match: 'exact',
    },
    // packs/kubeflow-training-operator-1.8.1/pack.json: "name": "kubeflow-training-operator", "layer": "addon".
    identity: { name: 'kubeflow-training-operator', layer: 'addon' },
    ra: [[['pack', 'spectrocloud.com/install-priority'], '100']],
  },
  // RA "Knative Operator layer": chart values Default; pack.namespace and releaseNameOverride; order 100.
  'knative-operator': {
    pack: knativeOperatorLayer(reference),
    raVersion: '1.20.0',
    // knative/operator config/charts/knative-operator/values.yaml @ knative-v1.20.0, `{{ tag }}` -> v1.20.0.
    sha256: 'bb5bd920aecf88dec5c7f16c10ac69257d919077a4acc24ef7277deaa2756e7e',
    source: {
      repository: 'knative/operator',
      path: 'config/charts/knative-operator/values.yaml',
      version: '1.20.0',
      match: 'exact',
    },
    // config/charts/knative-operator/Chart.yaml: "name: knative-operator"; an external Helm chart.
    identity: { name: 'knative-operator', layer: 'addon', type: 'helm' },
    ra: [
      [['pack', 'namespace'], 'knative-operator'],
      [['pack', 'releaseNameOverride', 'knative-operator'], 'knative-operator'],
      [['pack', 'spectrocloud.com/install-priority'], '100'],
    ],
  },
};

describe.each(Object.entries(cases))('%s values: published defaults + the RA changes', (name, c) => {
  const defaults = packDefaults(name, c.raVersion);
  const defaultsYaml = hasDefaults(defaults) ? defaults.yaml : '';
  const out = parse(c.pack.values);

  it('holds the published defaults verbatim, with their source', () => {
    expect(sha256(defaultsYaml)).toBe(c.sha256);
    expect(hasDefaults(defaults) && defaults.source).toMatchObject(c.source);
    expect(c.pack.values).toContain(`${c.source.repository} ${c.source.path}`);
  });

  it('has every RA change at its path', () => {
    for (const [path, value] of [...c.ra, ...(c.planner ?? [])])
      expect(at(out, path), path.join('.')).toEqual(value);
  });

  it('keeps every default the RA does not change', () => {
    const changed = [...c.ra, ...(c.planner ?? [])].map(([path]) => path);
    const kept = leaves(parse(defaultsYaml)).filter(([path]) => !changed.some((p) => startsWith(path, p)));
    expect(kept.length).toBeGreaterThan(0);
    for (const [path, value] of kept) expect(at(out, path), path.join('.')).toEqual(value);
  });

  it('uses the name, layer and type of the pack itself', () => {
    expect(c.pack).toMatchObject(c.identity);
    expect(c.pack.version).toBe(c.raVersion);
  });

  it('never puts a quoted variable where the default is a boolean or a number', () => {
    const refs = leaves(out).filter(([, v]) => typeof v === 'string' && v.includes('.spectro.var.'));
    for (const [path] of refs) expect(typeof at(parse(defaultsYaml), path)).not.toMatch(/boolean|number/);
  });
});

describe('pack types agree with the RA layer table', () => {
  // pack.json "addonType" of the community packs; the RA's "Pack Type" cell names the same thing.
  it.each([
    ['Network Operator', 'system app'],
    ['Kubeflow Training Operator', 'ai'],
  ])('%s: addonType %s', (layer, addonType) => {
    expect(PALETTE_LAYERS.find((l) => l.layer === layer)!.packType.toLowerCase()).toBe(addonType);
  });

  it('keeps the Network Operator namespace the other infra layers use', () => {
    // The nic-* manifests live in nvidia-network-operator; the pack's defaults set that namespace.
    expect(parse(cases['network-operator']!.pack.values).pack.namespace).toBe('nvidia-network-operator');
  });
});

describe('SR-IOV in the Network Operator values', () => {
  it.each([true, false])('sriovNetworkOperator.enabled is the boolean %s, not a quoted variable', (sriov) => {
    const pack = networkOperatorLayer(planFor({ sriov }));
    const enabled = parse(pack.values).charts['network-operator'].sriovNetworkOperator.enabled;
    expect(typeof enabled).toBe('boolean');
    expect(enabled).toBe(sriov);
    expect(pack.values).not.toContain('{{ .spectro.var.SRIOVEnabled }}');
    expect(pack.values).toMatch(/sets it to a cluster profile variable/);
  });
});

describe('layers without published defaults', () => {
  // RA layer tables: pack names and versions; the RA says the runai-agent chart has no default values.
  it.each([
    ['ubuntu-maas', '22.04', () => ubuntuLayer(reference)],
    ['cni-cilium-oss', '1.18.1-rev1', () => ciliumLayer()],
    ['csi-longhorn', '1.9.0', () => longhornLayer(reference)],
    ['lb-metallb-helm', '0.15.2', () => metallbLayer()],
    ['kgateway', '2.1.1', () => kgatewayLayer()],
    ['nvidia-gpu-operator-ai', '25.10.1', () => gpuOperatorLayer(reference)],
    ['prometheus-operator', '78.3.0', () => prometheusOperatorLayer()],
    ['control-plane', '2.23.20', () => runaiControlPlaneLayer()],
    ['runai-agent', '2.23.20', () => runaiClusterLayer()],
  ] as const)('%s %s says so in its values comment', (name, version, build) => {
    const pack = build();
    expect(pack.version).toBe(version);
    expect(pack.values).toContain(`No published default values were found for ${name} ${version}`);
  });
});

describe('mergeYaml', () => {
  const defaults = '# top comment\nchart:\n  # -- keep me\n  a: 1\n  list: [x]\n  nested:\n    b: "two"\n';

  it('keeps comments, merges maps, replaces leaves and lists, and puts a new pack section first', () => {
    const text = mergeYaml(defaults, {
      chart: { nested: { c: true }, list: ['y'] },
      pack: { namespace: 'n' },
    });
    expect(text).toContain('# -- keep me');
    expect(text.indexOf('pack:')).toBeLessThan(text.indexOf('chart:'));
    expect(parse(text)).toEqual({
      pack: { namespace: 'n' },
      chart: { a: 1, list: ['y'], nested: { b: 'two', c: true } },
    });
  });

  it('writes YAML 1.1, where yes and on are booleans unless quoted', () => {
    const text = mergeYaml(defaults, { chart: { a: 'yes', d: 'on' } });
    expect(parse(text, { version: '1.1' }).chart).toMatchObject({ a: 'yes', d: 'on' });
  });

  it('refuses defaults that are not a YAML map', () => {
    expect(() => mergeYaml('a: [', {})).toThrow(/not valid YAML/);
    expect(() => mergeYaml('- a', {})).toThrow(/must be a YAML map/);
  });
});
