import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { PALETTE_PROFILES } from '../catalog/software';
import { BUNDLE_DESIGN_INPUT, BUNDLE_README, buildPaletteBundle } from './bundle';
import { PLACEHOLDER_MARK } from './placeholders';
import { InvalidProfileError, PROFILE_BUILDERS } from './profiles';
import { type ClusterProfileImport, validateProfile } from './schema';
import { planFor } from './test-support/plans';
import { unzipText } from './test-support/unzip';

const plan = planFor();
const files = unzipText(buildPaletteBundle(plan));
const profiles = PALETTE_PROFILES.map((name) => JSON.parse(files[`${name}.json`]!) as ClusterProfileImport);

/** Every Kubernetes object of every manifest in a profile. */
function manifestObjects(profile: ClusterProfileImport): Record<string, unknown>[] {
  return profile.spec.template.packs.flatMap((p) =>
    (p.manifests ?? []).flatMap((m) =>
      parseAllDocuments(m.content).map((d) => d.toJS() as Record<string, unknown>),
    ),
  );
}

describe('Palette bundle zip', () => {
  it('holds the 4 profile JSONs, the README and the design input, nothing else', () => {
    expect(Object.keys(files).sort()).toEqual(
      [...PALETTE_PROFILES.map((n) => `${n}.json`), BUNDLE_README, BUNDLE_DESIGN_INPUT].sort(),
    );
  });

  it('carries the design input of the plan', () => {
    expect(JSON.parse(files[BUNDLE_DESIGN_INPUT]!)).toEqual(plan.input);
  });

  it.each(PALETTE_PROFILES)('%s validates against the import schema', (name) => {
    const result = validateProfile(JSON.parse(files[`${name}.json`]!));
    expect(result.success ? [] : result.errors).toEqual([]);
  });

  it('names each profile after its file and uses only import-format keys', () => {
    expect(profiles.map((p) => p.metadata.name)).toEqual([...PALETTE_PROFILES]);
    const text = Object.values(files).join('\n');
    expect(text).not.toMatch(/"(uid|readOnly|isHidden|registryUid)"\s*:/);
  });

  it('parses every values string and every manifest as YAML without errors', () => {
    let documents = 0;
    for (const profile of profiles) {
      for (const pack of profile.spec.template.packs) {
        const values = parseAllDocuments(pack.values);
        for (const doc of values) expect(doc.errors, `${pack.name} values`).toEqual([]);
        for (const manifest of pack.manifests ?? []) {
          const docs = parseAllDocuments(manifest.content);
          expect(docs.length, `${pack.name}/${manifest.name}`).toBeGreaterThan(0);
          for (const doc of docs) {
            expect(doc.errors, `${pack.name}/${manifest.name}`).toEqual([]);
            const object = doc.toJS() as { apiVersion?: string; kind?: string };
            expect(object.apiVersion && object.kind, `${pack.name}/${manifest.name} object`).toBeTruthy();
            documents += 1;
          }
        }
      }
    }
    expect(documents).toBeGreaterThan(20);
  });

  it('is deterministic: the same plan gives the same bytes', () => {
    expect(buildPaletteBundle(plan)).toEqual(buildPaletteBundle(plan));
  });

  it('refuses to build a zip when a builder produces an invalid profile', () => {
    const broken = {
      ...PROFILE_BUILDERS,
      'AI-RA-Core': (p: typeof plan) => {
        const profile = PROFILE_BUILDERS['AI-RA-Core'](p);
        return { ...profile, spec: { ...profile.spec, variables: [] } };
      },
    };
    expect(() => buildPaletteBundle(plan, broken)).toThrow(InvalidProfileError);
    expect(() => buildPaletteBundle(plan, broken)).toThrow(
      /AI-RA-Core[\s\S]*metallbIpRange is used but not defined/,
    );
  });
});

describe('README', () => {
  const readme = files[BUNDLE_README]!;

  it('gives the import order, the Helm registries and every variable', () => {
    const positions = PALETTE_PROFILES.map((n) => readme.indexOf(`\`${n}.json\``));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(readme).toContain('https://runai.jfrog.io/artifactory/cp-charts-prod');
    for (const profile of profiles)
      for (const v of profile.spec.variables) expect(readme).toContain(`\`${v.name}\``);
  });

  it('lists the placeholders, the Grafana password to change and the derived CIDRs', () => {
    expect(readme).toContain(PLACEHOLDER_MARK);
    expect(readme).toMatch(/welcome/);
    expect(readme).toContain(plan.input.podCidr);
    expect(readme).toContain(plan.input.serviceCidr);
    for (const pool of plan.network.pools) expect(readme).toContain(pool.cidr);
  });
});

describe('no real secrets', () => {
  const secrets = profiles.flatMap(manifestObjects).filter((o) => o.kind === 'Secret');

  it('has the Run:ai secrets, each data value a profile variable, never a literal', () => {
    // backend: runai-predefined-ca, runai-ca-cert, runai-reg-creds; cluster: runai-ca-cert, runai-reg-creds.
    expect(secrets).toHaveLength(5);
    for (const secret of secrets) {
      for (const [key, value] of Object.entries((secret.data ?? {}) as Record<string, string>)) {
        expect(value, `${(secret.metadata as { name: string }).name}/${key}`).toMatch(
          /^\{\{ \.spectro\.var\.[A-Za-z0-9_]+ \}\}$/,
        );
      }
    }
  });

  it('has no PEM block with real content anywhere', () => {
    const layerTexts = profiles.flatMap((p) =>
      p.spec.template.packs.flatMap((pack) => [pack.values, ...(pack.manifests ?? []).map((m) => m.content)]),
    );
    const everything = [...layerTexts, files[BUNDLE_README]!].join('\n');
    const blocks = [...everything.matchAll(/-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----/g)];
    expect(blocks.length).toBeGreaterThan(0);
    // The published Network Operator defaults carry commented-out example blocks elided with "...":
    // documentation, not key material.
    const isCommentedStub = (body: string) =>
      body.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('#')) &&
      /^\s*#\s*\.\.\.\s*$/m.test(body);
    for (const [, , body] of blocks.filter(([, , body]) => !isCommentedStub(body!)))
      expect(body!.trim()).toMatch(new RegExp(`^${PLACEHOLDER_MARK}-[a-z0-9-]+$`));
  });

  it('masks the Run:ai client secret variable and gives it no default', () => {
    const cluster = profiles[3]!;
    const secret = cluster.spec.variables.find((v) => v.name === 'runaiClientSecret')!;
    expect(secret).toMatchObject({ isSensitive: true, defaultValue: '' });
    expect(
      parse(cluster.spec.template.packs.find((p) => p.name === 'runai-agent')!.values).controlPlane,
    ).toEqual({
      url: '{{ .spectro.var.runaiControlPlaneUrl }}',
      clientSecret: '{{ .spectro.var.runaiClientSecret }}',
    });
  });
});
