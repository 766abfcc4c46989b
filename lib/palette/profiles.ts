/**
 * The four RA cluster profiles (RA Spectro Cloud PaletteAI configuration), one builder each, built
 * from a ClusterPlan and validated against the import schema before anyone can download them.
 */
import { PALETTE_PROFILES, type PaletteProfileName } from '../catalog/software';
import type { ClusterPlan } from '../plan/types';
import { ciliumLayer } from './layers/cilium';
import { gpuOperatorLayer, kgatewayLayer, metallbLayer, prometheusOperatorLayer } from './layers/core';
import { knativeOperatorLayer } from './layers/knative';
import { kubernetesLayer } from './layers/kubernetes';
import { longhornLayer } from './layers/longhorn';
import { networkOperatorLayer } from './layers/network-operator';
import { networkOperatorConfigLayer } from './layers/network-operator-config';
import { nodeprepControllerLayer } from './layers/nodeprep-controller';
import { ubuntuLayer } from './layers/os-ubuntu';
import { runaiBackendPrereqsLayer, runaiControlPlaneLayer } from './layers/runai-backend';
import { kubeflowTrainingLayer, runaiClusterLayer, runaiClusterPrereqsLayer } from './layers/runai-cluster';
import type { ClusterProfileImport, ProfilePack, ProfileVariable } from './schema';
import { validateProfile } from './schema';
import { coreVariables, infraVariables, runaiBackendVariables, runaiClusterVariables } from './variables';

/** Version of every generated profile; Palette refuses to import a name + version that already exists. */
export const PROFILE_VERSION = '1.0.0';

/** A key-only profile tag (palette-profile-format.md section 1). */
const TAG = 'spectro__tag';
const LABELS = { 'ai-ra': TAG, 'ai-factory-planner': TAG };

function designSummary(plan: ClusterPlan): string {
  const c = plan.compute;
  const mig = c.migProfile ? `, MIG ${c.migProfile}` : '';
  return `${c.workerNodes} x SYS-212GB-FNR ${c.layout} workers, ${c.totalGpus} x ${c.gpuName}${mig}`;
}

function profile(
  name: PaletteProfileName,
  description: string,
  type: 'cluster' | 'add-on',
  packs: ProfilePack[],
  variables: ProfileVariable[],
): ClusterProfileImport {
  return {
    metadata: { name, description, labels: { ...LABELS } },
    spec: {
      version: PROFILE_VERSION,
      template: { type, cloudType: type === 'cluster' ? 'maas' : 'all', packs },
      variables,
    },
  };
}

/** AI-RA-Infra-MaaS-Spectrum-X: the full MAAS cluster (OS, Kubernetes, CNI, CSI, Network Operator). */
export function buildInfraProfile(plan: ClusterPlan): ClusterProfileImport {
  return profile(
    'AI-RA-Infra-MaaS-Spectrum-X',
    `NVIDIA Enterprise AI Factory RA infrastructure on Canonical MAAS with Spectrum-X: ${designSummary(plan)}.`,
    'cluster',
    [
      ubuntuLayer(plan),
      kubernetesLayer(plan),
      ciliumLayer(),
      longhornLayer(plan),
      nodeprepControllerLayer(plan),
      networkOperatorLayer(plan),
      networkOperatorConfigLayer(plan),
    ],
    infraVariables(plan),
  );
}

/** AI-RA-Core: MetalLB, kgateway, GPU Operator, Prometheus Operator. */
export function buildCoreProfile(plan: ClusterPlan): ClusterProfileImport {
  return profile(
    'AI-RA-Core',
    `NVIDIA Enterprise AI Factory RA AI middleware: ${designSummary(plan)}.`,
    'add-on',
    [metallbLayer(), kgatewayLayer(), gpuOperatorLayer(plan), prometheusOperatorLayer()],
    coreVariables(plan),
  );
}

/** AI-RA-RunAI-Backend: the NVIDIA Run:ai control plane. */
export function buildRunaiBackendProfile(_plan: ClusterPlan): ClusterProfileImport {
  return profile(
    'AI-RA-RunAI-Backend',
    'NVIDIA Enterprise AI Factory RA: NVIDIA Run:ai control plane (self-hosted).',
    'add-on',
    [runaiBackendPrereqsLayer(), runaiControlPlaneLayer()],
    runaiBackendVariables(),
  );
}

/** AI-RA-RunAI-Cluster: the NVIDIA Run:ai workload cluster with Kubeflow Training and Knative. */
export function buildRunaiClusterProfile(plan: ClusterPlan): ClusterProfileImport {
  return profile(
    'AI-RA-RunAI-Cluster',
    `NVIDIA Enterprise AI Factory RA: NVIDIA Run:ai workload cluster: ${designSummary(plan)}.`,
    'add-on',
    [runaiClusterPrereqsLayer(), kubeflowTrainingLayer(), knativeOperatorLayer(plan), runaiClusterLayer()],
    runaiClusterVariables(),
  );
}

export type ProfileBuilders = Readonly<
  Record<PaletteProfileName, (plan: ClusterPlan) => ClusterProfileImport>
>;

export const PROFILE_BUILDERS: ProfileBuilders = {
  'AI-RA-Infra-MaaS-Spectrum-X': buildInfraProfile,
  'AI-RA-Core': buildCoreProfile,
  'AI-RA-RunAI-Backend': buildRunaiBackendProfile,
  'AI-RA-RunAI-Cluster': buildRunaiClusterProfile,
};

/** A generated profile that fails the import schema: a planner bug, never offered for download. */
export class InvalidProfileError extends Error {
  constructor(
    readonly profileName: string,
    readonly problems: string[],
  ) {
    super(`profile ${profileName} is not a valid Palette import file:\n- ${problems.join('\n- ')}`);
    this.name = 'InvalidProfileError';
  }
}

export interface ProfileFile {
  name: PaletteProfileName;
  /** `<name>.json`, the file the user imports. */
  fileName: string;
  profile: ClusterProfileImport;
}

/** Checks one built profile; throws InvalidProfileError listing every problem. */
export function assertValidProfile(name: string, value: unknown): ClusterProfileImport {
  const result = validateProfile(value);
  if (!result.success) throw new InvalidProfileError(name, result.errors);
  return result.data;
}

/**
 * All four profiles in the RA's import order, each validated against the import schema.
 * @throws InvalidProfileError if any builder produced an invalid profile.
 */
export function buildProfiles(
  plan: ClusterPlan,
  builders: ProfileBuilders = PROFILE_BUILDERS,
): ProfileFile[] {
  return PALETTE_PROFILES.map((name) => ({
    name,
    fileName: `${name}.json`,
    profile: assertValidProfile(name, builders[name](plan)),
  }));
}
