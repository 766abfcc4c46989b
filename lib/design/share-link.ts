/**
 * Share links: the whole design in the URL fragment, `#d=<base64url(deflate(document JSON))>`.
 * The fragment never reaches a server, and deflate keeps a full design near 500 characters. The
 * document is the same versioned one as localStorage, so old links migrate like saved designs do.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { DesignInput } from './schema';
import { type DecodedDesign, decodeDesignDocument, encodeDesignDocument } from './storage-codec';

export const SHARE_PARAM = 'd';

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

/** The fragment (without `#`) that carries this design. */
export function encodeShareFragment(design: DesignInput): string {
  const bytes = deflateSync(strToU8(encodeDesignDocument(design)), { level: 9 });
  return `${SHARE_PARAM}=${toBase64Url(bytes)}`;
}

/** A full share URL: `base` (origin + path, any fragment dropped) plus the design fragment. */
export function shareUrlFor(base: string, design: DesignInput): string {
  const withoutFragment = base.split('#')[0] ?? base;
  return `${withoutFragment}#${encodeShareFragment(design)}`;
}

/** `null` when the hash carries no design; otherwise the decoded design or why it cannot be read. */
export type ShareLinkResult = DecodedDesign | null;

/** Reads a location hash (`#d=...`, with or without the `#`). Never throws. */
export function readShareFragment(hash: string): ShareLinkResult {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const payload = new URLSearchParams(fragment).get(SHARE_PARAM);
  if (payload === null) return null;
  const bytes = fromBase64Url(payload.trim());
  if (bytes === null || bytes.length === 0) {
    return damaged('the link is incomplete or was altered (it is not valid base64url)');
  }
  let text: string;
  try {
    text = strFromU8(inflateSync(bytes));
  } catch {
    return damaged('the link is incomplete or was altered (it does not decompress)');
  }
  return decodeDesignDocument(text);
}

function damaged(message: string): DecodedDesign {
  return { success: false, kind: 'malformed', message };
}
