/**
 * Kubernetes layer (AI-RA-Infra-MaaS-Spectrum-X): the PXK pack's published defaults (CIS hardening,
 * Pod Security admission, kubelet certificate settings) with the RA's changes: Palette as the OIDC
 * identity provider, pod and service CIDRs as read-only profile variables, and the kubelet
 * `--config-dir` the Ubuntu layer's tuning file needs.
 */
import { parse } from 'yaml';
import type { ClusterPlan } from '../../plan/types';
import { buildPack } from '../pack';
import { publishedDefaults } from '../pack-defaults';
import { PALETTE_REGISTRY } from '../registries';
import type { ProfilePack } from '../schema';
import { VAR } from '../variables';
import { varRef } from '../yaml';
import { KUBELET_DROP_IN_DIR } from './os-ubuntu';

const NAME = 'kubernetes';
const CONTROL_PLANE_IMAGE =
  /^(registry\.k8s\.io\/kube-(?:apiserver|controller-manager|proxy|scheduler)):v.+$/;

/** The PXK (`kubernetes`) pack at the plan's Kubernetes version. */
export function kubernetesLayer(plan: ClusterPlan): ProfilePack {
  const version = plan.kubernetes.kubernetesVersion;
  const defaults = publishedDefaults(NAME, version);
  // The defaults may be of another patch release: tag the control-plane images of the air-gap list
  // with the layer's version (coredns, etcd and pause stay as published).
  const images: { image: string }[] = parse(defaults.yaml).pack.content.images;
  const retag = defaults.source.version !== version;
  return buildPack({
    name: NAME,
    type: 'oci',
    layer: 'k8s',
    version,
    registry: PALETTE_REGISTRY,
    defaults,
    ...(retag && {
      comment: `Planner change: the kube-* images in pack.content are tagged v${version}, the layer's version.`,
    }),
    values: {
      pack: {
        content: {
          images: images.map(({ image }) => ({
            image: image.replace(CONTROL_PLANE_IMAGE, `$1:v${version}`),
          })),
        },
        podCIDR: varRef(VAR.podCidr),
        serviceClusterIpRange: varRef(VAR.serviceCidr),
        palette: { config: { dashboard: { identityProvider: 'palette' } } },
      },
      // Drop-in directory for the Ubuntu layer's kubelet tuning file (RA Kubernetes layer).
      kubeadmconfig: { kubeletExtraArgs: { 'config-dir': KUBELET_DROP_IN_DIR } },
    },
  });
}
