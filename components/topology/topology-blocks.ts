/**
 * The aggregation rule for big fabrics. A row of more than BLOCK_SIZE switches cannot be read (64
 * leaves under 32 spines is 2,048 crossing lines), so such a layer is drawn as blocks:
 * - leaves: blocks of BLOCK_SIZE consecutive leaves (in server order), each over one summary of its
 *   servers, so the columns of the fat-tree stay columns;
 * - spines, north-south and OOB switches: one tier node per layer (they serve every column).
 * Each block expands to its switches. Small layers (the RA's 1 spine, 2 leaves) are never blocked.
 * Nothing here counts links: the edges are the plan's cable legs, bundled by the node drawing each end.
 */
import type { DeviceRole } from '@/lib/plan/types';

export type SwitchLayer = 'super-spine' | 'spine' | 'leaf' | 'north-south' | 'oob';

/** Switches per leaf block, and the most switches a layer shows one by one. */
export const BLOCK_SIZE = 8;

export interface BlockMember {
  id: string;
  device: string;
  label: string;
  rack: string;
}

export interface TopoBlock {
  kind: 'block';
  id: string;
  layer: SwitchLayer;
  role: DeviceRole;
  /** "leaf-1 … leaf-8" */
  label: string;
  /** "8 × SN5610" */
  detail: string;
  /** Where its switches stand: "rack-002 to rack-030". */
  racks: string;
  /** Node ids of its switches, in order. */
  members: string[];
  expanded: boolean;
}

export const blockNodeId = (layer: SwitchLayer, index: number | null) =>
  index === null ? `blk:${layer}` : `blk:${layer}-${index + 1}`;
/** A 3-tier fabric's pod block: its leaves, or its spines. */
export const podBlockNodeId = (layer: SwitchLayer, pod: number) => `blk:${layer}-pod-${pod + 1}`;

/** Whether a layer of `count` switches is drawn as blocks. */
export function isBlocked(count: number): boolean {
  return count > BLOCK_SIZE;
}

/** "leaf-1 … leaf-8"; one member is just its name. */
export function rangeLabel(members: readonly BlockMember[]): string {
  const first = members[0]?.label ?? '';
  const last = members[members.length - 1]?.label ?? '';
  return members.length > 1 ? `${first} … ${last}` : first;
}

/** "rack-01", or "rack-01 to rack-09": the first and last rack in the order given. */
export function rackSpan(racks: readonly string[]): string {
  const distinct = [...new Set(racks)].filter(Boolean);
  if (distinct.length <= 1) return distinct[0] ?? '';
  return `${distinct[0]} to ${distinct[distinct.length - 1]}`;
}

function block(
  id: string,
  layer: SwitchLayer,
  role: DeviceRole,
  members: readonly BlockMember[],
  model: string,
  expanded: ReadonlySet<string>,
  label = rangeLabel(members),
): TopoBlock {
  return {
    kind: 'block',
    id,
    layer,
    role,
    label,
    detail: `${members.length} × ${model}`,
    racks: rackSpan(members.map((m) => m.rack)),
    members: members.map((m) => m.id),
    expanded: expanded.has(id),
  };
}

/**
 * The blocks of one switch layer (empty when the layer is small enough to draw switch by switch):
 * leaves in runs of BLOCK_SIZE, any other layer as a single tier. With `podOf` (a 3-tier fabric's
 * leaves and spines), one block per pod instead: the pod's leaves, or its spines.
 */
export function blocksOfLayer(
  layer: SwitchLayer,
  role: DeviceRole,
  switches: readonly BlockMember[],
  model: string,
  expanded: ReadonlySet<string>,
  podOf?: (member: BlockMember) => number | undefined,
): TopoBlock[] {
  if (!isBlocked(switches.length)) return [];
  if (podOf) return podBlocks(layer, role, switches, model, expanded, podOf);
  if (layer !== 'leaf') return [block(blockNodeId(layer, null), layer, role, switches, model, expanded)];
  const blocks: TopoBlock[] = [];
  for (let start = 0; start < switches.length; start += BLOCK_SIZE) {
    const members = switches.slice(start, start + BLOCK_SIZE);
    blocks.push(block(blockNodeId(layer, blocks.length), layer, role, members, model, expanded));
  }
  return blocks;
}

/** One block per pod, in pod order; switches of no pod (none today) are left out of every block. */
function podBlocks(
  layer: SwitchLayer,
  role: DeviceRole,
  switches: readonly BlockMember[],
  model: string,
  expanded: ReadonlySet<string>,
  podOf: (member: BlockMember) => number | undefined,
): TopoBlock[] {
  const byPod = new Map<number, BlockMember[]>();
  for (const sw of switches) {
    const pod = podOf(sw);
    if (pod === undefined) continue;
    const list = byPod.get(pod);
    if (list) list.push(sw);
    else byPod.set(pod, [sw]);
  }
  return [...byPod.entries()]
    .sort(([a], [b]) => a - b)
    .map(([pod, members]) =>
      // "pod 2 leaves": a range of 32 names does not fit the card; expanding the block lists them.
      block(
        podBlockNodeId(layer, pod),
        layer,
        role,
        members,
        model,
        expanded,
        `pod ${pod + 1} ${layer === 'leaf' ? 'leaves' : `${layer}s`}`,
      ),
    );
}
