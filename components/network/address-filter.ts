/**
 * Filtering the IP plan's address blocks for the Network view: a free-text filter (every word must
 * appear in the device, port, prefix, gateway or peer of a block) and a network and a switch picker.
 * Pure, and index-based so 40,000 blocks filter in a few milliseconds without copying them.
 */
import type { AddressBlock, AddressNetworkId } from '@/lib/plan/types';

export interface AddressFilter {
  /** Free text; words separated by spaces must all match (case-insensitive). */
  text: string;
  /** '' for every network. */
  network: AddressNetworkId | '';
  /** Switch the block is configured on; '' for every switch. */
  device: string;
}

export const NO_FILTER: AddressFilter = { text: '', network: '', device: '' };

/** The text each block is searched in, lower-cased, one entry per block. */
export function searchIndex(blocks: readonly AddressBlock[]): string[] {
  return blocks.map((b) =>
    [b.device, b.port, b.prefix, b.gateway, b.peerDevice, b.peerPort, b.peerAddresses]
      .join(' ')
      .toLowerCase(),
  );
}

/** Indexes (into `blocks`) of the blocks the filter keeps, in plan order. */
export function filterBlocks(
  blocks: readonly AddressBlock[],
  index: readonly string[],
  filter: AddressFilter,
): number[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  const kept: number[] = [];
  blocks.forEach((b, i) => {
    if (filter.network !== '' && b.network !== filter.network) return;
    if (filter.device !== '' && b.device !== filter.device) return;
    const text = index[i] ?? '';
    if (words.every((w) => text.includes(w))) kept.push(i);
  });
  return kept;
}

/** Networks present in the plan with their block counts, in plan order. */
export function networkCounts(
  blocks: readonly AddressBlock[],
): { network: AddressNetworkId; count: number }[] {
  const counts = new Map<AddressNetworkId, number>();
  for (const b of blocks) counts.set(b.network, (counts.get(b.network) ?? 0) + 1);
  return [...counts].map(([network, count]) => ({ network, count }));
}

/** Switches that hold at least one block, by name. */
export function switchNames(blocks: readonly AddressBlock[]): string[] {
  return [...new Set(blocks.map((b) => b.device).filter((d) => d !== ''))].sort();
}
