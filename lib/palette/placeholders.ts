/**
 * Placeholders for everything secret or site-specific that is not a profile variable. The bundle
 * never carries a real credential, certificate or key: each placeholder is marked REPLACE-ME and is
 * listed in the README with where it sits and what to put there.
 */

/** Marks every placeholder so `grep REPLACE-ME` finds them all. */
export const PLACEHOLDER_MARK = 'REPLACE-ME';

export interface Placeholder {
  /** The literal placeholder text (before any base64 encoding). */
  text: string;
  profile: string;
  /** Layer and manifest (or file) it sits in. */
  where: string;
  replaceWith: string;
}

/** base64 of ASCII text, the same in the browser, a Web Worker and Node. */
export function base64(text: string): string {
  return btoa(text);
}

/** A PEM block whose body is a placeholder: parsers reject it, so it can never pass as a real certificate. */
export function placeholderPem(label: 'CERTIFICATE' | 'PRIVATE KEY', text: string): string {
  return `-----BEGIN ${label}-----\n${text}\n-----END ${label}-----\n`;
}

const INFRA = 'AI-RA-Infra-MaaS-Spectrum-X';
const BACKEND = 'AI-RA-RunAI-Backend';
const CLUSTER = 'AI-RA-RunAI-Cluster';
const CORE = 'AI-RA-Core';

export const CUSTOM_CA: Placeholder = {
  text: `${PLACEHOLDER_MARK}-custom-ca-certificate-pem`,
  profile: INFRA,
  where: 'Ubuntu layer, file /usr/local/share/ca-certificates/ai-ra-custom-ca.crt',
  replaceWith:
    'The PEM certificate of the CA that issued the OIDC provider certificate (Palette, or your own IdP) or of your private CA; or delete the file entry if you need none.',
};

export const RUNAI_CA_CERT: Placeholder = {
  text: `${PLACEHOLDER_MARK}-runai-ca-certificate-pem`,
  profile: `${BACKEND} and ${CLUSTER}`,
  where:
    'secret-runai-ca manifest: Secret runai-predefined-ca (tls.crt) and Secret runai-ca-cert (runai-ca.pem), base64-encoded',
  replaceWith:
    'A CA certificate (PEM, base64-encoded in `data`) that cert-manager signs the Run:ai certificate with: a self-signed CA, or a child CA of your own trusted CA. The same certificate goes in both profiles.',
};

export const RUNAI_CA_KEY: Placeholder = {
  text: `${PLACEHOLDER_MARK}-runai-ca-private-key-pem`,
  profile: BACKEND,
  where: 'secret-runai-ca manifest: Secret runai-predefined-ca (tls.key), base64-encoded',
  replaceWith:
    'The private key (PEM, base64-encoded) of that CA certificate. Keep the exported profile private once it holds it.',
};

export const JFROG_USERNAME: Placeholder = {
  text: `${PLACEHOLDER_MARK}-runai-registry-username`,
  profile: `${BACKEND} and ${CLUSTER}`,
  where: 'secret-pullsecret manifest: Secret runai-reg-creds (.dockerconfigjson), base64-encoded',
  replaceWith:
    'Your runai.jfrog.io user name (from NVIDIA Run:ai); when images move to nvcr.io use "$oauthtoken" and the NGC key, with registry nvcr.io.',
};

export const JFROG_TOKEN: Placeholder = {
  text: `${PLACEHOLDER_MARK}-runai-registry-token`,
  profile: `${BACKEND} and ${CLUSTER}`,
  where: 'secret-pullsecret manifest: Secret runai-reg-creds (.dockerconfigjson), base64-encoded',
  replaceWith:
    'Your runai.jfrog.io access token (or NGC API key for nvcr.io). Rebuild the whole .dockerconfigjson and base64-encode it.',
};

/** The RA's value, kept as the RA states it; listed so nobody ships it unchanged. */
export const GRAFANA_ADMIN_PASSWORD = {
  value: 'welcome',
  profile: CORE,
  where: 'Prometheus Operator layer, charts.kube-prometheus-stack.grafana.adminPassword',
  replaceWith:
    'The RA sets the mandatory value to "welcome" even though Grafana is not deployed (grafana.enabled false). Change it if you ever enable Grafana.',
};

export const PLACEHOLDERS: readonly Placeholder[] = [
  CUSTOM_CA,
  RUNAI_CA_CERT,
  RUNAI_CA_KEY,
  JFROG_USERNAME,
  JFROG_TOKEN,
];
