/**
 * Default values of the `knative-operator` Helm chart 1.20.0 (https://knative.github.io/operator):
 * knative/operator `config/charts/knative-operator/values.yaml` at tag knative-v1.20.0 (commit 7203583),
 * with `{{ tag }}` replaced by `v1.20.0` as the release script `hack/generate-helm.sh` does when it
 * packages the published chart. A Helm chart layer has no Palette `pack:` section of its own.
 */
import type { PackDefaults } from './types';

export const KNATIVE_OPERATOR_1_20_0: PackDefaults = {
  name: 'knative-operator',
  version: '1.20.0',
  source: {
    repository: 'knative/operator',
    path: 'config/charts/knative-operator/values.yaml',
    commit: '72035839d71dba277f370bb08fddf77b55d3c65b',
    version: '1.20.0',
    match: 'exact',
    note: '`{{ tag }}` replaced by v1.20.0, as hack/generate-helm.sh does for the published chart',
  },
  yaml: `knative_operator:
  knative_operator:
    image: gcr.io/knative-releases/knative.dev/operator/cmd/operator
    tag: v1.20.0
    affinity: {}
    tolerations: []
    containerSecurityContext:
      allowPrivilegeEscalation: false
      readOnlyRootFilesystem: true
      runAsNonRoot: true
    resources:
      requests:
        cpu: 100m
        memory: 100Mi
      limits:
        cpu: 1000m
        memory: 1000Mi
  operator_webhook:
    image: gcr.io/knative-releases/knative.dev/operator/cmd/webhook
    tag: v1.20.0
    affinity:
      # To avoid node becoming SPOF, spread our replicas to different nodes.
      podAntiAffinity:
        preferredDuringSchedulingIgnoredDuringExecution:
          - podAffinityTerm:
              labelSelector:
                matchLabels:
                  app: operator-webhook
              topologyKey: kubernetes.io/hostname
            weight: 100
    tolerations: []
    containerSecurityContext:
      allowPrivilegeEscalation: false
      readOnlyRootFilesystem: true
      runAsNonRoot: true
    resources:
      requests:
        cpu: 100m
        memory: 100Mi
      limits:
        cpu: 500m
        memory: 500Mi
  kubernetes_min_version: v1.25.0
`,
};
