import { LAYOUTS, maxWorkerNodesFor, serversPerLeaf } from '../catalog/layouts';
import { SUPERNIC } from '../catalog/nics';
import { SN5610 } from '../catalog/switches';
import type { DesignInput } from '../design/schema';
import { at } from '../util/must';
import type { FabricPlan, LeafPlan } from './types';

/** 800G ports one SN5610 has (RA Network configuration: "64 ports of 800GbE"). */
export const SWITCH_PORTS_800G = SN5610.ports;
export const SPINE_LINK_GBPS = SN5610.portGbps;
export const SERVER_PORT_GBPS = SUPERNIC.portGbps;

/**
 * Spreads each leaf's uplinks over the spines: an equal share each, and the remainders dealt
 * round-robin across all leaves so every spine's total stays within ceil(links / spines).
 */
function spreadUplinks(uplinks: readonly number[], spines: number): number[][] {
  let cursor = 0;
  return uplinks.map((u) => {
    const perSpine = new Array<number>(spines).fill(Math.floor(u / spines));
    for (let k = 0; k < u % spines; k++) {
      perSpine[cursor] = at(perSpine, cursor, 'perSpine') + 1;
      cursor = (cursor + 1) % spines;
    }
    return perSpine;
  });
}

/**
 * The east-west GPU fabric (RA Network configuration): a fat tree where all SuperNICs of a server sit
 * on one leaf, at most 64 x 400G server ports per leaf (50% of 128), leaves filled in order (the RA's
 * 32-server building block with 2 SuperNICs); with more than one leaf, 1 spine per 2 leaves and each
 * leaf's uplinks (800G) carry at least its server-facing bandwidth.
 */
export function planFabric(input: DesignInput): FabricPlan {
  const layout = LAYOUTS[input.layout];
  const workers = input.workerNodes;
  const nicsPerServer = layout.eastWestNicsPerServer;
  const perLeaf = serversPerLeaf(input.layout);
  const leafCount = Math.ceil(workers / perLeaf);
  const tiers: 1 | 2 = leafCount > 1 ? 2 : 1;
  // "for every 2 leaf switches, we need 1 spine switch"; a single leaf needs none.
  const spineCount = tiers === 2 ? Math.ceil(leafCount / 2) : 0;
  const portsPer800G = SPINE_LINK_GBPS / SERVER_PORT_GBPS;

  const base = Array.from({ length: leafCount }, (_, index) => {
    const firstServer = index * perLeaf;
    const servers = Math.min(perLeaf, workers - firstServer);
    const serverPorts = servers * nicsPerServer;
    // Non-blocking: uplink Gbps >= downlink Gbps, in whole 800G links.
    const uplinks = tiers === 2 ? Math.ceil(serverPorts / portsPer800G) : 0;
    return { index, firstServer, servers, serverPorts, uplinks };
  });
  const spread =
    tiers === 2
      ? spreadUplinks(
          base.map((l) => l.uplinks),
          spineCount,
        )
      : base.map(() => []);
  const leaves: LeafPlan[] = base.map((l, i) => ({
    ...l,
    downlinkGbps: l.serverPorts * SERVER_PORT_GBPS,
    uplinkGbps: l.uplinks * SPINE_LINK_GBPS,
    uplinksPerSpine: at(spread, i, 'spread'),
  }));

  return {
    tiers,
    serverPorts: workers * nicsPerServer,
    serverPortGbps: SERVER_PORT_GBPS,
    serversPerLeaf: perLeaf,
    leafSwitches: leafCount,
    spineSwitches: spineCount,
    spineLinks: leaves.reduce((sum, l) => sum + l.uplinks, 0),
    spineLinkGbps: SPINE_LINK_GBPS,
    leaves,
    nonBlocking: tiers === 1 || leaves.every((l) => l.uplinkGbps >= l.downlinkGbps),
    maxWorkerNodes: maxWorkerNodesFor(input.layout),
    switchModel: SN5610.partNumber,
  };
}
