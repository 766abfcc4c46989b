import { formatInt } from '@/components/ui/format';
import { plural } from '@/components/ui/plural';
import type { FabricPlan } from '@/lib/plan/types';

const TIER_WORDS: Record<FabricPlan['tiers'], string> = {
  1: '1 (single leaf)',
  2: '2 (leaf-spine)',
  3: '3 (pods under super-spines, beyond the RA)',
};

/**
 * The east-west facts the Network view lists. A leaf's capacity is said as a capacity, beside the
 * servers the leaves actually carry, so 16 workers do not read as 32 per leaf.
 */
export function eastWestFacts(fabric: FabricPlan): { label: string; value: string }[] {
  const used = fabric.leaves.map((l) => l.servers);
  const most = Math.max(0, ...used);
  const fewest = Math.min(most, ...used);
  const carried = most === fewest ? formatInt(most) : `${formatInt(fewest)} to ${formatInt(most)}`;
  const switches =
    fabric.tiers === 3
      ? `${formatInt(fabric.leafSwitches)} / ${formatInt(fabric.spineSwitches)} / ${formatInt(fabric.superSpineSwitches)}`
      : `${formatInt(fabric.leafSwitches)} / ${formatInt(fabric.spineSwitches)}`;
  const facts = [
    { label: 'Tiers', value: TIER_WORDS[fabric.tiers] },
    { label: fabric.tiers === 3 ? 'Leaves / spines / super-spines' : 'Leaves / spines', value: switches },
    { label: 'Server ports', value: `${formatInt(fabric.serverPorts)} × ${fabric.serverPortGbps}G` },
    {
      label: 'Servers per leaf',
      value: `${carried} of up to ${plural(fabric.serversPerLeaf, 'server')}`,
    },
    { label: 'Spine links', value: `${formatInt(fabric.spineLinks)} × ${fabric.spineLinkGbps}G` },
  ];
  if (fabric.tiers === 3) {
    facts.push({ label: 'Pods', value: formatInt(fabric.pods) });
    facts.push({
      label: 'Super-spine links',
      value: `${formatInt(fabric.superSpineLinks)} × ${fabric.spineLinkGbps}G`,
    });
  }
  facts.push({ label: 'Non-blocking', value: fabric.nonBlocking ? 'yes' : 'no' });
  return facts;
}
