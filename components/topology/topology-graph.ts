/**
 * The network as a small graph for drawing: switches, server groups (the servers of one leaf, as one
 * node) and edges that aggregate cable legs between them. Built from the placed devices and the cable
 * legs of the plan, so the drawing shows exactly what is cabled; nothing here sizes anything.
 */
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
  spines: number;
  leaves: number;
  serverGroups: number;
  servers: number;
  northSouth: number;
  oob: number;
}

/** The drawn nodes: switches shown one by one (alone or inside an expanded block), blocks, groups. */
export interface TopologyGraph {
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
  spine: 'spine',
  leaf: 'leaf',
  'north-south': 'north-south',
  oob: 'oob',
};
const LAYER_RANK: Record<TopoLayer, number> = { spine: 0, leaf: 1, servers: 2, 'north-south': 3, oob: 4 };
const SERVER_ROLES: ReadonlySet<DeviceRole> = new Set(['compute', 'control-plane', 'spare']);

export const CONTROL_PLANE_GROUP_ID = 'grp:control-plane';
export const switchNodeId = (device: string) => `sw:${device}`;
export const groupNodeId = (leafDevice: string) => `grp:${leafDevice}`;
/** The summary of a collapsed leaf block's servers. */
export const summaryNodeId = (blockId: string) => `grp:${blockId}`;
export const serverNodeId = (device: string) => `srv:${device}`;

/** "r02-u20-leaf-1" -> "leaf-1": the rack and U are shown separately. */
export function shortDeviceName(name: string): string {
  return name.replace(/^r\d+-u\d+-/, '');
}

export function buildTopology(plan: ClusterPlan, options: TopologyOptions): TopologyGraph {
  const devices = new Map<string, PlacedDevice>();
  const order = new Map<string, number>();
  for (const rack of plan.racks) {
    for (const device of rack.devices) {
      order.set(device.name, order.size);
      devices.set(device.name, device);
    }
  }

  // Which leaf each server hangs off, and how many east-west legs it has.
  const leafOfServer = new Map<string, string>();
  const legsOfServer = new Map<string, number>();
  let legGbps = 0;
  for (const cable of plan.cabling.cables) {
    if (cable.network !== 'east-west') continue;
    for (const leg of cable.legs) {
      const [sw, server] = devices.get(leg.a.device)?.role === 'leaf' ? [leg.a, leg.b] : [leg.b, leg.a];
      leafOfServer.set(server.device, sw.device);
      legsOfServer.set(server.device, (legsOfServer.get(server.device) ?? 0) + 1);
      legGbps = leg.speedGbps;
    }
  }

  const switchesByLayer: Record<SwitchLayer, TopoSwitch[]> = {
    spine: [],
    leaf: [],
    'north-south': [],
    oob: [],
  };
  for (const device of devices.values()) {
    const layer = SWITCH_LAYER[device.role];
    if (!layer) continue;
    switchesByLayer[layer].push({
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

  // Groups in server order: a leaf's group sits where its first server is in the row.
  const serversOfLeaf = new Map<string, string[]>();
  const orderedServers = [...leafOfServer.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  for (const server of orderedServers) {
    const leaf = leafOfServer.get(server)!;
    const list = serversOfLeaf.get(leaf) ?? [];
    list.push(server);
    serversOfLeaf.set(leaf, list);
  }
  const leafOrder = [...serversOfLeaf.keys()];
  const allLeaves = [...switchesByLayer.leaf].sort(
    (a, b) => rankOf(leafOrder, a.device) - rankOf(leafOrder, b.device),
  );
  const racksOf = (names: string[]) => rackSpan(names.map((n) => devices.get(n)?.rack ?? ''));

  const groupOfLeaf = new Map<string, TopoGroup>();
  for (const leaf of allLeaves) {
    const servers = serversOfLeaf.get(leaf.device);
    if (!servers) continue;
    const id = groupNodeId(leaf.device);
    groupOfLeaf.set(leaf.id, {
      kind: 'group',
      id,
      leafId: leaf.id,
      label: `${servers.length} servers`,
      servers,
      legsPerServer: legsOfServer.get(servers[0]!) ?? 0,
      legGbps,
      expanded: options.expanded.has(id),
      role: 'compute',
      racks: racksOf(servers),
      leaves: 1,
      summary: false,
    });
  }

  // Blocks of big layers; the north-south and OOB layers only when shown.
  const shownLayers: SwitchLayer[] = ['spine', 'leaf'];
  if (options.northSouth) shownLayers.push('north-south');
  if (options.oob) shownLayers.push('oob');
  const modelOf: Record<SwitchLayer, string> = {
    spine: plan.fabric.switchModel,
    leaf: plan.fabric.switchModel,
    'north-south': plan.northSouth.switchModel,
    oob: plan.oob.switchModel,
  };
  const blocks: TopoBlock[] = [];
  const leafBlocks: TopoBlock[] = [];
  for (const layer of shownLayers) {
    const switches = layer === 'leaf' ? allLeaves : switchesByLayer[layer];
    const role = switches[0]?.role ?? 'leaf';
    const layerBlocks = blocksOfLayer(layer, role, switches, modelOf[layer], options.expanded);
    blocks.push(...layerBlocks);
    if (layer === 'leaf') leafBlocks.push(...layerBlocks);
  }

  // The node that draws each switch: itself, or its block while the block is collapsed.
  const blockOfSwitch = new Map<string, TopoBlock>();
  for (const b of blocks) for (const member of b.members) blockOfSwitch.set(member, b);
  const nodeOfSwitch = new Map<string, string>();
  const visible = (list: TopoSwitch[]): TopoSwitch[] => {
    const shown: TopoSwitch[] = [];
    for (const sw of list) {
      const b = blockOfSwitch.get(sw.id);
      nodeOfSwitch.set(sw.device, b && !b.expanded ? b.id : sw.id);
      if (!b) shown.push(sw);
      else if (b.expanded) shown.push({ ...sw, blockId: b.id });
    }
    return shown;
  };
  const spines = visible(switchesByLayer.spine);
  const leaves = visible(allLeaves);
  const northSouth = options.northSouth ? visible(switchesByLayer['north-south']) : [];
  const oob = options.oob ? visible(switchesByLayer.oob) : [];

  // Server groups in leaf order; a collapsed block's leaves share one summary group.
  const groups: TopoGroup[] = [];
  const summarised = new Set<string>();
  for (const leaf of allLeaves) {
    const b = blockOfSwitch.get(leaf.id);
    if (b && !b.expanded) {
      if (summarised.has(b.id)) continue;
      summarised.add(b.id);
      const summary = summaryOf(b, groupOfLeaf, racksOf);
      if (summary) groups.push(summary);
      continue;
    }
    const group = groupOfLeaf.get(leaf.id);
    if (group) groups.push(group);
  }

  const showsOtherNetworks = options.northSouth || options.oob;
  const controlPlaneServers = [...devices.values()]
    .filter((d) => d.role === 'control-plane' || d.role === 'spare')
    .map((d) => d.name);
  if (showsOtherNetworks && controlPlaneServers.length > 0) {
    groups.push({
      kind: 'group',
      id: CONTROL_PLANE_GROUP_ID,
      leafId: null,
      label: `${controlPlaneServers.length} control plane`,
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

  // Where a server is drawn: its own node when its group is expanded, else the group.
  const groupOfServer = new Map<string, TopoGroup>();
  for (const group of groups) for (const server of group.servers) groupOfServer.set(server, group);
  const servers: TopoServer[] = groups
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

  const visibleNetworks = new Set<NetworkId>(['east-west', 'leaf-spine']);
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

  // One edge per pair of drawn nodes and network: a bundle's count is the number of cable legs in it.
  const edges = new Map<string, TopoEdge>();
  for (const cable of plan.cabling.cables) {
    if (!visibleNetworks.has(cable.network)) continue;
    for (const leg of cable.legs) {
      const a = nodeOf(leg.a.device);
      const b = nodeOf(leg.b.device);
      if (!a || !b || a.id === b.id) continue;
      const [upper, lower] = a.rank <= b.rank ? [a, b] : [b, a];
      const key = `${cable.network}|${upper.id}|${lower.id}`;
      const edge = edges.get(key);
      if (edge) edge.links += 1;
      else
        edges.set(key, {
          id: `e:${key}`,
          source: upper.id,
          target: lower.id,
          network: cable.network,
          links: 1,
          gbps: leg.speedGbps,
        });
    }
  }

  return {
    spines,
    leaves,
    blocks,
    groups,
    servers,
    northSouth,
    oob,
    edges: [...edges.values()],
    totals: {
      spines: switchesByLayer.spine.length,
      leaves: allLeaves.length,
      serverGroups: groupOfLeaf.size,
      servers: leafOfServer.size,
      northSouth: switchesByLayer['north-south'].length,
      oob: switchesByLayer.oob.length,
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
    label: `${servers.length} servers`,
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
