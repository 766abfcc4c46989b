import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DESIGN_FILE_FORMAT,
  designFileName,
  designFileSizeError,
  MAX_DESIGN_FILE_BYTES,
  parseDesignFile,
  serializeDesignFile,
} from './design-file';
import { DESIGN_MIGRATIONS, type DesignMigration } from './migrations';
import { aDesign, DEFAULT_DESIGN, DESIGN_SCHEMA_VERSION } from './schema';
import { PROPERTY_RUNS, validDesignArb } from './test-support/arbitraries';
import { assertProperty } from './test-support/seeds';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** A design file document as JSON text, with any field replaced or removed (`undefined`). */
const fileText = (fields: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: DESIGN_FILE_FORMAT,
    schemaVersion: DESIGN_SCHEMA_VERSION,
    design: DEFAULT_DESIGN,
    ...fields,
  });

const errorOf = (text: string, migrations?: readonly DesignMigration[]) => {
  const result = parseDesignFile(text, migrations);
  expect(result.success).toBe(false);
  return result.success ? '' : result.error;
};

describe('serializeDesignFile', () => {
  it('writes a pretty, versioned document with the format marker first', () => {
    const design = aDesign({ workerNodes: 48 });
    const text = serializeDesignFile(design, { savedAt: new Date('2025-03-01T12:00:00Z') });
    expect(text).toMatch(
      new RegExp(
        `^\\{\\n {2}"format": "ai-factory-planner/design",\\n {2}"schemaVersion": ${DESIGN_SCHEMA_VERSION},\\n`,
      ),
    );
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({
      format: DESIGN_FILE_FORMAT,
      schemaVersion: DESIGN_SCHEMA_VERSION,
      savedAt: '2025-03-01T12:00:00.000Z',
      design,
    });
  });

  it('leaves savedAt out when no (valid) time is given', () => {
    expect(JSON.parse(serializeDesignFile(DEFAULT_DESIGN))).not.toHaveProperty('savedAt');
    expect(
      JSON.parse(serializeDesignFile(DEFAULT_DESIGN, { savedAt: new Date(Number.NaN) })),
    ).not.toHaveProperty('savedAt');
  });

  it('names the download after the worker count', () => {
    expect(designFileName(aDesign({ workerNodes: 48 }))).toBe('ai-factory-design-48-nodes.json');
  });
});

describe('parseDesignFile', () => {
  it('opens the schema-version-1 design file fixture (the RA reference design)', () => {
    // Saved before the site subnets (version 2): opened through the v1 -> v2 -> v3 migrations, with a notice.
    expect(parseDesignFile(fixture('design-file-v1.json'))).toEqual({
      success: true,
      data: DEFAULT_DESIGN,
      notice:
        'The file was saved by an older planner (schema version 1) and was updated to version 3. Save it again to keep the updated file.',
    });
  });

  it('opens a file without savedAt and ignores pending edits a hand-made file may carry', () => {
    const result = parseDesignFile(fileText({ pendingEdits: { podCidr: '1.2.3.4/40' } }));
    expect(result).toEqual({ success: true, data: DEFAULT_DESIGN });
  });

  it('opens a file an editor saved with a UTF-8 byte-order mark', () => {
    expect(parseDesignFile(`\uFEFF${fileText()}`)).toEqual({ success: true, data: DEFAULT_DESIGN });
  });

  it.each([
    ['', 'The file is empty'],
    ['  \n', 'The file is empty'],
    ['\u0000\u00ff garbage', 'not valid JSON'],
    ['{"format": "ai-factory-planner/design", "schemaVersion": 1, "design": {', 'not valid JSON'],
    ['[1, 2, 3]', 'holds no JSON object'],
    ['"a string"', 'holds no JSON object'],
    ['null', 'holds no JSON object'],
  ])('refuses %j: %s', (text, message) => {
    expect(errorOf(text)).toContain(message);
  });

  it('refuses a saved-design document without the format marker (a localStorage copy, any JSON)', () => {
    expect(errorOf(fixture('design-v1.json'))).toBe(
      'It is not a design file: it has no "format": "ai-factory-planner/design" marker.',
    );
  });

  it('refuses another format, quoting it', () => {
    expect(errorOf(fileText({ format: 'excalidraw' }))).toBe(
      'It is not a design file: its format is "excalidraw", not "ai-factory-planner/design".',
    );
    expect(errorOf(fileText({ format: { nested: true } }))).toContain('its format is an object');
    expect(errorOf(fileText({ format: 'x'.repeat(500) }))).toContain(`"${'x'.repeat(60)}…"`);
  });

  it('names the missing fields', () => {
    expect(errorOf(fileText({ design: undefined }))).toBe(
      'The design file is incomplete: it has no "design".',
    );
    expect(errorOf(fileText({ design: undefined, schemaVersion: undefined }))).toBe(
      'The design file is incomplete: it has no "schemaVersion" or "design".',
    );
  });

  it.each([['1'], [1.5], [null]])('refuses schemaVersion %j', (schemaVersion) => {
    expect(errorOf(fileText({ schemaVersion }))).toContain('its "schemaVersion" is');
  });

  it('refuses a file from a newer planner without guessing', () => {
    const error = errorOf(fileText({ schemaVersion: DESIGN_SCHEMA_VERSION + 1 }));
    expect(error).toContain('made by a newer planner');
    expect(error).toContain(`schema version ${DESIGN_SCHEMA_VERSION + 1}`);
  });

  it('refuses a file older than any migration', () => {
    expect(errorOf(fileText({ schemaVersion: 0 }))).toBe(
      'It was made by an older planner (schema version 0) that this planner can no longer read.',
    );
  });

  it('migrates an older file through the document migrations and says so', () => {
    // Injected chain: a hypothetical version 0 called the worker count `nodes`.
    const v0: DesignMigration[] = [
      {
        from: 0,
        migrate: (doc) => {
          const { nodes, ...rest } = doc.design as Record<string, unknown>;
          return { ...doc, schemaVersion: 1, design: { ...rest, schemaVersion: 1, workerNodes: nodes } };
        },
      },
      ...DESIGN_MIGRATIONS,
    ];
    const { workerNodes: _, ...old } = aDesign({ workerNodes: 24 });
    const result = parseDesignFile(
      fileText({ schemaVersion: 0, design: { ...old, schemaVersion: 0, nodes: 24 } }),
      v0,
    );
    expect(result).toMatchObject({ success: true, data: aDesign({ workerNodes: 24 }) });
    expect(result.success && result.notice).toContain(
      `older planner (schema version 0) and was updated to version ${DESIGN_SCHEMA_VERSION}`,
    );
  });

  it('names the first few field problems of an invalid design, with their paths', () => {
    const error = errorOf(
      fileText({
        design: {
          ...DEFAULT_DESIGN,
          workerNodes: 0,
          podCidr: 'banana',
          gpu: 'gtx-1080',
          sriov: 'yes',
          namespaces: -1,
        },
      }),
    );
    expect(error).toMatch(/^The design in it does not pass the checks\. design\./);
    expect(error).toContain('design.gpu: ');
    expect(error).toContain('design.workerNodes: at least 1 worker node');
    expect(error.match(/(^|\. )design\.\w+: /g)).toHaveLength(3);
    expect(error).toMatch(/\. \d+ more problems\.$/);
  });

  it('reports a single problem without a summary', () => {
    const error = errorOf(fileText({ design: { ...DEFAULT_DESIGN, namespaces: 0 } }));
    expect(error).toMatch(/^The design in it does not pass the checks\. design\.namespaces: [^.]+\.$/);
  });

  it('refuses a file over 1 MB, by its size or by its text', () => {
    expect(designFileSizeError(MAX_DESIGN_FILE_BYTES)).toBeNull();
    expect(designFileSizeError(MAX_DESIGN_FILE_BYTES + 1)).toBe(
      'It is 1.1 MB, larger than the 1 MB a design file can be (a design is a few kB).',
    );
    expect(designFileSizeError(25 * 1024 * 1024)).toMatch(/^It is 25 MB, /);
    const padded = fileText({ note: 'x'.repeat(MAX_DESIGN_FILE_BYTES) });
    expect(errorOf(padded)).toContain('larger than the 1 MB a design file can be');
    // Counted in UTF-8 bytes: 400k three-byte characters are 1.2 MB.
    expect(errorOf(fileText({ note: '€'.repeat(400_000) }))).toContain('It is 1.2 MB');
  });

  it('never throws, whatever the text', () => {
    const json = fc.jsonValue().map((v) => JSON.stringify(v));
    const fileLike = fc
      .record(
        {
          format: fc.oneof(fc.constant(DESIGN_FILE_FORMAT), fc.jsonValue()),
          schemaVersion: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.jsonValue()),
          design: fc.oneof(
            fc.jsonValue(),
            fc
              .record({ key: fc.constantFrom(...Object.keys(DEFAULT_DESIGN)), value: fc.jsonValue() })
              .map(({ key, value }) => ({ ...DEFAULT_DESIGN, [key]: value })),
          ),
        },
        { requiredKeys: [] },
      )
      .map((doc) => JSON.stringify(doc));
    assertProperty(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), json, fileLike), (text) => {
        const result = parseDesignFile(text);
        if (!result.success) expect(result.error.length).toBeGreaterThan(0);
      }),
      PROPERTY_RUNS,
    );
  });

  it('round-trips every valid design', () => {
    assertProperty(
      fc.property(validDesignArb, fc.date({ noInvalidDate: true }), (design, savedAt) => {
        expect(parseDesignFile(serializeDesignFile(design, { savedAt }))).toEqual({
          success: true,
          data: design,
        });
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('design files with scenarios', () => {
  const scenarios = {
    scenarios: [
      { name: 'RA reference', design: DEFAULT_DESIGN },
      { name: 'Half', design: aDesign({ workerNodes: 32 }) },
    ],
    baseline: 0,
  };

  it('saves the scenarios and the baseline beside the design, and opens them again', () => {
    const text = serializeDesignFile(aDesign({ workerNodes: 32 }), { scenarios });
    expect(JSON.parse(text)).toMatchObject({ baselineScenario: 0, scenarios: scenarios.scenarios });
    expect(parseDesignFile(text)).toEqual({ success: true, data: aDesign({ workerNodes: 32 }), scenarios });
  });

  it('opens the version-2 file fixture (saved before scenarios) with none, and says it was updated', () => {
    const result = parseDesignFile(fixture('design-file-v2.json'));
    expect(result).toEqual({
      success: true,
      data: DEFAULT_DESIGN,
      notice:
        'The file was saved by an older planner (schema version 2) and was updated to version 3. Save it again to keep the updated file.',
    });
  });

  it('refuses a file whose scenario does not pass, naming the scenario and the field', () => {
    const error = errorOf(
      fileText({
        scenarios: [{ name: 'Zero', design: { ...DEFAULT_DESIGN, workerNodes: 0 } }],
        baselineScenario: 0,
      }),
    );
    expect(error).toBe(
      'A scenario in it does not pass the checks. scenario 1 ("Zero"): worker nodes (design.workerNodes): at least 1 worker node.',
    );
  });
});
