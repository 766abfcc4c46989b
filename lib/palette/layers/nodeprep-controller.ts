/**
 * nodeprep-controller layer (AI-RA-Infra-MaaS-Spectrum-X, install order 0): watches for nodes the
 * node-prep script labelled `spectrocloud.com/nodeprep=complete` and removes their
 * `spectrocloud.com/nodeprep:NoSchedule` taint so workloads can be scheduled there.
 */
import type { ClusterPlan } from '../../plan/types';
import {
  CONTROL_PLANE_ROLE_KEY,
  kubectlImage,
  NODEPREP_COMPLETE_LABEL,
  NODEPREP_TAINT,
  NODEPREP_TOLERATION,
} from '../constants';
import { raInstallOrder } from '../layer-facts';
import { buildPack } from '../pack';
import type { ProfilePack } from '../schema';

const NAME = 'nodeprep-controller';
const NAMESPACE = 'nodeprep-system';
const LABELS = { 'app.kubernetes.io/name': NAME };

/** Shell loop the controller runs: a plain reconcile every 15 s, idempotent. */
function reconcileLoop(): string {
  const selector = `${NODEPREP_COMPLETE_LABEL.key}=${NODEPREP_COMPLETE_LABEL.value}`;
  const taint = `${NODEPREP_TAINT.key}:${NODEPREP_TAINT.effect}-`;
  return [
    'while true; do',
    `  for node in $(kubectl get nodes -l ${selector} -o name); do`,
    `    if kubectl get "$node" -o jsonpath='{.spec.taints[*].key}' | grep -qw '${NODEPREP_TAINT.key}'; then`,
    `      kubectl taint "$node" ${taint} && echo "removed ${NODEPREP_TAINT.key} taint from $node";`,
    '    fi;',
    '  done;',
    '  sleep 15;',
    'done',
  ].join('\n');
}

/** The controller's Kubernetes objects: namespace, RBAC limited to nodes, one Deployment. */
export function nodeprepControllerObjects(plan: ClusterPlan): unknown[] {
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NAMESPACE } },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: NAME, namespace: NAMESPACE } },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: NAME },
      rules: [{ apiGroups: [''], resources: ['nodes'], verbs: ['get', 'list', 'watch', 'patch', 'update'] }],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: NAME },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: NAME },
      subjects: [{ kind: 'ServiceAccount', name: NAME, namespace: NAMESPACE }],
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: NAME, namespace: NAMESPACE, labels: LABELS },
      spec: {
        replicas: 1,
        selector: { matchLabels: LABELS },
        template: {
          metadata: { labels: LABELS },
          spec: {
            serviceAccountName: NAME,
            tolerations: [
              NODEPREP_TOLERATION,
              { key: CONTROL_PLANE_ROLE_KEY, operator: 'Exists', effect: 'NoSchedule' },
            ],
            containers: [
              {
                name: 'controller',
                image: kubectlImage(plan.kubernetes.kubernetesVersion),
                command: ['/bin/sh', '-c', reconcileLoop()],
                resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { memory: '128Mi' } },
                securityContext: { allowPrivilegeEscalation: false, runAsNonRoot: true, runAsUser: 65534 },
              },
            ],
          },
        },
      },
    },
  ];
}

/** The manifest layer. */
export function nodeprepControllerLayer(plan: ClusterPlan): ProfilePack {
  return buildPack({
    name: NAME,
    type: 'manifest',
    layer: 'addon',
    installPriority: raInstallOrder('AI-RA-Infra-MaaS-Spectrum-X', 'nodeprep-controller'),
    manifests: [{ name: NAME, objects: nodeprepControllerObjects(plan) }],
  });
}
