import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aDesign, DEFAULT_DESIGN, DESIGN_SCHEMA_VERSION } from './schema';
import { decodeDesignDocument, encodeDesignDocument } from './storage-codec';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('design document codec', () => {
  it('round-trips a design', () => {
    const design = aDesign({ gpu: 'h200-nvl', layout: '1-2-2-200', workerNodes: 2048 });
    expect(decodeDesignDocument(encodeDesignDocument(design))).toEqual({
      success: true,
      design,
      pendingEdits: {},
      migratedFrom: null,
    });
  });

  it('keeps the raw text of fields still being edited', () => {
    const text = encodeDesignDocument(DEFAULT_DESIGN, { podCidr: '100.64.0.1/12' });
    expect(JSON.parse(text)).toMatchObject({
      schemaVersion: DESIGN_SCHEMA_VERSION,
      pendingEdits: { podCidr: '100.64.0.1/12' },
    });
    const decoded = decodeDesignDocument(text);
    expect(decoded.success && decoded.pendingEdits).toEqual({ podCidr: '100.64.0.1/12' });
  });

  it('reads the schema-version-1 fixture (the RA reference design as first saved)', () => {
    const decoded = decodeDesignDocument(fixture('design-v1.json'));
    // Saved before the site subnets existed: migrated to the current version, every value kept.
    expect(decoded).toMatchObject({ success: true, migratedFrom: 1 });
    expect(decoded.success && decoded.design).toEqual(DEFAULT_DESIGN);
  });

  it.each([
    [null, 'empty'],
    ['   ', 'empty'],
    ['{"schemaVersion":1,"design":', 'not-json'],
    ['[1,2]', 'malformed'],
    ['{"schemaVersion":0,"design":{}}', 'too-old'],
    ['{"schemaVersion":99,"design":{}}', 'too-new'],
  ])('reports %j as %s', (text, kind) => {
    expect(decodeDesignDocument(text)).toMatchObject({ success: false, kind });
  });

  it('reports a design that fails the schema, with the field', () => {
    const text = JSON.stringify({ schemaVersion: 1, design: { ...DEFAULT_DESIGN, workerNodes: 50_000 } });
    const decoded = decodeDesignDocument(text);
    expect(decoded).toMatchObject({ success: false, kind: 'invalid' });
    if (!decoded.success) {
      expect(decoded.message).toContain('workerNodes');
      expect(decoded.errors?.[0]?.path).toBe('workerNodes');
    }
  });
});
