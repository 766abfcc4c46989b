/**
 * The network as a small graph for drawing: switches, server groups (the servers of one leaf, as one
 * node) and edges that aggregate cable legs between them. Built from the placed devices and the cable
 * legs of the plan, so the drawing shows exactly what is cabled; nothing here sizes anything.
 */
import type { ClusterPlan, DeviceRole, NetworkId, PlacedDevice } from '@/lib/plan/types';

export type TopoLayer = 'spine' | 'leaf' | 'servers' | 'north-south' | 'oob';

export interface TopoSwitch {
  kind: 'switch';
  id: string;
  device: string;
  role: DeviceRole;
  layer: TopoLayer;
  label: string;
  rack: string;
  u: number;
}

export interface TopoGroup {
  kind: 'group';
  id: string;
  /** The leaf whose servers these are, or null for the control-plane group. */
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
}

export interface TopoServer {
  kind: 'server';
  id: string;
  device: string;
  groupId: string;
  label: string;
  role: DeviceRole;
}

export type TopoNode = TopoSwitch | TopoGroup | TopoServer;

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

export interface TopologyGraph {
  spines: TopoSwitch[];
  leaves: TopoSwitch[];
  groups: TopoGroup[];
  servers: TopoServer[];
  northSouth: TopoSwitch[];
  oob: TopoSwitch[];
  edges: TopoEdge[];
}

const SWITCH_LAYER: Partial<Record<DeviceRole, TopoLayer>> = {
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

  const switchesByLayer: Record<TopoLayer, TopoSwitch[]> = {
    spine: [],
    leaf: [],
    servers: [],
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
  const leaves = [...switchesByLayer.leaf].sort(
    (a, b) => rankOf(leafOrder, a.device) - rankOf(leafOrder, b.device),
  );

  const groups: TopoGroup[] = leaves
    .filter((leaf) => serversOfLeaf.has(leaf.device))
    .map((leaf) => {
      const servers = serversOfLeaf.get(leaf.device)!;
      const id = groupNodeId(leaf.device);
      return {
        kind: 'group',
        id,
        leafId: leaf.id,
        label: `${servers.length} servers`,
        servers,
        legsPerServer: legsOfServer.get(servers[0]!) ?? 0,
        legGbps,
        expanded: options.expanded.has(id),
        role: 'compute',
        racks: rackSpan(servers, devices),
      };
    });

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
      racks: rackSpan(controlPlaneServers, devices),
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
    return { id: switchNodeId(device), rank: LAYER_RANK[layer] };
  };

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
    spines: switchesByLayer.spine,
    leaves,
    groups,
    servers,
    northSouth: options.northSouth ? switchesByLayer['north-south'] : [],
    oob: options.oob ? switchesByLayer.oob : [],
    edges: [...edges.values()],
  };
}

function rackSpan(servers: string[], devices: Map<string, PlacedDevice>): string {
  const racks = [...new Set(servers.map((s) => devices.get(s)?.rack ?? ''))].filter(Boolean);
  if (racks.length <= 1) return racks[0] ?? '';
  return `${racks[0]} to ${racks[racks.length - 1]}`;
}

function rankOf(list: string[], value: string): number {
  const index = list.indexOf(value);
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}
