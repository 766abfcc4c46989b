import { describe, expect, it } from 'vitest';
import { aDesign } from '@/lib/design/schema';
import { planCluster } from '@/lib/plan/plan-cluster';
import { blockNodeId } from './topology-blocks';
import {
  buildTopology,
  shortDeviceName,
  summaryNodeId,
  type TopoEdge,
  type TopologyGraph,
} from './topology-graph';

const none = { expanded: new Set<string>(), northSouth: false, oob: false };
const big = planCluster(
  aDesign({ layout: '1-2-2-200', workerNodes: 4096, podCidr: '100.64.0.0/11', serviceCidr: '100.96.0.0/14' }),
);
const ra48 = planCluster(aDesign({ layout: '1-4-3-200', workerNodes: 48 }));
const leafBlock = (i: number) => blockNodeId('leaf', i);
const SPINES = blockNodeId('spine', null);

const links = (edges: TopoEdge[], network: string) =>
  edges.filter((e) => e.network === network).reduce((s, e) => s + e.links, 0);
const edge = (graph: TopologyGraph, source: string, target: string) =>
  graph.edges.find((e) => e.source === source && e.target === target);
/** The plan's leaves of leaf block `i` (blocks of 8 in leaf order). */
const leavesOfBlock = (i: number) => big.fabric.leaves.slice(i * 8, i * 8 + 8);

describe('buildTopology at 4,096 workers', () => {
  const graph = buildTopology(big, none);

  it('draws 64 leaves as 8 blocks under one spine tier, no switch on its own', () => {
    expect(graph.blocks.map((b) => b.id)).toEqual([SPINES, ...[0, 1, 2, 3, 4, 5, 6, 7].map(leafBlock)]);
    expect(graph.spines).toEqual([]);
    expect(graph.leaves).toEqual([]);
    expect(graph.totals).toMatchObject({ spines: 32, leaves: 64, serverGroups: 64, servers: 4096 });
    expect(graph.groups.map((g) => g.id)).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7].map((i) => summaryNodeId(leafBlock(i))),
    );
  });

  it('bundles one edge per block to the spine tier, with the uplinks the plan gives its leaves', () => {
    const uplinks = graph.edges.filter((e) => e.network === 'leaf-spine');
    expect(uplinks).toHaveLength(8);
    uplinks.forEach((e, i) => {
      expect([e.source, e.target]).toEqual([SPINES, leafBlock(i)]);
      expect(e.links).toBe(leavesOfBlock(i).reduce((s, l) => s + l.uplinks, 0));
      expect(e.gbps).toBe(big.fabric.spineLinkGbps);
    });
    expect(links(graph.edges, 'leaf-spine')).toBe(big.fabric.spineLinks);
  });

  it("sums each block's servers and server ports into one summary and one edge", () => {
    graph.groups.forEach((g, i) => {
      expect(g.summary).toBe(true);
      expect(g.servers).toHaveLength(leavesOfBlock(i).reduce((s, l) => s + l.servers, 0));
      expect(g.leaves).toBe(8);
      expect(edge(graph, leafBlock(i), g.id)?.links).toBe(
        leavesOfBlock(i).reduce((s, l) => s + l.serverPorts, 0),
      );
    });
    expect(links(graph.edges, 'east-west')).toBe(big.fabric.serverPorts);
  });

  it('expanding a block yields its 8 leaves, each linked to the spine tier and its own group', () => {
    const open = buildTopology(big, { ...none, expanded: new Set([leafBlock(0)]) });
    expect(open.leaves.map((l) => [l.label, l.blockId])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((i) => [`leaf-${i}`, leafBlock(0)]),
    );
    expect(open.blocks.find((b) => b.id === leafBlock(0))?.expanded).toBe(true);
    open.leaves.forEach((leaf, i) => {
      expect(edge(open, SPINES, leaf.id)?.links).toBe(big.fabric.leaves[i]!.uplinks);
      const group = open.groups.find((g) => g.leafId === leaf.id)!;
      expect(group.servers).toHaveLength(big.fabric.leaves[i]!.servers);
      expect(edge(open, leaf.id, group.id)?.links).toBe(big.fabric.leaves[i]!.serverPorts);
    });
    // The other blocks stay bundled, and nothing is lost.
    expect(open.groups.filter((g) => g.summary)).toHaveLength(7);
    expect(links(open.edges, 'leaf-spine')).toBe(big.fabric.spineLinks);
    expect(links(open.edges, 'east-west')).toBe(big.fabric.serverPorts);
  });

  it("expanding the spine tier links each spine to each block with the plan's uplinks per spine", () => {
    const open = buildTopology(big, { ...none, expanded: new Set([SPINES]) });
    expect(open.spines).toHaveLength(32);
    for (const spine of open.spines) {
      const index = Number(spine.label.replace('spine-', '')) - 1;
      for (let b = 0; b < 8; b++) {
        const expected = leavesOfBlock(b).reduce((s, l) => s + (l.uplinksPerSpine[index] ?? 0), 0);
        expect(edge(open, spine.id, leafBlock(b))?.links ?? 0).toBe(expected);
      }
    }
    expect(links(open.edges, 'leaf-spine')).toBe(big.fabric.spineLinks);
  });

  it('aggregates the north-south and OOB networks the same way: one tier each, totals kept', () => {
    const all = buildTopology(big, { ...none, northSouth: true, oob: true });
    const ns = blockNodeId('north-south', null);
    const oob = blockNodeId('oob', null);
    expect(all.blocks.map((b) => b.id)).toEqual(expect.arrayContaining([ns, oob]));
    expect(all.northSouth).toEqual([]);
    expect(all.oob).toEqual([]);
    expect(all.totals).toMatchObject({ northSouth: big.northSouth.switches, oob: big.oob.switches });
    // The workers' DPU ports, and the 2 NIC ports of each of the 3 control-plane nodes and the spare.
    expect(links(all.edges, 'north-south')).toBe(big.northSouth.serverPorts + 4 * 2);
    expect(links(all.edges, 'oob')).toBe(big.oob.totalPorts);
    expect(all.edges.filter((e) => e.network === 'north-south').every((e) => e.target === ns)).toBe(true);
    expect(all.edges.length).toBeLessThan(60);
  });
});

describe('buildTopology for the RA sizes', () => {
  it('draws every switch and leaf group as before: no blocks', () => {
    const graph = buildTopology(ra48, { ...none, northSouth: true, oob: true });
    expect(graph.blocks).toEqual([]);
    expect(graph.spines).toHaveLength(1);
    expect(graph.leaves).toHaveLength(2);
    expect(graph.northSouth).toHaveLength(ra48.northSouth.switches);
    expect(graph.oob).toHaveLength(ra48.oob.switches);
    expect([...graph.spines, ...graph.leaves].every((s) => s.blockId === null)).toBe(true);
    expect(graph.groups.every((g) => !g.summary)).toBe(true);
  });
});

describe('labels', () => {
  it('names a group of one server in the singular, and the control-plane group by what it holds', () => {
    const one = buildTopology(planCluster(aDesign({ workerNodes: 1 })), { ...none, northSouth: true });
    expect(one.groups.map((g) => g.label)).toEqual(['1 server', '4 control-plane servers']);
    expect(buildTopology(ra48, none).groups.map((g) => g.label)).toEqual(['32 servers', '16 servers']);
  });

  it('drops the rack and U from device names, whatever the rack is called', () => {
    expect(shortDeviceName('r02-u20-leaf-1')).toBe('leaf-1');
    expect(shortDeviceName('a02-u20-leaf-1')).toBe('leaf-1');
    expect(shortDeviceName('ab12-u07-gpu-0042')).toBe('gpu-0042');
    expect(shortDeviceName('leaf-1')).toBe('leaf-1');
  });
});
