'use client';

import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { ROLE_COLOR, ROLE_LABEL } from '@/components/ui/role-style';
import { plannerStore } from '@/state/use-planner-store';
import type { GroupFlowNode, ServerFlowNode, SwitchFlowNode } from './plan-to-flow';

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
      <div className="flex items-start justify-between gap-1 px-2 pt-1.5">
        <div className="min-w-0">
          <div className="truncate text-xs font-semibold text-slate-900 dark:text-slate-100">
            {data.label}
          </div>
          <div className="truncate text-[10px] text-slate-600 dark:text-slate-400">{data.detail}</div>
          {data.expanded ? null : (
            <div className="truncate text-[10px] text-slate-600 dark:text-slate-400">{data.racks}</div>
          )}
        </div>
        <button
          type="button"
          className="nodrag nopan shrink-0 rounded border border-slate-300 px-1.5 text-[10px] leading-4 text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
          aria-expanded={data.expanded}
          aria-label={`${data.expanded ? 'Collapse' : 'Expand'} ${data.label}`}
          onClick={(e) => {
            e.stopPropagation();
            handleToggle(data.groupId);
          }}
        >
          {data.expanded ? 'Collapse' : 'Expand'}
        </button>
      </div>
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
export const NODE_TYPES = { switch: SwitchNode, serverGroup: ServerGroupNode, server: ServerNode };
