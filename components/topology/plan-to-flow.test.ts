import { describe, expect, it } from 'vitest';
import { aDesign } from '@/lib/design/schema';
import { planCluster } from '@/lib/plan/plan-cluster';
import { layoutTopology } from './layered-layout';
import { applyFocus, focusStyle, framedAfterExpand, neighbourhood, planToFlow } from './plan-to-flow';
import { buildTopology, groupNodeId } from './topology-graph';

const none = { expanded: new Set<string>(), northSouth: false, oob: false };
const ra48 = planCluster(aDesign({ layout: '1-4-3-200', workerNodes: 48 }));
const ra32 = planCluster(aDesign({ layout: '1-4-3-200', workerNodes: 32 }));

const nodesOfType = (flow: ReturnType<typeof planToFlow>, type: string) =>
  flow.nodes.filter((n) => n.type === type);

describe('planToFlow', () => {
  it('draws the RA 48-node case as 2 leaves under 1 spine, with link counts on the edges', () => {
    const flow = planToFlow(ra48, none);
    expect(flow.graph.spines).toHaveLength(1);
    expect(flow.graph.leaves).toHaveLength(2);
    expect(flow.graph.groups.map((g) => [g.label, g.legsPerServer, g.legGbps])).toEqual([
      ['32 servers', 2, 400],
      ['16 servers', 2, 400],
    ]);
    const uplinks = flow.edges.filter((e) => e.data?.network === 'leaf-spine').map((e) => e.label);
    expect(uplinks).toEqual(['32 × 800G', '16 × 800G']);
    const downlinks = flow.edges.filter((e) => e.data?.network === 'east-west').map((e) => e.label);
    expect(downlinks).toEqual(['64 × 400G', '32 × 400G']);
  });

  it('link counts match the plan: uplinks per spine and server ports', () => {
    const flow = planToFlow(ra48, none);
    const total = (network: string) =>
      flow.edges.filter((e) => e.data?.network === network).reduce((s, e) => s + (e.data?.links ?? 0), 0);
    expect(total('leaf-spine')).toBe(ra48.fabric.spineLinks);
    expect(total('east-west')).toBe(ra48.fabric.serverPorts);
  });

  it('draws the RA 32-node case as a single leaf and no spine', () => {
    const flow = planToFlow(ra32, none);
    expect(flow.graph.spines).toHaveLength(0);
    expect(flow.graph.leaves).toHaveLength(1);
    expect(flow.edges.filter((e) => e.data?.network === 'leaf-spine')).toHaveLength(0);
  });

  it('expands a group into its servers, each linked to the leaf', () => {
    const leaf = ra48.racks.flatMap((r) => r.devices).find((d) => d.role === 'leaf')!;
    const group = groupNodeId(leaf.name);
    const flow = planToFlow(ra48, { ...none, expanded: new Set([group]) });
    const servers = nodesOfType(flow, 'server');
    expect(servers.length).toBeGreaterThan(0);
    expect(servers.every((s) => s.parentId === group)).toBe(true);
    const groupIndex = flow.nodes.findIndex((n) => n.id === group);
    expect(flow.nodes.findIndex((n) => n.parentId === group)).toBeGreaterThan(groupIndex);
    const serverEdges = flow.edges.filter((e) => servers.some((s) => s.id === e.target));
    expect(serverEdges).toHaveLength(servers.length);
    expect(new Set(serverEdges.map((e) => e.data?.text))).toEqual(new Set(['2 × 400G']));
    // Per-server links are labelled only when highlighted, to keep the drawing readable.
    expect(serverEdges.every((e) => e.label === undefined)).toBe(true);
  });

  it('adds the north-south and out-of-band networks on request, with the control-plane group', () => {
    const flow = planToFlow(ra48, { ...none, northSouth: true, oob: true });
    expect(flow.graph.northSouth).toHaveLength(ra48.northSouth.switches);
    expect(flow.graph.oob).toHaveLength(ra48.oob.switches);
    expect(flow.graph.groups.at(-1)?.role).toBe('control-plane');
    const nsLinks = flow.edges
      .filter((e) => e.data?.network === 'north-south')
      .reduce((s, e) => s + (e.data?.links ?? 0), 0);
    // The workers' DPU ports, and the 2 NIC ports of each of the 3 control-plane nodes and the spare.
    expect(nsLinks).toBe(ra48.northSouth.serverPorts + 4 * 2);
  });

  it('keeps 4,096 workers to a few dozen nodes by blocks, their bundled links labelled', () => {
    const big = planCluster(
      aDesign({
        layout: '1-2-2-200',
        workerNodes: 4096,
        podCidr: '100.64.0.0/11',
        serviceCidr: '100.96.0.0/14',
      }),
    );
    const flow = planToFlow(big, none);
    expect(nodesOfType(flow, 'switchBlock')).toHaveLength(9);
    expect(nodesOfType(flow, 'switch')).toHaveLength(0);
    expect(flow.nodes.length).toBeLessThan(20);
    const uplinks = flow.edges.filter((e) => e.data?.network === 'leaf-spine').map((e) => e.label);
    expect(uplinks).toEqual(Array(8).fill('256 × 800G'));
    const summary = nodesOfType(flow, 'serverGroup')[0]!;
    expect(summary.data).toMatchObject({
      label: '512 servers',
      detail: '8 groups · 1 × 400G each',
      summary: true,
    });

    // An expanded block is the parent of its leaves; their links stay under the nodes.
    const open = planToFlow(big, { ...none, expanded: new Set(['blk:leaf-1']) });
    const leaves = nodesOfType(open, 'switch');
    expect(leaves).toHaveLength(8);
    expect(leaves.every((l) => l.parentId === 'blk:leaf-1' && l.extent === 'parent')).toBe(true);
    const blockIndex = open.nodes.findIndex((n) => n.id === 'blk:leaf-1');
    expect(open.nodes.findIndex((n) => n.parentId === 'blk:leaf-1')).toBeGreaterThan(blockIndex);
    expect(open.members.get('blk:leaf-1')).toEqual(leaves.map((l) => l.id));
    const leafEdges = open.edges.filter((e) => leaves.some((l) => l.id === e.source || l.id === e.target));
    expect(leafEdges).toHaveLength(16);
    expect(leafEdges.every((e) => e.zIndex === -1 && typeof e.label === 'string')).toBe(true);
  });

  it('highlights the links of a node and their other ends', () => {
    const flow = planToFlow(ra48, none);
    const spine = flow.graph.spines[0]!.id;
    const { edgeIds, nodeIds } = neighbourhood(flow.edges, spine);
    expect(edgeIds.size).toBe(2);
    expect([...nodeIds].sort()).toEqual([spine, ...flow.graph.leaves.map((l) => l.id)].sort());
  });
});

describe('focus', () => {
  it('lights the links of the focused node and labels them, without touching other edges', () => {
    const big = planToFlow(planCluster(aDesign({ layout: '1-2-2-200', workerNodes: 1024 })), {
      ...none,
      expanded: new Set(['blk:leaf-1']),
    });
    const leaf = big.graph.leaves[3]!.id;
    const { edges, litNodeIds } = applyFocus(big.edges, leaf);
    const lit = edges.filter((e) => e.className?.includes('lit'));
    expect(lit.length).toBe(big.graph.spines.length + 1);
    expect(lit.every((e) => typeof e.label === 'string')).toBe(true);
    const untouched = edges.filter((e, i) => e === big.edges[i]);
    expect(untouched.length).toBe(big.edges.length - lit.length);
    expect(litNodeIds.has(leaf)).toBe(true);
    const css = focusStyle('.c', litNodeIds);
    expect(css).toContain(`:not([data-id="${leaf}"])`);
    expect(css).toContain(`.c .react-flow__node[data-id="${leaf}"]>div`);
    // Muted nodes keep their text contrast: no opacity, only their role colour goes.
    expect(css).not.toContain('opacity');
    expect(focusStyle('.c', new Set())).toBe('');
  });

  it("labels an expanded group's server links only when that server is focused, so labels never pile up", () => {
    const leaf = ra48.racks.flatMap((r) => r.devices).find((d) => d.role === 'leaf')!;
    const group = groupNodeId(leaf.name);
    const flow = planToFlow(ra48, { ...none, northSouth: true, expanded: new Set([group]) });
    const servers = flow.nodes.filter((n) => n.parentId === group).map((n) => n.id);
    const labelled = (edges: typeof flow.edges) =>
      edges.filter((e) => e.className?.includes('lit') && e.label !== undefined);
    const touchesServer = (e: (typeof flow.edges)[number]) =>
      servers.includes(e.source) || servers.includes(e.target);

    // The group (all its servers lit), its leaf and a north-south switch: no server link is labelled.
    const ns = flow.graph.northSouth[0]!.id;
    for (const focus of [group, `sw:${leaf.name}`, ns]) {
      const { edges } = applyFocus(flow.edges, focus, flow.members);
      expect(edges.filter((e) => e.className?.includes('lit')).some(touchesServer)).toBe(true);
      expect(labelled(edges).filter(touchesServer)).toEqual([]);
    }
    // The leaf's own uplink keeps its label.
    const leafFocus = applyFocus(flow.edges, `sw:${leaf.name}`, flow.members).edges;
    expect(labelled(leafFocus).map((e) => e.data?.network)).toContain('leaf-spine');
    // One server: its own links (east-west and north-south) are labelled.
    const server = servers[0]!;
    const own = labelled(applyFocus(flow.edges, server, flow.members).edges);
    expect(own.map((e) => e.data?.text).sort()).toEqual(['2 × 200G', '2 × 400G']);
    expect(own.every((e) => e.source === server || e.target === server)).toBe(true);
  });

  it('lights the bundles of a collapsed block, and the links of all switches of an expanded one', () => {
    const plan = planCluster(aDesign({ layout: '1-2-2-200', workerNodes: 1024 }));
    const closed = planToFlow(plan, none);
    const bundle = applyFocus(closed.edges, 'blk:leaf-2', closed.members);
    // Its servers below, and each of the 8 spines (a layer of 8 is drawn switch by switch) above.
    const texts = bundle.edges.filter((e) => e.className?.includes('lit')).map((e) => e.data?.text);
    expect(texts).toEqual(['512 × 400G', ...Array(8).fill('32 × 800G')]);
    const open = planToFlow(plan, { ...none, expanded: new Set(['blk:leaf-1']) });
    const all = applyFocus(open.edges, 'blk:leaf-1', open.members);
    // 8 leaves, each with 8 spines and its group.
    expect(all.edges.filter((e) => e.className?.includes('lit'))).toHaveLength(8 * 9);
    for (const leaf of open.graph.leaves) expect(all.litNodeIds.has(leaf.id)).toBe(true);
  });

  it('frames an expanded block with the nodes its links reach below, a group alone', () => {
    const plan = planCluster(aDesign({ layout: '1-2-2-200', workerNodes: 1024 }));
    const open = planToFlow(plan, { ...none, expanded: new Set(['blk:leaf-1']) });
    const framed = framedAfterExpand(open, 'blk:leaf-1');
    const groups = open.graph.groups.filter((g) => open.graph.leaves.some((l) => l.id === g.leafId));
    expect(new Set(framed)).toEqual(
      new Set(['blk:leaf-1', ...open.graph.leaves.map((l) => l.id), ...groups.map((g) => g.id)]),
    );
    expect(framedAfterExpand(open, groups[0]!.id)).toEqual([groups[0]!.id]);
  });

  it('gives every node a fixed size and handles, so edges never wait for a measurement', () => {
    const flow = planToFlow(ra48, { ...none, northSouth: true });
    for (const node of flow.nodes) {
      expect(node.width).toBeGreaterThan(0);
      expect(node.height).toBeGreaterThan(0);
      expect(node.handles?.map((h) => h.type)).toEqual(['target', 'source']);
    }
  });
});

describe('layoutTopology', () => {
  it('layers spines above leaves above groups, leaves centred over their groups, no overlaps in a row', () => {
    const graph = buildTopology(ra48, { ...none, northSouth: true, oob: true });
    const { boxes } = layoutTopology(graph);
    const y = (id: string) => boxes.get(id)!.y;
    const spineY = y(graph.spines[0]!.id);
    for (const leaf of graph.leaves) expect(y(leaf.id)).toBeGreaterThan(spineY);
    for (const group of graph.groups) expect(y(group.id)).toBeGreaterThan(y(graph.leaves[0]!.id));
    for (const ns of graph.northSouth) expect(y(ns.id)).toBeGreaterThan(y(graph.groups[0]!.id));
    for (const group of graph.groups.filter((g) => g.leafId)) {
      const g = boxes.get(group.id)!;
      const l = boxes.get(group.leafId!)!;
      expect(l.x + l.width / 2).toBeCloseTo(g.x + g.width / 2);
    }
    const rows = new Map<number, { x: number; width: number }[]>();
    for (const box of boxes.values()) rows.set(box.y, [...(rows.get(box.y) ?? []), box]);
    for (const row of rows.values()) {
      const sorted = row.sort((a, b) => a.x - b.x);
      for (let i = 1; i < sorted.length; i++) {
        expect(sorted[i]!.x).toBeGreaterThanOrEqual(sorted[i - 1]!.x + sorted[i - 1]!.width);
      }
    }
  });
});
