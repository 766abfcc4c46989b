import {
  CABLE_MEDIA_IDS,
  CABLE_NETWORK_IDS,
  type CableNetworkId,
  type CablePart,
  fibrePriceUSD,
  NVIDIA_MM_REACH_M,
  runOptics,
} from '../catalog/cables';
import { CONTROL_PLANE_NIC, CONTROL_PLANE_NIC_PORTS } from '../catalog/nics';
import { SN2201, SN5610 } from '../catalog/switches';
import type { PlannedDesign } from '../design/schema';
import { at } from '../util/must';
import {
  type CableGeometry,
  cableLengthM,
  type PortPosition,
  SIDE_ROUTE_MAX_RACKS,
  STOCKED_LENGTHS_TEXT,
  U_HEIGHT_MM,
} from './cable-length';
import { type CableTable, CableTableWriter, type TableDevice } from './cable-table';
import { defineLazyField } from './lazy-field';
import { chooseCablePart, mediaFallbackWarning } from './media';
import type { RackLayout } from './racks';
import type { CablingPlan, LogicalPlan, MediaTotals, PlacedDevice, PlanWarning } from './types';
import { warn } from './warnings';

/**
 * Every link and cable, port by port (RA Network configuration):
 * - east-west: each 800G leaf port is split to two 400G SuperNIC ports (RA cable table). The NIC ports
 *   of a leaf's servers are taken in order (server 1 nic1, nic2, server 2 nic1, ...) and paired, so a
 *   2-SuperNIC server gets one splitter to itself and two 1-SuperNIC servers share one (the rack plan
 *   keeps such pairs in one rack; an odd last server leaves its second leg unused). Server-facing
 *   ports are swp1..swp32, uplinks swp33..swp64 (the RA's 50/50 split).
 * - leaf-spine: one 800G straight cable per uplink, `uplinksPerSpine` from the fabric plan; each
 *   spine's ports are used in leaf order.
 * - north-south: one 800G splitter per server to its DPU's two 200G ports, serversPerSwitch servers
 *   per switch in worker order. The north-south switches' uplinks to the external network are out of
 *   scope.
 * - control plane (physical): each node's assumed 2x 200GbE NIC on one splitter port of the first
 *   north-south switch, from swp64 down (wireControlPlane).
 * - OOB: every BMC, BlueField OOB and SN5610 management port to an SN2201 in its own rack, ports used
 *   bottom to top. The SN2201s' own uplinks and management ports are out of scope.
 */

const PREFIX: Record<CableNetworkId, string> = {
  'east-west': 'ew',
  'leaf-spine': 'ls',
  'spine-superspine': 'ss',
  'north-south': 'ns',
  oob: 'oob',
};

/** Second half of the SN5610's 64 ports faces the spines (RA: 50% to GPUs, 50% up to the spine). */
const FIRST_UPLINK_PORT = SN5610.ports / 2 + 1;
const SWITCH_SERVER_PORTS = SN5610.ports / 2;

export interface CablingResult {
  /** `cables` is built from `table` on first read. */
  cabling: CablingPlan;
  /** The cables in columns, as the cabling step writes them (read this, not `cabling.cables`). */
  table: CableTable;
  warnings: PlanWarning[];
}

const roundMilli = (value: number): number => Math.round(value * 1000) / 1000;

const emptyTotals = (): MediaTotals => ({ count: 0, costUSD: 0, powerW: 0 });

/** Counts one cable into a total. */
function addTo(t: MediaTotals, costUSD: number, powerW: number): void {
  t.count++;
  t.costUSD += costUSD;
  t.powerW += powerW;
}

/** Port names built once, not once per cable: `names[i]` is `make(i)`. */
const portNames = (count: number, make: (i: number) => string): readonly string[] =>
  Array.from({ length: count }, (_, i) => make(i));

/** "swp1" .. "swp64" (index = port number; 0 unused). */
const SWITCH_PORTS = portNames(SN5610.ports + 1, (p) => `swp${p}`);
/** Port numbers of a splitter port's legs: swp5s0, swp5s1 (index = port number, then leg). */
const SPLIT_PORTS = portNames(2 * (SN5610.ports + 1), (i) => `swp${i >> 1}s${i & 1}`);

/** Builds the cable geometry from the design's physical options (hardware-facts section 8). */
export function cableGeometry(input: PlannedDesign): CableGeometry {
  return {
    rackHeightU: input.physical.rackHeightU,
    rackWidthMm: input.physical.rackWidthMm,
    uHeightMm: U_HEIGHT_MM,
    slackPerEndM: input.physical.slackPerEndM,
    trayHeightM: input.physical.trayHeightM,
    sideRouteMaxRacks: SIDE_ROUTE_MAX_RACKS,
    rowPitchM: (input.physical.rackDepthMm + input.physical.aisleWidthMm) / 1000,
    rowLengthM: (input.physical.racksPerRow * input.physical.rackWidthMm) / 1000,
  };
}

/** A placed device as a cable end: its table entry, floor position and OOB ports, looked up once per device. */
interface CableEnd extends TableDevice {
  at: PortPosition;
  oobPorts: PortIds;
  oobPortCount: number;
}

/** Interned ids of a list of port names, interned on first use (the table holds only names cables use). */
type PortIds = (index: number) => number;

/**
 * Collects the plan's cables in order, straight into the cable table: each is measured (from
 * placement), given its media (cheapest that reaches, or the policy), priced and added to the totals
 * as it comes; ids are numbered per network at the end, when each network's count (and so the ids'
 * width) is known.
 */
interface CableSink {
  /**
   * One cable from `a`'s device; `b0` and `b1` are its first leg's B end and a splitter's second
   * leg's (omitted for a straight cable). Its legs follow with `leg`.
   */
  add(network: CableNetworkId, a: CableEnd, b0: CableEnd, b1?: CableEnd): void;
  /** A leg of the cable added last. */
  leg(a: CableEnd, aPort: number, b: CableEnd, bPort: number, speedGbps: number): void;
  end(device: PlacedDevice): CableEnd;
  /** The ends of the layout's devices per group, in its order (looked up once each, indexed per cable). */
  ends: Record<'workers' | 'leaves' | 'spines' | 'superSpines' | 'northSouth', readonly CableEnd[]>;
  ports(names: readonly string[]): PortIds;
}

/** Wires every network into the sink, in the plan's order. */
function wireAll(logical: LogicalPlan, layout: RackLayout, sink: CableSink): void {
  wireEastWest(logical, layout, sink);
  wireLeafSpine(logical, layout, sink);
  wireSpineSuperSpine(logical, layout, sink);
  wireNorthSouth(logical, layout, sink);
  wireControlPlane(logical, layout, sink);
  wireOob(layout, sink);
}

/** East-west: NIC ports in order (server 1 nic1, nic2, server 2 nic1, ...), two per 800G splitter port. */
function wireEastWest(logical: LogicalPlan, layout: RackLayout, sink: CableSink): void {
  const nics = logical.compute.eastWestNicsPerServer;
  const nicPort = sink.ports(portNames(nics, (n) => `nic${n + 1}`));
  const splitPort = sink.ports(SPLIT_PORTS);
  const speedGbps = logical.fabric.serverPortGbps;
  for (const leaf of logical.fabric.leaves) {
    const swEnd = at(sink.ends.leaves, leaf.index, 'leaf ends');
    const nicPorts = leaf.servers * nics;
    const ports = Math.ceil(nicPorts / 2);
    if (ports > SWITCH_SERVER_PORTS) {
      const sw = at(layout.leaves, leaf.index, 'layout.leaves');
      throw new Error(`${sw.name}: ${ports} server ports exceed ${SWITCH_SERVER_PORTS}`);
    }
    // NIC port k of the leaf is server floor(k / nics)'s port k % nics.
    const serverOf = (k: number) =>
      at(sink.ends.workers, leaf.firstServer + Math.floor(k / nics), 'worker ends');
    // Splitter port p + 1's leg k - 2p to NIC port k.
    const leg = (p: number, k: number, server: CableEnd) =>
      sink.leg(swEnd, splitPort(2 * (p + 1) + k - 2 * p), server, nicPort(k % nics), speedGbps);
    for (let p = 0; p < ports; p++) {
      const first = serverOf(2 * p);
      if (2 * p + 1 >= nicPorts) {
        // An odd last server leaves its splitter's second leg unused.
        sink.add('east-west', swEnd, first);
        leg(p, 2 * p, first);
        continue;
      }
      const second = serverOf(2 * p + 1);
      sink.add('east-west', swEnd, first, second);
      leg(p, 2 * p, first);
      leg(p, 2 * p + 1, second);
    }
  }
}

/** Leaf to spine: straight 800G links, spine ports used in leaf order. */
function wireLeafSpine(logical: LogicalPlan, layout: RackLayout, sink: CableSink): void {
  const nextSpinePort = layout.spines.map(() => 1);
  const speedGbps = logical.fabric.spineLinkGbps;
  const switchPort = sink.ports(SWITCH_PORTS);
  for (const leaf of logical.fabric.leaves) {
    const swEnd = at(sink.ends.leaves, leaf.index, 'leaf ends');
    let leafPort = FIRST_UPLINK_PORT;
    leaf.uplinksPerSpine.forEach((count, offset) => {
      const s = leaf.firstSpine + offset;
      const spineEnd = at(sink.ends.spines, s, 'spine ends');
      for (let k = 0; k < count; k++) {
        const spinePort = at(nextSpinePort, s, 'nextSpinePort');
        nextSpinePort[s] = spinePort + 1;
        if (leafPort > SN5610.ports || spinePort > SN5610.ports) {
          const sw = at(layout.leaves, leaf.index, 'layout.leaves');
          const spine = at(layout.spines, s, 'layout.spines');
          throw new Error(
            `leaf-spine ports exhausted: ${sw.name} swp${leafPort}, ${spine.name} swp${spinePort}`,
          );
        }
        sink.add('leaf-spine', swEnd, spineEnd);
        sink.leg(swEnd, switchPort(leafPort++), spineEnd, switchPort(spinePort), speedGbps);
      }
    });
  }
}

/**
 * Spine to super-spine (3 tiers): straight 800G links from each spine's upper half (swp33..swp64, its
 * lower half faces the pod's leaves), super-spine ports used in spine order.
 */
function wireSpineSuperSpine(logical: LogicalPlan, layout: RackLayout, sink: CableSink): void {
  const nextSuperPort = layout.superSpines.map(() => 1);
  const speedGbps = logical.fabric.spineLinkGbps;
  const switchPort = sink.ports(SWITCH_PORTS);
  for (const spinePlan of logical.fabric.spines) {
    const spineEnd = at(sink.ends.spines, spinePlan.index, 'spine ends');
    let spinePort = FIRST_UPLINK_PORT;
    for (const [target, links] of spinePlan.uplinksPerSuperSpine) {
      const superEnd = at(sink.ends.superSpines, target, 'super-spine ends');
      for (let k = 0; k < links; k++) {
        const superPort = at(nextSuperPort, target, 'nextSuperPort');
        nextSuperPort[target] = superPort + 1;
        if (spinePort > SN5610.ports || superPort > SN5610.ports) {
          const spine = at(layout.spines, spinePlan.index, 'layout.spines');
          const superSpine = at(layout.superSpines, target, 'layout.superSpines');
          throw new Error(
            `spine uplinks exhausted: ${spine.name} swp${spinePort}, ${superSpine.name} swp${superPort}`,
          );
        }
        sink.add('spine-superspine', spineEnd, superEnd);
        sink.leg(spineEnd, switchPort(spinePort++), superEnd, switchPort(superPort), speedGbps);
      }
    }
  }
}

/** North-south: one splitter port per two DPU ports, servers in worker order. */
function wireNorthSouth(logical: LogicalPlan, layout: RackLayout, sink: CableSink): void {
  const ns = logical.northSouth;
  const portsPerServer = Math.ceil(ns.dpuPortsPerServer / 2);
  const dpuPort = sink.ports(portNames(ns.dpuPortsPerServer, (i) => `dpu-p${i}`));
  const splitPort = sink.ports(SPLIT_PORTS);
  const switchEnds = sink.ends.northSouth;
  sink.ends.workers.forEach((serverEnd, w) => {
    const swEnd = at(switchEnds, Math.floor(w / ns.serversPerSwitch), 'north-south switch ends');
    const slot = w % ns.serversPerSwitch;
    for (let c = 0; c < portsPerServer; c++) {
      const port = slot * portsPerServer + c + 1;
      if (port > SN5610.ports) {
        const sw = at(layout.northSouth, Math.floor(w / ns.serversPerSwitch), 'layout.northSouth');
        throw new Error(`${sw.name}: port ${port} exceeds ${SN5610.ports}`);
      }
      const leg = (k: number) =>
        sink.leg(swEnd, splitPort(2 * port + k), serverEnd, dpuPort(2 * c + k), ns.dpuPortGbps);
      // Two DPU ports per splitter; an odd last port leaves the second leg unused.
      if (2 * c + 1 < ns.dpuPortsPerServer) {
        sink.add('north-south', swEnd, serverEnd, serverEnd);
        leg(0);
        leg(1);
      } else {
        sink.add('north-south', swEnd, serverEnd);
        leg(0);
      }
    }
  });
}

/**
 * Physical control-plane nodes and the spare: each node's assumed NIC (catalog CONTROL_PLANE_NIC, 2x
 * 200GbE; the RA names none) on one 800G splitter port of the first north-south switch, cabled as a
 * worker's DPU is, so PXE/management and north-south ride it as they ride the DPU links. The ports
 * are taken from the top (swp64, swp63, ...), above every port workers can use (serversPerSwitch x
 * splitter ports each), so adding workers never moves them; they come out of the upper ports the
 * plan otherwise leaves to the site uplinks.
 */
function wireControlPlane(logical: LogicalPlan, layout: RackLayout, sink: CableSink): void {
  if (layout.controlPlane.length === 0) return;
  const ns = logical.northSouth;
  const sw = at(layout.northSouth, 0, 'layout.northSouth');
  const swEnd = sink.end(sw);
  const splitPort = sink.ports(SPLIT_PORTS);
  const nicPort = sink.ports(CONTROL_PLANE_NIC_PORTS);
  const workerPorts = ns.serversPerSwitch * Math.ceil(ns.dpuPortsPerServer / 2);
  layout.controlPlane.forEach((node, k) => {
    const port = SN5610.ports - k;
    if (port <= workerPorts) throw new Error(`${sw.name}: no free port for ${node.name}`);
    const nodeEnd = sink.end(node);
    const legs = CONTROL_PLANE_NIC_PORTS.length;
    sink.add('north-south', swEnd, nodeEnd, legs > 1 ? nodeEnd : undefined);
    for (let leg = 0; leg < legs; leg++)
      sink.leg(swEnd, splitPort(2 * port + leg), nodeEnd, nicPort(leg), CONTROL_PLANE_NIC.portGbps);
  });
}

/**
 * OOB: per domain, each rack's 1GbE ports (bottom to top) onto its own SN2201s first (the first of
 * them with a free port); ports beyond them take free ports on the domain's nearest switch in another
 * rack.
 */
function wireOob(layout: RackLayout, sink: CableSink): void {
  const switchPort = sink.ports(SWITCH_PORTS);
  for (const domain of layout.oobDomains) {
    const used = domain.switches.map(() => 0);
    const hasRoom = (i: number) => at(used, i, 'OOB ports used') < SN2201.ports;
    const racks = domain.rackIndexes.map((i) => at(layout.racks, i, 'layout.racks'));
    const orderOf = new Map(racks.map((r, order) => [r.name, order]));
    // Each switch's rack as its order in the domain, and each rack's own switches in domain order.
    const switchOrder = domain.switches.map((sw) => orderOf.get(sw.rack) ?? 0);
    const switchEnds = domain.switches.map((sw) => sink.end(sw));
    const localSwitches = racks.map((): number[] => []);
    switchOrder.forEach((order, i) => {
      localSwitches[order]?.push(i);
    });
    racks.forEach((rack, here) => {
      const local = at(localSwitches, here, 'local OOB switches');
      // A switch never regains a free port, so the first local one with room only moves forward.
      let next = 0;
      for (const device of rack.devices) {
        const deviceEnd = sink.end(device);
        const devicePort = deviceEnd.oobPorts;
        for (let port = 0; port < deviceEnd.oobPortCount; port++) {
          while (next < local.length && !hasRoom(at(local, next, 'local OOB switches'))) next++;
          const s =
            next < local.length ? at(local, next, 'local') : nearestWithRoom(switchOrder, hasRoom, here);
          if (s < 0) throw new Error(`planner bug: ${rack.name}: not enough OOB switch ports`);
          const swEnd = at(switchEnds, s, 'OOB switch ends');
          const n = at(used, s, 'OOB ports used') + 1;
          used[s] = n;
          sink.add('oob', swEnd, deviceEnd);
          sink.leg(swEnd, switchPort(n), deviceEnd, devicePort(port), 1);
        }
      }
    });
  }
}

/** Index of the switch with room whose rack (by order in the domain) is nearest `here` (first on ties); -1 when none has room. */
function nearestWithRoom(
  switchOrder: readonly number[],
  hasRoom: (i: number) => boolean,
  here: number,
): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let i = 0; i < switchOrder.length; i++) {
    if (!hasRoom(i)) continue;
    const distance = Math.abs(at(switchOrder, i, 'switchOrder') - here);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}

/** What the sink gives back: the cable table with its ids, and the counts it kept on the way. */
interface Collected {
  table: CableTable;
  byMedia: CablingPlan['byMedia'];
  byNetwork: CablingPlan['byNetwork'];
  links: number;
  totalCostUSD: number;
  totalPowerW: number;
  fallbacks: Map<CableNetworkId, number>;
  mmOverNvidiaReach: number;
}

/** A cable part's interned strings, with its price (the same for every cable of it). */
interface PartRow {
  media: number;
  partId: number;
  partNumber: number;
  costUSD: number;
}

/**
 * About how many cables and legs the wiring makes (what the logical plan counts), so the table's
 * columns are allocated once; it grows past the hint if it must.
 */
function expectedSize(logical: LogicalPlan): { cables: number; legs: number } {
  const workers = logical.compute.workerNodes;
  const eastWest = workers * logical.compute.eastWestNicsPerServer;
  const dpuPorts = logical.northSouth.dpuPortsPerServer;
  let uplinks = 0;
  for (const leaf of logical.fabric.leaves) uplinks += leaf.uplinks;
  for (const spine of logical.fabric.spines) uplinks += spine.uplinks;
  // Control-plane nodes: one splitter each, two legs.
  const controlPlane = logical.controlPlane.nodes + logical.controlPlane.spareNodes;
  const straight = uplinks + logical.oob.totalPorts;
  return {
    cables: Math.ceil(eastWest / 2) + workers * Math.ceil(dpuPorts / 2) + controlPlane + straight,
    legs: eastWest + workers * dpuPorts + 2 * controlPlane + straight,
  };
}

/** What a cable of one network and stocked length is: its part and where it is counted. */
interface Choice {
  lengthM: number;
  part: CablePart;
  fallback: boolean;
  overNvidiaReach: boolean;
  row: PartRow;
  network: number;
  byMedia: MediaTotals;
  byNetwork: MediaTotals;
}

/** The sink planCabling wires into, and how to close it (number the ids, round the totals). */
function cableSink(input: PlannedDesign, logical: LogicalPlan, layout: RackLayout, geometry: CableGeometry) {
  const policy = input.physical.mediaPolicy;
  const expected = expectedSize(logical);
  const writer = new CableTableWriter(expected.cables, expected.legs);
  const out: Omit<Collected, 'table'> = {
    byMedia: Object.fromEntries(CABLE_MEDIA_IDS.map((m) => [m, emptyTotals()])) as CablingPlan['byMedia'],
    byNetwork: Object.fromEntries(
      CABLE_NETWORK_IDS.map((n) => [n, emptyTotals()]),
    ) as CablingPlan['byNetwork'],
    links: 0,
    totalCostUSD: 0,
    totalPowerW: 0,
    fallbacks: new Map<CableNetworkId, number>(CABLE_NETWORK_IDS.map((n) => [n, 0])),
    mmOverNvidiaReach: 0,
  };
  const parts = new Map<CablePart, PartRow>();
  const rowOf = (part: CablePart): PartRow => {
    let row = parts.get(part);
    if (!row) {
      row = {
        media: writer.intern(part.media),
        partId: writer.intern(part.id),
        partNumber: writer.intern(part.partNumber),
        costUSD: cablePriceUSD(part, input),
      };
      parts.set(part, row);
    }
    return row;
  };
  const networkIds = new Map<CableNetworkId, number>();
  const networkId = (network: CableNetworkId): number => {
    let id = networkIds.get(network);
    if (id === undefined) {
      id = writer.intern(network);
      networkIds.set(network, id);
    }
    return id;
  };
  const known = new Map<PlacedDevice, CableEnd>();
  const end = (device: PlacedDevice): CableEnd => {
    let e = known.get(device);
    if (!e) {
      const at = layout.placementOf(device);
      // Device names are unique (rack, U and label): no need to look them up in the interner.
      e = {
        name: writer.unique(device.name),
        rack: writer.intern(device.rack),
        u: device.u,
        at,
        oobPorts: ports(at.oobPorts),
        oobPortCount: at.oobPorts.length,
      };
      known.set(device, e);
    }
    return e;
  };
  const portLists = new Map<readonly string[], PortIds>();
  const ports = (names: readonly string[]): PortIds => {
    let ids = portLists.get(names);
    if (!ids) {
      const cache = new Int32Array(names.length).fill(-1);
      ids = (i: number) => {
        let id = cache[i] ?? -1;
        if (id < 0) {
          id = writer.intern(at(names, i, 'port names'));
          cache[i] = id;
        }
        return id;
      };
      portLists.set(names, ids);
    }
    return ids;
  };
  // The part, its row and the totals it counts into depend only on the network and the stocked
  // length (a few dozen pairs): chosen once each, not once per cable.
  const choices = Object.fromEntries(
    CABLE_NETWORK_IDS.map((n): [CableNetworkId, Choice[]] => [n, []]),
  ) as Record<CableNetworkId, Choice[]>;
  const choose = (network: CableNetworkId, lengthM: number): Choice => {
    const { part, fallback } = chooseCablePart(network, lengthM, policy);
    return {
      lengthM,
      part,
      fallback,
      overNvidiaReach: part.media === 'fiber' && part.reachM <= 100 && lengthM > NVIDIA_MM_REACH_M,
      row: rowOf(part),
      network: networkId(network),
      byMedia: out.byMedia[part.media],
      byNetwork: out.byNetwork[network],
    };
  };
  const add = (network: CableNetworkId, a: CableEnd, b0: CableEnd, b1?: CableEnd): void => {
    const first = cableLengthM(a.at, b0.at, geometry);
    // A splitter is as long as its longer leg (both legs often end on one server: measure once).
    const lengthM =
      b1 === undefined || b1 === b0 ? first : Math.max(first, cableLengthM(a.at, b1.at, geometry));
    // Stocked lengths are whole half metres: twice the length indexes them (checked, not assumed).
    const byLength = choices[network];
    const key = Math.round(2 * lengthM);
    let choice = byLength[key];
    if (choice?.lengthM !== lengthM) {
      choice = choose(network, lengthM);
      byLength[key] = choice;
    }
    const { part, row } = choice;
    if (choice.fallback) out.fallbacks.set(network, (out.fallbacks.get(network) ?? 0) + 1);
    if (choice.overNvidiaReach) out.mmOverNvidiaReach++;
    const i = writer.addCable(choice.network, row, lengthM, part.reachM, row.costUSD, part.powerW);
    out.totalCostUSD += row.costUSD;
    out.totalPowerW += part.powerW;
    addTo(choice.byMedia, row.costUSD, part.powerW);
    addTo(choice.byNetwork, row.costUSD, part.powerW);
    writer.setNumber(i, choice.byNetwork.count);
  };
  const leg = (a: CableEnd, aPort: number, b: CableEnd, bPort: number, speedGbps: number): void => {
    writer.addLeg(a, aPort, b, bPort, speedGbps);
    out.links++;
  };
  const finish = (): Collected => {
    // Ids run per network (numbered in add), padded to at least 4 digits (and to the network's
    // count); the table spells them from each cable's number when read.
    const used = [...networkIds];
    const ids = {
      networks: used.map(([, id]) => id),
      prefixes: used.map(([n]) => PREFIX[n]),
      widths: used.map(([n]) => Math.max(4, String(out.byNetwork[n].count).length)),
    };
    // Sums of fractional watts (0.15 W DAC) collect float noise; report to the milliwatt.
    for (const t of [...Object.values(out.byMedia), ...Object.values(out.byNetwork)])
      t.powerW = roundMilli(t.powerW);
    out.totalPowerW = roundMilli(out.totalPowerW);
    return { ...out, table: writer.finish(ids) };
  };
  const ends = {
    workers: layout.workers.map(end),
    leaves: layout.leaves.map(end),
    spines: layout.spines.map(end),
    superSpines: layout.superSpines.map(end),
    northSouth: layout.northSouth.map(end),
  };
  const sink: CableSink = { add, leg, end, ends, ports };
  return { sink, finish };
}

function mediaWarnings(
  policy: PlannedDesign['physical']['mediaPolicy'],
  fallbacks: ReadonlyMap<CableNetworkId, number>,
  mmOverNvidiaReach: number,
): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const fallbackWarning = mediaFallbackWarning(policy, fallbacks);
  if (fallbackWarning) warnings.push(fallbackWarning);
  if (mmOverNvidiaReach > 0) {
    warnings.push(
      warn(
        'fiber-over-50m',
        `${mmOverNvidiaReach} multimode fibre run${mmOverNvidiaReach === 1 ? ' is' : 's are'} longer than ${NVIDIA_MM_REACH_M} m: the RA's 100 m reach needs 400GBASE-SR4 class optics on OM4; NVIDIA LinkX multimode optics are specified for ${NVIDIA_MM_REACH_M} m.`,
        'Network configuration',
      ),
    );
  }
  return warnings;
}

/** Every cable of the design, with its links, length, media, cost and power: wire each network, measuring and pricing each cable as it is wired. */
export function planCabling(input: PlannedDesign, logical: LogicalPlan, layout: RackLayout): CablingResult {
  const geometry = cableGeometry(input);
  const { sink, finish } = cableSink(input, logical, layout, geometry);
  wireAll(logical, layout, sink);
  const c = finish();
  const cabling: CablingPlan = {
    assumptions: {
      rackWidthMm: geometry.rackWidthMm,
      uHeightMm: geometry.uHeightMm,
      slackPerEndM: geometry.slackPerEndM,
      trayHeightM: geometry.trayHeightM,
      mediaPolicy: input.physical.mediaPolicy,
      sideRouteMaxRacks: geometry.sideRouteMaxRacks,
      stockedLengths: STOCKED_LENGTHS_TEXT,
    },
    links: c.links,
    cables: [],
    byMedia: c.byMedia,
    byNetwork: c.byNetwork,
    totalCostUSD: c.totalCostUSD,
    totalPowerW: c.totalPowerW,
  };
  // The cable objects are built from the table when something reads them (exports, device panel).
  defineLazyField(cabling, 'cables', () => c.table.toCables());
  return {
    cabling,
    table: c.table,
    warnings: mediaWarnings(input.physical.mediaPolicy, c.fallbacks, c.mmOverNvidiaReach),
  };
}

/** A part's unit price: the user's override for its id (input.priceOverridesUSD) or the catalog price. */
export function unitPriceUSD(part: { id: string; priceUSD: number }, input: PlannedDesign): number {
  return input.priceOverridesUSD[part.id] ?? part.priceUSD;
}

/**
 * Unit price of a run's own part without its transceivers: the whole cable for copper, the fibre
 * for a fibre run (whose override, by the run's part id, prices the fibre alone).
 */
export function fibreUnitPriceUSD(part: CablePart, input: PlannedDesign): number {
  return unitPriceUSD({ id: part.id, priceUSD: fibrePriceUSD(part) }, input);
}

/**
 * What one cable of this part costs: the cable's unit price, or for a fibre run its fibre plus its
 * transceivers, each at its override or catalog price (the catalog figures add up to the run price).
 */
export function cablePriceUSD(part: CablePart, input: PlannedDesign): number {
  const optics = runOptics(part).reduce((s, o) => s + o.count * unitPriceUSD(o.optic, input), 0);
  return fibreUnitPriceUSD(part, input) + optics;
}
