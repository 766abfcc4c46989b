/**
 * Kubernetes layer (AI-RA-Infra-MaaS-Spectrum-X): Palette eXtended Kubernetes with Palette as the
 * OIDC identity provider, pod and service CIDRs as read-only profile variables, and the kubelet
 * `--config-dir` the Ubuntu layer's tuning file needs. The rest follows the PXK pack's hardened
 * defaults (librarium integrations/kubernetes.md, example kubeadm configuration).
 */
import type { ClusterPlan } from '../../plan/types';
import { buildPack } from '../pack';
import { PALETTE_REGISTRY } from '../registries';
import type { ProfilePack } from '../schema';
import { VAR } from '../variables';
import { varRef } from '../yaml';
import { KUBELET_DROP_IN_DIR } from './os-ubuntu';

const TLS_CIPHERS =
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384';

/** The PXK (`kubernetes`) pack at the plan's Kubernetes version. */
export function kubernetesLayer(plan: ClusterPlan): ProfilePack {
  return buildPack({
    name: 'kubernetes',
    type: 'oci',
    layer: 'k8s',
    version: plan.kubernetes.kubernetesVersion,
    registry: PALETTE_REGISTRY,
    values: {
      pack: {
        k8sHardening: true,
        podCIDR: varRef(VAR.podCidr),
        serviceClusterIpRange: varRef(VAR.serviceCidr),
        palette: { config: { dashboard: { identityProvider: 'palette' } } },
      },
      kubeadmconfig: {
        apiServer: {
          extraArgs: {
            'secure-port': '6443',
            'anonymous-auth': 'true',
            profiling: 'false',
            'disable-admission-plugins': 'AlwaysAdmit',
            'default-not-ready-toleration-seconds': '60',
            'default-unreachable-toleration-seconds': '60',
            'enable-admission-plugins':
              'AlwaysPullImages,NamespaceLifecycle,ServiceAccount,NodeRestriction,PodSecurity',
            'audit-log-path': '/var/log/apiserver/audit.log',
            'audit-policy-file': '/etc/kubernetes/audit-policy.yaml',
            'audit-log-maxage': '30',
            'audit-log-maxbackup': '10',
            'audit-log-maxsize': '100',
            'authorization-mode': 'RBAC,Node',
            'tls-cipher-suites': TLS_CIPHERS,
          },
          extraVolumes: [
            {
              name: 'audit-log',
              hostPath: '/var/log/apiserver',
              mountPath: '/var/log/apiserver',
              pathType: 'DirectoryOrCreate',
            },
            {
              name: 'audit-policy',
              hostPath: '/etc/kubernetes/audit-policy.yaml',
              mountPath: '/etc/kubernetes/audit-policy.yaml',
              readOnly: true,
              pathType: 'File',
            },
          ],
        },
        controllerManager: {
          extraArgs: {
            profiling: 'false',
            'terminated-pod-gc-threshold': '25',
            'use-service-account-credentials': 'true',
            'feature-gates': 'RotateKubeletServerCertificate=true',
          },
        },
        scheduler: { extraArgs: { profiling: 'false' } },
        kubeletExtraArgs: {
          // Drop-in directory for the Ubuntu layer's kubelet tuning file (RA Kubernetes layer).
          'config-dir': KUBELET_DROP_IN_DIR,
          'read-only-port': '0',
          'event-qps': '0',
          'feature-gates': 'RotateKubeletServerCertificate=true',
          'protect-kernel-defaults': 'true',
          'tls-cipher-suites': TLS_CIPHERS,
        },
        files: [
          {
            path: 'hardening/audit-policy.yaml',
            targetPath: '/etc/kubernetes/audit-policy.yaml',
            targetOwner: 'root:root',
            targetPermissions: '0600',
          },
          {
            path: 'hardening/90-kubelet.conf',
            targetPath: '/etc/sysctl.d/90-kubelet.conf',
            targetOwner: 'root:root',
            targetPermissions: '0600',
          },
        ],
        preKubeadmCommands: [
          'echo "====> Applying kernel parameters for Kubelet"',
          'sysctl -p /etc/sysctl.d/90-kubelet.conf',
        ],
        postKubeadmCommands: [],
      },
    },
  });
}
