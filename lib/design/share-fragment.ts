/**
 * Whether a location hash carries a share link (`#d=...`), without decoding it: the decoder (deflate,
 * the schema) loads only when there is one.
 */
export const SHARE_PARAM = 'd';

/** The link's payload in a hash (with or without the `#`), or null when it carries no design. */
export function shareFragmentPayload(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  return new URLSearchParams(fragment).get(SHARE_PARAM);
}

export const hasShareFragment = (hash: string): boolean => shareFragmentPayload(hash) !== null;
