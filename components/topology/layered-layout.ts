/**
 * Positions for the topology. A fat-tree is layered by construction (spines above leaves above the
 * servers of each leaf, then the north-south and OOB switches), so a hand-written layered layout is
 * exact and instant; a general graph layout (elk, dagre) would add weight and only rediscover these
 * rows. Each leaf sits over its own server group; every other row is spread and centred on the same axis.
 */
import type { TopoGroup, TopologyGraph, TopoSwitch } from './topology-graph';

export const SIZES = {
  switchW: 150,
  switchH: 48,
  groupW: 180,
  groupH: 64,
  serverW: 112,
  serverH: 28,
  gapX: 28,
  layerGapY: 110,
  gridCols: 8,
  gridGap: 6,
  groupPad: 10,
  groupHeader: 44,
} as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TopologyLayout {
  /** Absolute boxes of switches and groups; server boxes are relative to their group (React Flow parentId). */
  boxes: Map<string, Box>;
  width: number;
  height: number;
}

/** Size of a group: a card when collapsed; a container holding a grid of its servers when expanded. */
export function groupSize(group: TopoGroup): { width: number; height: number } {
  if (!group.expanded) return { width: SIZES.groupW, height: SIZES.groupH };
  const cols = Math.min(SIZES.gridCols, Math.max(1, group.servers.length));
  const rows = Math.ceil(group.servers.length / cols);
  return {
    width: Math.max(SIZES.groupW, SIZES.groupPad * 2 + cols * SIZES.serverW + (cols - 1) * SIZES.gridGap),
    height: SIZES.groupHeader + SIZES.groupPad + rows * SIZES.serverH + (rows - 1) * SIZES.gridGap,
  };
}

/** Places switches in a row centred on `centerX`, spread over `span` but never closer than a box and a gap. */
function spreadRow(items: TopoSwitch[], centerX: number, y: number, span: number, boxes: Map<string, Box>) {
  if (items.length === 0) return 0;
  const pitch = Math.max(SIZES.switchW + SIZES.gapX, span / items.length);
  const rowWidth = pitch * items.length - SIZES.gapX;
  const left = centerX - rowWidth / 2;
  items.forEach((item, i) => {
    const x = left + i * pitch + (pitch - SIZES.gapX - SIZES.switchW) / 2;
    boxes.set(item.id, { x, y, width: SIZES.switchW, height: SIZES.switchH });
  });
  return rowWidth;
}

/**
 * Vertical gaps grow with the width of the graph: 64 leaf columns are some 13,000 px wide, and with
 * fixed gaps the fitted drawing would be a thin strip. Taller gaps keep the spine-leaf mesh visible as
 * a mesh when the whole fabric is on screen.
 */
function verticalGaps(columnsWidth: number): { spineGap: number; groupGap: number } {
  return {
    spineGap: Math.max(SIZES.layerGapY, Math.round(columnsWidth * 0.18)),
    groupGap: Math.max(SIZES.layerGapY, Math.round(columnsWidth * 0.05)),
  };
}

export function layoutTopology(graph: TopologyGraph): TopologyLayout {
  const boxes = new Map<string, Box>();
  const estimatedWidth = graph.groups.reduce((w, g) => w + groupSize(g).width + SIZES.gapX, 0);
  const { spineGap, groupGap } = verticalGaps(estimatedWidth);
  const leafY = graph.spines.length > 0 ? SIZES.switchH + spineGap : 0;
  const groupsY = leafY + SIZES.switchH + groupGap;

  // Columns: one per server group, each as wide as its group.
  let x = 0;
  let tallest = 0;
  const columnOf = new Map<string, Box>();
  for (const group of graph.groups) {
    const size = groupSize(group);
    const box = { x, y: groupsY, ...size };
    boxes.set(group.id, box);
    if (group.leafId) columnOf.set(group.leafId, box);
    tallest = Math.max(tallest, size.height);
    x += size.width + SIZES.gapX;
  }
  // Leaves over their groups; a leaf without servers (none today) goes at the end.
  for (const leaf of graph.leaves) {
    const column = columnOf.get(leaf.id);
    if (column) {
      boxes.set(leaf.id, {
        x: column.x + (column.width - SIZES.switchW) / 2,
        y: leafY,
        width: SIZES.switchW,
        height: SIZES.switchH,
      });
    } else {
      boxes.set(leaf.id, { x, y: leafY, width: SIZES.switchW, height: SIZES.switchH });
      x += SIZES.switchW + SIZES.gapX;
    }
  }
  const columnsWidth = Math.max(SIZES.switchW, x - SIZES.gapX);
  const leafBoxes = graph.leaves.map((l) => boxes.get(l.id)!);
  const leafLeft = Math.min(...leafBoxes.map((b) => b.x), 0);
  const leafRight = Math.max(...leafBoxes.map((b) => b.x + b.width), columnsWidth);
  const centerX = (leafLeft + leafRight) / 2;
  const leafSpan = leafRight - leafLeft;

  let width = leafSpan;
  width = Math.max(width, spreadRow(graph.spines, centerX, 0, leafSpan, boxes));
  let y = groupsY + Math.max(tallest, SIZES.groupH) + groupGap;
  if (graph.northSouth.length > 0) {
    width = Math.max(width, spreadRow(graph.northSouth, centerX, y, leafSpan, boxes));
    y += SIZES.switchH + groupGap;
  }
  if (graph.oob.length > 0) {
    width = Math.max(width, spreadRow(graph.oob, centerX, y, leafSpan, boxes));
    y += SIZES.switchH + groupGap;
  }

  // Servers of expanded groups, in a grid inside their group (positions relative to the group).
  const groupById = new Map(graph.groups.map((g) => [g.id, g]));
  const indexInGroup = new Map<string, number>();
  for (const server of graph.servers) {
    const group = groupById.get(server.groupId);
    if (!group) continue;
    const index = indexInGroup.get(group.id) ?? 0;
    indexInGroup.set(group.id, index + 1);
    const cols = Math.min(SIZES.gridCols, Math.max(1, group.servers.length));
    boxes.set(server.id, {
      x: SIZES.groupPad + (index % cols) * (SIZES.serverW + SIZES.gridGap),
      y: SIZES.groupHeader + Math.floor(index / cols) * (SIZES.serverH + SIZES.gridGap),
      width: SIZES.serverW,
      height: SIZES.serverH,
    });
  }

  return { boxes, width, height: y - groupGap };
}
