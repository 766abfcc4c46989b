'use client';

import '@xyflow/react/dist/style.css';
import {
  applyNodeChanges,
  Background,
  Controls,
  MiniMap,
  type Node,
  type NodeChange,
  type OnSelectionChangeParams,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { usePlan } from '@/components/planner/use-plan';
import { Button } from '@/components/ui/button';
import { plural } from '@/components/ui/plural';
import { RoleLegend } from '@/components/ui/role-legend';
import { ROLE_COLOR } from '@/components/ui/role-style';
import type { DeviceRole } from '@/lib/plan/types';
import type { PlannerState } from '@/state/planner-store';
import { usePlannerStore } from '@/state/use-planner-store';
import { applyFocus, focusStyle, framedAfterExpand, planToFlow, type TopoFlowNode } from './plan-to-flow';
import { BLOCK_SIZE } from './topology-blocks';
import { NODE_TYPES } from './topology-nodes';

const selectExpanded = (s: PlannerState) => s.expandedGroups;
const selectShowNs = (s: PlannerState) => s.showNorthSouth;
const selectShowOob = (s: PlannerState) => s.showOob;
const selectSelectedNode = (s: PlannerState) => s.selectedNode;
const selectTheme = (s: PlannerState) => s.theme;

const FIT_OPTIONS = { padding: 0.08, maxZoom: 1.2 } as const;
/**
 * A drawing with blocks is wide, so it fits by width with room to spare below: keep that room at the
 * bottom, under the minimap, so the minimap never hides the last server group.
 */
const MINIMAP_CLEAR = { x: 0.05, top: 0.05, bottom: '170px' } as const;
const BLOCKED_FIT_OPTIONS = { padding: MINIMAP_CLEAR, maxZoom: 1.2 } as const;
const LEGEND_ROLES: DeviceRole[] = ['spine', 'leaf', 'compute', 'north-south', 'oob', 'control-plane'];

function miniMapColor(node: Node): string {
  const role = (node.data as { role?: DeviceRole }).role;
  return role ? ROLE_COLOR[role] : '#94a3b8';
}

function TopologyCanvas() {
  const plan = usePlan();
  const expanded = usePlannerStore(selectExpanded);
  const showNs = usePlannerStore(selectShowNs);
  const showOob = usePlannerStore(selectShowOob);
  const selectedNode = usePlannerStore(selectSelectedNode);
  const theme = usePlannerStore(selectTheme);
  const setShowNs = usePlannerStore((s) => s.setShowNorthSouth);
  const setShowOob = usePlannerStore((s) => s.setShowOob);
  const selectNode = usePlannerStore((s) => s.selectNode);
  const collapseAll = usePlannerStore((s) => s.collapseAllGroups);
  const [hovered, setHovered] = useState<string | null>(null);
  const { fitView } = useReactFlow();

  const flow = useMemo(
    () => planToFlow(plan, { expanded: new Set(expanded), northSouth: showNs, oob: showOob }),
    [plan, expanded, showNs, showOob],
  );
  // Controlled nodes: React Flow's changes (selection by click or keyboard) are applied here; a new
  // flow (plan, networks, expansion) replaces them, keeping the selected node selected.
  const [nodes, setNodes] = useState<TopoFlowNode[]>(flow.nodes);
  const [nodesOf, setNodesOf] = useState(flow);
  if (nodesOf !== flow) {
    setNodesOf(flow);
    setNodes(flow.nodes.map((n) => (n.id === selectedNode ? { ...n, selected: true } : n)));
  }
  const handleNodesChange = useCallback(
    (changes: NodeChange<TopoFlowNode>[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );

  const focusId = hovered ?? selectedNode;
  const focus = useMemo(() => applyFocus(flow.edges, focusId, flow.members), [flow, focusId]);

  const blocked = flow.graph.blocks.length > 0;
  const fitOptions = blocked ? BLOCKED_FIT_OPTIONS : FIT_OPTIONS;

  // Re-frame when the design or the shown networks change (not when a group is expanded).
  // biome-ignore lint/correctness/useExhaustiveDependencies: these values are the triggers, on purpose.
  useEffect(() => {
    const frame = requestAnimationFrame(() => fitView(fitOptions));
    return () => cancelAnimationFrame(frame);
  }, [plan, showNs, showOob, fitView]);

  // Zoom to a group or block the user just expanded, so its servers or switches are on screen.
  const previousExpanded = useRef<string[]>(expanded);
  useEffect(() => {
    const added = expanded.find((id) => !previousExpanded.current.includes(id));
    previousExpanded.current = expanded;
    if (!added) return;
    const nodes = framedAfterExpand(flow, added).map((id) => ({ id }));
    const padding = nodes.length > 1 ? MINIMAP_CLEAR : 0.15;
    const frame = requestAnimationFrame(() => fitView({ nodes, padding, maxZoom: 1.2 }));
    return () => cancelAnimationFrame(frame);
  }, [expanded, flow, fitView]);

  const handleEnter = useCallback((_: unknown, node: TopoFlowNode) => setHovered(node.id), []);
  const handleLeave = useCallback(() => setHovered(null), []);
  const handleSelection = useCallback(
    ({ nodes }: OnSelectionChangeParams) => selectNode(nodes[0]?.id ?? null),
    [selectNode],
  );

  const { graph } = flow;
  const { totals } = graph;
  const leafBlocks = graph.blocks.filter((b) => b.layer === 'leaf').length;
  return (
    <div className="flex h-full min-h-[460px] flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <p data-testid="topology-summary" className="text-slate-700 dark:text-slate-300">
          {totals.superSpines > 0 ? (
            <>
              <strong>{plural(totals.superSpines, 'super-spine')}</strong> over {plural(totals.pods, 'pod')},{' '}
            </>
          ) : null}
          <strong>{plural(totals.spines, 'spine')}</strong>,{' '}
          <strong>{plural(totals.leaves, 'leaf', 'leaves')}</strong>,{' '}
          {plural(totals.serverGroups, 'server group')} ({plural(totals.servers, 'server')})
          {showNs && totals.northSouth > 0
            ? `, ${plural(totals.northSouth, 'north-south switch', 'north-south switches')}`
            : ''}
          {showOob && totals.oob > 0 ? `, ${plural(totals.oob, 'OOB switch', 'OOB switches')}` : ''}
          {totals.pods > 0
            ? ' · leaves and spines by pod'
            : leafBlocks > 0
              ? ` · leaves in ${plural(leafBlocks, 'block')} of ${BLOCK_SIZE}`
              : ''}
        </p>
        <div className="flex items-center gap-4">
          <label className="flex items-center gap-1.5">
            <input
              type="checkbox"
              checked={showNs}
              onChange={(e) => setShowNs(e.target.checked)}
              className="h-4 w-4 accent-emerald-700"
            />
            North-south network
          </label>
          <label className="flex items-center gap-1.5">
            <input
              type="checkbox"
              checked={showOob}
              onChange={(e) => setShowOob(e.target.checked)}
              className="h-4 w-4 accent-emerald-700"
            />
            Out-of-band network
          </label>
          <Button onClick={collapseAll} disabled={expanded.length === 0}>
            Collapse all groups
          </Button>
        </div>
      </div>
      <RoleLegend
        roles={totals.superSpines > 0 ? ['super-spine', ...LEGEND_ROLES] : LEGEND_ROLES}
        extra={
          leafBlocks > 0
            ? 'Hover or select a block or switch to see its links; expand a block to see its switches, a group to see its servers.'
            : 'Hover or select a switch to see its links; expand a group to see its servers.'
        }
      />
      <div
        className={`topology-canvas min-h-0 flex-1 overflow-hidden rounded-lg border border-slate-200 dark:border-slate-800 ${focusId ? 'has-focus' : ''}`}
        data-testid="topology-canvas"
        data-rendered-nodes={plan.compute.workerNodes}
      >
        {focusId ? <style>{focusStyle('.topology-canvas', focus.litNodeIds)}</style> : null}
        <ReactFlow
          nodes={nodes}
          edges={focus.edges}
          onNodesChange={handleNodesChange}
          nodeTypes={NODE_TYPES}
          colorMode={theme}
          fitView
          fitViewOptions={fitOptions}
          minZoom={0.02}
          maxZoom={2}
          nodesDraggable={false}
          nodesConnectable={false}
          edgesFocusable={false}
          onlyRenderVisibleElements
          onNodeMouseEnter={handleEnter}
          onNodeMouseLeave={handleLeave}
          onSelectionChange={handleSelection}
          onPaneClick={() => selectNode(null)}
          proOptions={{ hideAttribution: true }}
          aria-label="East-west fat-tree topology"
        >
          <Background gap={24} size={1} />
          <MiniMap
            pannable
            zoomable
            nodeColor={miniMapColor}
            nodeStrokeWidth={0}
            ariaLabel="Topology overview"
          />
          <Controls showInteractive={false} fitViewOptions={fitOptions} />
        </ReactFlow>
      </div>
    </div>
  );
}

/** The east-west fat-tree (and, on request, north-south and OOB) drawn with React Flow. Loaded lazily. */
export function TopologyView() {
  return (
    <div className="h-full" data-view="topology">
      <ReactFlowProvider>
        <TopologyCanvas />
      </ReactFlowProvider>
    </div>
  );
}
