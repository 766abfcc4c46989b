import { describe, expect, it } from 'vitest';
import { aPlannedDesign } from '@/lib/design/schema';
import { ROOMY_CIDRS } from '@/lib/design/test-support/arbitraries';
import { planCluster } from '@/lib/plan/plan-cluster';
import { framedAfterExpand, planToFlow } from './plan-to-flow';
import { podBlockNodeId } from './topology-blocks';

// lib/plan/fabric.test.ts: 4,096 workers on 1-4-3-200 -> 4 pods of 32 leaves and 32 spines,
// 64 super-spines; 4,096 leaf-spine and 4,096 spine-super-spine links of 800G.
const big = planCluster(aPlannedDesign({ workerNodes: 4096, ...ROOMY_CIDRS }));
const none = { expanded: new Set<string>(), northSouth: false, oob: false };
const flow = planToFlow(big, none);
const box = (id: string) => flow.nodes.find((n) => n.id === id)!;
const edgesOf = (network: string) => flow.edges.filter((e) => e.data?.network === network);
const total = (network: string) => edgesOf(network).reduce((s, e) => s + (e.data?.links ?? 0), 0);

describe('planToFlow: a 3-tier fabric (4,096 workers, 4 pods)', () => {
  it('draws the super-spines as one tier above the spines, the spines and leaves as one block per pod', () => {
    expect(big.fabric.tiers).toBe(3);
    expect(flow.graph.totals).toMatchObject({ superSpines: 64, pods: 4, spines: 128, leaves: 128 });
    const blocks = flow.graph.blocks.map((b) => [b.id, b.members.length]);
    expect(blocks).toEqual([
      ['blk:super-spine', 64],
      ...[0, 1, 2, 3].map((p) => [podBlockNodeId('spine', p), 32]),
      ...[0, 1, 2, 3].map((p) => [podBlockNodeId('leaf', p), 32]),
    ]);
    expect(flow.graph.blocks.find((b) => b.id === podBlockNodeId('spine', 3))?.label).toBe('pod 4 spines');
    expect(flow.graph.blocks.find((b) => b.id === podBlockNodeId('leaf', 1))?.label).toBe('pod 2 leaves');
    // Tiers from the top: super-spines, spines, leaves, then the pods' servers.
    const ys = ['blk:super-spine', podBlockNodeId('spine', 0), podBlockNodeId('leaf', 0)].map(
      (id) => box(id).position.y,
    );
    expect(ys[0]).toBeLessThan(ys[1]!);
    expect(ys[1]).toBeLessThan(ys[2]!);
    expect(flow.graph.groups).toHaveLength(4);
    expect(flow.nodes.length).toBeLessThan(20);
  });

  it('bundles the links: super-spines to each pod, each pod spines to its own leaves, counts as in the plan', () => {
    expect(edgesOf('spine-superspine').map((e) => [e.source, e.target, e.label])).toEqual(
      [0, 1, 2, 3].map((p) => ['blk:super-spine', podBlockNodeId('spine', p), '1024 × 800G']),
    );
    expect(edgesOf('leaf-spine').map((e) => [e.source, e.target])).toEqual(
      [0, 1, 2, 3].map((p) => [podBlockNodeId('spine', p), podBlockNodeId('leaf', p)]),
    );
    expect(total('spine-superspine')).toBe(big.fabric.superSpineLinks);
    expect(total('leaf-spine')).toBe(big.fabric.spineLinks);
    expect(total('east-west')).toBe(big.fabric.serverPorts);
  });

  it('opens a pod: its spines one by one, linked to the super-spine tier and to their pod leaves', () => {
    const id = podBlockNodeId('spine', 2);
    const open = planToFlow(big, { ...none, expanded: new Set([id]) });
    const spines = open.nodes.filter((n) => n.parentId === id);
    expect(spines).toHaveLength(32);
    const up = open.edges.filter((e) => e.data?.network === 'spine-superspine' && e.target.startsWith('sw:'));
    expect(up).toHaveLength(32);
    expect(framedAfterExpand(open, id)).toContain(podBlockNodeId('leaf', 2));
  });

  it('leaves 2-tier drawings as they were: no super-spine tier, leaves in blocks of 8', () => {
    const two = planToFlow(planCluster(aPlannedDesign({ workerNodes: 2048, ...ROOMY_CIDRS })), none);
    expect(two.graph.superSpines).toHaveLength(0);
    expect(two.graph.totals).toMatchObject({ superSpines: 0, pods: 0 });
    expect(two.graph.blocks.filter((b) => b.layer === 'leaf').every((b) => b.members.length <= 8)).toBe(true);
    expect(two.edges.some((e) => e.data?.network === 'spine-superspine')).toBe(false);
  });
});
