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
import { chooseCablePart, mediaFallbackWarning } from './media';
import type { RackLayout } from './racks';
import type {
  Cable,
  CablingPlan,
  Endpoint,
  Link,
  LogicalPlan,
  MediaTotals,
  PlacedDevice,
  PlanWarning,
} from './types';
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

/** A count per network, all zero. */
const NO_CABLES: Readonly<Record<CableNetworkId, number>> = {
  'east-west': 0,
  'leaf-spine': 0,
  'spine-superspine': 0,
  'north-south': 0,
  oob: 0,
};

/** Second half of the SN5610's 64 ports faces the spines (RA: 50% to GPUs, 50% up to the spine). */
const FIRST_UPLINK_PORT = SN5610.ports / 2 + 1;
const SWITCH_SERVER_PORTS = SN5610.ports / 2;

export interface CablingResult {
  cabling: CablingPlan;
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
const SPLIT_PORTS = portNames(SN5610.ports + 1, (p) => `swp${p}s0`).map((s0, p) => [s0, `swp${p}s1`]);
const splitPort = (port: number, leg: number): string => SPLIT_PORTS[port]?.[leg] ?? `swp${port}s${leg}`;
const switchPort = (port: number): string => SWITCH_PORTS[port] ?? `swp${port}`;

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

const endpoint = (device: PlacedDevice, port: string): Endpoint => ({
  device: device.name,
  port,
  rack: device.rack,
  u: device.u,
});

/**
 * Collects the plan's cables in order: each is measured (from placement), given its media (cheapest
 * that reaches, or the policy), priced and added to the totals as it comes; ids are numbered per
 * network at the end, when each network's count (and so the ids' width) is known.
 */
interface CableSink {
  /**
   * One cable and its legs (all from one A-end device); `a`, `b0` and `b1` are the floor positions of
   * the A end, the first leg's B end and a splitter's second leg's B end (omitted for a straight cable).
   */
  add(network: CableNetworkId, legs: Link[], a: PortPosition, b0: PortPosition, b1?: PortPosition): void;
  positionOf(device: PlacedDevice): PortPosition;
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
  const nicNames = portNames(nics, (n) => `nic${n + 1}`);
  const speedGbps = logical.fabric.serverPortGbps;
  for (const leaf of logical.fabric.leaves) {
    const sw = at(layout.leaves, leaf.index, 'layout.leaves');
    const swAt = sink.positionOf(sw);
    const nicPorts = leaf.servers * nics;
    const ports = Math.ceil(nicPorts / 2);
    if (ports > SWITCH_SERVER_PORTS)
      throw new Error(`${sw.name}: ${ports} server ports exceed ${SWITCH_SERVER_PORTS}`);
    // NIC port k of the leaf is server floor(k / nics)'s port k % nics.
    const serverOf = (k: number) =>
      at(layout.workers, leaf.firstServer + Math.floor(k / nics), 'layout.workers');
    const leg = (p: number, k: number, server: PlacedDevice): Link => ({
      a: endpoint(sw, splitPort(p + 1, k - 2 * p)),
      b: endpoint(server, at(nicNames, k % nics, 'NIC ports')),
      speedGbps,
    });
    for (let p = 0; p < ports; p++) {
      const first = serverOf(2 * p);
      const firstAt = sink.positionOf(first);
      if (2 * p + 1 >= nicPorts) {
        // An odd last server leaves its splitter's second leg unused.
        sink.add('east-west', [leg(p, 2 * p, first)], swAt, firstAt);
        continue;
      }
      const second = serverOf(2 * p + 1);
      const secondAt = second === first ? firstAt : sink.positionOf(second);
      sink.add('east-west', [leg(p, 2 * p, first), leg(p, 2 * p + 1, second)], swAt, firstAt, secondAt);
    }
  }
}

/** Leaf to spine: straight 800G links, spine ports used in leaf order. */
function wireLeafSpine(logical: LogicalPlan, layout: RackLayout, sink: CableSink): void {
  const nextSpinePort = layout.spines.map(() => 1);
  const speedGbps = logical.fabric.spineLinkGbps;
  for (const leaf of logical.fabric.leaves) {
    const sw = at(layout.leaves, leaf.index, 'layout.leaves');
    const swAt = sink.positionOf(sw);
    let leafPort = FIRST_UPLINK_PORT;
    leaf.uplinksPerSpine.forEach((count, offset) => {
      const s = leaf.firstSpine + offset;
      const spine = at(layout.spines, s, 'layout.spines');
      const spineAt = sink.positionOf(spine);
      for (let k = 0; k < count; k++) {
        const spinePort = at(nextSpinePort, s, 'nextSpinePort');
        nextSpinePort[s] = spinePort + 1;
        if (leafPort > SN5610.ports || spinePort > SN5610.ports) {
          throw new Error(
            `leaf-spine ports exhausted: ${sw.name} swp${leafPort}, ${spine.name} swp${spinePort}`,
          );
        }
        const link = {
          a: endpoint(sw, switchPort(leafPort++)),
          b: endpoint(spine, switchPort(spinePort)),
          speedGbps,
        };
        sink.add('leaf-spine', [link], swAt, spineAt);
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
  for (const spinePlan of logical.fabric.spines) {
    const spine = at(layout.spines, spinePlan.index, 'layout.spines');
    const spineAt = sink.positionOf(spine);
    let spinePort = FIRST_UPLINK_PORT;
    for (const [target, links] of spinePlan.uplinksPerSuperSpine) {
      const superSpine = at(layout.superSpines, target, 'layout.superSpines');
      const superAt = sink.positionOf(superSpine);
      for (let k = 0; k < links; k++) {
        const superPort = at(nextSuperPort, target, 'nextSuperPort');
        nextSuperPort[target] = superPort + 1;
        if (spinePort > SN5610.ports || superPort > SN5610.ports) {
          throw new Error(
            `spine uplinks exhausted: ${spine.name} swp${spinePort}, ${superSpine.name} swp${superPort}`,
          );
        }
        const link = {
          a: endpoint(spine, switchPort(spinePort++)),
          b: endpoint(superSpine, switchPort(superPort)),
          speedGbps,
        };
        sink.add('spine-superspine', [link], spineAt, superAt);
      }
    }
  }
}

/** North-south: one splitter port per two DPU ports, servers in worker order. */
function wireNorthSouth(logical: LogicalPlan, layout: RackLayout, sink: CableSink): void {
  const ns = logical.northSouth;
  const portsPerServer = Math.ceil(ns.dpuPortsPerServer / 2);
  const dpuNames = portNames(ns.dpuPortsPerServer, (i) => `dpu-p${i}`);
  layout.workers.forEach((server, w) => {
    const sw = at(layout.northSouth, Math.floor(w / ns.serversPerSwitch), 'layout.northSouth');
    const swAt = sink.positionOf(sw);
    const serverAt = sink.positionOf(server);
    const slot = w % ns.serversPerSwitch;
    for (let c = 0; c < portsPerServer; c++) {
      const port = slot * portsPerServer + c + 1;
      if (port > SN5610.ports) throw new Error(`${sw.name}: port ${port} exceeds ${SN5610.ports}`);
      const leg = (k: number): Link => ({
        a: endpoint(sw, splitPort(port, k)),
        b: endpoint(server, at(dpuNames, 2 * c + k, 'DPU ports')),
        speedGbps: ns.dpuPortGbps,
      });
      // Two DPU ports per splitter; an odd last port leaves the second leg unused.
      if (2 * c + 1 < ns.dpuPortsPerServer)
        sink.add('north-south', [leg(0), leg(1)], swAt, serverAt, serverAt);
      else sink.add('north-south', [leg(0)], swAt, serverAt);
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
  const swAt = sink.positionOf(sw);
  const workerPorts = ns.serversPerSwitch * Math.ceil(ns.dpuPortsPerServer / 2);
  layout.controlPlane.forEach((node, k) => {
    const port = SN5610.ports - k;
    if (port <= workerPorts) throw new Error(`${sw.name}: no free port for ${node.name}`);
    const legs = CONTROL_PLANE_NIC_PORTS.map((nicPort, leg) => ({
      a: endpoint(sw, splitPort(port, leg)),
      b: endpoint(node, nicPort),
      speedGbps: CONTROL_PLANE_NIC.portGbps,
    }));
    const nodeAt = sink.positionOf(node);
    sink.add('north-south', legs, swAt, nodeAt, legs.length > 1 ? nodeAt : undefined);
  });
}

/**
 * OOB: per domain, each rack's 1GbE ports (bottom to top) onto its own SN2201s first (the first of
 * them with a free port); ports beyond them take free ports on the domain's nearest switch in another
 * rack.
 */
function wireOob(layout: RackLayout, sink: CableSink): void {
  for (const domain of layout.oobDomains) {
    const used = domain.switches.map(() => 0);
    const hasRoom = (i: number) => at(used, i, 'OOB ports used') < SN2201.ports;
    const racks = domain.rackIndexes.map((i) => at(layout.racks, i, 'layout.racks'));
    const orderOf = new Map(racks.map((r, order) => [r.name, order]));
    // Each switch's rack as its order in the domain, and each rack's own switches in domain order.
    const switchOrder = domain.switches.map((sw) => orderOf.get(sw.rack) ?? 0);
    const switchAt = domain.switches.map((sw) => sink.positionOf(sw));
    const localSwitches = racks.map((): number[] => []);
    switchOrder.forEach((order, i) => {
      localSwitches[order]?.push(i);
    });
    racks.forEach((rack, here) => {
      const local = at(localSwitches, here, 'local OOB switches');
      // A switch never regains a free port, so the first local one with room only moves forward.
      let next = 0;
      for (const device of rack.devices) {
        const ports = layout.oobPortsOf(device);
        if (ports.length === 0) continue;
        const deviceAt = sink.positionOf(device);
        for (const port of ports) {
          while (next < local.length && !hasRoom(at(local, next, 'local OOB switches'))) next++;
          const s =
            next < local.length ? at(local, next, 'local') : nearestWithRoom(switchOrder, hasRoom, here);
          if (s < 0) throw new Error(`planner bug: ${rack.name}: not enough OOB switch ports`);
          const sw = at(domain.switches, s, 'OOB switches');
          const n = at(used, s, 'OOB ports used') + 1;
          used[s] = n;
          const link = { a: endpoint(sw, switchPort(n)), b: endpoint(device, port), speedGbps: 1 };
          sink.add('oob', [link], at(switchAt, s, 'OOB switch positions'), deviceAt);
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

/** What the sink gives back: the cables with their ids, and the counts it kept on the way. */
interface Collected {
  cables: Cable[];
  byMedia: CablingPlan['byMedia'];
  byNetwork: CablingPlan['byNetwork'];
  links: number;
  totalCostUSD: number;
  totalPowerW: number;
  fallbacks: Map<CableNetworkId, number>;
  mmOverNvidiaReach: number;
}

/** The sink planCabling wires into, and how to close it (number the ids, round the totals). */
function cableSink(input: PlannedDesign, layout: RackLayout, geometry: CableGeometry) {
  const policy = input.physical.mediaPolicy;
  const out: Collected = {
    cables: [],
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
  // A part's price is the same for every cable of it: work it out once.
  const prices = new Map<CablePart, number>();
  const priceOf = (part: CablePart) => {
    const known = prices.get(part);
    if (known !== undefined) return known;
    const price = cablePriceUSD(part, input);
    prices.set(part, price);
    return price;
  };
  const add = (
    network: CableNetworkId,
    legs: Link[],
    a: PortPosition,
    b0: PortPosition,
    b1?: PortPosition,
  ): void => {
    const first = cableLengthM(a, b0, geometry);
    // A splitter is as long as its longer leg (both legs often end on one server: measure once).
    const lengthM = b1 === undefined || b1 === b0 ? first : Math.max(first, cableLengthM(a, b1, geometry));
    const { part, fallback } = chooseCablePart(network, lengthM, policy);
    if (fallback) out.fallbacks.set(network, (out.fallbacks.get(network) ?? 0) + 1);
    if (part.media === 'fiber' && part.reachM <= 100 && lengthM > NVIDIA_MM_REACH_M) out.mmOverNvidiaReach++;
    const costUSD = priceOf(part);
    const cable: Cable = {
      id: '', // numbered in finish()
      network,
      media: part.media,
      partId: part.id,
      partNumber: part.partNumber,
      lengthM,
      reachM: part.reachM,
      costUSD,
      powerW: part.powerW,
      legs,
    };
    out.cables.push(cable);
    out.links += legs.length;
    out.totalCostUSD += costUSD;
    out.totalPowerW += part.powerW;
    addTo(out.byMedia[part.media], costUSD, part.powerW);
    addTo(out.byNetwork[network], costUSD, part.powerW);
  };
  const finish = (): Collected => {
    // Ids run per network, padded to at least 4 digits (and to the network's count).
    const next: Record<CableNetworkId, number> = { ...NO_CABLES };
    const width = (n: CableNetworkId) => Math.max(4, String(out.byNetwork[n].count).length);
    const widths: Record<CableNetworkId, number> = { ...NO_CABLES };
    for (const n of CABLE_NETWORK_IDS) widths[n] = width(n);
    for (const cable of out.cables) {
      const n = next[cable.network] + 1;
      next[cable.network] = n;
      cable.id = `${PREFIX[cable.network]}-${String(n).padStart(widths[cable.network], '0')}`;
    }
    // Sums of fractional watts (0.15 W DAC) collect float noise; report to the milliwatt.
    for (const t of [...Object.values(out.byMedia), ...Object.values(out.byNetwork)])
      t.powerW = roundMilli(t.powerW);
    out.totalPowerW = roundMilli(out.totalPowerW);
    return out;
  };
  const sink: CableSink = { add, positionOf: layout.positionOf };
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
  const { sink, finish } = cableSink(input, layout, geometry);
  wireAll(logical, layout, sink);
  const c = finish();
  return {
    cabling: {
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
      cables: c.cables,
      byMedia: c.byMedia,
      byNetwork: c.byNetwork,
      totalCostUSD: c.totalCostUSD,
      totalPowerW: c.totalPowerW,
    },
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
