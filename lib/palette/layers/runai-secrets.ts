/**
 * Run:ai prerequisite objects shared by the backend and cluster profiles: namespace, the CA trust
 * secret (same certificate in both clusters) and the registry pull secret. Every secret value is a
 * base64-encoded REPLACE-ME placeholder; none is a real credential.
 */
import {
  base64,
  JFROG_TOKEN,
  JFROG_USERNAME,
  placeholderPem,
  RUNAI_CA_CERT,
  RUNAI_CA_KEY,
} from '../placeholders';

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

/** `runai-ca-cert`: the CA certificate Run:ai components trust. */
export function caCertSecret(ns: string): unknown {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: RUNAI_CA_SECRET, namespace: ns },
    type: 'Opaque',
    data: { 'runai-ca.pem': base64(placeholderPem('CERTIFICATE', RUNAI_CA_CERT.text)) },
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
      data: {
        'tls.crt': base64(placeholderPem('CERTIFICATE', RUNAI_CA_CERT.text)),
        'tls.key': base64(placeholderPem('PRIVATE KEY', RUNAI_CA_KEY.text)),
      },
    },
    {
      apiVersion: 'cert-manager.io/v1',
      kind: 'Issuer',
      metadata: { name: RUNAI_ISSUER, namespace: ns },
      spec: { ca: { secretName: RUNAI_ISSUER } },
    },
  ];
}

/** `runai-reg-creds`: docker config JSON for runai.jfrog.io with placeholder credentials. */
export function pullSecret(ns: string): unknown {
  const auth = base64(`${JFROG_USERNAME.text}:${JFROG_TOKEN.text}`);
  const dockerConfig = {
    auths: { [RUNAI_IMAGE_REGISTRY]: { username: JFROG_USERNAME.text, password: JFROG_TOKEN.text, auth } },
  };
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: RUNAI_PULL_SECRET, namespace: ns },
    type: 'kubernetes.io/dockerconfigjson',
    data: { '.dockerconfigjson': base64(JSON.stringify(dockerConfig)) },
  };
}
