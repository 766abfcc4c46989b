/**
 * IPv4 parsing with Go's `net.ParseCIDR` / `net.ParseIP` acceptance (dotted quad, no leading zeros,
 * prefix 0..32), keeping the address and the network apart so "host bits set" can be told from
 * "not a CIDR". The bundle is IPv4-only (lib/design/cidr.ts), and so are these checkers.
 */
import { parseIpv4 } from '../../design/cidr';

export interface ParsedCidr {
  /** The address as written. */
  address: number;
  /** The address with the host bits cleared. */
  network: number;
  prefix: number;
}

export function parseIpv4Cidr(text: string): ParsedCidr | null {
  const match = /^([^/]+)\/(\d{1,2})$/.exec(text);
  if (!match) return null;
  const address = parseIpv4(match[1] ?? '');
  const prefix = Number(match[2]);
  if (address === null || prefix > 32) return null;
  const size = 2 ** (32 - prefix);
  return { address, network: address - (address % size), prefix };
}

export function blockSize(prefix: number): number {
  return 2 ** (32 - prefix);
}

export function contains(cidr: { network: number; prefix: number }, address: number): boolean {
  return address >= cidr.network && address < cidr.network + blockSize(cidr.prefix);
}
