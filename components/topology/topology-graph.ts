/**
 * The network as a small graph for drawing: switches, server groups (the servers of one leaf, as one
 * node) and edges that aggregate cable legs between them. Built from the placed devices and the cable
 * legs of the plan, so the drawing shows exactly what is cabled; nothing here sizes anything.
 */
import { plural } from '@/components/ui/plural';
import { cableTableOf } from '@/lib/plan/plan-transfer';
import type { ClusterPlan, DeviceRole, NetworkId, PlacedDevice } from '@/lib/plan/types';
import { blocksOfLayer, rackSpan, type SwitchLayer, type TopoBlock } from './topology-blocks';

export type { TopoBlock } from './topology-blocks';
export type TopoLayer = SwitchLayer | 'servers';

export interface TopoSwitch {
  kind: 'switch';
  id: string;
  device: string;
  role: DeviceRole;
  layer: TopoLayer;
  label: string;
  rack: string;
  u: number;
  /** The expanded block drawn around it (React Flow parent), or null when it stands alone. */
  blockId: string | null;
}

export interface TopoGroup {
  kind: 'group';
  id: string;
  /** The node above it: its leaf, or its leaf block for a block's summary; null for the control plane. */
  leafId: string | null;
  label: string;
  servers: string[];
  /** East-west legs per server and their speed ("2 x 400G"); 0 for the control-plane group. */
  legsPerServer: number;
  legGbps: number;
  expanded: boolean;
  role: DeviceRole;
  /** Where its servers stand: "rack-01 to rack-03". */
  racks: string;
  /** Leaves whose servers it holds: 1 for a leaf's group, more for a collapsed block's summary. */
  leaves: number;
  /** The servers of a collapsed leaf block: it opens with its block, not on its own. */
  summary: boolean;
}

export interface TopoServer {
  kind: 'server';
  id: string;
  device: string;
  groupId: string;
  label: string;
  role: DeviceRole;
}

export type TopoNode = TopoSwitch | TopoBlock | TopoGroup | TopoServer;

export interface TopoEdge {
  id: string;
  /** The upper node (spine above leaf above servers above north-south above OOB). */
  source: string;
  target: string;
  network: NetworkId;
  links: number;
  gbps: number;
}

export interface TopologyOptions {
  expanded: ReadonlySet<string>;
  northSouth: boolean;
  oob: boolean;
}

/** What the plan has, whatever is drawn: the view's summary line. */
export interface TopologyTotals {
  superSpines: number;
  /** Leaf-spine pods under the super-spines (0 without a 3rd tier). */
  pods: number;
  spines: number;
  leaves: number;
  serverGroups: number;
  servers: number;
  northSouth: number;
  oob: number;
}

/** The drawn nodes: switches shown one by one (alone or inside an expanded block), blocks, groups. */
export interface TopologyGraph {
  superSpines: TopoSwitch[];
  spines: TopoSwitch[];
  leaves: TopoSwitch[];
  blocks: TopoBlock[];
  groups: TopoGroup[];
  servers: TopoServer[];
  northSouth: TopoSwitch[];
  oob: TopoSwitch[];
  edges: TopoEdge[];
  totals: TopologyTotals;
}

const SWITCH_LAYER: Partial<Record<DeviceRole, SwitchLayer>> = {
  'super-spine': 'super-spine',
  spine: 'spine',
  leaf: 'leaf',
  'north-south': 'north-south',
  oob: 'oob',
};
const LAYER_RANK: Record<TopoLayer, number> = {
  'super-spine': 0,
  spine: 1,
  leaf: 2,
  servers: 3,
  'north-south': 4,
  oob: 5,
};
/** The fabric's links, drawn whatever else is shown. */
const FABRIC_NETWORKS: readonly NetworkId[] = ['east-west', 'leaf-spine', 'spine-superspine'];
const SERVER_ROLES: ReadonlySet<DeviceRole> = new Set(['compute', 'control-plane', 'spare']);

export const CONTROL_PLANE_GROUP_ID = 'grp:control-plane';
export const switchNodeId = (device: string) => `sw:${device}`;
export const groupNodeId = (leafDevice: string) => `grp:${leafDevice}`;
/** The summary of a collapsed leaf block's servers. */
export const summaryNodeId = (blockId: string) => `grp:${blockId}`;
export const serverNodeId = (device: string) => `srv:${device}`;

/** "a02-u20-leaf-1" (or "r02-u20-leaf-1") -> "leaf-1": the rack and U are shown separately. */
export function shortDeviceName(name: string): string {
  return name.replace(/^[a-z]*\d+-u\d+-/, '');
}

/** Every placed device by name, and its position in row order (racks in order, devices in rack order). */
interface DeviceIndex {
  devices: ReadonlyMap<string, PlacedDevice>;
  order: ReadonlyMap<string, number>;
}

/** Which leaf each GPU server hangs off, from the east-west cable legs. */
interface ServerLinks {
  leafOfServer: ReadonlyMap<string, string>;
  legsOfServer: ReadonlyMap<string, number>;
  /** Speed of an east-west leg (0 when there are none). */
  legGbps: number;
}

/** Step 1, index: the devices of the plan's racks, by name and in row order. */
function indexDevices(plan: ClusterPlan): DeviceIndex {
  const devices = new Map<string, PlacedDevice>();
  const order = new Map<string, number>();
  for (const rack of plan.racks) {
    for (const device of rack.devices) {
      order.set(device.name, order.size);
      devices.set(device.name, device);
    }
  }
  return { devices, order };
}

/** Step 1, index: each server's leaf and its east-west leg count, read from the cable legs. */
function indexServerLinks(plan: ClusterPlan, { devices }: DeviceIndex): ServerLinks {
  const leafOfServer = new Map<string, string>();
  const legsOfServer = new Map<string, number>();
  let legGbps = 0;
  const table = cableTableOf(plan);
  for (let i = 0; i < table.length; i++) {
    if (table.network(i) !== 'east-west') continue;
    const [first, end] = table.legs(i);
    for (let leg = first; leg < end; leg++) {
      const a = table.device(leg, 0);
      const b = table.device(leg, 1);
      const [sw, server] = devices.get(a)?.role === 'leaf' ? [a, b] : [b, a];
      leafOfServer.set(server, sw);
      legsOfServer.set(server, (legsOfServer.get(server) ?? 0) + 1);
      legGbps = table.speedGbps(leg);
    }
  }
  return { leafOfServer, legsOfServer, legGbps };
}

/** The servers of each leaf, in row order; leaves in the order their first server stands. */
function serversByLeaf({ order }: DeviceIndex, { leafOfServer }: ServerLinks): Map<string, string[]> {
  const serversOfLeaf = new Map<string, string[]>();
  const ordered = [...leafOfServer.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  for (const server of ordered) {
    const leaf = leafOfServer.get(server)!;
    const list = serversOfLeaf.get(leaf);
    if (list) list.push(server);
    else serversOfLeaf.set(leaf, [server]);
  }
  return serversOfLeaf;
}

/** Step 2, layers: every switch in its layer; leaves in server order, so a leaf sits over its group. */
function switchLayers(
  { devices }: DeviceIndex,
  serversOfLeaf: ReadonlyMap<string, string[]>,
): Record<SwitchLayer, TopoSwitch[]> {
  const layers: Record<SwitchLayer, TopoSwitch[]> = {
    'super-spine': [],
    spine: [],
    leaf: [],
    'north-south': [],
    oob: [],
  };
  for (const device of devices.values()) {
    const layer = SWITCH_LAYER[device.role];
    if (!layer) continue;
    layers[layer].push({
      kind: 'switch',
      id: switchNodeId(device.name),
      device: device.name,
      role: device.role,
      layer,
      label: shortDeviceName(device.name),
      rack: device.rack,
      u: device.u,
      blockId: null,
    });
  }
  const leafOrder = [...serversOfLeaf.keys()];
  layers.leaf.sort((a, b) => rankOf(leafOrder, a.device) - rankOf(leafOrder, b.device));
  return layers;
}

/** Step 3, blocks: the blocks of the big layers that are shown (north-south and OOB on request). */
function layerBlocks(
  plan: ClusterPlan,
  layers: Record<SwitchLayer, TopoSwitch[]>,
  options: TopologyOptions,
): TopoBlock[] {
  const shown: SwitchLayer[] = ['super-spine', 'spine', 'leaf'];
  if (options.northSouth) shown.push('north-south');
  if (options.oob) shown.push('oob');
  const modelOf: Record<SwitchLayer, string> = {
    'super-spine': plan.fabric.switchModel,
    spine: plan.fabric.switchModel,
    leaf: plan.fabric.switchModel,
    'north-south': plan.northSouth.switchModel,
    oob: plan.oob.switchModel,
  };
  const podOf = podsOf(plan);
  return shown.flatMap((layer) =>
    blocksOfLayer(
      layer,
      layers[layer][0]?.role ?? 'leaf',
      layers[layer],
      modelOf[layer],
      options.expanded,
      podOf && (layer === 'leaf' || layer === 'spine') ? (m) => podOf(layer, m.label) : undefined,
    ),
  );
}

/**
 * A 3-tier fabric's pod of each leaf and spine, by its label ("leaf-5" is fabric.leaves[4], "spine-2"
 * fabric.spines[1]; lib/plan/racks.ts names them so); null without a 3rd tier.
 */
function podsOf(plan: ClusterPlan): ((layer: SwitchLayer, label: string) => number | undefined) | null {
  if (plan.fabric.tiers !== 3) return null;
  return (layer, label) => {
    const index = Number(/-(\d+)$/.exec(label)?.[1]) - 1;
    if (layer === 'leaf') return plan.fabric.leaves[index]?.pod;
    if (layer === 'spine') return plan.fabric.spines[index]?.pod;
    return undefined;
  };
}

/** Step 3, blocks: the switches drawn one by one, and the node that draws each switch (it, or its block). */
function visibleSwitches(
  layers: Record<SwitchLayer, TopoSwitch[]>,
  blocks: readonly TopoBlock[],
  options: TopologyOptions,
): { shown: Record<SwitchLayer, TopoSwitch[]>; nodeOfSwitch: Map<string, string> } {
  const blockOfSwitch = new Map<string, TopoBlock>();
  for (const b of blocks) for (const member of b.members) blockOfSwitch.set(member, b);
  const nodeOfSwitch = new Map<string, string>();
  const visible = (list: readonly TopoSwitch[]): TopoSwitch[] => {
    const shown: TopoSwitch[] = [];
    for (const sw of list) {
      const b = blockOfSwitch.get(sw.id);
      nodeOfSwitch.set(sw.device, b && !b.expanded ? b.id : sw.id);
      if (!b) shown.push(sw);
      else if (b.expanded) shown.push({ ...sw, blockId: b.id });
    }
    return shown;
  };
  return {
    shown: {
      'super-spine': visible(layers['super-spine']),
      spine: visible(layers.spine),
      leaf: visible(layers.leaf),
      'north-south': options.northSouth ? visible(layers['north-south']) : [],
      oob: options.oob ? visible(layers.oob) : [],
    },
    nodeOfSwitch,
  };
}

/** Step 4, groups: one server group per leaf, keyed by the leaf's node id. */
function leafGroups(
  leaves: readonly TopoSwitch[],
  serversOfLeaf: ReadonlyMap<string, string[]>,
  links: ServerLinks,
  racksOf: (names: string[]) => string,
  options: TopologyOptions,
): Map<string, TopoGroup> {
  const groupOfLeaf = new Map<string, TopoGroup>();
  for (const leaf of leaves) {
    const servers = serversOfLeaf.get(leaf.device);
    if (!servers) continue;
    const id = groupNodeId(leaf.device);
    groupOfLeaf.set(leaf.id, {
      kind: 'group',
      id,
      leafId: leaf.id,
      label: plural(servers.length, 'server'),
      servers,
      legsPerServer: links.legsOfServer.get(servers[0]!) ?? 0,
      legGbps: links.legGbps,
      expanded: options.expanded.has(id),
      role: 'compute',
      racks: racksOf(servers),
      leaves: 1,
      summary: false,
    });
  }
  return groupOfLeaf;
}

/**
 * Step 4, groups: the drawn groups in leaf order (a collapsed block's leaves share one summary), then
 * the control-plane servers when another network than the GPU fabric is shown.
 */
function drawnGroups(
  leaves: readonly TopoSwitch[],
  blocks: readonly TopoBlock[],
  groupOfLeaf: ReadonlyMap<string, TopoGroup>,
  { devices }: DeviceIndex,
  racksOf: (names: string[]) => string,
  options: TopologyOptions,
): TopoGroup[] {
  const collapsedBlockOf = new Map<string, TopoBlock>();
  for (const b of blocks) if (!b.expanded) for (const member of b.members) collapsedBlockOf.set(member, b);
  const groups: TopoGroup[] = [];
  const summarised = new Set<string>();
  for (const leaf of leaves) {
    const b = collapsedBlockOf.get(leaf.id);
    if (b) {
      if (summarised.has(b.id)) continue;
      summarised.add(b.id);
      const summary = summaryOf(b, groupOfLeaf, racksOf);
      if (summary) groups.push(summary);
      continue;
    }
    const group = groupOfLeaf.get(leaf.id);
    if (group) groups.push(group);
  }

  const controlPlaneServers = [...devices.values()]
    .filter((d) => d.role === 'control-plane' || d.role === 'spare')
    .map((d) => d.name);
  if ((options.northSouth || options.oob) && controlPlaneServers.length > 0) {
    groups.push({
      kind: 'group',
      id: CONTROL_PLANE_GROUP_ID,
      leafId: null,
      label: plural(controlPlaneServers.length, 'control-plane server'),
      servers: controlPlaneServers,
      legsPerServer: 0,
      legGbps: 0,
      expanded: options.expanded.has(CONTROL_PLANE_GROUP_ID),
      role: 'control-plane',
      racks: racksOf(controlPlaneServers),
      leaves: 0,
      summary: false,
    });
  }
  return groups;
}

/** Step 4, groups: the servers of the expanded groups, each its own node. */
function drawnServers(groups: readonly TopoGroup[], { devices }: DeviceIndex): TopoServer[] {
  return groups
    .filter((g) => g.expanded)
    .flatMap((g) =>
      g.servers.map((device) => ({
        kind: 'server' as const,
        id: serverNodeId(device),
        device,
        groupId: g.id,
        label: shortDeviceName(device),
        role: devices.get(device)?.role ?? 'compute',
      })),
    );
}

/**
 * Step 5, edges: one edge per pair of drawn nodes and shown network; a bundle's count is the number of
 * cable legs in it. Each leg end is drawn by its server (expanded group), group, switch or block.
 */
function bundleEdges(
  plan: ClusterPlan,
  { devices }: DeviceIndex,
  groups: readonly TopoGroup[],
  nodeOfSwitch: ReadonlyMap<string, string>,
  options: TopologyOptions,
): TopoEdge[] {
  const groupOfServer = new Map<string, TopoGroup>();
  for (const group of groups) for (const server of group.servers) groupOfServer.set(server, group);
  const visibleNetworks = new Set<NetworkId>(FABRIC_NETWORKS);
  if (options.northSouth) visibleNetworks.add('north-south');
  if (options.oob) visibleNetworks.add('oob');

  const nodeOf = (device: string): { id: string; rank: number } | null => {
    const d = devices.get(device);
    if (!d) return null;
    if (SERVER_ROLES.has(d.role)) {
      const group = groupOfServer.get(device);
      if (!group) return null;
      return { id: group.expanded ? serverNodeId(device) : group.id, rank: LAYER_RANK.servers };
    }
    const layer = SWITCH_LAYER[d.role];
    if (!layer) return null;
    if (layer === 'north-south' && !options.northSouth) return null;
    if (layer === 'oob' && !options.oob) return null;
    return { id: nodeOfSwitch.get(device) ?? switchNodeId(device), rank: LAYER_RANK[layer] };
  };

  const edges = new Map<string, TopoEdge>();
  const table = cableTableOf(plan);
  // Devices by their interned id: each device's node is looked up once, not once per leg.
  const nodeById = new Map<number, ReturnType<typeof nodeOf>>();
  const nodeAt = (leg: number, end: 0 | 1) => {
    const id = table.deviceId(leg, end);
    let node = nodeById.get(id);
    if (node === undefined) {
      node = nodeOf(table.device(leg, end));
      nodeById.set(id, node);
    }
    return node;
  };
  for (let i = 0; i < table.length; i++) {
    const network = table.network(i);
    if (!visibleNetworks.has(network)) continue;
    const [first, end] = table.legs(i);
    for (let leg = first; leg < end; leg++) {
      const a = nodeAt(leg, 0);
      const b = nodeAt(leg, 1);
      if (!a || !b || a.id === b.id) continue;
      const [upper, lower] = a.rank <= b.rank ? [a, b] : [b, a];
      const key = `${network}|${upper.id}|${lower.id}`;
      const edge = edges.get(key);
      if (edge) edge.links += 1;
      else
        edges.set(key, {
          id: `e:${key}`,
          source: upper.id,
          target: lower.id,
          network,
          links: 1,
          gbps: table.speedGbps(leg),
        });
    }
  }
  return [...edges.values()];
}

/**
 * The drawn graph of a plan, in five steps: index the devices and server links, sort the switches
 * into layers, block the big layers, group the servers, bundle the cable legs into edges.
 */
export function buildTopology(plan: ClusterPlan, options: TopologyOptions): TopologyGraph {
  const index = indexDevices(plan);
  const links = indexServerLinks(plan, index);
  const serversOfLeaf = serversByLeaf(index, links);
  const layers = switchLayers(index, serversOfLeaf);
  const blocks = layerBlocks(plan, layers, options);
  const { shown, nodeOfSwitch } = visibleSwitches(layers, blocks, options);
  const racksOf = (names: string[]) => rackSpan(names.map((n) => index.devices.get(n)?.rack ?? ''));
  const groupOfLeaf = leafGroups(layers.leaf, serversOfLeaf, links, racksOf, options);
  const groups = drawnGroups(layers.leaf, blocks, groupOfLeaf, index, racksOf, options);
  return {
    superSpines: shown['super-spine'],
    spines: shown.spine,
    leaves: shown.leaf,
    blocks,
    groups,
    servers: drawnServers(groups, index),
    northSouth: shown['north-south'],
    oob: shown.oob,
    edges: bundleEdges(plan, index, groups, nodeOfSwitch, options),
    totals: {
      superSpines: layers['super-spine'].length,
      pods: plan.fabric.tiers === 3 ? plan.fabric.pods : 0,
      spines: layers.spine.length,
      leaves: layers.leaf.length,
      serverGroups: groupOfLeaf.size,
      servers: links.leafOfServer.size,
      northSouth: layers['north-south'].length,
      oob: layers.oob.length,
    },
  };
}

/** One group for the servers of a collapsed leaf block: the sum of its leaves' groups. */
function summaryOf(
  block: TopoBlock,
  groupOfLeaf: ReadonlyMap<string, TopoGroup>,
  racksOf: (names: string[]) => string,
): TopoGroup | null {
  const groups = block.members.map((id) => groupOfLeaf.get(id)).filter((g): g is TopoGroup => !!g);
  if (groups.length === 0) return null;
  const servers = groups.flatMap((g) => g.servers);
  return {
    kind: 'group',
    id: summaryNodeId(block.id),
    leafId: block.id,
    label: plural(servers.length, 'server'),
    servers,
    legsPerServer: groups[0]!.legsPerServer,
    legGbps: groups[0]!.legGbps,
    expanded: false,
    role: 'compute',
    racks: racksOf(servers),
    leaves: groups.length,
    summary: true,
  };
}

function rankOf(list: string[], value: string): number {
  const index = list.indexOf(value);
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}
