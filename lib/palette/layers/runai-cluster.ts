/**
 * AI-RA-RunAI-Cluster layers: prerequisites (install order 100), Kubeflow Training Operator and the
 * Knative Operator (100), then the Run:ai cluster chart (110) pointed at the control plane through
 * four profile variables.
 */
import { PSA_PRIVILEGED, RUNAI_CLUSTER_NAMESPACE } from '../constants';
import { raInstallOrder, raPackVersion } from '../layer-facts';
import { buildPack } from '../pack';
import { packDefaults } from '../pack-defaults';
import { COMMUNITY_REGISTRY, helmRegistryMetadata, RUNAI_CLUSTER_REGISTRY } from '../registries';
import type { ProfilePack } from '../schema';
import { VAR } from '../variables';
import { varRef } from '../yaml';
import { caCertSecret, namespace, pullSecret, RUNAI_PULL_SECRET } from './runai-secrets';

export const PROFILE = 'AI-RA-RunAI-Cluster';

/** `runai-cluster-prereqs`: ns-runai, secret-runai-ca (runai-ca-cert), secret-pullsecret. */
export function runaiClusterPrereqsLayer(): ProfilePack {
  return buildPack({
    name: 'runai-cluster-prereqs',
    type: 'manifest',
    layer: 'addon',
    installPriority: raInstallOrder(PROFILE, 'runai-cluster-prereqs'),
    manifests: [
      { name: 'ns-runai', objects: [namespace(RUNAI_CLUSTER_NAMESPACE)] },
      { name: 'secret-runai-ca', objects: [caCertSecret(RUNAI_CLUSTER_NAMESPACE)] },
      { name: 'secret-pullsecret', objects: [pullSecret(RUNAI_CLUSTER_NAMESPACE)] },
    ],
  });
}

/** Kubeflow Training Operator with the pack's published defaults (RA: "Values Default"). */
export function kubeflowTrainingLayer(): ProfilePack {
  const version = raPackVersion(PROFILE, 'Kubeflow Training Operator');
  return buildPack({
    name: 'kubeflow-training-operator',
    type: 'oci',
    layer: 'addon',
    version,
    registry: COMMUNITY_REGISTRY,
    installPriority: raInstallOrder(PROFILE, 'Kubeflow Training Operator'),
    defaults: packDefaults('kubeflow-training-operator', version),
  });
}

/** The `runai-agent` chart: release `runai-cluster`, privileged PSA, custom CA, pull secret, 4 variables. */
export function runaiClusterLayer(): ProfilePack {
  const version = raPackVersion(PROFILE, 'NVIDIA Run:ai Cluster');
  return buildPack({
    name: 'runai-agent',
    type: 'helm',
    layer: 'addon',
    version,
    registry: helmRegistryMetadata(RUNAI_CLUSTER_REGISTRY),
    installPriority: raInstallOrder(PROFILE, 'NVIDIA Run:ai Cluster'),
    defaults: packDefaults('runai-agent', version),
    values: {
      pack: {
        namespace: RUNAI_CLUSTER_NAMESPACE,
        releaseNameOverride: { 'runai-agent': 'runai-cluster' },
        namespaceLabels: { [RUNAI_CLUSTER_NAMESPACE]: PSA_PRIVILEGED },
      },
      global: {
        customCA: { enabled: true },
        imagePullSecrets: [{ name: RUNAI_PULL_SECRET }],
      },
      controlPlane: { url: varRef(VAR.runaiControlPlaneUrl), clientSecret: varRef(VAR.runaiClientSecret) },
      cluster: { uid: varRef(VAR.runaiClusterUid), url: varRef(VAR.runaiClusterUrl) },
    },
  });
}
