import {
  LAYOUTS,
  maxWorkerNodesFor,
  serversPerLeaf,
  THREE_TIER_LEAVES_PER_POD,
  THREE_TIER_MAX_WORKER_NODES,
  TWO_TIER_MAX_LEAVES,
} from '../catalog/layouts';
import { SUPERNIC } from '../catalog/nics';
import { SN5610 } from '../catalog/switches';
import type { PlannedDesign } from '../design/schema';
import { at } from '../util/must';
import type { FabricPlan, LeafPlan, SpinePlan } from './types';

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

/** A leaf before its uplinks are spread: which servers it takes and how many 800G uplinks it needs. */
interface LeafBase {
  index: number;
  firstServer: number;
  servers: number;
  serverPorts: number;
  uplinks: number;
}

/** Leaves filled in order, each with uplinks >= its server-facing bandwidth when there are spines. */
function leafBases(input: PlannedDesign, withUplinks: boolean): LeafBase[] {
  const nicsPerServer = LAYOUTS[input.layout].eastWestNicsPerServer;
  const perLeaf = serversPerLeaf(input.layout);
  const portsPer800G = SPINE_LINK_GBPS / SERVER_PORT_GBPS;
  return Array.from({ length: Math.ceil(input.workerNodes / perLeaf) }, (_, index) => {
    const firstServer = index * perLeaf;
    const servers = Math.min(perLeaf, input.workerNodes - firstServer);
    const serverPorts = servers * nicsPerServer;
    // Non-blocking: uplink Gbps >= downlink Gbps, in whole 800G links.
    const uplinks = withUplinks ? Math.ceil(serverPorts / portsPer800G) : 0;
    return { index, firstServer, servers, serverPorts, uplinks };
  });
}

function leafPlan(l: LeafBase, pod: number, firstSpine: number, uplinksPerSpine: number[]): LeafPlan {
  return {
    ...l,
    pod,
    firstSpine,
    downlinkGbps: l.serverPorts * SERVER_PORT_GBPS,
    uplinkGbps: l.uplinks * SPINE_LINK_GBPS,
    uplinksPerSpine,
  };
}

/** 1 or 2 tiers (the RA): one leaf, or leaves under 1 spine per 2 leaves, every spine port facing down. */
function twoTier(bases: readonly LeafBase[]): { leaves: LeafPlan[]; spines: number } {
  if (bases.length === 1) return { leaves: bases.map((l) => leafPlan(l, 0, 0, [])), spines: 0 };
  // "for every 2 leaf switches, we need 1 spine switch".
  const spines = Math.ceil(bases.length / 2);
  const spread = spreadUplinks(
    bases.map((l) => l.uplinks),
    spines,
  );
  return { leaves: bases.map((l, i) => leafPlan(l, 0, 0, at(spread, i, 'spread'))), spines };
}

/**
 * 3 tiers (beyond the RA, see THREE_TIER_LEAVES_PER_POD): pods of up to 32 leaves with one spine per
 * leaf (each spine has 32 ports down, 32 up), every spine's uplinks spread over the super-spines
 * (64 ports down each), so every tier carries what the tier below sends up.
 */
function threeTier(bases: readonly LeafBase[]): {
  leaves: LeafPlan[];
  spines: SpinePlan[];
  superSpines: number;
} {
  const pods = Math.ceil(bases.length / THREE_TIER_LEAVES_PER_POD);
  const leaves: LeafPlan[] = [];
  const spines: SpinePlan[] = [];
  for (let pod = 0; pod < pods; pod++) {
    const members = bases.slice(pod * THREE_TIER_LEAVES_PER_POD, (pod + 1) * THREE_TIER_LEAVES_PER_POD);
    const firstSpine = spines.length;
    const spread = spreadUplinks(
      members.map((l) => l.uplinks),
      members.length,
    );
    members.forEach((l, i) => {
      leaves.push(leafPlan(l, pod, firstSpine, at(spread, i, 'spread')));
    });
    for (let s = 0; s < members.length; s++) {
      const downlinks = spread.reduce((sum, perSpine) => sum + at(perSpine, s, 'perSpine'), 0);
      spines.push({ index: firstSpine + s, pod, downlinks, uplinks: downlinks, uplinksPerSuperSpine: [] });
    }
  }
  const superSpines = Math.ceil(spines.reduce((sum, s) => sum + s.uplinks, 0) / SWITCH_PORTS_800G);
  const spread = spreadUplinks(
    spines.map((s) => s.uplinks),
    superSpines,
  );
  for (const [i, spine] of spines.entries()) {
    spine.uplinksPerSuperSpine = sparse(at(spread, i, 'spread'));
  }
  return { leaves, spines, superSpines };
}

/** [count per super-spine] -> only the super-spines a spine reaches, as [index, links] pairs. */
function sparse(perTarget: readonly number[]): [number, number][] {
  const pairs: [number, number][] = [];
  perTarget.forEach((links, target) => {
    if (links > 0) pairs.push([target, links]);
  });
  return pairs;
}

/**
 * The east-west GPU fabric (RA Network configuration): a fat tree where all SuperNICs of a server sit
 * on one leaf, at most 64 x 400G server ports per leaf (50% of 128), leaves filled in order (the RA's
 * 32-server building block with 2 SuperNICs); with more than one leaf, 1 spine per 2 leaves and each
 * leaf's uplinks (800G) carry at least its server-facing bandwidth. Past 64 leaves, 3 tiers.
 */
export function planFabric(input: PlannedDesign): FabricPlan {
  const layout = LAYOUTS[input.layout];
  const probe = leafBases(input, false);
  const tiers: 1 | 2 | 3 = probe.length === 1 ? 1 : probe.length <= TWO_TIER_MAX_LEAVES ? 2 : 3;
  const bases = tiers === 1 ? probe : leafBases(input, true);
  const built =
    tiers === 3 ? threeTier(bases) : { ...twoTier(bases), superSpines: 0, spines: [] as SpinePlan[] };
  const spineCount = tiers === 3 ? built.spines.length : tiers === 2 ? Math.ceil(bases.length / 2) : 0;
  const leaves = built.leaves;
  const superSpineLinks = built.spines.reduce((sum, s) => sum + s.uplinks, 0);
  return {
    tiers,
    serverPorts: input.workerNodes * layout.eastWestNicsPerServer,
    serverPortGbps: SERVER_PORT_GBPS,
    serversPerLeaf: serversPerLeaf(input.layout),
    leafSwitches: leaves.length,
    spineSwitches: spineCount,
    spineLinks: leaves.reduce((sum, l) => sum + l.uplinks, 0),
    spineLinkGbps: SPINE_LINK_GBPS,
    pods: tiers === 3 ? Math.ceil(leaves.length / THREE_TIER_LEAVES_PER_POD) : tiers === 2 ? 1 : 0,
    superSpineSwitches: built.superSpines,
    superSpineLinks,
    leaves,
    spines: built.spines,
    nonBlocking:
      tiers === 1 ||
      (leaves.every((l) => l.uplinkGbps >= l.downlinkGbps) &&
        built.spines.every((s) => s.uplinks >= s.downlinks)),
    maxWorkerNodes: maxWorkerNodesFor(input.layout),
    maxWorkerNodesThreeTier: THREE_TIER_MAX_WORKER_NODES,
    beyondRa: tiers === 3,
    switchModel: SN5610.partNumber,
  };
}
