import { describe, expect, it } from 'vitest';
import { buildPack } from './pack';
import { PALETTE_REGISTRY } from './registries';
import { type ClusterProfileImport, validateProfile } from './schema';
import { variable } from './variables';

/** A minimal valid add-on profile: one pack using one variable (palette-profile-format.md section 1). */
function aProfile(): ClusterProfileImport {
  return {
    metadata: { name: 'AI-RA-Example', description: 'test', labels: {} },
    spec: {
      version: '1.0.0',
      template: {
        type: 'add-on',
        cloudType: 'all',
        packs: [
          buildPack({
            name: 'kgateway',
            type: 'oci',
            layer: 'addon',
            version: '2.1.1',
            registry: PALETTE_REGISTRY,
            installPriority: 20,
            values: { setting: '{{ .spectro.var.site }}' },
          }),
        ],
      },
      variables: [variable({ name: 'site', displayName: 'Site', description: 'where' })],
    },
  };
}

const errorsOf = (value: unknown): string[] => {
  const result = validateProfile(value);
  return result.success ? [] : result.errors;
};

describe('import profile schema', () => {
  it('accepts a minimal valid profile', () => {
    expect(errorsOf(aProfile())).toEqual([]);
  });

  it('rejects fields of the other API shapes: uid, readOnly, isHidden', () => {
    const p = aProfile();
    expect(errorsOf({ ...p, metadata: { ...p.metadata, uid: 'x' } }).join()).toMatch(/metadata.*uid/);
    const pack = { ...p.spec.template.packs[0]!, uid: 'abc' };
    expect(
      errorsOf({ ...p, spec: { ...p.spec, template: { ...p.spec.template, packs: [pack] } } }).join(),
    ).toMatch(/uid/);
    for (const key of ['readOnly', 'isHidden']) {
      const v = { ...p.spec.variables[0]!, [key]: true };
      expect(errorsOf({ ...p, spec: { ...p.spec, variables: [v] } }).join()).toMatch(new RegExp(key));
    }
  });

  it('wants variables under spec, not inside template', () => {
    const p = aProfile();
    const moved = {
      ...p,
      spec: { version: '1.0.0', template: { ...p.spec.template, variables: p.spec.variables } },
    };
    expect(errorsOf(moved).length).toBeGreaterThan(0);
  });

  it('checks that used variables are defined and defined ones used', () => {
    const p = aProfile();
    expect(errorsOf({ ...p, spec: { ...p.spec, variables: [] } }).join()).toMatch(
      /site is used but not defined/,
    );
    const extra = variable({ name: 'unused', displayName: 'Unused', description: '' });
    expect(errorsOf({ ...p, spec: { ...p.spec, variables: [...p.spec.variables, extra] } }).join()).toMatch(
      /unused is defined but never used/,
    );
  });

  it('needs defaults for read-only variables and valid boolean, regex and dropdown defaults', () => {
    const p = aProfile();
    const withVar = (v: object) => ({
      ...p,
      spec: { ...p.spec, variables: [{ ...p.spec.variables[0]!, ...v }] },
    });
    expect(errorsOf(withVar({ immutable: true })).join()).toMatch(/needs a default/);
    expect(errorsOf(withVar({ format: 'boolean', defaultValue: 'yes' })).join()).toMatch(/"true" or "false"/);
    expect(errorsOf(withVar({ regex: '^a+$', defaultValue: 'b' })).join()).toMatch(
      /does not match its regex/,
    );
    expect(errorsOf(withVar({ inputType: 'dropdown' })).join()).toMatch(/needs options/);
    expect(errorsOf(withVar({ name: 'has-dash' })).join()).toMatch(/letters, digits/);
  });

  it('requires manifests on manifest layers and a version and registry on the others', () => {
    const p = aProfile();
    const manifestPack = buildPack({ name: 'x', type: 'manifest', layer: 'addon', installPriority: 0 });
    const bare = { ...p.spec.template.packs[0]!, version: '', registry: undefined };
    const withPacks = (packs: unknown[]) => ({
      ...p,
      spec: { ...p.spec, template: { ...p.spec.template, packs } },
    });
    expect(errorsOf(withPacks([p.spec.template.packs[0], manifestPack])).join()).toMatch(/has no manifests/);
    const errors = errorsOf(withPacks([bare])).join();
    expect(errors).toMatch(/has no version/);
    expect(errors).toMatch(/names no registry/);
  });

  it('stores the install priority as a string inside values', () => {
    expect(aProfile().spec.template.packs[0]!.values).toContain("spectrocloud.com/install-priority: '20'");
  });
});
