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
import { at, must } from '../util/must';
import {
  type CableGeometry,
  cableLengthM,
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

/** Second half of the SN5610's 64 ports faces the spines (RA: 50% to GPUs, 50% up to the spine). */
const FIRST_UPLINK_PORT = SN5610.ports / 2 + 1;
const SWITCH_SERVER_PORTS = SN5610.ports / 2;

export interface CablingResult {
  cabling: CablingPlan;
  warnings: PlanWarning[];
}

const roundMilli = (value: number): number => Math.round(value * 1000) / 1000;

const emptyTotals = (): MediaTotals => ({ count: 0, costUSD: 0, powerW: 0 });

/** Port numbers of a splitter port's legs: swp5s0, swp5s1. */
const splitPort = (port: number, leg: number) => `swp${port}s${leg}`;

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

/** A cable before it is measured: its network and its legs (port-to-port links). */
interface RawCable {
  network: CableNetworkId;
  legs: Link[];
}

const endpoint = (device: PlacedDevice, port: string): Endpoint => ({
  device: device.name,
  port,
  rack: device.rack,
  u: device.u,
});

/** East-west: NIC ports in order, two per 800G splitter port. */
function wireEastWest(logical: LogicalPlan, layout: RackLayout): RawCable[] {
  const nics = logical.compute.eastWestNicsPerServer;
  return logical.fabric.leaves.flatMap((leaf) => {
    const sw = at(layout.leaves, leaf.index, 'layout.leaves');
    const nicPorts: { server: PlacedDevice; port: string }[] = [];
    for (let w = leaf.firstServer; w < leaf.firstServer + leaf.servers; w++) {
      for (let n = 1; n <= nics; n++)
        nicPorts.push({ server: at(layout.workers, w, 'layout.workers'), port: `nic${n}` });
    }
    const ports = Math.ceil(nicPorts.length / 2);
    if (ports > SWITCH_SERVER_PORTS)
      throw new Error(`${sw.name}: ${ports} server ports exceed ${SWITCH_SERVER_PORTS}`);
    return Array.from({ length: ports }, (_, p) => ({
      network: 'east-west' as const,
      legs: nicPorts.slice(2 * p, 2 * p + 2).map((nic, leg) => ({
        a: endpoint(sw, splitPort(p + 1, leg)),
        b: endpoint(nic.server, nic.port),
        speedGbps: logical.fabric.serverPortGbps,
      })),
    }));
  });
}

/** Leaf to spine: straight 800G links, spine ports used in leaf order. */
function wireLeafSpine(logical: LogicalPlan, layout: RackLayout): RawCable[] {
  const out: RawCable[] = [];
  const nextSpinePort = layout.spines.map(() => 1);
  for (const leaf of logical.fabric.leaves) {
    const sw = at(layout.leaves, leaf.index, 'layout.leaves');
    let leafPort = FIRST_UPLINK_PORT;
    leaf.uplinksPerSpine.forEach((count, offset) => {
      const s = leaf.firstSpine + offset;
      const spine = at(layout.spines, s, 'layout.spines');
      for (let k = 0; k < count; k++) {
        const spinePort = at(nextSpinePort, s, 'nextSpinePort');
        nextSpinePort[s] = spinePort + 1;
        if (leafPort > SN5610.ports || spinePort > SN5610.ports) {
          throw new Error(
            `leaf-spine ports exhausted: ${sw.name} swp${leafPort}, ${spine.name} swp${spinePort}`,
          );
        }
        const link = {
          a: endpoint(sw, `swp${leafPort++}`),
          b: endpoint(spine, `swp${spinePort}`),
          speedGbps: logical.fabric.spineLinkGbps,
        };
        out.push({ network: 'leaf-spine', legs: [link] });
      }
    });
  }
  return out;
}

/**
 * Spine to super-spine (3 tiers): straight 800G links from each spine's upper half (swp33..swp64, its
 * lower half faces the pod's leaves), super-spine ports used in spine order.
 */
function wireSpineSuperSpine(logical: LogicalPlan, layout: RackLayout): RawCable[] {
  const out: RawCable[] = [];
  const nextSuperPort = layout.superSpines.map(() => 1);
  for (const spinePlan of logical.fabric.spines) {
    const spine = at(layout.spines, spinePlan.index, 'layout.spines');
    let spinePort = FIRST_UPLINK_PORT;
    for (const [target, links] of spinePlan.uplinksPerSuperSpine) {
      const superSpine = at(layout.superSpines, target, 'layout.superSpines');
      for (let k = 0; k < links; k++) {
        const superPort = at(nextSuperPort, target, 'nextSuperPort');
        nextSuperPort[target] = superPort + 1;
        if (spinePort > SN5610.ports || superPort > SN5610.ports) {
          throw new Error(
            `spine uplinks exhausted: ${spine.name} swp${spinePort}, ${superSpine.name} swp${superPort}`,
          );
        }
        const link = {
          a: endpoint(spine, `swp${spinePort++}`),
          b: endpoint(superSpine, `swp${superPort}`),
          speedGbps: logical.fabric.spineLinkGbps,
        };
        out.push({ network: 'spine-superspine', legs: [link] });
      }
    }
  }
  return out;
}

/** North-south: one splitter port per two DPU ports, servers in worker order. */
function wireNorthSouth(logical: LogicalPlan, layout: RackLayout): RawCable[] {
  const ns = logical.northSouth;
  const portsPerServer = Math.ceil(ns.dpuPortsPerServer / 2);
  return layout.workers.flatMap((server, w) => {
    const sw = at(layout.northSouth, Math.floor(w / ns.serversPerSwitch), 'layout.northSouth');
    const slot = w % ns.serversPerSwitch;
    return Array.from({ length: portsPerServer }, (_, c) => {
      const port = slot * portsPerServer + c + 1;
      if (port > SN5610.ports) throw new Error(`${sw.name}: port ${port} exceeds ${SN5610.ports}`);
      const legs: Link[] = [];
      for (let leg = 0; leg < 2 && 2 * c + leg < ns.dpuPortsPerServer; leg++) {
        legs.push({
          a: endpoint(sw, splitPort(port, leg)),
          b: endpoint(server, `dpu-p${2 * c + leg}`),
          speedGbps: ns.dpuPortGbps,
        });
      }
      return { network: 'north-south' as const, legs };
    });
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
function wireControlPlane(logical: LogicalPlan, layout: RackLayout): RawCable[] {
  if (layout.controlPlane.length === 0) return [];
  const ns = logical.northSouth;
  const sw = at(layout.northSouth, 0, 'layout.northSouth');
  const workerPorts = ns.serversPerSwitch * Math.ceil(ns.dpuPortsPerServer / 2);
  return layout.controlPlane.map((node, k) => {
    const port = SN5610.ports - k;
    if (port <= workerPorts) throw new Error(`${sw.name}: no free port for ${node.name}`);
    const legs = CONTROL_PLANE_NIC_PORTS.map((nicPort, leg) => ({
      a: endpoint(sw, splitPort(port, leg)),
      b: endpoint(node, nicPort),
      speedGbps: CONTROL_PLANE_NIC.portGbps,
    }));
    return { network: 'north-south' as const, legs };
  });
}

/**
 * OOB: per domain, each rack's 1GbE ports (bottom to top) onto its own SN2201s first; ports beyond
 * them take free ports on the domain's nearest switch in another rack.
 */
function wireOob(layout: RackLayout): RawCable[] {
  return layout.oobDomains.flatMap((domain) => {
    const used = domain.switches.map(() => 0);
    const slot = (switchIndex: number) => {
      const n = at(used, switchIndex, 'OOB ports used');
      used[switchIndex] = n + 1;
      return `swp${n + 1}`;
    };
    const hasRoom = (i: number) => at(used, i, 'OOB ports used') < SN2201.ports;
    const racks = domain.rackIndexes.map((i) => at(layout.racks, i, 'layout.racks'));
    const orderOf = new Map(racks.map((r, order) => [r.name, order]));
    const switchRack = domain.switches.map((sw) => sw.rack);
    const distanceFrom = (here: number) => (rack: string) => Math.abs((orderOf.get(rack) ?? 0) - here);
    return racks.flatMap((rack, here) => {
      const ports = rack.devices.flatMap((device) =>
        layout.oobPortsOf(device).map((port) => ({ device, port })),
      );
      return ports.map(({ device, port }) => {
        const local = switchRack.findIndex((r, i) => r === rack.name && hasRoom(i));
        const s = local >= 0 ? local : nearestWithRoom(switchRack, hasRoom, distanceFrom(here));
        const sw = must(domain.switches[s], `${rack.name}: not enough OOB switch ports`);
        const link = { a: endpoint(sw, slot(s)), b: endpoint(device, port), speedGbps: 1 };
        return { network: 'oob' as const, legs: [link] };
      });
    });
  });
}

/** Index of the switch with room whose rack is nearest (first on ties); -1 when none has room. */
function nearestWithRoom(
  racks: readonly string[],
  hasRoom: (i: number) => boolean,
  distance: (rack: string) => number,
): number {
  let best = -1;
  for (let i = 0; i < racks.length; i++) {
    if (!hasRoom(i)) continue;
    if (best < 0 || distance(at(racks, i, 'racks')) < distance(at(racks, best, 'racks'))) best = i;
  }
  return best;
}

/** Gives each raw cable its length (from placement), media (cheapest that reaches, or the policy), id and price. */
function measureAndPrice(raw: readonly RawCable[], input: PlannedDesign, layout: RackLayout) {
  const geometry = cableGeometry(input);
  const policy = input.physical.mediaPolicy;
  const fallbacks = new Map<CableNetworkId, number>(CABLE_NETWORK_IDS.map((n) => [n, 0]));
  const heights = new Map<string, number>();
  for (const r of layout.racks) for (const d of r.devices) heights.set(d.name, d.heightU);
  const position = (e: Endpoint) => ({
    ...must(layout.site.get(e.rack), `floor position of ${e.rack}`),
    u: e.u,
    heightU: must(heights.get(e.device), 'heights entry'),
  });
  const counters = new Map<CableNetworkId, number>();
  const widths = new Map<CableNetworkId, number>(
    CABLE_NETWORK_IDS.map((n) => [n, Math.max(4, String(raw.filter((c) => c.network === n).length).length)]),
  );
  let mmOverNvidiaReach = 0;
  const cables: Cable[] = raw.map(({ network, legs }) => {
    const a = position(at(legs, 0, 'legs').a);
    const lengthM = Math.max(...legs.map((l) => cableLengthM(a, position(l.b), geometry)));
    const { part, fallback } = chooseCablePart(network, lengthM, policy);
    if (fallback) fallbacks.set(network, must(fallbacks.get(network), 'fallbacks entry') + 1);
    if (part.media === 'fiber' && part.reachM <= 100 && lengthM > NVIDIA_MM_REACH_M) mmOverNvidiaReach++;
    const n = (counters.get(network) ?? 0) + 1;
    counters.set(network, n);
    return {
      id: `${PREFIX[network]}-${String(n).padStart(must(widths.get(network), 'widths entry'), '0')}`,
      network,
      media: part.media,
      partId: part.id,
      partNumber: part.partNumber,
      lengthM,
      reachM: part.reachM,
      costUSD: cablePriceUSD(part, input),
      powerW: part.powerW,
      legs,
    };
  });
  return { cables, geometry, warnings: mediaWarnings(policy, fallbacks, mmOverNvidiaReach) };
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

/** Count, cost and power per media and per network. */
function totals(cables: readonly Cable[]): Pick<CablingPlan, 'byMedia' | 'byNetwork'> {
  const byMedia = Object.fromEntries(
    CABLE_MEDIA_IDS.map((m) => [m, emptyTotals()]),
  ) as CablingPlan['byMedia'];
  const byNetwork = Object.fromEntries(
    CABLE_NETWORK_IDS.map((n) => [n, emptyTotals()]),
  ) as CablingPlan['byNetwork'];
  for (const c of cables) {
    for (const t of [byMedia[c.media], byNetwork[c.network]]) {
      t.count++;
      t.costUSD += c.costUSD;
      t.powerW += c.powerW;
    }
  }
  // Sums of fractional watts (0.15 W DAC) collect float noise; report to the milliwatt.
  for (const t of [...Object.values(byMedia), ...Object.values(byNetwork)]) t.powerW = roundMilli(t.powerW);
  return { byMedia, byNetwork };
}

/** Every cable of the design, with its links, length, media, cost and power: wire each network, then measure and price. */
export function planCabling(input: PlannedDesign, logical: LogicalPlan, layout: RackLayout): CablingResult {
  const raw = [
    ...wireEastWest(logical, layout),
    ...wireLeafSpine(logical, layout),
    ...wireSpineSuperSpine(logical, layout),
    ...wireNorthSouth(logical, layout),
    ...wireControlPlane(logical, layout),
    ...wireOob(layout),
  ];
  const { cables, geometry, warnings } = measureAndPrice(raw, input, layout);
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
      links: cables.reduce((s, c) => s + c.legs.length, 0),
      cables,
      ...totals(cables),
      totalCostUSD: cables.reduce((s, c) => s + c.costUSD, 0),
      totalPowerW: roundMilli(cables.reduce((s, c) => s + c.powerW, 0)),
    },
    warnings,
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
