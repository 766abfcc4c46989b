/**
 * Run:ai prerequisite objects shared by the backend and cluster profiles: namespace, the CA trust
 * secret (same certificate in both clusters) and the registry pull secret. No secret value is in the
 * bundle: each is a profile variable (the certificate and key base64, the key and token masked),
 * which Palette substitutes in manifests as in pack values (see variables.ts).
 */
import { VAR } from '../variables';
import { varRef } from '../yaml';

/** Registry the Run:ai images are served from today (RA runai-backend-prereqs layer). */
export const RUNAI_IMAGE_REGISTRY = 'runai.jfrog.io';
/** Name the Run:ai charts look for. */
export const RUNAI_PULL_SECRET = 'runai-reg-creds';
/** Secret holding the CA certificate Run:ai trusts (`global.customCA`). */
export const RUNAI_CA_SECRET = 'runai-ca-cert';
/** cert-manager Issuer (and its CA secret) that signs the Run:ai control-plane certificate. */
export const RUNAI_ISSUER = 'runai-predefined-ca';

export function namespace(name: string, labels?: Record<string, string>): unknown {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, ...(labels ? { labels } : {}) } };
}

/** `runai-ca-cert`: the CA certificate Run:ai components trust; `data` takes the base64 variable as is. */
export function caCertSecret(ns: string): unknown {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: RUNAI_CA_SECRET, namespace: ns },
    type: 'Opaque',
    data: { 'runai-ca.pem': varRef(VAR.runaiCaCert) },
  };
}

/** `runai-predefined-ca` Secret + Issuer: cert-manager signs the backend certificate with this CA. */
export function predefinedCaIssuer(ns: string): unknown[] {
  return [
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: RUNAI_ISSUER, namespace: ns },
      type: 'kubernetes.io/tls',
      data: { 'tls.crt': varRef(VAR.runaiCaCert), 'tls.key': varRef(VAR.runaiCaKey) },
    },
    {
      apiVersion: 'cert-manager.io/v1',
      kind: 'Issuer',
      metadata: { name: RUNAI_ISSUER, namespace: ns },
      spec: { ca: { secretName: RUNAI_ISSUER } },
    },
  ];
}

/**
 * `runai-reg-creds`: the docker config JSON in `stringData`, with `username` and `password` fields
 * rather than `auth`. Variables cannot compute base64(user:token), and the kubelet reads the two
 * fields when `auth` is absent (kubernetes pkg/credentialprovider/config.go,
 * DockerConfigEntry.UnmarshalJSON).
 */
export function pullSecret(ns: string): unknown {
  const dockerConfig = {
    auths: {
      [RUNAI_IMAGE_REGISTRY]: {
        username: varRef(VAR.runaiRegistryUser),
        password: varRef(VAR.runaiRegistryPassword),
      },
    },
  };
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: RUNAI_PULL_SECRET, namespace: ns },
    type: 'kubernetes.io/dockerconfigjson',
    stringData: { '.dockerconfigjson': JSON.stringify(dockerConfig) },
  };
}
