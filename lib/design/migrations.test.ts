import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DESIGN_MIGRATIONS,
  type DesignMigration,
  migrateDocument,
  oldestReadableVersion,
} from './migrations';
import { DEFAULT_DESIGN, DESIGN_SCHEMA_VERSION, validateDesign } from './schema';

describe('migrateDocument', () => {
  it('passes a current document through unchanged', () => {
    const result = migrateDocument({ schemaVersion: DESIGN_SCHEMA_VERSION, design: DEFAULT_DESIGN });
    expect(result).toEqual({
      success: true,
      data: { schemaVersion: DESIGN_SCHEMA_VERSION, design: DEFAULT_DESIGN, pendingEdits: undefined },
      migratedFrom: null,
    });
  });

  it('every registered migration lifts by exactly one version and the chain reaches the current one', () => {
    for (const m of DESIGN_MIGRATIONS) expect(m.from).toBeLessThan(DESIGN_SCHEMA_VERSION);
    const froms = DESIGN_MIGRATIONS.map((m) => m.from).sort((a, b) => a - b);
    const oldest = oldestReadableVersion();
    expect(froms).toEqual(Array.from({ length: DESIGN_SCHEMA_VERSION - oldest }, (_, i) => oldest + i));
  });

  it('rejects a document from a newer planner without guessing', () => {
    const result = migrateDocument({ schemaVersion: DESIGN_SCHEMA_VERSION + 1, design: {} });
    expect(result).toMatchObject({ success: false, kind: 'too-new', version: DESIGN_SCHEMA_VERSION + 1 });
  });

  it('rejects a document older than the oldest migration', () => {
    const result = migrateDocument({ schemaVersion: 0, design: {} });
    expect(result).toMatchObject({ success: false, kind: 'too-old', version: 0 });
    if (!result.success) expect(result.message).toContain('older planner');
  });

  it('reports a value that is not a document', () => {
    expect(migrateDocument('hello')).toMatchObject({ success: false, kind: 'malformed' });
    expect(migrateDocument({ design: {} })).toMatchObject({ success: false, kind: 'malformed' });
    expect(migrateDocument({ schemaVersion: '1', design: {} })).toMatchObject({
      success: false,
      kind: 'malformed',
    });
  });

  it('runs a chain of migrations in order (injected chain: v1 -> v2 -> v3)', () => {
    const chain: DesignMigration[] = [
      {
        from: 2,
        migrate: (doc) => ({ ...doc, schemaVersion: 3, design: { ...(doc.design as object), c: 'v3' } }),
      },
      {
        from: 1,
        migrate: (doc) => ({ ...doc, schemaVersion: 2, design: { ...(doc.design as object), b: 'v2' } }),
      },
    ];
    const result = migrateDocument({ schemaVersion: 1, design: { a: 1 } }, chain, 3);
    expect(result).toEqual({
      success: true,
      data: { schemaVersion: 3, design: { a: 1, b: 'v2', c: 'v3' }, pendingEdits: undefined },
      migratedFrom: 1,
    });
  });

  it('stops at a migration that does not produce the next version', () => {
    const broken: DesignMigration[] = [{ from: 1, migrate: (doc) => ({ ...doc, schemaVersion: 5 }) }];
    expect(migrateDocument({ schemaVersion: 1, design: {} }, broken, 2)).toMatchObject({
      success: false,
      kind: 'malformed',
    });
  });

  it('keeps only string pending edits', () => {
    const result = migrateDocument({
      schemaVersion: DESIGN_SCHEMA_VERSION,
      design: DEFAULT_DESIGN,
      pendingEdits: { podCidr: '10.0.0.1/8', workerNodes: 12 },
    });
    expect(result.success && result.data.pendingEdits).toEqual({ podCidr: '10.0.0.1/8' });
  });
});

describe('v1 -> v2 (the full IP plan)', () => {
  const v1 = JSON.parse(readFileSync(new URL('./fixtures/design-v1.json', import.meta.url), 'utf8')) as {
    schemaVersion: number;
    design: Record<string, unknown>;
  };

  it('lifts the kept v1 document to a design the current schema accepts, every v1 field unchanged', () => {
    const result = migrateDocument(v1);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.migratedFrom).toBe(1);
    const design = result.data.design as Record<string, unknown>;
    const { schemaVersion: _v, podCidr, serviceCidr, eastWestCidr, physical, ...v1Fields } = v1.design;
    expect(design).toMatchObject(v1Fields);
    expect(design.physical).toMatchObject(physical as object);
    // The v1 defaults (the RA's CIDRs) become the planner's choice, which keeps them while they fit.
    expect([podCidr, serviceCidr, eastWestCidr]).toEqual(['100.64.0.0/12', '100.80.0.0/14', '172.16.0.0/16']);
    expect([design.podCidr, design.serviceCidr, design.eastWestCidr]).toEqual([null, null, null]);
    // Lifted on through v3 (scenarios), which changes nothing else, to the current version.
    expect(design.schemaVersion).toBe(DESIGN_SCHEMA_VERSION);
    expect(validateDesign(design).success).toBe(true);
  });

  it('adds the site subnets and the switchport option with the values version 2 started with', () => {
    const result = migrateDocument(v1);
    const design = (result.success ? result.data.design : {}) as Record<string, unknown>;
    expect({
      pointToPointPorts: design.pointToPointPorts,
      underlayCidr: design.underlayCidr,
      oobCidr: design.oobCidr,
      managementCidr: design.managementCidr,
      northSouthCidr: design.northSouthCidr,
      loadBalancerAddresses: design.loadBalancerAddresses,
    }).toEqual({
      pointToPointPorts: false,
      underlayCidr: '10.255.0.0/16',
      oobCidr: '10.250.0.0/16',
      managementCidr: '10.251.0.0/16',
      northSouthCidr: '10.252.0.0/16',
      loadBalancerAddresses: 16,
    });
  });

  it('keeps a CIDR a v1 user chose (not the v1 default) as chosen', () => {
    const result = migrateDocument({ schemaVersion: 1, design: { ...v1.design, podCidr: '10.0.0.0/11' } });
    expect(result.success && (result.data.design as { podCidr: string }).podCidr).toBe('10.0.0.0/11');
  });

  it('keeps a v1 field the user set even where v2 has a default for it', () => {
    const result = migrateDocument({ schemaVersion: 1, design: { ...v1.design, oobCidr: '10.9.0.0/20' } });
    expect(result.success && (result.data.design as { oobCidr: string }).oobCidr).toBe('10.9.0.0/20');
  });
});

describe('v2 -> v3 (scenarios side by side)', () => {
  const v2 = JSON.parse(readFileSync(new URL('./fixtures/design-v2.json', import.meta.url), 'utf8')) as {
    schemaVersion: number;
    design: Record<string, unknown>;
    pendingEdits: Record<string, string>;
  };

  it('lifts the kept v2 document (saved before scenarios): the design unchanged but its version, no scenarios', () => {
    const result = migrateDocument(v2);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.migratedFrom).toBe(2);
    expect(result.data.schemaVersion).toBe(3);
    const { schemaVersion: _v, ...v2Fields } = v2.design;
    expect(result.data.design).toEqual({ ...v2Fields, schemaVersion: 3 });
    expect(validateDesign(result.data.design).success).toBe(true);
    // The field the user was still typing survives the migration.
    expect(result.data.pendingEdits).toEqual({ podCidr: '100.64.0.1/12' });
    expect(result.data).not.toHaveProperty('scenarios');
    expect(result.data).not.toHaveProperty('baselineScenario');
  });

  it('drops a scenarios key no version-2 planner wrote', () => {
    const result = migrateDocument({ ...v2, scenarios: [{ name: 'x', design: {} }], baselineScenario: 0 });
    expect(result.success && result.data).not.toHaveProperty('scenarios');
  });

  it('carries the scenarios of a current document to the schema check untouched', () => {
    const scenarios = [{ name: 'A', design: DEFAULT_DESIGN }];
    const result = migrateDocument({
      schemaVersion: DESIGN_SCHEMA_VERSION,
      design: DEFAULT_DESIGN,
      scenarios,
      baselineScenario: 0,
    });
    expect(result.success && result.data.scenarios).toEqual(scenarios);
    expect(result.success && result.data.baselineScenario).toBe(0);
  });
});
