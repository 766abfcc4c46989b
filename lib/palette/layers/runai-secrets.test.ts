/**
 * The Run:ai secrets (RA runai-backend-prereqs and runai-cluster-prereqs layers): no credential in
 * the bundle, every secret value a profile variable, and what Palette renders from them a valid
 * Secret. Expected names and keys come from the RA text.
 */
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { buildProfiles } from '../profiles';
import type { ClusterProfileImport, ProfileVariable } from '../schema';
import { planFor } from '../test-support/plans';
import { JSON_SAFE_TOKEN, PEM_BASE64 } from '../variables';

// biome-ignore lint/suspicious/noExplicitAny: parsed YAML objects, probed field by field.
type K8sObject = Record<string, any>;

const profiles = Object.fromEntries(buildProfiles(planFor()).map((f) => [f.name, f.profile]));
const BACKEND = profiles['AI-RA-RunAI-Backend']!;
const CLUSTER = profiles['AI-RA-RunAI-Cluster']!;
const REF = /^\{\{ \.spectro\.var\.([A-Za-z0-9_]+) \}\}$/;

function manifestTexts(profile: ClusterProfileImport): string[] {
  return profile.spec.template.packs.flatMap((p) => (p.manifests ?? []).map((m) => m.content));
}

function objects(texts: readonly string[]): K8sObject[] {
  return texts.flatMap((t) => parseAllDocuments(t).map((d) => d.toJS() as K8sObject));
}

function secret(profile: ClusterProfileImport, name: string): K8sObject {
  const found = objects(manifestTexts(profile)).find((o) => o.kind === 'Secret' && o.metadata.name === name);
  if (!found) throw new Error(`no Secret ${name} in ${profile.metadata.name}`);
  return found;
}

/** The variable a value references, from that profile's own variables. */
function referenced(profile: ClusterProfileImport, value: string): ProfileVariable {
  const name = REF.exec(value)?.[1];
  const v = profile.spec.variables.find((x) => x.name === name);
  if (!v) throw new Error(`"${value}" is not a reference to a variable of ${profile.metadata.name}`);
  return v;
}

function dockerConfig(s: K8sObject): { auths: Record<string, { username: string; password: string }> } {
  return JSON.parse(s.stringData['.dockerconfigjson']);
}

/** Palette's substitution: every reference replaced by the value entered for it. */
function render(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{\s*\.spectro\.var\.([A-Za-z0-9_]+)\s*\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no sample value for ${name}`);
    return value;
  });
}

// Sample values a platform engineer would enter (fakes, never real credentials).
const SAMPLE_PEM = '-----BEGIN CERTIFICATE-----\nsample\n-----END CERTIFICATE-----\n';
const SAMPLE_KEY = '-----BEGIN PRIVATE KEY-----\nsample\n-----END PRIVATE KEY-----\n';
const SAMPLES: Record<string, string> = {
  runaiCaCertificate: btoa(SAMPLE_PEM),
  runaiCaPrivateKey: btoa(SAMPLE_KEY),
  runaiRegistryUsername: 'sample-user@example.com',
  runaiRegistryPassword: 'sampleToken$123',
  RunAIBackendURL: 'runai.example.com',
};

describe('Run:ai secrets carry no credential', () => {
  it.each([
    ['AI-RA-RunAI-Backend', ['runai-predefined-ca', 'runai-ca-cert', 'runai-reg-creds']],
    ['AI-RA-RunAI-Cluster', ['runai-ca-cert', 'runai-reg-creds']],
  ])('%s: every data value is a base64 variable, no literal', (name, secretNames) => {
    const profile = profiles[name]!;
    const secrets = objects(manifestTexts(profile)).filter((o) => o.kind === 'Secret');
    expect(secrets.map((s) => s.metadata.name).sort()).toEqual([...secretNames].sort());
    for (const s of secrets)
      for (const value of Object.values<string>(s.data ?? {}))
        expect(referenced(profile, value).format, `${s.metadata.name}`).toBe('base64');
  });

  it('keeps the CA key and the registry token in masked variables (RA: the key and the registry credentials)', () => {
    const tls = secret(BACKEND, 'runai-predefined-ca');
    expect(tls.type).toBe('kubernetes.io/tls');
    expect(referenced(BACKEND, tls.data['tls.key']).isSensitive).toBe(true);
    for (const profile of [BACKEND, CLUSTER]) {
      const entry = dockerConfig(secret(profile, 'runai-reg-creds')).auths['runai.jfrog.io']!;
      expect(referenced(profile, entry.password).isSensitive).toBe(true);
      expect(referenced(profile, entry.username).isSensitive).toBe(false);
    }
  });

  it('trusts the same CA certificate in both clusters (RA: runai-ca-cert identical in both namespaces)', () => {
    const backendCa = secret(BACKEND, 'runai-ca-cert').data['runai-ca.pem'];
    expect(secret(CLUSTER, 'runai-ca-cert').data['runai-ca.pem']).toBe(backendCa);
    expect(secret(BACKEND, 'runai-predefined-ca').data['tls.crt']).toBe(backendCa);
    expect(secret(CLUSTER, 'runai-ca-cert').metadata.namespace).toBe('runai');
    expect(secret(BACKEND, 'runai-ca-cert').metadata.namespace).toBe('runai-backend');
  });

  it('has no required secret variable with a default: nothing to leak, nothing to forget', () => {
    for (const profile of [BACKEND, CLUSTER])
      for (const v of profile.spec.variables.filter((x) => x.isSensitive || x.format === 'base64'))
        expect(v, v.name).toMatchObject({ defaultValue: '', required: true });
  });
});

describe('what Palette renders from the variables', () => {
  const rendered = (profile: ClusterProfileImport) =>
    objects(manifestTexts(profile).map((t) => render(t, SAMPLES)));

  it('accepts the sample values with the variables own regexes', () => {
    for (const profile of [BACKEND, CLUSTER])
      for (const v of profile.spec.variables.filter((x) => x.name in SAMPLES))
        expect(new RegExp(v.regex).test(SAMPLES[v.name]!), v.name).toBe(true);
  });

  it.each([
    ['AI-RA-RunAI-Backend', BACKEND],
    ['AI-RA-RunAI-Cluster', CLUSTER],
  ])('%s: a pull secret the kubelet reads (username and password, no auth)', (_, profile) => {
    const pull = rendered(profile).find((o) => o.metadata?.name === 'runai-reg-creds')!;
    expect(pull.type).toBe('kubernetes.io/dockerconfigjson');
    expect(dockerConfig(pull)).toEqual({
      auths: {
        'runai.jfrog.io': {
          username: SAMPLES.runaiRegistryUsername,
          password: SAMPLES.runaiRegistryPassword,
        },
      },
    });
  });

  it('puts the PEM files, base64-encoded, in the Secret data', () => {
    const tls = rendered(BACKEND).find((o) => o.metadata?.name === 'runai-predefined-ca')!;
    expect(atob(tls.data['tls.crt'])).toBe(SAMPLE_PEM);
    expect(atob(tls.data['tls.key'])).toBe(SAMPLE_KEY);
    const ca = rendered(CLUSTER).find((o) => o.metadata?.name === 'runai-ca-cert')!;
    expect(atob(ca.data['runai-ca.pem'])).toBe(SAMPLE_PEM);
  });

  /** The password the kubelet would read from the rendered pull secret, or null when it does not parse. */
  function renderedPassword(password: string): string | null {
    const text = manifestTexts(CLUSTER).find((t) => t.includes('runai-reg-creds'))!;
    try {
      const doc = parseAllDocuments(render(text, { ...SAMPLES, runaiRegistryPassword: password }))[0]!;
      if (doc.errors.length > 0) return null;
      return dockerConfig(doc.toJS() as K8sObject).auths['runai.jfrog.io']!.password;
    } catch {
      return null;
    }
  }

  it.each([`it's`, 'a"b', 'a\\b'])('refuses the token %s, which would break the rendered secret', (bad) => {
    expect(renderedPassword(bad)).not.toBe(bad);
    expect(new RegExp(JSON_SAFE_TOKEN).test(bad)).toBe(false);
  });

  it('refuses spaces and accepts what registries issue ($oauthtoken, dots, dashes)', () => {
    const re = new RegExp(JSON_SAFE_TOKEN);
    expect(re.test('a b')).toBe(false);
    expect(re.test('')).toBe(false);
    for (const ok of ['$oauthtoken', 'first.last@example.com', 'cmVmdGtu-01_x:y'])
      expect(re.test(ok), ok).toBe(true);
    expect(renderedPassword('$oauthtoken')).toBe('$oauthtoken');
  });
});

describe('PEM_BASE64', () => {
  const re = new RegExp(PEM_BASE64);
  it.each(['CERTIFICATE', 'PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'])(
    'accepts one line of base64 of a %s PEM',
    (label) => {
      expect(re.test(btoa(`-----BEGIN ${label}-----\nx\n-----END ${label}-----\n`))).toBe(true);
    },
  );

  it('refuses a raw PEM, base64 of DER, a wrapped base64 and an empty value', () => {
    expect(re.test(SAMPLE_PEM)).toBe(false);
    expect(re.test('MIIBszCCAVmgAwIBAgIU')).toBe(false);
    const wrapped = btoa(SAMPLE_PEM).replace(/(.{20})/g, '$1\n');
    expect(re.test(wrapped)).toBe(false);
    expect(re.test('')).toBe(false);
  });
});
