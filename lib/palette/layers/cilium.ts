/**
 * Cilium layer (AI-RA-Infra-MaaS-Spectrum-X): the RA's pack presets (Kubernetes IPAM, multi-node
 * operator, eBPF kube-proxy replacement, VXLAN overlay, no XDP) plus its changes: Multus-compatible
 * (`cni.exclusive: false`), Cilium Envoy as the default shared ingress, and the operator tolerating
 * the node preparation taint.
 */
import { CONTROL_PLANE_ROLE_KEY, NODEPREP_TOLERATION } from '../constants';
import { raPackVersion } from '../layer-facts';
import { buildPack } from '../pack';
import { packDefaults } from '../pack-defaults';
import { PALETTE_REGISTRY } from '../registries';
import type { ProfilePack } from '../schema';

/** The `cni-cilium-oss` pack at the RA's pack version (1.18.1-rev1). */
export function ciliumLayer(): ProfilePack {
  const version = raPackVersion('AI-RA-Infra-MaaS-Spectrum-X', 'Cilium');
  return buildPack({
    name: 'cni-cilium-oss',
    type: 'oci',
    layer: 'cni',
    version,
    registry: PALETTE_REGISTRY,
    defaults: packDefaults('cni-cilium-oss', version),
    comment:
      'Presets (RA Cilium layer): IPAM Kubernetes; operator for multi-node cluster; replace kube-proxy with eBPF; VXLAN overlay; VMO compatibility disabled; no XDP acceleration.',
    values: {
      charts: {
        cilium: {
          cni: { exclusive: false },
          ipam: { mode: 'kubernetes' },
          kubeProxyReplacement: true,
          // kube-proxy is gone, so Cilium reads the API server endpoint from the cluster-info ConfigMap.
          k8sServiceHost: 'auto',
          routingMode: 'tunnel',
          tunnelProtocol: 'vxlan',
          loadBalancer: { acceleration: 'disabled' },
          ingressController: { enabled: true, default: true, loadbalancerMode: 'shared' },
          operator: {
            replicas: 2,
            tolerations: [
              { key: CONTROL_PLANE_ROLE_KEY, operator: 'Exists' },
              { key: 'node.kubernetes.io/not-ready', operator: 'Exists' },
              { key: 'node.cloudprovider.kubernetes.io/uninitialized', operator: 'Exists' },
              NODEPREP_TOLERATION,
            ],
          },
        },
      },
    },
  });
}
