/**
 * Indexes over the plan's cables for the rack view: the links of each device (both ends of every
 * leg) and the cables ending in each rack, by media. Counting only: the cables come from the plan.
 */
import { CABLE_MEDIA_IDS, type CableMediaId } from '@/lib/catalog/cables';
import { cableLabel } from '@/lib/plan/cable-labels';
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

/** Every device's links, in cable order. One pass over all legs. */
export function linksByDevice(plan: ClusterPlan): Map<string, DeviceLink[]> {
  const index = new Map<string, DeviceLink[]>();
  const add = (device: string, link: DeviceLink) => {
    const list = index.get(device);
    if (list) list.push(link);
    else index.set(device, [link]);
  };
  for (const cable of plan.cabling.cables) {
    const base = {
      cableId: cable.id,
      label: cableLabel(cable),
      network: cable.network,
      media: cable.media,
      partNumber: cable.partNumber,
      lengthM: cable.lengthM,
      splitter: cable.legs.length > 1,
    };
    for (const leg of cable.legs) {
      add(leg.a.device, { ...base, speedGbps: leg.speedGbps, localPort: leg.a.port, remote: leg.b });
      add(leg.b.device, { ...base, speedGbps: leg.speedGbps, localPort: leg.b.port, remote: leg.a });
    }
  }
  return index;
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
  for (const cable of plan.cabling.cables) {
    const racks = new Set<string>();
    for (const leg of cable.legs) {
      racks.add(leg.a.rack);
      racks.add(leg.b.rack);
    }
    for (const rack of racks) {
      const counts = result.get(rack);
      if (!counts) continue;
      counts.byMedia[cable.media] += 1;
      counts.total += 1;
      if (racks.size > 1) counts.toOtherRacks += 1;
    }
  }
  return result;
}
