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
