/**
 * Positions for the topology. A fat-tree is layered by construction (spines above leaves above the
 * servers of each leaf, then the north-south and OOB switches), so a hand-written layered layout is
 * exact and instant; a general graph layout (elk, dagre) would add weight and only rediscover these
 * rows. Each leaf (or leaf block) sits over its own server group; every other row is spread and centred
 * on the same axis. An expanded block is a container: its name on the left, its switches to the right
 * (leaves over their groups, other layers in a grid), so no link crosses the name.
 */
import type { TopoBlock } from './topology-blocks';
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
  /** A collapsed block, and the summary of its servers: as narrow as a switch, so 8 blocks fit a screen. */
  blockW: 150,
  blockH: 64,
  /** Columns of leaf blocks: closer than the columns of single leaves. */
  blockGapX: 24,
  /** The name column on the left of an expanded block. */
  blockHeaderW: 150,
  /** Switches per row in an expanded tier (spines, north-south, OOB). */
  tierCols: 8,
} as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TopologyLayout {
  /**
   * Absolute boxes of top-level nodes; boxes of servers and of switches inside an expanded block are
   * relative to their container (React Flow parentId).
   */
  boxes: Map<string, Box>;
  width: number;
  height: number;
}

/**
 * Size of a group: a card when collapsed; a container holding a grid of its servers when expanded.
 * Cards under blocks (`narrow`) are as narrow as the block cards, so a block's columns stay close.
 */
export function groupSize(group: TopoGroup, narrow = false): { width: number; height: number } {
  if (!group.expanded) return { width: narrow ? SIZES.blockW : SIZES.groupW, height: SIZES.groupH };
  const cols = Math.min(SIZES.gridCols, Math.max(1, group.servers.length));
  const rows = Math.ceil(group.servers.length / cols);
  return {
    width: Math.max(SIZES.groupW, SIZES.groupPad * 2 + cols * SIZES.serverW + (cols - 1) * SIZES.gridGap),
    height: SIZES.groupHeader + SIZES.groupPad + rows * SIZES.serverH + (rows - 1) * SIZES.gridGap,
  };
}

/** Height of an expanded block holding one row of switches. */
const BLOCK_ROW_H = Math.max(SIZES.blockH, SIZES.switchH + 2 * SIZES.groupPad);

/** Size of a block that is not a leaf block: a card, or its name beside a grid of its switches. */
export function tierSize(block: TopoBlock): { width: number; height: number } {
  if (!block.expanded) return { width: SIZES.blockW, height: SIZES.blockH };
  const cols = Math.min(SIZES.tierCols, Math.max(1, block.members.length));
  const rows = Math.ceil(block.members.length / cols);
  return {
    width: SIZES.blockHeaderW + SIZES.groupPad * 2 + cols * SIZES.switchW + (cols - 1) * SIZES.gridGap,
    height: Math.max(BLOCK_ROW_H, SIZES.groupPad * 2 + rows * SIZES.switchH + (rows - 1) * SIZES.gridGap),
  };
}

interface RowItem {
  id: string;
  width: number;
  height: number;
}

/**
 * Places items in a row centred on `centerX`, spread over `span` but never closer than a box and a gap;
 * each item is centred in its slot. Returns the row's width and height.
 */
function spreadRow(
  items: RowItem[],
  centerX: number,
  y: number,
  span: number,
  boxes: Map<string, Box>,
): { width: number; height: number } {
  if (items.length === 0) return { width: 0, height: 0 };
  const widest = Math.max(...items.map((i) => i.width));
  const pitch = Math.max(widest + SIZES.gapX, span / items.length);
  const rowWidth = pitch * items.length - SIZES.gapX;
  const left = centerX - rowWidth / 2;
  items.forEach((item, i) => {
    const x = left + i * pitch + (pitch - SIZES.gapX - item.width) / 2;
    boxes.set(item.id, { x, y, width: item.width, height: item.height });
  });
  return { width: rowWidth, height: Math.max(...items.map((i) => i.height)) };
}

/** A switch layer's row: its blocks if it has any, else its switches that stand alone. */
function rowOf(graph: TopologyGraph, switches: TopoSwitch[], layer: TopoBlock['layer']): RowItem[] {
  const blocks = graph.blocks.filter((b) => b.layer === layer);
  if (blocks.length > 0) return blocks.map((b) => ({ id: b.id, ...tierSize(b) }));
  return switches
    .filter((s) => s.blockId === null)
    .map((s) => ({ id: s.id, width: SIZES.switchW, height: SIZES.switchH }));
}

/** The switches of an expanded tier, in a grid right of its name (positions relative to the block). */
function placeTierMembers(block: TopoBlock, boxes: Map<string, Box>) {
  if (!block.expanded) return;
  const cols = Math.min(SIZES.tierCols, Math.max(1, block.members.length));
  block.members.forEach((id, index) => {
    boxes.set(id, {
      x: SIZES.blockHeaderW + SIZES.groupPad + (index % cols) * (SIZES.switchW + SIZES.gridGap),
      y: SIZES.groupPad + Math.floor(index / cols) * (SIZES.switchH + SIZES.gridGap),
      width: SIZES.switchW,
      height: SIZES.switchH,
    });
  });
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
  const leafBlocks = graph.blocks.filter((b) => b.layer === 'leaf');
  const blockOfLeaf = new Map(graph.leaves.map((l) => [l.id, l.blockId]));
  const inBlock = (group: TopoGroup) => group.summary || !!blockOfLeaf.get(group.leafId ?? '');

  // Columns: one per server group, each as wide as its group; an expanded block first leaves room
  // for its name. Columns of blocks stand closer together (their cards are narrow).
  let x = 0;
  let tallest = 0;
  const columns: Box[] = [];
  const columnOf = new Map<string, Box>();
  const headed = new Set<string>();
  for (const group of graph.groups) {
    const blockId = blockOfLeaf.get(group.leafId ?? '');
    if (blockId && !headed.has(blockId)) {
      headed.add(blockId);
      x += SIZES.blockHeaderW;
    }
    const size = groupSize(group, inBlock(group));
    const column = { x, y: 0, ...size };
    columns.push(column);
    if (group.leafId) columnOf.set(group.leafId, column);
    tallest = Math.max(tallest, size.height);
    x += size.width + (inBlock(group) ? SIZES.blockGapX : SIZES.gapX);
  }

  const superRow = rowOf(graph, graph.superSpines, 'super-spine');
  const spineRow = rowOf(graph, graph.spines, 'spine');
  const { spineGap, groupGap } = verticalGaps(x);
  // A 3rd tier stands over the spines, as the spines over the leaves.
  const spineY = superRow.length > 0 ? Math.max(...superRow.map((i) => i.height)) + spineGap : 0;
  const leafY = spineRow.length > 0 ? spineY + Math.max(...spineRow.map((i) => i.height)) + spineGap : spineY;

  // The leaf row: leaves (alone or in an expanded block) and collapsed blocks, each over its column;
  // one without servers (none today) goes at the end.
  const overColumn = (id: string, width: number, height: number) => {
    const column = columnOf.get(id);
    if (column) {
      boxes.set(id, { x: column.x + (column.width - width) / 2, y: leafY, width, height });
    } else {
      boxes.set(id, { x, y: leafY, width, height });
      x += width + SIZES.gapX;
    }
  };
  let leafRowH: number = SIZES.switchH;
  for (const leaf of graph.leaves) overColumn(leaf.id, SIZES.switchW, SIZES.switchH);
  for (const block of leafBlocks) {
    if (!block.expanded) {
      overColumn(block.id, SIZES.blockW, SIZES.blockH);
      leafRowH = Math.max(leafRowH, SIZES.blockH);
      continue;
    }
    // Around its leaves with its name on their left; the leaves' tops stay on the row's line.
    const members = block.members.map((id) => boxes.get(id)).filter((b): b is Box => !!b);
    if (members.length === 0) continue;
    const left = Math.min(...members.map((b) => b.x)) - SIZES.groupPad - SIZES.blockHeaderW;
    const right = Math.max(...members.map((b) => b.x + b.width)) + SIZES.groupPad;
    const top = leafY - SIZES.groupPad;
    boxes.set(block.id, { x: left, y: top, width: right - left, height: BLOCK_ROW_H });
    for (const id of block.members) {
      const b = boxes.get(id);
      if (b) boxes.set(id, { ...b, x: b.x - left, y: b.y - top });
    }
    leafRowH = Math.max(leafRowH, BLOCK_ROW_H - SIZES.groupPad);
  }

  const groupsY = leafY + leafRowH + groupGap;
  graph.groups.forEach((group, i) => {
    boxes.set(group.id, { ...columns[i]!, y: groupsY });
  });

  const leafRow = [
    ...graph.leaves.filter((l) => l.blockId === null).map((l) => boxes.get(l.id)!),
    ...leafBlocks.map((b) => boxes.get(b.id)).filter((b): b is Box => !!b),
  ];
  const columnsWidth = Math.max(SIZES.switchW, x - SIZES.gapX);
  const leafLeft = Math.min(...leafRow.map((b) => b.x), 0);
  const leafRight = Math.max(...leafRow.map((b) => b.x + b.width), columnsWidth);
  const centerX = (leafLeft + leafRight) / 2;
  const leafSpan = leafRight - leafLeft;

  let width = leafSpan;
  width = Math.max(width, spreadRow(superRow, centerX, 0, leafSpan, boxes).width);
  width = Math.max(width, spreadRow(spineRow, centerX, spineY, leafSpan, boxes).width);
  let y = groupsY + Math.max(tallest, SIZES.groupH) + groupGap;
  for (const [switches, layer] of [
    [graph.northSouth, 'north-south'],
    [graph.oob, 'oob'],
  ] as const) {
    const row = rowOf(graph, switches, layer);
    if (row.length === 0) continue;
    const placed = spreadRow(row, centerX, y, leafSpan, boxes);
    width = Math.max(width, placed.width);
    y += placed.height + groupGap;
  }
  for (const block of graph.blocks) if (block.layer !== 'leaf') placeTierMembers(block, boxes);

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
