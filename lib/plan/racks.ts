import { MAX_SERVER_PORT_CABLE_POWER_W, MAX_SWITCH_PORT_CABLE_POWER_W } from '../catalog/cables';
import { CONTROL_PLANE_NIC_PORTS } from '../catalog/nics';
import { CONTROL_PLANE_SERVER, WORKER_SERVER, workerServerPower } from '../catalog/server';
import { SN2201, SN5610 } from '../catalog/switches';
import type { PlannedDesign } from '../design/schema';
import { at, must } from '../util/must';
import type { PortPosition } from './cable-length';
import type {
  DeviceKind,
  DeviceRole,
  FloorPlan,
  LogicalPlan,
  PlacedDevice,
  RackPlan,
  RackRole,
} from './types';

/**
 * Rack placement (RA Network configuration, "7 rack approach"): every device gets a rack and a U.
 *
 * - Building block: one E-W leaf and its servers (32 with 2 SuperNICs, 64 with 1), spread over as few
 *   racks as the rack height and power budget allow (3 racks x ~11 four-GPU servers at 40 kW in the
 *   RA), the leaf in the middle rack ("a Spectrum-X leaf switch in the center (2nd, 6th) rack").
 *   Tiny designs use fewer racks (a block of 8 servers is one rack).
 * - 1 leaf: one block; the north-south switch(es) and physical control-plane nodes sit with the leaf
 *   in the middle rack ("you only need the 1 Spectrum-X switch for east-west, and another for
 *   north-south"); what does not fit goes to a network rack at the end of the row.
 * - 2 leaves: block, spine rack, block (racks 1-3, 4, 5-7 in the RA). The north-south switches and
 *   control-plane nodes share the spine rack: the RA expects 3 m DAC to serve "about half the servers
 *   for the north-south network", i.e. the switch in a rack between the blocks.
 * - More leaves: blocks in a row, spines, north-south switches and control-plane nodes in network
 *   rack(s) at the end of the row ("Beyond 64 GPU servers, it may be better to place the Spectrum-X
 *   spine and north-south switches at the end of the rack isle"; fibre then covers the long runs).
 * - OOB: the 1GbE ports of one building block (or of the network racks) in one row share that
 *   group's SN2201s (48 ports each); each switch sits in the rack where its first port falls, so a
 *   rack still gets its own switch and only the overflow runs to a neighbour in the same row.
 *   Sharing keeps the count at the segment's minimum, ceil(ports / 48), and so monotone in workers
 *   (a switch per rack would drop from 3 to 2 when 17 servers spread over 2 racks instead of 16 in 1).
 *   A one-leaf design is one segment: its overflow network rack stands beside the block.
 * - In each rack the switches sit in the middle, servers half below and half above them, the stack
 *   centred in the rack, to keep cables short. Nothing is placed above the rack height.
 * - A rack takes no more servers than its height and its power budget allow, counting each device's
 *   maximum power plus the worst-case optics its ports can draw; a rack too small in power for even
 *   one server still takes one (and the power plan flags it).
 */

/** A rack as placement leaves it (devices bottom to top); the power plan adds the figures of RackPlan. */
export type PlacedRack = Pick<
  RackPlan,
  'name' | 'index' | 'row' | 'position' | 'role' | 'heightU' | 'widthMm' | 'devices'
>;

export interface RackLayout {
  racks: PlacedRack[];
  /** Index = worker index (0-based). */
  workers: PlacedDevice[];
  leaves: PlacedDevice[];
  spines: PlacedDevice[];
  /** 3 tiers only. */
  superSpines: PlacedDevice[];
  northSouth: PlacedDevice[];
  /** Control-plane nodes, then the spare(s); empty with virtual control-plane nodes. */
  controlPlane: PlacedDevice[];
  /** OOB domains: racks (floor indexes, in order) whose 1GbE ports share these SN2201s in order. */
  oobDomains: OobDomain[];
  /**
   * Where a placed device sits on the floor (its rack's row and slot, its U span), for cable lengths,
   * and its OOB port names ([] for devices without one, e.g. the SN2201s themselves): one look-up.
   */
  placementOf: (device: PlacedDevice) => DevicePlacement;
  floor: FloorPlan;
}

/** A placed device's floor position and OOB port names. */
export interface DevicePlacement extends PortPosition {
  oobPorts: readonly string[];
}

export interface OobDomain {
  rackIndexes: number[];
  switches: PlacedDevice[];
}

/** A device before it has a rack and a U. */
interface DeviceSpec {
  kind: DeviceKind;
  role: DeviceRole;
  label: string;
  heightU: number;
  powerTypicalW: number;
  powerMaxW: number;
  partId: string;
  /** Worst-case optics power at the ports this device terminates, reserved in its rack's budget, W. */
  cableAllowanceW: number;
  oobPorts: readonly string[];
  /** The device once materialise has placed it (a field, not a map: 17k specs at 16,384 workers). */
  placed: PlacedDevice | undefined;
}

/** The contents of one rack before U positions. */
export interface RackContents {
  core: DeviceSpec[];
  servers: DeviceSpec[];
}

interface Ctx {
  heightU: number;
  budgetW: number;
  serverLoadW: number;
  serverHeightU: number;
  serverOobPorts: number;
  /** Servers in a rack come in multiples of this where possible (2 when two servers share a splitter). */
  serverUnit: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const sumOf = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((s, x) => s + f(x), 0);
const loadW = (d: DeviceSpec) => d.powerMaxW + d.cableAllowanceW;

/** OOB port names of one worker: BMC, one per SuperNIC, one per DPU (logical.oob.perServer). */
export function workerOobPortNames(perServer: { bmc: number; superNics: number; dpus: number }): string[] {
  const names: string[] = [];
  for (let i = 1; i <= perServer.bmc; i++) names.push(i === 1 ? 'bmc' : `bmc${i}`);
  for (let i = 1; i <= perServer.superNics; i++) names.push(`nic${i}-oob`);
  for (let i = 1; i <= perServer.dpus; i++) names.push(i === 1 ? 'dpu-oob' : `dpu${i}-oob`);
  return names;
}

/** 800G leaf ports facing servers: two 400G SuperNIC legs per splitter port (RA cable table). */
export function leafServerPorts(servers: number, nicsPerServer: number): number {
  return Math.ceil((servers * nicsPerServer) / 2);
}

function switchSpec(role: DeviceRole, label: string, portsUsed: number): DeviceSpec {
  return {
    kind: 'sn5610',
    role,
    label,
    heightU: SN5610.heightU,
    powerTypicalW: SN5610.powerTypicalW,
    powerMaxW: SN5610.powerMaxW,
    partId: SN5610.id,
    cableAllowanceW: portsUsed * MAX_SWITCH_PORT_CABLE_POWER_W,
    oobPorts: Array.from({ length: SN5610.mgmtPorts }, (_, i) => (i === 0 ? 'mgmt' : `mgmt${i + 1}`)),
    placed: undefined,
  };
}

/**
 * Servers a rack holds next to its `core` devices: limited by height (2U each) and by the power budget
 * (device max + optics allowance), with enough SN2201s for every OOB port. A rack without core devices
 * always takes at least one server.
 */
function serverCapacity(core: readonly DeviceSpec[], ctx: Ctx): number {
  const coreU = sumOf(core, (d) => d.heightU);
  const coreW = sumOf(core, loadW);
  const corePorts = sumOf(core, (d) => d.oobPorts.length);
  for (let oob = 1; ; oob++) {
    const byU = Math.floor((ctx.heightU - coreU - oob * SN2201.heightU) / ctx.serverHeightU);
    const byW = Math.floor((ctx.budgetW - coreW - oob * SN2201.powerMaxW) / ctx.serverLoadW);
    let n = Math.max(0, Math.min(byU, byW));
    if (core.length === 0) n = Math.max(n, 1);
    if (n * ctx.serverOobPorts + corePorts <= oob * SN2201.ports) {
      // Keep splitter pairs in one rack: round down to the unit when the rack takes a full unit.
      return n >= ctx.serverUnit ? n - (n % ctx.serverUnit) : n;
    }
  }
}

/** True when these devices (and one SN2201) fit one rack's height and power budget. */
function fitsAlone(devices: readonly DeviceSpec[], ctx: Ctx): boolean {
  const oob = Math.ceil(sumOf(devices, (d) => d.oobPorts.length) / SN2201.ports);
  return (
    sumOf(devices, (d) => d.heightU) + oob * SN2201.heightU <= ctx.heightU &&
    sumOf(devices, loadW) + oob * SN2201.powerMaxW <= ctx.budgetW
  );
}

/** Deals `n` servers over racks in rounds of `unit`, so counts stay even and within each capacity. */
export function distribute(n: number, caps: readonly number[], unit: number): number[] {
  const counts = caps.map(() => 0);
  let left = n;
  while (left > 0) {
    let progressed = false;
    for (let i = 0; i < caps.length && left > 0; i++) {
      const add = Math.min(unit, at(caps, i, 'caps') - at(counts, i, 'counts'), left);
      if (add > 0) {
        counts[i] = at(counts, i, 'counts') + add;
        left -= add;
        progressed = true;
      }
    }
    if (!progressed) throw new Error(`cannot distribute ${n} servers over capacities ${caps.join('/')}`);
  }
  return counts;
}

/** Packs devices in order into as few racks as height and power allow (each rack takes at least one). */
function packNetworkRacks(devices: readonly DeviceSpec[], ctx: Ctx): RackContents[] {
  const racks: RackContents[] = [];
  let current: DeviceSpec[] = [];
  for (const d of devices) {
    if (current.length > 0 && !fitsAlone([...current, d], ctx)) {
      racks.push({ core: current, servers: [] });
      current = [];
    }
    current.push(d);
  }
  if (current.length > 0) racks.push({ core: current, servers: [] });
  return racks;
}

/**
 * One building block: the leaf in the middle rack, its servers over as few racks as capacity allows
 * (32 four-GPU servers in 3 racks at 40 kW, the RA's block). Each group of `extras` (the
 * north-south switches; the control-plane nodes with their spare) takes spare room in the leaf's rack,
 * whole or not at all, without moving a server, so the block stays as the RA draws it; what does not
 * fit is returned for a network rack beside the block.
 */
function planBlock(
  leaf: DeviceSpec,
  extras: readonly (readonly DeviceSpec[])[],
  servers: readonly DeviceSpec[],
  ctx: Ctx,
): { racks: RackContents[]; overflow: DeviceSpec[] } {
  const coreCap = serverCapacity([leaf], ctx);
  const plainCap = serverCapacity([], ctx);
  const n = servers.length;
  const k = n <= coreCap ? 1 : 1 + Math.ceil((n - coreCap) / plainCap);
  const middle = Math.floor((k - 1) / 2);
  const caps = Array.from({ length: k }, (_, i) => (i === middle ? coreCap : plainCap));
  const counts = distribute(n, caps, ctx.serverUnit);
  let next = 0;
  const racks = counts.map((count, i) => {
    const rack: RackContents = {
      core: i === middle ? [leaf] : [],
      servers: servers.slice(next, next + count),
    };
    next += count;
    return rack;
  });
  const leafRack = at(racks, middle, 'block racks');
  const overflow: DeviceSpec[] = [];
  for (const group of extras) {
    if (fitsAlone([...leafRack.core, ...leafRack.servers, ...group], ctx)) leafRack.core.push(...group);
    else overflow.push(...group);
  }
  return { racks, overflow };
}

/** Racks of one building block (a leaf and its servers) or of network gear, kept together on the floor. */
interface Segment {
  kind: 'block' | 'network';
  racks: RackContents[];
}

/** A rack's contents and its place on the floor: row index (0 = row A) and slot in the row (0-based). */
interface FloorSlot {
  contents: RackContents;
  row: number;
  slot: number;
}

/** Row names: A .. Z, then AA, AB, ... */
export function rowName(row: number): string {
  const letter = String.fromCharCode(65 + (row % 26));
  return row < 26 ? letter : `${rowName(Math.floor(row / 26) - 1)}${letter}`;
}

/** Fills rows in order; a segment that fits a row is never split across two. */
function fillRows(segments: readonly Segment[], racksPerRow: number): RackContents[][] {
  const rows: RackContents[][] = [];
  let current: RackContents[] = [];
  const closeRow = () => {
    if (current.length > 0) rows.push(current);
    current = [];
  };
  for (const segment of segments) {
    const fitsARow = segment.racks.length <= racksPerRow;
    if (fitsARow && current.length + segment.racks.length > racksPerRow) closeRow();
    for (const rack of segment.racks) {
      if (current.length === racksPerRow) closeRow();
      current.push(rack);
    }
  }
  closeRow();
  return rows;
}

/**
 * The data hall's rows. Up to `racksPerRow` racks: one row in the order the RA draws it (block, spine
 * rack, block). Beyond ("place the Spectrum-X spine and north-south switches at the end of the rack
 * isle", RA Network configuration): blocks fill rows without being split, and the network racks form
 * their own row(s) where the leaf-spine and north-south runs cross the fewest rows in all (about the
 * middle of the hall, see networkRowIndex); every row starts at the main tray that joins the rows.
 */
function arrangeFloor(segments: readonly Segment[], racksPerRow: number): FloorSlot[] {
  const all = segments.flatMap((s) => s.racks);
  if (all.length <= racksPerRow) return all.map((contents, slot) => ({ contents, row: 0, slot }));
  const blockRows = fillRows(
    segments.filter((s) => s.kind === 'block'),
    racksPerRow,
  );
  const networkRows = fillRows(
    segments.filter((s) => s.kind === 'network'),
    racksPerRow,
  );
  const at = networkRowIndex(blockRows);
  const rows = [...blockRows.slice(0, at), ...networkRows, ...blockRows.slice(at)];
  return rows.flatMap((racks, row) => racks.map((contents, slot) => ({ contents, row, slot })));
}

/**
 * Where the network row(s) go among the block rows: where the servers' runs to them (leaf-spine
 * uplinks and north-south cables, both in proportion to a row's servers) cross the fewest rows in
 * all, each row crossed adding a row pitch to a run. That is the servers' weighted median row; of
 * equal positions, the one nearest the middle.
 */
export function networkRowIndex(blockRows: readonly (readonly RackContents[])[]): number {
  const weights = blockRows.map((row) => sumOf(row, (rack) => rack.servers.length));
  // Rows before the network row at `place` cross place - r rows; rows after it, r - place + 1.
  const crossings = (place: number) =>
    weights.reduce((sum, w, r) => sum + w * (r < place ? place - r : r - place + 1), 0);
  const middle = Math.ceil(blockRows.length / 2);
  const costs = Array.from({ length: blockRows.length + 1 }, (_, place) => crossings(place));
  let best = middle;
  costs.forEach((cost, row) => {
    const bestCost = at(costs, best, 'row crossings');
    const nearer = Math.abs(row - middle) < Math.abs(best - middle);
    if (cost < bestCost || (cost === bestCost && nearer)) best = row;
  });
  return best;
}

/** The floor's size and rows, from the placed racks (rows alternate so fronts face a cold aisle). */
function floorPlan(slots: readonly FloorSlot[], input: PlannedDesign): FloorPlan {
  const p = input.physical;
  const rowCount = slots.reduce((n, s) => Math.max(n, s.row + 1), 0);
  // Racks and servers per row in one pass over the slots (not one pass per row).
  const racksIn = new Array<number>(rowCount).fill(0);
  const serversIn = new Array<number>(rowCount).fill(0);
  for (const s of slots) {
    racksIn[s.row] = at(racksIn, s.row, 'racksIn') + 1;
    serversIn[s.row] = at(serversIn, s.row, 'serversIn') + s.contents.servers.length;
  }
  const rows = Array.from({ length: rowCount }, (_, row) => ({
    name: rowName(row),
    racks: at(racksIn, row, 'racksIn'),
    frontsFace: row % 2 === 0 ? ('south' as const) : ('north' as const),
    network: at(serversIn, row, 'serversIn') === 0,
  }));
  const longest = rows.reduce((n, r) => Math.max(n, r.racks), 0);
  return {
    rows: rowCount,
    racksPerRow: p.racksPerRow,
    rowPitchM: (p.rackDepthMm + p.aisleWidthMm) / 1000,
    // Racks plus an aisle at each row end, where the main trays run.
    lengthM: (longest * p.rackWidthMm + 2 * p.aisleWidthMm) / 1000,
    // Rows plus an aisle in front of, between and behind them.
    widthM: (rowCount * p.rackDepthMm + (rowCount + 1) * p.aisleWidthMm) / 1000,
    rowDetails: rows,
  };
}

/** Places every device of the design in racks and U positions. Deterministic. */
export function planRacks(input: PlannedDesign, logical: LogicalPlan): RackLayout {
  const { compute, fabric, northSouth, controlPlane, oob } = logical;
  const nics = compute.eastWestNicsPerServer;
  const power = workerServerPower(input.layout, input.gpu);
  const serverOobNames = workerOobPortNames(oob.perServer);
  const serverHighSpeedPorts = nics + northSouth.dpuPortsPerServer;
  const ctx: Ctx = {
    heightU: input.physical.rackHeightU,
    budgetW: input.physical.rackPowerBudgetKW * 1000,
    serverLoadW: power.maxW + serverHighSpeedPorts * MAX_SERVER_PORT_CABLE_POWER_W,
    serverHeightU: WORKER_SERVER.heightU,
    serverOobPorts: serverOobNames.length,
    serverUnit: nics === 1 ? 2 : 1,
  };

  const gpuWidth = Math.max(3, String(compute.workerNodes).length);
  const workerSpecs: DeviceSpec[] = Array.from({ length: compute.workerNodes }, (_, i) => ({
    kind: 'gpu-server',
    role: 'compute',
    label: `gpu-${pad(i + 1, gpuWidth)}`,
    heightU: WORKER_SERVER.heightU,
    powerTypicalW: power.typicalW,
    powerMaxW: power.maxW,
    partId: WORKER_SERVER.id,
    cableAllowanceW: serverHighSpeedPorts * MAX_SERVER_PORT_CABLE_POWER_W,
    oobPorts: serverOobNames,
    placed: undefined,
  }));
  // Ports each spine uses: links from its leaves, plus (3 tiers) its uplinks to the super-spines.
  const spinePorts = new Array<number>(fabric.spineSwitches).fill(0);
  for (const leaf of fabric.leaves) {
    leaf.uplinksPerSpine.forEach((n, s) => {
      const spine = leaf.firstSpine + s;
      spinePorts[spine] = at(spinePorts, spine, 'spinePorts') + n;
    });
  }
  const superSpinePorts = new Array<number>(fabric.superSpineSwitches).fill(0);
  for (const spine of fabric.spines) {
    spinePorts[spine.index] = at(spinePorts, spine.index, 'spinePorts') + spine.uplinks;
    for (const [superSpine, links] of spine.uplinksPerSuperSpine) {
      superSpinePorts[superSpine] = at(superSpinePorts, superSpine, 'superSpinePorts') + links;
    }
  }
  const leafSpecs = fabric.leaves.map((l) =>
    switchSpec('leaf', `leaf-${l.index + 1}`, leafServerPorts(l.servers, nics) + l.uplinks),
  );
  const spineSpecs = spinePorts.map((ports, s) => switchSpec('spine', `spine-${s + 1}`, ports));
  const superSpineSpecs = superSpinePorts.map((ports, s) =>
    switchSpec('super-spine', `superspine-${s + 1}`, ports),
  );
  // The physical control-plane nodes (and spare) take one splitter cage each on the first
  // north-south switch (cabling.ts wireControlPlane); their optics count in its rack's budget.
  const cpCages = controlPlane.placement === 'physical' ? controlPlane.nodes + controlPlane.spareNodes : 0;
  const nsSpecs = Array.from({ length: northSouth.switches }, (_, i) => {
    const served = Math.min(
      northSouth.serversPerSwitch,
      compute.workerNodes - i * northSouth.serversPerSwitch,
    );
    const cages = served * Math.ceil(northSouth.dpuPortsPerServer / 2) + (i === 0 ? cpCages : 0);
    return switchSpec('north-south', `ns-${i + 1}`, cages);
  });
  const cpSpecs: DeviceSpec[] = [];
  if (controlPlane.placement === 'physical') {
    const cp = (kind: DeviceKind, role: DeviceRole, label: string): DeviceSpec => ({
      kind,
      role,
      label,
      heightU: CONTROL_PLANE_SERVER.heightU,
      powerTypicalW: CONTROL_PLANE_SERVER.powerTypicalW,
      powerMaxW: CONTROL_PLANE_SERVER.powerMaxW,
      partId: CONTROL_PLANE_SERVER.id,
      // Worst-case optics at its assumed NIC's north-south ports, as for a worker's ports.
      cableAllowanceW: CONTROL_PLANE_NIC_PORTS.length * MAX_SERVER_PORT_CABLE_POWER_W,
      oobPorts: ['bmc'],
      placed: undefined,
    });
    for (let i = 1; i <= controlPlane.nodes; i++) {
      cpSpecs.push(cp('control-plane-server', 'control-plane', `cp-${i}`));
    }
    for (let i = 1; i <= controlPlane.spareNodes; i++) {
      cpSpecs.push(cp('spare-server', 'spare', `cp-spare-${i}`));
    }
  }

  const serversOf = (leafIndex: number) => {
    const l = at(fabric.leaves, leafIndex, 'fabric.leaves');
    return workerSpecs.slice(l.firstServer, l.firstServer + l.servers);
  };
  const network = [...superSpineSpecs, ...spineSpecs, ...nsSpecs, ...cpSpecs];
  const block = (i: number, extras: readonly (readonly DeviceSpec[])[] = []) =>
    planBlock(at(leafSpecs, i, 'leafSpecs'), extras, serversOf(i), ctx);
  const networkSegment = (devices: readonly DeviceSpec[]): Segment[] =>
    devices.length > 0 ? [{ kind: 'network', racks: packNetworkRacks(devices, ctx) }] : [];
  let segments: Segment[];
  if (leafSpecs.length === 1) {
    // "For clusters up to 32 GPU servers, you only need the 1 Spectrum-X switch for east-west, and
    // another for north-south": both in the block where they fit, the rest in a rack beside it.
    const only = block(0, [nsSpecs, cpSpecs]);
    segments = [{ kind: 'block', racks: only.racks }, ...networkSegment(only.overflow)];
  } else if (leafSpecs.length === 2) {
    // Racks 1-3 and 5-7 around the spine rack (RA Network configuration, 7-rack approach).
    segments = [
      { kind: 'block', racks: block(0).racks },
      ...networkSegment(network),
      { kind: 'block', racks: block(1).racks },
    ];
  } else {
    segments = [
      ...leafSpecs.map((_, i): Segment => ({ kind: 'block', racks: block(i).racks })),
      ...networkSegment(network),
    ];
  }
  const floor = arrangeFloor(segments, input.physical.racksPerRow);
  // One OOB domain per segment; a one-leaf design's overflow rack joins its block's domain.
  const oobDomainOf = new Map<RackContents, number>();
  segments.forEach((segment, i) => {
    for (const rack of segment.racks) oobDomainOf.set(rack, leafSpecs.length === 1 ? 0 : i);
  });
  return materialise(floor, oobDomainOf, input, {
    workers: workerSpecs,
    leaves: leafSpecs,
    spines: spineSpecs,
    superSpines: superSpineSpecs,
    northSouth: nsSpecs,
    controlPlane: cpSpecs,
  });
}

type SpecGroups = Record<
  'workers' | 'leaves' | 'spines' | 'superSpines' | 'northSouth' | 'controlPlane',
  readonly DeviceSpec[]
>;

/** Turns rack contents into named racks with U positions, and indexes the placed devices by role. */
function materialise(
  floor: readonly FloorSlot[],
  oobDomainOf: ReadonlyMap<RackContents, number>,
  input: PlannedDesign,
  groups: SpecGroups,
): RackLayout {
  const heightU = input.physical.rackHeightU;
  const positionWidth = Math.max(2, String(input.physical.racksPerRow).length);
  // Per placed device, one entry for both the cabling's questions: where it is, which OOB ports it has.
  const placements = new Map<PlacedDevice, DevicePlacement>();
  const domains = new Map<string, OobDomain>();
  const domainPorts = new Map<string, number>();
  let oobLabel = 0;

  const racks = floor.map(({ contents, row, slot }, index): PlacedRack => {
    // "A03": row and position; device names use it in lower case, as hostnames must.
    const name = `${rowName(row)}${pad(slot + 1, positionWidth)}`;
    const prefix = name.toLowerCase();
    // A domain never spans rows: Cat6 runs stay along one row's tray, well inside their 100 m.
    const domainId = `${must(oobDomainOf.get(contents), 'OOB domain of a rack')}:${row}`;
    const domain = domains.get(domainId) ?? { rackIndexes: [], switches: [] };
    domains.set(domainId, domain);
    const before = domainPorts.get(domainId) ?? 0;
    const ports = sumOf([...contents.servers, ...contents.core], (d) => d.oobPorts.length);
    domainPorts.set(domainId, before + ports);
    // The switches whose first port falls in this rack (at most ceil(ports / 48), as capacity reserved).
    const starting = Math.ceil((before + ports) / SN2201.ports) - Math.ceil(before / SN2201.ports);
    const oobSpecs: DeviceSpec[] = Array.from({ length: starting }, () => ({
      kind: 'sn2201',
      role: 'oob',
      label: `oob-${++oobLabel}`,
      heightU: SN2201.heightU,
      powerTypicalW: SN2201.powerTypicalW,
      powerMaxW: SN2201.powerMaxW,
      partId: SN2201.id,
      cableAllowanceW: 0,
      oobPorts: [],
      placed: undefined,
    }));
    const below = Math.ceil(contents.servers.length / 2);
    const stack = [
      ...contents.servers.slice(0, below),
      ...contents.core,
      ...oobSpecs,
      ...contents.servers.slice(below),
    ];
    const totalU = sumOf(stack, (d) => d.heightU);
    if (totalU > heightU) throw new Error(`${name}: ${totalU}U of devices exceed the ${heightU}U rack`);
    let u = Math.floor((heightU - totalU) / 2) + 1;
    const devices = stack.map((spec) => {
      const device: PlacedDevice = {
        name: `${prefix}-u${pad(u, 2)}-${spec.label}`,
        kind: spec.kind,
        role: spec.role,
        rack: name,
        u,
        heightU: spec.heightU,
        powerTypicalW: spec.powerTypicalW,
        powerMaxW: spec.powerMaxW,
        partId: spec.partId,
      };
      placements.set(device, { row, slot, u, heightU: spec.heightU, oobPorts: spec.oobPorts });
      u += spec.heightU;
      spec.placed = device;
      return device;
    });
    domain.rackIndexes.push(index);
    domain.switches.push(...devices.filter((d) => d.kind === 'sn2201'));
    const hasServers = contents.servers.length > 0;
    const hasCore = contents.core.length > 0;
    const role: RackRole = hasServers && hasCore ? 'mixed' : hasServers ? 'gpu' : 'network';
    const position = slot + 1;
    return {
      name,
      index,
      row: rowName(row),
      position,
      role,
      heightU,
      widthMm: input.physical.rackWidthMm,
      devices,
    };
  });

  const placementOf = (device: PlacedDevice): DevicePlacement => {
    const placement = placements.get(device);
    // The message is built only on failure: this runs for every cable end.
    if (!placement) throw new Error(`planner bug: floor position of ${device.name} is missing`);
    return placement;
  };
  const placedOf = (specs: readonly DeviceSpec[]) => specs.map((spec) => must(spec.placed, 'placed entry'));
  return {
    racks,
    workers: placedOf(groups.workers),
    leaves: placedOf(groups.leaves),
    spines: placedOf(groups.spines),
    superSpines: placedOf(groups.superSpines),
    northSouth: placedOf(groups.northSouth),
    controlPlane: placedOf(groups.controlPlane),
    oobDomains: [...domains.values()],
    placementOf,
    floor: floorPlan(floor, input),
  };
}
