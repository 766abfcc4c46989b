/**
 * Minimal IPv4 CIDR arithmetic. Hand-written on purpose: the planner needs only parse, size,
 * alignment, overlap and subdivision of IPv4 prefixes, which is a few lines of integer maths; a
 * general IP library (ipaddr.js and the like) would add weight to the first screen for no gain.
 */

import { at } from '../util/must';
import { quoteExcerpt } from './excerpt';

export interface Cidr {
  /** Network address as an unsigned 32-bit integer. */
  network: number;
  prefix: number;
}

export type CidrResult = { success: true; data: Cidr } | { success: false; error: string };

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

export function parseIpv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => OCTET.test(p))) return null;
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

/** "0" .. "255". */
const OCTET_TEXT = Array.from({ length: 256 }, (_, i) => String(i));
/** The last /24 formatted ("10.132.7.") and its number: the IP plan formats addresses in runs. */
let lastHigh = -1;
let lastHighText = '';

export function formatIpv4(value: number): string {
  // A 32-bit address: its /24's text (kept from the previous call when it is the same /24, as in
  // the IP plan's runs of one address per port) and the last octet, two shared pieces.
  if (Number.isInteger(value) && value >= 0 && value <= 0xffffffff) {
    const high = value >>> 8;
    if (high !== lastHigh) {
      lastHigh = high;
      lastHighText = `${high >>> 16}.${(high >>> 8) & 255}.${high & 255}.`;
    }
    return lastHighText + OCTET_TEXT[value & 255];
  }
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/** Parses "a.b.c.d/n" and insists the host bits are zero, saying what the aligned network would be. */
export function parseCidr(text: string): CidrResult {
  const trimmed = text.trim();
  const match = /^([^/]+)\/(\d{1,2})$/.exec(trimmed);
  if (!match)
    return { success: false, error: `${quoteExcerpt(text)} is not an IPv4 CIDR such as 100.64.0.0/12` };
  const address = parseIpv4(at(match, 1, 'match'));
  if (address === null)
    return { success: false, error: `${quoteExcerpt(at(match, 1, 'match'))} is not an IPv4 address` };
  const prefix = Number(match[2]);
  if (prefix > 32) return { success: false, error: `prefix /${prefix} is longer than /32` };
  const size = 2 ** (32 - prefix);
  const network = address - (address % size);
  if (network !== address) {
    return {
      success: false,
      error: `${trimmed} has host bits set: the network of /${prefix} is ${formatIpv4(network)}/${prefix}`,
    };
  }
  return { success: true, data: { network, prefix } };
}

/** A CIDR the design has already validated; throws (a planner bug) when it does not parse. */
export function validCidr(text: string): Cidr {
  const result = parseCidr(text);
  if (!result.success) throw new Error(result.error);
  return result.data;
}

export function cidrSize(cidr: Cidr): number {
  return 2 ** (32 - cidr.prefix);
}

export function formatCidr(cidr: Cidr): string {
  return [formatIpv4(cidr.network), cidr.prefix].join('/');
}

/** The canonical spelling of a valid CIDR (" 10.0.0.0/08 " -> "10.0.0.0/8"); the text itself if invalid. */
export function canonicalCidr(text: string): string {
  const parsed = parseCidr(text);
  return parsed.success ? formatCidr(parsed.data) : text;
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  const aEnd = a.network + cidrSize(a);
  const bEnd = b.network + cidrSize(b);
  return a.network < bEnd && b.network < aEnd;
}

/** The `index`-th sub-prefix of length `prefix` inside `parent` (e.g. the 3rd /30 of a /16). */
export function subCidr(parent: Cidr, prefix: number, index: number): Cidr {
  if (prefix < parent.prefix) throw new Error(`/${prefix} does not fit in /${parent.prefix}`);
  const count = 2 ** (prefix - parent.prefix);
  if (index < 0 || index >= count) throw new Error(`sub-prefix ${index} out of range 0..${count - 1}`);
  return { network: parent.network + index * 2 ** (32 - prefix), prefix };
}

/** Smallest prefix length whose block holds `addresses` (a power of two at least that large). */
export function prefixForAddresses(addresses: number): number {
  if (addresses < 1) throw new Error('addresses must be at least 1');
  return 32 - Math.ceil(Math.log2(addresses));
}
