/**
 * Share links: the whole design in the URL fragment, `#d=<base64url(deflate(document JSON))>`.
 * The fragment never reaches a server, and deflate keeps a full design near 500 characters (four
 * scenarios beside it add little: they are designs much like it). The document is the same versioned
 * one as localStorage, scenarios included, so old links migrate like saved designs do.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { MAX_DESIGN_FILE_BYTES } from './design-file';
import type { ScenarioSet } from './scenarios';
import type { DesignInput } from './schema';
import { SHARE_PARAM, shareFragmentPayload } from './share-fragment';
import { type DecodedDesign, decodeDesignDocument, encodeDesignDocument } from './storage-codec';

export { SHARE_PARAM };

/**
 * A link inflates to at most what a design file may hold (1 MiB; a design is about 1 kB): a crafted
 * 40 KB link would otherwise inflate to tens of MB and freeze the page while it decodes.
 */
export const MAX_SHARE_INFLATED_BYTES = MAX_DESIGN_FILE_BYTES;
/** Compressed input fed per step: deflate expands at most ~1,032:1, so one step adds at most ~1 MB. */
const INFLATE_STEP_BYTES = 1024;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Returns null when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** The fragment (without `#`) that carries this design and its scenarios, if any. */
export function encodeShareFragment(design: DesignInput, scenarios?: ScenarioSet): string {
  const bytes = deflateSync(strToU8(encodeDesignDocument(design, {}, scenarios)), { level: 9 });
  return `${SHARE_PARAM}=${toBase64Url(bytes)}`;
}

/** A full share URL: `base` (origin + path, any fragment dropped) plus the design fragment. */
export function shareUrlFor(base: string, design: DesignInput, scenarios?: ScenarioSet): string {
  const withoutFragment = base.split('#')[0] ?? base;
  return `${withoutFragment}#${encodeShareFragment(design, scenarios)}`;
}

/** `null` when the hash carries no design; otherwise the decoded design or why it cannot be read. */
export type ShareLinkResult = DecodedDesign | null;

/** Reads a location hash (`#d=...`, with or without the `#`). Never throws. */
export function readShareFragment(hash: string): ShareLinkResult {
  const payload = shareFragmentPayload(hash);
  if (payload === null) return null;
  const bytes = fromBase64Url(payload.trim());
  if (bytes === null || bytes.length === 0) {
    return damaged('the link is incomplete or was altered (it is not valid base64url)');
  }
  const inflated = inflateBounded(bytes, MAX_SHARE_INFLATED_BYTES);
  if (inflated === 'too-large') {
    return damaged(
      `the link holds more than ${MAX_SHARE_INFLATED_BYTES / 1024 / 1024} MB of design data once unpacked (a design is about 1 kB), so it was not opened`,
    );
  }
  if (inflated === null) return damaged('the link is incomplete or was altered (it does not decompress)');
  return decodeDesignDocument(strFromU8(inflated));
}

/** Inflates step by step and stops as soon as the output passes `limit`; null when it is not deflate. */
export function inflateBounded(bytes: Uint8Array, limit: number): Uint8Array | null | 'too-large' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    chunks.push(chunk);
    total += chunk.length;
    ended = ended || final;
  });
  try {
    for (let at = 0; at < bytes.length && !ended; at += INFLATE_STEP_BYTES) {
      inflater.push(bytes.subarray(at, at + INFLATE_STEP_BYTES), at + INFLATE_STEP_BYTES >= bytes.length);
      if (total > limit) return 'too-large';
    }
  } catch {
    return null;
  }
  if (!ended) return null;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function damaged(message: string): DecodedDesign {
  return { success: false, kind: 'malformed', message };
}
