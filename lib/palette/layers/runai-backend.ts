/**
 * AI-RA-RunAI-Backend layers: the prerequisites manifest layer (install order 50) and the Run:ai
 * control-plane Helm chart (order 60) published on the FQDN variable with a cert-manager certificate.
 */
import { RUNAI_BACKEND_NAMESPACE } from '../constants';
import { raInstallOrder, raPackVersion } from '../layer-facts';
import { buildPack } from '../pack';
import { packDefaults } from '../pack-defaults';
import { helmRegistryMetadata, RUNAI_CONTROL_PLANE_REGISTRY } from '../registries';
import type { ProfilePack } from '../schema';
import { VAR } from '../variables';
import { varRef } from '../yaml';
import { caCertSecret, namespace, predefinedCaIssuer, pullSecret, RUNAI_ISSUER } from './runai-secrets';

const PROFILE = 'AI-RA-RunAI-Backend';

/** `runai-backend-prereqs`: ns-runai-backend, secret-runai-ca (2 Secrets + Issuer), secret-pullsecret. */
export function runaiBackendPrereqsLayer(): ProfilePack {
  return buildPack({
    name: 'runai-backend-prereqs',
    type: 'manifest',
    layer: 'addon',
    installPriority: raInstallOrder(PROFILE, 'runai-backend-prereqs'),
    manifests: [
      { name: 'ns-runai-backend', objects: [namespace(RUNAI_BACKEND_NAMESPACE)] },
      {
        name: 'secret-runai-ca',
        objects: [...predefinedCaIssuer(RUNAI_BACKEND_NAMESPACE), caCertSecret(RUNAI_BACKEND_NAMESPACE)],
      },
      { name: 'secret-pullsecret', objects: [pullSecret(RUNAI_BACKEND_NAMESPACE)] },
    ],
  });
}

/** The `control-plane` chart: release `runai-backend`, Cilium ingress, cert-manager annotations, custom CA. */
export function runaiControlPlaneLayer(): ProfilePack {
  const version = raPackVersion(PROFILE, 'NVIDIA Run:ai Control Plane');
  return buildPack({
    name: 'control-plane',
    type: 'helm',
    layer: 'addon',
    version,
    registry: helmRegistryMetadata(RUNAI_CONTROL_PLANE_REGISTRY),
    installPriority: raInstallOrder(PROFILE, 'NVIDIA Run:ai Control Plane'),
    defaults: packDefaults('control-plane', version),
    values: {
      pack: {
        namespace: RUNAI_BACKEND_NAMESPACE,
        releaseNameOverride: { 'control-plane': 'runai-backend' },
      },
      global: {
        domain: varRef(VAR.runaiBackendUrl),
        ingress: {
          ingressClass: 'cilium',
          extraAnnotations: {
            'cert-manager.io/issuer': RUNAI_ISSUER,
            'cert-manager.io/common-name': varRef(VAR.runaiBackendUrl),
          },
        },
        customCA: { enabled: true },
      },
    },
  });
}
