import { describe, expect, it } from 'vitest';
import { aDesign } from '@/lib/design/schema';
import { planCluster } from '@/lib/plan/plan-cluster';
import { type Box, layoutTopology, SIZES } from './layered-layout';
import { buildTopology, type TopologyGraph } from './topology-graph';

const none = { expanded: new Set<string>(), northSouth: false, oob: false };
const big = planCluster(
  aDesign({ layout: '1-2-2-200', workerNodes: 4096, podCidr: '100.64.0.0/11', serviceCidr: '100.96.0.0/14' }),
);
const centre = (b: Box) => b.x + b.width / 2;

/** Top-level boxes (not inside a container) by row, each row checked for overlaps. */
function expectNoOverlapInRows(graph: TopologyGraph, boxes: Map<string, Box>) {
  const children = new Set([
    ...graph.servers.map((s) => s.id),
    ...[...graph.spines, ...graph.leaves, ...graph.northSouth, ...graph.oob]
      .filter((s) => s.blockId)
      .map((s) => s.id),
  ]);
  const rows = new Map<number, Box[]>();
  for (const [id, box] of boxes) if (!children.has(id)) rows.set(box.y, [...(rows.get(box.y) ?? []), box]);
  for (const row of rows.values()) {
    const sorted = row.sort((a, b) => a.x - b.x);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i]!.x).toBeGreaterThanOrEqual(sorted[i - 1]!.x + sorted[i - 1]!.width);
    }
  }
}

describe('layoutTopology with blocks', () => {
  it('puts 8 leaf blocks over their server summaries under a centred spine tier, within a screen', () => {
    const graph = buildTopology(big, none);
    const { boxes, width } = layoutTopology(graph);
    const tier = boxes.get('blk:spine')!;
    const blocks = graph.blocks.filter((b) => b.layer === 'leaf').map((b) => boxes.get(b.id)!);
    for (const group of graph.groups) {
      const g = boxes.get(group.id)!;
      const b = boxes.get(group.leafId!)!;
      expect(centre(b)).toBeCloseTo(centre(g));
      expect(g.y).toBeGreaterThan(b.y + b.height);
    }
    expect(new Set(blocks.map((b) => b.y)).size).toBe(1);
    expect(blocks[0]!.y).toBeGreaterThan(tier.y + tier.height);
    expect(centre(tier)).toBeCloseTo((blocks[0]!.x + blocks[7]!.x + blocks[7]!.width) / 2);
    // Narrow enough that the fitted overview keeps its text readable in a 1440 px window.
    expect(width).toBeLessThanOrEqual(1400);
    expectNoOverlapInRows(graph, boxes);
  });

  it('opens a block as a container: its name on the left, each leaf over its own group', () => {
    const graph = buildTopology(big, { ...none, expanded: new Set(['blk:leaf-2']) });
    const { boxes } = layoutTopology(graph);
    const block = boxes.get('blk:leaf-2')!;
    const closed = boxes.get('blk:leaf-1')!;
    expect(graph.leaves).toHaveLength(8);
    for (const leaf of graph.leaves) {
      const rel = boxes.get(leaf.id)!;
      expect(rel.x).toBeGreaterThanOrEqual(SIZES.blockHeaderW);
      expect(rel.x + rel.width).toBeLessThanOrEqual(block.width);
      expect(rel.y + rel.height).toBeLessThanOrEqual(block.height);
      // Same line as the collapsed blocks, so every spine link ends at one height.
      expect(block.y + rel.y).toBe(closed.y);
      const group = boxes.get(graph.groups.find((g) => g.leafId === leaf.id)!.id)!;
      expect(block.x + centre(rel)).toBeCloseTo(centre(group));
    }
    expectNoOverlapInRows(graph, boxes);
  });

  it('opens the spine tier as a grid of its switches inside the tier', () => {
    const graph = buildTopology(big, { ...none, expanded: new Set(['blk:spine']) });
    const { boxes } = layoutTopology(graph);
    const tier = boxes.get('blk:spine')!;
    const rows = new Set(graph.spines.map((s) => boxes.get(s.id)!.y));
    expect(rows.size).toBe(Math.ceil(32 / SIZES.tierCols));
    for (const spine of graph.spines) {
      const rel = boxes.get(spine.id)!;
      expect(rel.x).toBeGreaterThanOrEqual(SIZES.blockHeaderW);
      expect(rel.x + rel.width).toBeLessThanOrEqual(tier.width);
      expect(rel.y + rel.height).toBeLessThanOrEqual(tier.height);
    }
    const leafRow = boxes.get('blk:leaf-1')!.y;
    expect(leafRow).toBeGreaterThan(tier.y + tier.height);
  });

  it('is deterministic, with the north-south and OOB tiers below the servers', () => {
    const options = { ...none, northSouth: true, oob: true, expanded: new Set(['blk:leaf-3', 'blk:oob']) };
    const a = layoutTopology(buildTopology(big, options));
    const b = layoutTopology(buildTopology(big, options));
    expect([...a.boxes]).toEqual([...b.boxes]);
    const groupsBottom = Math.max(
      ...buildTopology(big, options).groups.map((g) => a.boxes.get(g.id)!.y + a.boxes.get(g.id)!.height),
    );
    expect(a.boxes.get('blk:north-south')!.y).toBeGreaterThan(groupsBottom);
    expect(a.boxes.get('blk:oob')!.y).toBeGreaterThan(a.boxes.get('blk:north-south')!.y);
    expectNoOverlapInRows(buildTopology(big, options), a.boxes);
  });
});
