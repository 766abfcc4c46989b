/**
 * Property: every design the planner accepts gives a bundle whose manifests pass every consumer rule
 * (cidr-pool.ts, nic-configuration.ts, sriov-policy.ts, longhorn-setting.ts, scalar-types.ts; each
 * names its upstream files). The bundle is built and unzipped as a user gets it. Runs the pinned
 * seeds and a fresh random one (lib/design/test-support/seeds.ts); a failure names the seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { PALETTE_PROFILES } from '../../catalog/software';
import type { DesignInput } from '../../design/schema';
import { validDesignArb } from '../../design/test-support/arbitraries';
import { assertProperty } from '../../design/test-support/seeds';
import { planCluster } from '../../plan/plan-cluster';
import type { ClusterPlan } from '../../plan/types';
import { buildPaletteBundle } from '../bundle';
import { NETWORK_OPERATOR_NAMESPACE } from '../constants';
import { NODEPREP_SCRIPT_PATH } from '../layers/nodeprep-script';
import type { ClusterProfileImport, ProfileVariable } from '../schema';
import { unzipText } from '../test-support/unzip';
import { railPciAddressVar, VAR } from '../variables';
import { varRef } from '../yaml';
import { type BundleRulesContext, checkBundleObjects } from './index';
import { checkLonghornDefaultSettings } from './longhorn-setting';
import { PCI_ADDRESS } from './nic-configuration';
import { formatProblems, type K8sObject, type Problem, varRefName } from './problems';

/** Designs per seed: each builds, zips and unzips a whole bundle (up to 4,096 workers). */
const RUNS_PER_SEED = 25;

function profilesOf(plan: ClusterPlan): ClusterProfileImport[] {
  const files = unzipText(buildPaletteBundle(plan));
  return PALETTE_PROFILES.map((name) => JSON.parse(files[`${name}.json`]!) as ClusterProfileImport);
}

function manifestObjects(profiles: readonly ClusterProfileImport[]): K8sObject[] {
  return profiles.flatMap((p) =>
    p.spec.template.packs.flatMap((pack) =>
      (pack.manifests ?? []).flatMap((m) => parseAllDocuments(m.content).map((d) => d.toJS() as K8sObject)),
    ),
  );
}

function packValues(profiles: readonly ClusterProfileImport[], pack: string) {
  const found = profiles.flatMap((p) => p.spec.template.packs).find((p) => p.name === pack);
  if (!found) throw new Error(`no pack ${pack}`);
  return parse(found.values);
}

/** VFs the bundle's node preparation script creates per SuperNIC, with the SR-IOV variable's value. */
function nodeprepVfs(profiles: readonly ClusterProfileImport[]): number {
  const files = packValues(profiles, 'ubuntu-maas').kubeadmconfig.files as {
    targetPath: string;
    content: string;
  }[];
  const script = files.find((f) => f.targetPath === NODEPREP_SCRIPT_PATH)!.content;
  const match = /^VFS_PER_NIC=(\d+)$/m.exec(script);
  if (!match) throw new Error('the node preparation script sets no VFS_PER_NIC=<number>');
  const vfs = Number(match[1]);
  const sriov = profiles[0]!.spec.variables.find((v) => v.name === VAR.sriov)?.defaultValue;
  expect(script).toContain(`SRIOV_ENABLED='${varRef(VAR.sriov)}'`);
  return sriov === 'true' ? vfs : 0;
}

/** The PCI address variables must admit only sysfs PCI addresses, the form the NIC templates need. */
function pciVariableProblems(variables: readonly ProfileVariable[], refs: readonly string[]): Problem[] {
  return refs.flatMap((ref) => {
    const variable = variables.find((v) => v.name === varRefName(ref));
    return variable?.regex === PCI_ADDRESS.source
      ? []
      : [
          {
            object: 'variables',
            path: String(varRefName(ref)),
            message: `regex must be ${PCI_ADDRESS.source}`,
          },
        ];
  });
}

function bundleProblems(plan: ClusterPlan): Problem[] {
  const profiles = profilesOf(plan);
  const superNicPciAddresses = plan.network.pools.map((p) => varRef(railPciAddressVar(p.rail)));
  const context: BundleRulesContext = {
    operatorNamespace: NETWORK_OPERATOR_NAMESPACE,
    superNicPciAddresses,
    nodeprepVfs: nodeprepVfs(profiles),
    poolNodes: Object.fromEntries(plan.network.pools.map((p) => [p.name, p.nodes])),
    podsPerNode: plan.network.devicesPerNic,
  };
  const longhorn = packValues(profiles, 'csi-longhorn').charts.longhorn.defaultSettings ?? {};
  return [
    ...checkBundleObjects(manifestObjects(profiles), context),
    ...checkLonghornDefaultSettings(longhorn),
    ...pciVariableProblems(profiles[0]!.spec.variables, superNicPciAddresses),
  ];
}

function problemsOrError(design: DesignInput): string[] {
  try {
    return formatProblems(bundleProblems(planCluster(design)));
  } catch (error) {
    return [`no bundle: ${String(error)}`];
  }
}

describe('every accepted design gives a bundle its consumers accept', () => {
  it('passes every consumer rule (fast-check, pinned seeds and a fresh one)', () => {
    // fast-check keeps the property's own error as a cause; keep the problems to show them.
    let firstProblems: string[] = [];
    let lastProblems: string[] = [];
    const property = fc.property(validDesignArb, (design) => {
      const problems = problemsOrError(design);
      if (problems.length === 0) return;
      if (firstProblems.length === 0) firstProblems = problems;
      lastProblems = problems;
      throw new Error(problems.slice(0, 20).join('\n'));
    });
    try {
      assertProperty(property, RUNS_PER_SEED);
    } catch (error) {
      const first = firstProblems.join('\n');
      const last = lastProblems.join('\n');
      const shrunk = last === first ? '' : `\nProblems of the first failing design:\n${first}`;
      throw new Error(`${(error as Error).message}\nProblems of the counterexample:\n${last}${shrunk}`);
    }
  }, 300_000);
});
