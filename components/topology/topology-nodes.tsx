'use client';

import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { ROLE_COLOR, ROLE_LABEL } from '@/components/ui/role-style';
import { plannerStore } from '@/state/use-planner-store';
import type { BlockFlowNode, GroupFlowNode, ServerFlowNode, SwitchFlowNode } from './plan-to-flow';

const HANDLE_STYLE = { opacity: 0, width: 1, height: 1, minWidth: 1, minHeight: 1, border: 0 } as const;

function Handles() {
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={false} style={HANDLE_STYLE} />
      <Handle type="source" position={Position.Bottom} isConnectable={false} style={HANDLE_STYLE} />
    </>
  );
}

export const SwitchNode = memo(function SwitchNode({ data }: NodeProps<SwitchFlowNode>) {
  return (
    <div
      className="flex h-12 w-[150px] flex-col justify-center rounded-md border-l-4 bg-white px-2 text-left shadow-sm ring-1 ring-slate-300 dark:bg-slate-900 dark:ring-slate-700"
      style={{ borderLeftColor: ROLE_COLOR[data.role] }}
      data-role={data.role}
    >
      <Handles />
      <div className="truncate text-xs font-semibold text-slate-900 dark:text-slate-100">{data.label}</div>
      <div className="truncate text-[10px] text-slate-600 dark:text-slate-400">
        {ROLE_LABEL[data.role]} · {data.rack} U{data.u}
      </div>
    </div>
  );
});

function handleToggle(groupId: string) {
  plannerStore.getState().toggleGroup(groupId);
}

const TOGGLE_CLASS =
  'nodrag nopan shrink-0 rounded border border-slate-300 px-1.5 text-[10px] leading-4 text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800';

/** Expand / Collapse of a group or block; named after it so each button says what it opens. */
function ToggleButton({ id, label, expanded }: { id: string; label: string; expanded: boolean }) {
  return (
    <button
      type="button"
      className={TOGGLE_CLASS}
      aria-expanded={expanded}
      aria-label={`${expanded ? 'Collapse' : 'Expand'} ${label}`}
      onClick={(e) => {
        e.stopPropagation();
        handleToggle(id);
      }}
    >
      {expanded ? 'Collapse' : 'Expand'}
    </button>
  );
}

export const ServerGroupNode = memo(function ServerGroupNode({
  data,
  width,
  height,
}: NodeProps<GroupFlowNode>) {
  return (
    <div
      className={`rounded-md border bg-white text-left shadow-sm dark:bg-slate-900 ${
        data.expanded
          ? 'border-dashed border-slate-400 bg-slate-50/80 dark:border-slate-600 dark:bg-slate-900/60'
          : 'border-slate-300 dark:border-slate-700'
      }`}
      style={{ width, height, borderTop: `3px solid ${ROLE_COLOR[data.role]}` }}
      data-role="server-group"
    >
      <Handles />
      <div className="px-2 pt-1.5">
        {/* The button shares only the name's line (h-4: it may hang 2px lower), so the detail and
            racks lines have the card's full width, as the narrow cards under blocks need. */}
        <div className="flex h-4 items-start justify-between gap-1">
          <div className="min-w-0 truncate text-xs font-semibold text-slate-900 dark:text-slate-100">
            {data.label}
          </div>
          {data.summary ? null : (
            <ToggleButton id={data.groupId} label={data.label} expanded={data.expanded} />
          )}
        </div>
        <div className="truncate text-[10px] text-slate-600 dark:text-slate-400">{data.detail}</div>
        {data.expanded ? null : (
          <div className="truncate text-[10px] text-slate-600 dark:text-slate-400">{data.racks}</div>
        )}
      </div>
    </div>
  );
});

/**
 * A block of switches (leaf block, spine tier...). Collapsed: a card drawn as a small stack, so it
 * reads as many switches. Expanded: a dashed container, its name on the left and its switches (child
 * nodes) on the right, where no link crosses the name.
 */
export const SwitchBlockNode = memo(function SwitchBlockNode({
  data,
  width,
  height,
}: NodeProps<BlockFlowNode>) {
  const text = (
    <>
      <div className="truncate text-xs font-semibold text-slate-900 dark:text-slate-100">{data.label}</div>
      <div className="flex items-center justify-between gap-1">
        <span className="truncate text-[10px] text-slate-600 dark:text-slate-400">{data.detail}</span>
        <ToggleButton id={data.blockId} label={data.label} expanded={data.expanded} />
      </div>
      <div className="truncate text-[10px] text-slate-600 dark:text-slate-400">{data.racks}</div>
    </>
  );
  if (data.expanded) {
    return (
      <div
        className="flex rounded-md border border-dashed border-slate-400 bg-slate-50/60 dark:border-slate-600 dark:bg-slate-900/50"
        style={{ width, height }}
        data-role="switch-block"
        data-expanded="true"
      >
        <Handles />
        <div
          className="flex w-[150px] shrink-0 flex-col gap-0.5 border-l-4 px-2 py-1.5 text-left"
          style={{ borderLeftColor: ROLE_COLOR[data.role] }}
        >
          {text}
        </div>
      </div>
    );
  }
  return (
    <div
      className="topology-stack flex flex-col justify-center gap-0.5 rounded-md border-l-4 bg-white px-2 text-left dark:bg-slate-900"
      style={{ width, height, borderLeftColor: ROLE_COLOR[data.role] }}
      data-role="switch-block"
    >
      <Handles />
      {text}
    </div>
  );
});

export const ServerNode = memo(function ServerNode({ data }: NodeProps<ServerFlowNode>) {
  return (
    <div
      className="flex h-7 w-[112px] items-center gap-1 rounded border border-slate-300 bg-white px-1.5 text-[10px] text-slate-800 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-200"
      data-role={data.role}
    >
      <Handles />
      <span
        aria-hidden="true"
        className="h-2 w-2 shrink-0 rounded-sm"
        style={{ background: ROLE_COLOR[data.role] }}
      />
      <span className="truncate">{data.label}</span>
    </div>
  );
});

/** Module level: a new object per render would make React Flow re-create every node. */
export const NODE_TYPES = {
  switch: SwitchNode,
  switchBlock: SwitchBlockNode,
  serverGroup: ServerGroupNode,
  server: ServerNode,
};
