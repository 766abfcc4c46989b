/**
 * Indexes over the plan's cables for the rack view: the links of one device (both ends of every
 * leg) and the cables ending in each rack, by media. Counting only: the cables come from the plan.
 */
import { CABLE_MEDIA_IDS, type CableMediaId } from '@/lib/catalog/cables';
import { cableLabel } from '@/lib/plan/cable-labels';
import { cableTableOf } from '@/lib/plan/plan-transfer';
import type { ClusterPlan, Endpoint, NetworkId } from '@/lib/plan/types';

export interface DeviceLink {
  cableId: string;
  /** The cable's printed label (lib/plan/cable-labels.ts). */
  label: string;
  network: NetworkId;
  media: CableMediaId;
  partNumber: string;
  lengthM: number;
  speedGbps: number;
  localPort: string;
  remote: Endpoint;
  /** True when the cable is a splitter (two legs on one switch port). */
  splitter: boolean;
}

export type MediaCounts = Record<CableMediaId, number>;

const emptyCounts = (): MediaCounts => Object.fromEntries(CABLE_MEDIA_IDS.map((m) => [m, 0])) as MediaCounts;

/**
 * One device's links, in cable order: a scan of the plan's packed cables comparing interned ids, so
 * no cable object is built (the plan on the page has 20k cables at 4,096 nodes and shows one device).
 */
export function linksOfDevice(plan: ClusterPlan, device: string): DeviceLink[] {
  const table = cableTableOf(plan);
  const id = table.stringId(device);
  const links: DeviceLink[] = [];
  if (id < 0) return links;
  for (let i = 0; i < table.length; i++) {
    const [first, end] = table.legs(i);
    for (let leg = first; leg < end; leg++) {
      for (const here of [0, 1] as const) {
        if (table.deviceId(leg, here) !== id) continue;
        const cable = table.cable(i);
        links.push({
          cableId: cable.id,
          label: cableLabel(cable),
          network: cable.network,
          media: cable.media,
          partNumber: cable.partNumber,
          lengthM: cable.lengthM,
          splitter: end - first > 1,
          speedGbps: table.speedGbps(leg),
          localPort: table.endpoint(leg, here).port,
          remote: table.endpoint(leg, here === 0 ? 1 : 0),
        });
      }
    }
  }
  return links;
}

/** The cables ending in one rack: each counted once, whether one or both of its ends are here. */
export interface RackCables {
  byMedia: MediaCounts;
  total: number;
  /** Of `total`, the cables whose other end is in another rack (they count in that rack too). */
  toOtherRacks: number;
}

/**
 * The cables ending in each rack, by media. A cable between two racks ends in both, so it counts in
 * both: the racks' totals add up to more than the plan's cable count, and the view says so.
 */
export function cablesByRack(plan: ClusterPlan): Map<string, RackCables> {
  const result = new Map<string, RackCables>(
    plan.racks.map((r) => [r.name, { byMedia: emptyCounts(), total: 0, toOtherRacks: 0 }]),
  );
  const table = cableTableOf(plan);
  const racks = new Set<string>();
  for (let i = 0; i < table.length; i++) {
    racks.clear();
    const [first, end] = table.legs(i);
    for (let leg = first; leg < end; leg++) {
      racks.add(table.rack(leg, 0));
      racks.add(table.rack(leg, 1));
    }
    const media = table.media(i);
    for (const rack of racks) {
      const counts = result.get(rack);
      if (!counts) continue;
      counts.byMedia[media] += 1;
      counts.total += 1;
      if (racks.size > 1) counts.toOtherRacks += 1;
    }
  }
  return result;
}
