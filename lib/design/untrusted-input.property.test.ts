import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DESIGN_SCHEMA_VERSION } from './schema';
import { encodeShareFragment, readShareFragment, toBase64Url } from './share-link';
import { decodeDesignDocument, encodeDesignDocument } from './storage-codec';
import { validDesignArb } from './test-support/arbitraries';
import { assertProperty } from './test-support/seeds';

/**
 * Share links and stored designs come from outside (a pasted URL, another tab, an old version):
 * whatever arrives, decoding returns a result (a design that passes the schema, or a failure with a
 * message) and never throws.
 */
const RUNS = 300;

function expectResult(result: ReturnType<typeof decodeDesignDocument>) {
  if (result.success) expect(result.design.schemaVersion).toBe(DESIGN_SCHEMA_VERSION);
  else expect(result.message.length).toBeGreaterThan(0);
}

/** Documents that are close to valid: right envelope, any JSON where the design should be. */
const nearMissDocument = fc.oneof(
  fc.jsonValue(),
  fc.record({
    schemaVersion: fc.oneof(fc.integer(), fc.string(), fc.constant(1), fc.constant(DESIGN_SCHEMA_VERSION)),
    design: fc.jsonValue(),
  }),
  validDesignArb.chain((design) =>
    fc.record({
      schemaVersion: fc.constant(DESIGN_SCHEMA_VERSION),
      design: fc.dictionary(fc.constantFrom(...Object.keys(design)), fc.jsonValue()).map((patch) => ({
        ...design,
        ...patch,
      })),
    }),
  ),
);

describe('untrusted design documents', () => {
  it('stored text: any string decodes to a result, never a throw', () => {
    assertProperty(
      fc.property(fc.string(), (text) => expectResult(decodeDesignDocument(text))),
      RUNS,
    );
  });

  it('stored documents: near-miss JSON decodes to a result, never a throw', () => {
    assertProperty(
      fc.property(nearMissDocument, (doc) => expectResult(decodeDesignDocument(JSON.stringify(doc)))),
      RUNS,
    );
  });

  it('share links: any fragment, valid base64url or not, decodes to null or a result', () => {
    const fragments = fc.oneof(
      fc.string().map((s) => `#d=${s}`),
      fc.uint8Array().map((bytes) => `#d=${toBase64Url(bytes)}`),
      nearMissDocument.map((doc) => `#d=${toBase64Url(deflateSync(strToU8(JSON.stringify(doc))))}`),
      fc.string(),
    );
    assertProperty(
      fc.property(fragments, (hash) => {
        const result = readShareFragment(hash);
        if (result !== null) expectResult(result);
      }),
      RUNS,
    );
  });

  it('valid designs round-trip through storage and share links unchanged', () => {
    assertProperty(
      fc.property(validDesignArb, (design) => {
        expect(decodeDesignDocument(encodeDesignDocument(design))).toMatchObject({ success: true, design });
        expect(readShareFragment(`#${encodeShareFragment(design)}`)).toMatchObject({ success: true, design });
      }),
      100,
    );
  });
});
