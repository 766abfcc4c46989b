import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SCENARIOS, validateScenarioSet } from './scenarios';
import { encodeShareFragment, readShareFragment } from './share-link';
import { decodeDesignDocument } from './storage-codec';
import { validDesignArb } from './test-support/arbitraries';
import { assertProperty } from './test-support/seeds';

/** Up to MAX_SCENARIOS valid scenarios with distinct names, and a baseline among them. */
const scenarioSetArb = fc
  .uniqueArray(fc.record({ name: fc.string({ minLength: 1, maxLength: 20 }), design: validDesignArb }), {
    minLength: 1,
    maxLength: MAX_SCENARIOS,
    selector: (s) => s.name.trim().toLowerCase(),
  })
  .filter((list) => list.every((s) => s.name.trim() !== '' && s.name === s.name.trim()))
  .chain((scenarios) =>
    fc.record({ scenarios: fc.constant(scenarios), baseline: fc.nat(scenarios.length - 1) }),
  );

describe('scenarios from outside', () => {
  it('any JSON as scenarios and baseline: a result, never a throw; a refusal always says why', () => {
    assertProperty(
      fc.property(fc.jsonValue(), fc.jsonValue(), (scenarios, baseline) => {
        const result = validateScenarioSet(scenarios, baseline);
        if (!result.success) for (const e of result.errors) expect(e.message.length).toBeGreaterThan(0);
      }),
      300,
    );
  });

  it('near-miss documents with scenarios decode to a result, never a throw', () => {
    const doc = fc.record({
      schemaVersion: fc.constantFrom(1, 2, 3),
      design: validDesignArb,
      scenarios: fc.array(
        fc.record({ name: fc.jsonValue(), design: fc.oneof(validDesignArb, fc.jsonValue()) }),
      ),
      baselineScenario: fc.jsonValue(),
    });
    assertProperty(
      fc.property(doc, (d) => {
        const result = decodeDesignDocument(JSON.stringify(d));
        if (!result.success) expect(result.message.length).toBeGreaterThan(0);
      }),
      100,
    );
  });

  it('valid scenario sets round-trip through share links unchanged', () => {
    assertProperty(
      fc.property(validDesignArb, scenarioSetArb, (design, set) => {
        expect(readShareFragment(`#${encodeShareFragment(design, set)}`)).toEqual({
          success: true,
          design,
          pendingEdits: {},
          migratedFrom: null,
          scenarios: set,
        });
      }),
      50,
    );
  });
});
