/**
 * ClusterPlan -> React Flow nodes and edges (as liam-hq's convertSchemaToNodes does for schemas): the
 * domain graph from buildTopology, positions from layoutTopology, then plain objects React Flow draws.
 * Pure and deterministic, so it is tested on its own and memoised by the view.
 */
import type { Edge, Node, NodeHandle, Position } from '@xyflow/react';
import { formatGbps } from '@/components/ui/format';
import { plural } from '@/components/ui/plural';
import type { ClusterPlan, DeviceRole, NetworkId } from '@/lib/plan/types';
import { layoutTopology, SIZES } from './layered-layout';
import type { SwitchLayer } from './topology-blocks';
import { buildTopology, type TopoGroup, type TopologyGraph, type TopologyOptions } from './topology-graph';

export interface SwitchNodeData extends Record<string, unknown> {
  label: string;
  role: DeviceRole;
  rack: string;
  u: number;
}
export interface GroupNodeData extends Record<string, unknown> {
  label: string;
  detail: string;
  racks: string;
  role: DeviceRole;
  expanded: boolean;
  groupId: string;
  /** A collapsed block's servers: opened with the block, so it has no button of its own. */
  summary: boolean;
}
export interface BlockNodeData extends Record<string, unknown> {
  /** "leaf-1 … leaf-8" */
  label: string;
  /** "8 × SN5610" */
  detail: string;
  racks: string;
  role: DeviceRole;
  layer: SwitchLayer;
  expanded: boolean;
  blockId: string;
}
export interface ServerNodeData extends Record<string, unknown> {
  label: string;
  role: DeviceRole;
}
export interface TopoEdgeData extends Record<string, unknown> {
  network: NetworkId;
  links: number;
  gbps: number;
  text: string;
  /**
   * The server node of a link of one server of an expanded group, else null. A group's servers all
   * carry the same links, so their labels would pile up in a row over the group: such a link is
   * labelled only while its server is the focused node.
   */
  server: string | null;
}

export type SwitchFlowNode = Node<SwitchNodeData, 'switch'>;
export type GroupFlowNode = Node<GroupNodeData, 'serverGroup'>;
export type BlockFlowNode = Node<BlockNodeData, 'switchBlock'>;
export type ServerFlowNode = Node<ServerNodeData, 'server'>;
export type TopoFlowNode = SwitchFlowNode | BlockFlowNode | GroupFlowNode | ServerFlowNode;
export type TopoFlowEdge = Edge<TopoEdgeData>;

/** Above this many fabric edges, labels appear only on the links of the highlighted node. */
export const EDGE_LABEL_LIMIT = 120;

export interface FlowResult {
  nodes: TopoFlowNode[];
  edges: TopoFlowEdge[];
  graph: TopologyGraph;
  /** Children of each drawn container (expanded group or block): focusing one lights theirs too. */
  members: Map<string, string[]>;
}

export function edgeText(links: number, gbps: number): string {
  return `${links} × ${formatGbps(gbps)}`;
}

/**
 * Fixed size and handle positions for every node. React Flow then never needs to measure a node to
 * draw its edges, so node objects can be replaced (new plan, expanded group) without edges vanishing
 * until a re-measure that an unchanged size would never trigger.
 */
function fixed(
  width: number,
  height: number,
): { width: number; height: number; measured: { width: number; height: number }; handles: NodeHandle[] } {
  return {
    width,
    height,
    // The nodes render at exactly these sizes, so they count as measured from the start: React Flow's
    // fitView (which waits for measured nodes) then works after every plan change, not only the first.
    measured: { width, height },
    handles: [
      { type: 'target', position: 'top' as Position, x: width / 2, y: 0, width: 1, height: 1 },
      { type: 'source', position: 'bottom' as Position, x: width / 2, y: height, width: 1, height: 1 },
    ],
  };
}

/** "× 2 × 400G" per server; a block's summary says how many groups it sums. */
function groupDetail(group: TopoGroup): string {
  if (group.legsPerServer === 0) return 'not on the GPU fabric';
  const legs = `${group.legsPerServer} × ${formatGbps(group.legGbps)}`;
  return group.summary ? `${plural(group.leaves, 'group')} · ${legs} each` : `× ${legs}`;
}

export function planToFlow(plan: ClusterPlan, options: TopologyOptions): FlowResult {
  const graph = buildTopology(plan, options);
  const { boxes } = layoutTopology(graph);
  const position = (id: string) => {
    const box = boxes.get(id)!;
    return { x: box.x, y: box.y };
  };
  const members = new Map<string, string[]>();
  const addMember = (parent: string, child: string) => {
    const list = members.get(parent);
    if (list) list.push(child);
    else members.set(parent, [child]);
  };

  // Row by row, each block before its switches: React Flow needs a parent before its children.
  const nodes: TopoFlowNode[] = [];
  const rows = [
    ['super-spine', graph.superSpines],
    ['spine', graph.spines],
    ['leaf', graph.leaves],
    ['north-south', graph.northSouth],
    ['oob', graph.oob],
  ] as const;
  for (const [layer, switches] of rows) {
    for (const block of graph.blocks) {
      if (block.layer !== layer) continue;
      const box = boxes.get(block.id)!;
      nodes.push({
        id: block.id,
        type: 'switchBlock',
        position: { x: box.x, y: box.y },
        ...fixed(box.width, box.height),
        data: {
          label: block.label,
          detail: block.detail,
          racks: block.racks,
          role: block.role,
          layer: block.layer,
          expanded: block.expanded,
          blockId: block.id,
        },
        draggable: false,
        connectable: false,
      });
    }
    for (const sw of switches) {
      if (sw.blockId) addMember(sw.blockId, sw.id);
      nodes.push({
        id: sw.id,
        type: 'switch',
        ...(sw.blockId ? { parentId: sw.blockId, extent: 'parent' as const } : {}),
        position: position(sw.id),
        ...fixed(SIZES.switchW, SIZES.switchH),
        data: { label: sw.label, role: sw.role, rack: sw.rack, u: sw.u },
        draggable: false,
        connectable: false,
      });
    }
  }
  // Groups come before their servers: React Flow needs a parent before its children.
  for (const group of graph.groups) {
    const box = boxes.get(group.id)!;
    nodes.push({
      id: group.id,
      type: 'serverGroup',
      position: { x: box.x, y: box.y },
      ...fixed(box.width, box.height),
      data: {
        label: group.label,
        detail: groupDetail(group),
        racks: group.racks,
        role: group.role,
        expanded: group.expanded,
        groupId: group.id,
        summary: group.summary,
      },
      draggable: false,
      connectable: false,
      selectable: true,
    });
    if (!group.expanded) continue;
    for (const server of graph.servers) {
      if (server.groupId !== group.id) continue;
      addMember(group.id, server.id);
      nodes.push({
        id: server.id,
        type: 'server',
        parentId: group.id,
        extent: 'parent',
        position: position(server.id),
        ...fixed(SIZES.serverW, SIZES.serverH),
        data: { label: server.label, role: server.role },
        draggable: false,
        connectable: false,
      });
    }
  }

  // Labels by default only on the fabric's aggregated links (spine-leaf, leaf-group): the per-server
  // and the north-south / OOB links get theirs when their node is highlighted.
  const servers = new Set(graph.servers.map((s) => s.id));
  const children = new Set(nodes.filter((n) => n.parentId).map((n) => n.id));
  const labelWorthy = (e: (typeof graph.edges)[number]) =>
    (e.network === 'east-west' || e.network === 'leaf-spine' || e.network === 'spine-superspine') &&
    !servers.has(e.target);
  const labelled = graph.edges.filter(labelWorthy).length <= EDGE_LABEL_LIMIT;
  const edges: TopoFlowEdge[] = graph.edges.map((e) => {
    const text = edgeText(e.links, e.gbps);
    return {
      id: e.id,
      source: e.source,
      target: e.target,
      type: 'straight',
      className: `net-${e.network}`,
      // The 3rd tier's links in the spine colour, as the leaf-spine ones (app/globals.css styles those).
      ...(e.network === 'spine-superspine' ? { style: { stroke: 'var(--role-spine)' } } : {}),
      label: labelled && labelWorthy(e) ? text : undefined,
      data: {
        network: e.network,
        links: e.links,
        gbps: e.gbps,
        text,
        server: servers.has(e.target) ? e.target : servers.has(e.source) ? e.source : null,
      },
      focusable: false,
      selectable: false,
      // React Flow raises the links of a container's children (a group's servers, a block's switches)
      // to the children's layer, over every node they pass, striking through its name; -1 keeps them at
      // the other links' level, under the nodes.
      ...(children.has(e.source) || children.has(e.target) ? { zIndex: -1 } : {}),
    };
  });
  return { nodes, edges, graph, members };
}

/**
 * Ids of the edges touching `nodeId` (or, for an expanded container, any of its `members`) and of the
 * nodes at their other ends. A collapsed block's edges are its bundles, so they light the same way.
 */
export function neighbourhood(
  edges: readonly TopoFlowEdge[],
  nodeId: string,
  members: ReadonlyMap<string, readonly string[]> = new Map(),
): { edgeIds: Set<string>; nodeIds: Set<string> } {
  const edgeIds = new Set<string>();
  const nodeIds = new Set<string>([nodeId, ...(members.get(nodeId) ?? [])]);
  const own = new Set(nodeIds);
  for (const edge of edges) {
    if (own.has(edge.source) || own.has(edge.target)) {
      edgeIds.add(edge.id);
      nodeIds.add(edge.source);
      nodeIds.add(edge.target);
    }
  }
  return { edgeIds, nodeIds };
}

/**
 * What to frame once `id` was expanded. A group: itself (its servers). A block: its switches and the
 * nodes their fabric links reach below (a leaf block's server groups, the spine tier's leaves), not the
 * tier above, which would widen the frame to half the drawing; the links' labels still show above.
 */
export function framedAfterExpand(flow: FlowResult, id: string): string[] {
  if (!flow.graph.blocks.some((b) => b.id === id)) return [id];
  const own = new Set([id, ...(flow.members.get(id) ?? [])]);
  const framed = new Set(own);
  for (const e of flow.edges) {
    const network = e.data?.network;
    const fabric = network === 'leaf-spine' || network === 'east-west' || network === 'spine-superspine';
    if (fabric && own.has(e.source)) framed.add(e.target);
  }
  // A switch reached inside another expanded block brings that block (its name) into the frame.
  for (const [parent, children] of flow.members) {
    if (children.some((c) => framed.has(c))) framed.add(parent);
  }
  return [...framed];
}

/**
 * The label of a lit edge: its text, except on a server's link while the focus is not that server
 * (its leaf, its group): those links all say the same, which the group's card states once.
 */
function litLabel(edge: TopoFlowEdge, focusId: string): TopoFlowEdge['label'] {
  const server = edge.data?.server;
  return server && server !== focusId ? edge.label : edge.data?.text;
}

/**
 * Lights the links of the focused node (strong stroke, label even when the graph is too big for labels
 * everywhere; see litLabel) and returns the node ids to keep undimmed. Nodes are never re-created for a hover: the
 * view mutes the others with one CSS rule keyed on React Flow's data-id, so hovering a switch in a graph
 * of thousands touches a handful of edges and no nodes.
 */
export function applyFocus(
  edges: TopoFlowEdge[],
  focusId: string | null,
  members?: ReadonlyMap<string, readonly string[]>,
): { edges: TopoFlowEdge[]; litNodeIds: Set<string> } {
  if (!focusId) return { edges, litNodeIds: new Set() };
  const { edgeIds, nodeIds } = neighbourhood(edges, focusId, members);
  return {
    edges: edges.map((e) =>
      edgeIds.has(e.id) ? { ...e, className: `${e.className ?? ''} lit`, label: litLabel(e, focusId) } : e,
    ),
    litNodeIds: nodeIds,
  };
}

/**
 * CSS that marks the lit nodes and mutes the others. Muting is a greyscale filter, not opacity: the
 * other nodes' names stay at full text contrast (WCAG 1.4.3), only their role colour goes; the lit
 * nodes keep it and get a ring, so the highlight does not rely on colour alone.
 */
export function focusStyle(scope: string, litNodeIds: ReadonlySet<string>): string {
  if (litNodeIds.size === 0) return '';
  const ids = [...litNodeIds].map((id) => `[data-id="${id.replace(/["\\]/g, '\\$&')}"]`);
  const keep = ids.map((id) => `:not(${id})`).join('');
  const lit = ids.map((id) => `${scope} .react-flow__node${id}>div`).join(',');
  return `${scope} .react-flow__node${keep}{filter:grayscale(1)}${lit}{box-shadow:0 0 0 2px var(--edge-strong)}`;
}
