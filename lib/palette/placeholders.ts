/**
 * Placeholders for what is site-specific and cannot be a profile variable (a multi-line file such as
 * a PEM certificate in the Ubuntu layer; multi-line variables are not supported). Secrets are profile
 * variables instead (variables.ts). Each placeholder is plain `REPLACE-ME-...` text, never inside
 * base64, and the README lists it with where it sits and what to put there.
 */

/** Marks every placeholder so `grep REPLACE-ME` finds them all. */
export const PLACEHOLDER_MARK = 'REPLACE-ME';

export interface Placeholder {
  /** The literal placeholder text, as it appears in the layer. */
  text: string;
  profile: string;
  /** Layer and manifest (or file) it sits in. */
  where: string;
  replaceWith: string;
}

/** A PEM block whose body is a placeholder: parsers reject it, so it can never pass as a real certificate. */
export function placeholderPem(label: 'CERTIFICATE' | 'PRIVATE KEY', text: string): string {
  return `-----BEGIN ${label}-----\n${text}\n-----END ${label}-----\n`;
}

const INFRA = 'AI-RA-Infra-MaaS-Spectrum-X';
const CORE = 'AI-RA-Core';

export const CUSTOM_CA: Placeholder = {
  text: `${PLACEHOLDER_MARK}-custom-ca-certificate-pem`,
  profile: INFRA,
  where: 'Ubuntu layer, file /usr/local/share/ca-certificates/ai-ra-custom-ca.crt',
  replaceWith:
    'The PEM certificate of the CA that issued the OIDC provider certificate (Palette, or your own IdP) or of your private CA; or delete the file entry if you need none.',
};

/** The RA's value, kept as the RA states it; listed so nobody ships it unchanged. */
export const GRAFANA_ADMIN_PASSWORD = {
  value: 'welcome',
  profile: CORE,
  where: 'Prometheus Operator layer, charts.kube-prometheus-stack.grafana.adminPassword',
  replaceWith:
    'The RA sets the mandatory value to "welcome" even though Grafana is not deployed (grafana.enabled false). Change it if you ever enable Grafana.',
};

/** The placeholders defined here; the node-prep script's own are in layers/nodeprep-script.ts. */
export const PLACEHOLDERS: readonly Placeholder[] = [CUSTOM_CA];
