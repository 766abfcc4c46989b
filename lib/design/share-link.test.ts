import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { aDesign, DEFAULT_DESIGN } from './schema';
import {
  encodeShareFragment,
  fromBase64Url,
  inflateBounded,
  readShareFragment,
  shareUrlFor,
  toBase64Url,
} from './share-link';
import { encodeDesignDocument } from './storage-codec';

describe('share links', () => {
  it('round-trips a design through the URL fragment', () => {
    const design = aDesign({ workerNodes: 48, priceOverridesUSD: { sn5610: 12345 }, podCidr: '10.0.0.0/12' });
    const url = shareUrlFor('https://planner.example/#old', design);
    expect(url.startsWith('https://planner.example/#d=')).toBe(true);
    const hash = url.slice(url.indexOf('#'));
    expect(readShareFragment(hash)).toEqual({ success: true, design, pendingEdits: {}, migratedFrom: null });
  });

  it('stays short enough to paste (compressed)', () => {
    expect(encodeShareFragment(DEFAULT_DESIGN).length).toBeLessThan(700);
  });

  it('returns null for a hash without a design', () => {
    expect(readShareFragment('')).toBeNull();
    expect(readShareFragment('#section-2')).toBeNull();
  });

  it('reports a truncated link as damaged, never throwing', () => {
    const fragment = encodeShareFragment(DEFAULT_DESIGN);
    const cut = fragment.slice(0, Math.floor(fragment.length / 2));
    expect(readShareFragment(cut)).toMatchObject({ success: false, kind: 'malformed' });
  });

  it('reports characters outside base64url as damaged', () => {
    expect(readShareFragment('#d=abc$%^')).toMatchObject({ success: false, kind: 'malformed' });
    expect(readShareFragment('#d=')).toMatchObject({ success: false, kind: 'malformed' });
  });

  it('reports a link from an older, unreadable schema as too old', () => {
    const doc = JSON.stringify({ schemaVersion: 0, design: { nodes: 64 } });
    const fragment = `d=${toBase64Url(deflateSync(strToU8(doc)))}`;
    expect(readShareFragment(fragment)).toMatchObject({ success: false, kind: 'too-old' });
  });

  it('base64url round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = toBase64Url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Array.from(fromBase64Url(text) ?? [])).toEqual(Array.from(bytes));
  });
});

describe('share links that inflate beyond a design file', () => {
  // A design is about 1 kB; a crafted link of a few kB can inflate to tens of MB.
  const bomb = (bytes: number) => {
    const doc = `{"schemaVersion":2,"design":{"pad":"${' '.repeat(bytes)}"}}`;
    return `d=${toBase64Url(deflateSync(strToU8(doc), { level: 9 }))}`;
  };

  it('refuses a link that unpacks to 30 MB, saying why, and never builds the whole text', () => {
    const link = bomb(30 * 1024 * 1024);
    expect(link.length).toBeLessThan(60_000);
    const result = readShareFragment(link);
    expect(result).toMatchObject({ success: false, kind: 'malformed' });
    expect(result && !result.success && result.message).toMatch(
      /more than 1 MB of design data once unpacked/,
    );
  });

  it('stops inflating soon after the limit', () => {
    const payload = deflateSync(strToU8(' '.repeat(8 * 1024 * 1024)), { level: 9 });
    expect(inflateBounded(payload, 1024 * 1024)).toBe('too-large');
    expect(inflateBounded(payload, 9 * 1024 * 1024)).toHaveLength(8 * 1024 * 1024);
  });

  it('still opens a link just under the limit as a document (then checked by the schema)', () => {
    const result = readShareFragment(bomb(1000 * 1024));
    expect(result).toMatchObject({ success: false, kind: 'invalid' });
  });

  it('says a truncated deflate stream is damaged', () => {
    const payload = deflateSync(strToU8(encodeDesignDocument(DEFAULT_DESIGN)));
    expect(inflateBounded(payload.subarray(0, payload.length - 4), 1024 * 1024)).toBeNull();
  });
});

describe('share links with scenarios', () => {
  const rtx = aDesign({ workerNodes: 64 });
  const h200 = aDesign({ gpu: 'h200-nvl', layout: '1-2-2-200', workerNodes: 32 });
  const withScenarios = {
    scenarios: [
      { name: 'RA reference', design: rtx },
      {
        name: 'H200 NVL',
        design: h200,
        workload: {
          optionId: 'h200-nvl/1-2-2-200',
          label: 'Llama 3.1 70B, inference, FP8, 8,192 tokens, 64 users',
          throughput: { kind: 'training' as const, timePerEpochHours: null },
        },
      },
    ],
    baseline: 1,
  };

  it('round-trips the design, the scenarios and the baseline through the fragment', () => {
    const url = shareUrlFor('https://planner.example/', h200, withScenarios);
    expect(readShareFragment(url.slice(url.indexOf('#')))).toEqual({
      success: true,
      design: h200,
      pendingEdits: {},
      migratedFrom: null,
      scenarios: withScenarios,
    });
  });

  it('stays short with four scenarios (compressed: they are designs much like each other)', () => {
    const four = {
      scenarios: [8, 16, 32, 64].map((n) => ({ name: `${n} nodes`, design: aDesign({ workerNodes: n }) })),
      baseline: 0,
    };
    expect(encodeShareFragment(DEFAULT_DESIGN, four).length).toBeLessThan(1500);
  });

  it('writes no scenario fields for an empty set, so such a link is a plain design link', () => {
    expect(encodeShareFragment(rtx, { scenarios: [], baseline: 0 })).toBe(encodeShareFragment(rtx));
  });

  it('opens an old (version 2) link without scenarios', () => {
    const { schemaVersion: _v, ...fields } = rtx;
    const doc = JSON.stringify({ schemaVersion: 2, design: { ...fields, schemaVersion: 2 } });
    const result = readShareFragment(`d=${toBase64Url(deflateSync(strToU8(doc)))}`);
    expect(result).toEqual({ success: true, design: rtx, pendingEdits: {}, migratedFrom: 2 });
  });

  it('refuses a link with five scenarios, or a bad one, naming it; nothing is opened', () => {
    const linkOf = (doc: unknown) => `d=${toBase64Url(deflateSync(strToU8(JSON.stringify(doc))))}`;
    const five = [1, 2, 3, 4, 5].map((n) => ({ name: `S${n}`, design: aDesign({ workerNodes: n }) }));
    const tooMany = readShareFragment(
      linkOf({ schemaVersion: 3, design: rtx, scenarios: five, baselineScenario: 0 }),
    );
    expect(tooMany).toMatchObject({ success: false, kind: 'invalid-scenarios' });
    expect(tooMany && !tooMany.success && tooMany.message).toBe(
      'a scenario does not pass the checks (at most 4 scenarios can be compared; this document holds 5)',
    );
    const bad = readShareFragment(
      linkOf({
        schemaVersion: 3,
        design: rtx,
        scenarios: [{ name: 'Odd', design: { ...rtx, gpu: 'gtx-1080' } }],
        baselineScenario: 0,
      }),
    );
    expect(bad && !bad.success && bad.message).toMatch(
      /^a scenario does not pass the checks \(scenario 1 \("Odd"\): gpu \(design\.gpu\): /,
    );
  });
});
