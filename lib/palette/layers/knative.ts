/**
 * Knative Operator layer (AI-RA-RunAI-Cluster, install order 100): the chart's published default
 * values, installed in its own namespace as release `knative-operator`, plus the knative-serving
 * manifest (Kourier-based KnativeServing) and the knative-patch Job that turns on the Knative Serving
 * features NVIDIA Run:ai needs.
 */
import type { ClusterPlan } from '../../plan/types';
import { kubectlImage } from '../constants';
import { raInstallOrder, raPackVersion } from '../layer-facts';
import { buildPack } from '../pack';
import { packDefaults } from '../pack-defaults';
import { helmRegistryMetadata, KNATIVE_OPERATOR_REGISTRY } from '../registries';
import type { ProfilePack } from '../schema';
import { PROFILE } from './runai-cluster';
import { namespace } from './runai-secrets';

const SERVING_NAMESPACE = 'knative-serving';
const PATCH_NAME = 'knative-patch';

/**
 * Knative Serving feature flags Run:ai inference workloads rely on (scheduler name, affinity,
 * tolerations, volumes, security context, init containers).
 */
export const RUNAI_KNATIVE_FEATURES: Readonly<Record<string, string>> = {
  'kubernetes.podspec-schedulername': 'enabled',
  'kubernetes.podspec-affinity': 'enabled',
  'kubernetes.podspec-nodeselector': 'enabled',
  'kubernetes.podspec-tolerations': 'enabled',
  'kubernetes.podspec-volumes-emptydir': 'enabled',
  'kubernetes.podspec-securitycontext': 'enabled',
  'kubernetes.containerspec-addcapabilities': 'enabled',
  'kubernetes.podspec-persistent-volume-claim': 'enabled',
  'kubernetes.podspec-persistent-volume-write': 'enabled',
  'kubernetes.podspec-init-containers': 'enabled',
  'multi-container': 'enabled',
};

function knativeServing(): unknown[] {
  return [
    namespace(SERVING_NAMESPACE),
    {
      apiVersion: 'operator.knative.dev/v1beta1',
      kind: 'KnativeServing',
      metadata: { name: 'knative-serving', namespace: SERVING_NAMESPACE },
      spec: {
        ingress: { kourier: { enabled: true } },
        config: { network: { 'ingress-class': 'kourier.ingress.networking.knative.dev' } },
      },
    },
  ];
}

/**
 * A Job (with just the RBAC it needs) that waits for Knative Serving, then patches its feature flags
 * into the KnativeServing resource (the operator would revert a direct ConfigMap edit).
 */
function knativePatch(plan: ClusterPlan): unknown[] {
  const patch = JSON.stringify({ spec: { config: { features: RUNAI_KNATIVE_FEATURES } } });
  const script = [
    `kubectl -n ${SERVING_NAMESPACE} wait --for=condition=Ready knativeserving/knative-serving --timeout=30m`,
    `kubectl -n ${SERVING_NAMESPACE} patch knativeserving knative-serving --type merge -p '${patch}'`,
  ].join(' && ');
  return [
    {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: PATCH_NAME, namespace: SERVING_NAMESPACE },
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: PATCH_NAME, namespace: SERVING_NAMESPACE },
      rules: [
        {
          apiGroups: ['operator.knative.dev'],
          resources: ['knativeservings'],
          verbs: ['get', 'list', 'watch', 'patch'],
        },
      ],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: PATCH_NAME, namespace: SERVING_NAMESPACE },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: PATCH_NAME },
      subjects: [{ kind: 'ServiceAccount', name: PATCH_NAME, namespace: SERVING_NAMESPACE }],
    },
    {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: PATCH_NAME, namespace: SERVING_NAMESPACE },
      spec: {
        backoffLimit: 10,
        template: {
          spec: {
            serviceAccountName: PATCH_NAME,
            restartPolicy: 'OnFailure',
            containers: [
              {
                name: 'patch',
                image: kubectlImage(plan.kubernetes.kubernetesVersion),
                command: ['/bin/sh', '-c', script],
              },
            ],
          },
        },
      },
    },
  ];
}

/** The `knative-operator` chart with its two manifests. */
export function knativeOperatorLayer(plan: ClusterPlan): ProfilePack {
  const version = raPackVersion(PROFILE, 'Knative Operator');
  return buildPack({
    name: 'knative-operator',
    type: 'helm',
    layer: 'addon',
    version,
    registry: helmRegistryMetadata(KNATIVE_OPERATOR_REGISTRY),
    installPriority: raInstallOrder(PROFILE, 'Knative Operator'),
    defaults: packDefaults('knative-operator', version),
    // The RA's only changes are these two metadata settings; the chart values stay as published.
    values: {
      pack: {
        namespace: 'knative-operator',
        releaseNameOverride: { 'knative-operator': 'knative-operator' },
      },
    },
    manifests: [
      { name: 'knative-serving', objects: knativeServing() },
      { name: PATCH_NAME, objects: knativePatch(plan) },
    ],
  });
}
