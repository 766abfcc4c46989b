/**
 * The designs issue 8 names ("Done when"): for each, the Palette bundle passes the consumers' rules
 * (lib/palette/consumer-rules: nvidia-k8s-ipam, nic-configuration-operator, sriov-network-operator,
 * Longhorn), and the CIDRPool static allocations in the bundle equal the east-west rows of
 * `--format ip-plan-csv` for every worker, one to one.
 */

import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { PALETTE_PROFILES } from '../catalog/software';
import { aDesign, type DesignInput } from '../design/schema';
import { buildPaletteBundle } from '../palette/bundle';
import { NETWORK_OPERATOR_NAMESPACE } from '../palette/constants';
import { checkBundleObjects } from '../palette/consumer-rules';
import { formatProblems, type K8sObject } from '../palette/consumer-rules/problems';
import { NODEPREP_SCRIPT_PATH } from '../palette/layers/nodeprep-script';
import type { ClusterProfileImport } from '../palette/schema';
import { unzipText } from '../palette/test-support/unzip';
import { railPciAddressVar } from '../palette/variables';
import { varRef } from '../palette/yaml';
import { planCluster } from '../plan/plan-cluster';
import { ipPlanCsv, parseCsv } from './csv';

const DESIGNS: [string, Partial<DesignInput>][] = [
  ['the default design', {}],
  ['--mig 2g.48gb', { migProfile: '2g.48gb' }],
  ['--mig 1g.24gb', { migProfile: '1g.24gb' }],
  ['H200 --mig 1g.18gb', { gpu: 'h200-nvl', migProfile: '1g.18gb' }],
  ['--sriov', { sriov: true }],
  ['--layout 1-2-3-400', { layout: '1-2-3-400' }],
  ['--layout 1-2-3-400 --sriov', { layout: '1-2-3-400', sriov: true }],
];

interface Pool {
  metadata: { name: string };
  spec: { staticAllocations: { nodeName: string; prefix: string; gateway: string }[] };
}

function bundlePacks(design: DesignInput) {
  const files = unzipText(buildPaletteBundle(planCluster(design)));
  return PALETTE_PROFILES.flatMap(
    (name) => (JSON.parse(files[`${name}.json`]!) as ClusterProfileImport).spec.template.packs,
  );
}

function bundleObjects(packs: ReturnType<typeof bundlePacks>): K8sObject[] {
  return packs.flatMap((pack) =>
    (pack.manifests ?? []).flatMap((m) => parseAllDocuments(m.content).map((d) => d.toJS() as K8sObject)),
  );
}

/** VFs the node preparation script in the bundle creates per SuperNIC (0 without SR-IOV). */
function scriptVfs(packs: ReturnType<typeof bundlePacks>, sriov: boolean): number {
  const os = packs.find((p) => p.name === 'ubuntu-maas');
  const files = (
    parse(os?.values ?? '') as { kubeadmconfig: { files: { targetPath: string; content: string }[] } }
  ).kubeadmconfig.files;
  const script = files.find((f) => f.targetPath === NODEPREP_SCRIPT_PATH)?.content ?? '';
  return sriov ? Number(/^VFS_PER_NIC=(\d+)$/m.exec(script)?.[1]) : 0;
}

describe.each(DESIGNS)('issue 8 acceptance: %s', (_name, overrides) => {
  const design = aDesign(overrides);
  const plan = planCluster(design);
  const packs = bundlePacks(design);
  const objects = bundleObjects(packs);

  it('gives a bundle whose manifests pass every consumer rule', () => {
    const problems = checkBundleObjects(objects, {
      operatorNamespace: NETWORK_OPERATOR_NAMESPACE,
      nodeprepVfs: scriptVfs(packs, design.sriov),
      superNicPciAddresses: plan.network.pools.map((p) => varRef(railPciAddressVar(p.rail))),
      poolNodes: Object.fromEntries(plan.network.pools.map((p) => [p.name, p.nodes])),
      podsPerNode: plan.network.devicesPerNic,
    });
    expect(formatProblems(problems)).toEqual([]);
  });

  it('pins every worker, on every rail, to the prefix and gateway the ip-plan CSV gives its leaf port', () => {
    const [header, ...rows] = parseCsv(ipPlanCsv(plan));
    const col = (name: string) => header!.indexOf(name);
    const csv = rows
      .filter((r) => r[col('network')] === 'east-west')
      .map((r) => `rail-${r[col('rail')]} ${r[col('peer_device')]} ${r[col('prefix')]} ${r[col('gateway')]}`)
      .sort();
    const pools = objects.filter((o) => o.kind === 'CIDRPool') as unknown as Pool[];
    const bundle = pools
      .flatMap((p) =>
        p.spec.staticAllocations.map((a) => `${p.metadata.name} ${a.nodeName} ${a.prefix} ${a.gateway}`),
      )
      .sort();
    expect(bundle).toEqual(csv);
    expect(bundle).toHaveLength(plan.compute.workerNodes * plan.network.pools.length);
  });
});
