/**
 * Registries the RA's packs come from, referenced by name (plus kind and providerType) and without a
 * uid: uids differ per tenant, and the import's "Select repositories" step maps names to the target
 * tenant's registries (palette-profile-format.md sections 2 and 6).
 */
import type { RegistryMetadata } from './schema';

/** "Palette Registry (OCI)" in the RA's layer tables. */
export const PALETTE_REGISTRY: RegistryMetadata = {
  name: 'Palette Registry',
  kind: 'oci',
  isPrivate: true,
  providerType: 'pack',
};

/** "Palette Community Registry (OCI)": Network Operator and Kubeflow Training Operator. */
export const COMMUNITY_REGISTRY: RegistryMetadata = {
  name: 'Palette Community Registry',
  kind: 'oci',
  isPrivate: true,
  providerType: 'pack',
};

/** A public Helm repository the RA installs a chart from; it must be added to Palette before import. */
export interface HelmRegistry {
  /** The name to give the registry in Palette (Tenant Settings > Registries > Helm Registries). */
  name: string;
  url: string;
  /** Profiles whose layers use it. */
  usedBy: string;
}

export const RUNAI_CONTROL_PLANE_REGISTRY: HelmRegistry = {
  name: 'runai-cp-charts-prod',
  url: 'https://runai.jfrog.io/artifactory/cp-charts-prod',
  usedBy: 'AI-RA-RunAI-Backend (control-plane)',
};

export const RUNAI_CLUSTER_REGISTRY: HelmRegistry = {
  name: 'run-ai-charts',
  url: 'https://runai.jfrog.io/artifactory/api/helm/run-ai-charts',
  usedBy: 'AI-RA-RunAI-Cluster (runai-agent)',
};

export const KNATIVE_OPERATOR_REGISTRY: HelmRegistry = {
  name: 'knative-operator',
  url: 'https://knative.github.io/operator',
  usedBy: 'AI-RA-RunAI-Cluster (knative-operator)',
};

export const HELM_REGISTRIES: readonly HelmRegistry[] = [
  RUNAI_CONTROL_PLANE_REGISTRY,
  KNATIVE_OPERATOR_REGISTRY,
  RUNAI_CLUSTER_REGISTRY,
];

/** Registry metadata of a Helm layer: kind "helm", providerType "helm" (v1PackRegistryMetadata enums). */
export function helmRegistryMetadata(registry: HelmRegistry): RegistryMetadata {
  return { name: registry.name, kind: 'helm', isPrivate: false, providerType: 'helm' };
}
