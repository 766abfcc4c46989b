'use client';

import { type KeyboardEvent, memo, useMemo } from 'react';
import { formatKW } from '@/components/ui/format';
import type { FloorKey, FloorLayout, FloorRack } from './floor-layout';
import { neighbourRack } from './floor-layout';
import { RACK_ROLE_COLOR, RACK_ROLE_LABEL } from './rack-role-style';

const FLOOR_KEYS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];
const BAR_PX = 6;

const rackLabel = (r: FloorRack) =>
  `${r.name}, ${RACK_ROLE_LABEL[r.role]}, ${formatKW(r.powerKW)} of ${formatKW(r.budgetKW)}${r.overBudget ? ', over budget' : ''}`;

/** One rack: its body in the role colour, its name, and a power bar along its back (hot-aisle) side. */
function FloorRackShape({ rack, tabbable }: { rack: FloorRack; tabbable: boolean }) {
  const { x, y, width, depth } = rack;
  const barY = rack.frontsFace === 'south' ? y + 3 : y + depth - 3 - BAR_PX;
  const barW = width - 6;
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it has the role, a name and keys.
    <g
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={rackLabel(rack)}
      data-floor-rack={rack.name}
      className="rack-device cursor-pointer"
    >
      <rect
        x={x + 1}
        y={y}
        width={width - 2}
        height={depth}
        rx={2}
        fill={RACK_ROLE_COLOR[rack.role]}
        className={rack.overBudget ? 'stroke-red-600 dark:stroke-red-400' : undefined}
        strokeWidth={rack.overBudget ? 3 : 0}
      />
      <g pointerEvents="none">
        <rect x={x + 3} y={barY} width={barW} height={BAR_PX} fill="var(--role-text)" opacity={0.3} />
        <rect x={x + 3} y={barY} width={barW * rack.load} height={BAR_PX} fill="var(--role-text)" />
        <text
          x={x + width / 2}
          y={y + depth / 2 + 4}
          textAnchor="middle"
          fontSize={10}
          fontWeight={600}
          fill="var(--role-text)"
        >
          {rack.name}
        </text>
      </g>
    </g>
  );
}

/** Rows, aisles and main trays: everything on the floor but the racks. */
const FloorGround = memo(function FloorGround({ layout }: { layout: FloorLayout }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: nothing in here is focusable; the racks name their row.
    <g aria-hidden="true">
      {layout.aisles.map((a) => (
        <g key={a.y}>
          <rect
            x={0}
            y={a.y}
            width={layout.width}
            height={a.height}
            className={
              a.kind === 'cold'
                ? 'fill-sky-50 dark:fill-sky-950/60'
                : 'fill-orange-50 dark:fill-orange-950/40'
            }
          />
          <text
            x={layout.trayX[0] + 14}
            y={a.y + a.height / 2 + 4}
            fontSize={10}
            className={
              a.kind === 'cold' ? 'fill-sky-800 dark:fill-sky-300' : 'fill-orange-800 dark:fill-orange-300'
            }
          >
            {a.kind} aisle
          </text>
        </g>
      ))}
      {layout.trayX.map((x) => (
        <line
          key={x}
          x1={x}
          x2={x}
          y1={4}
          y2={layout.height - 4}
          strokeWidth={4}
          strokeDasharray="8 4"
          className="stroke-slate-400 dark:stroke-slate-500"
        />
      ))}
      {layout.rows.map((r) => (
        <text
          key={r.name}
          x={4}
          y={r.y + 24}
          fontSize={13}
          fontWeight={700}
          className="fill-slate-800 dark:fill-slate-200"
          data-floor-row={r.name}
        >
          {r.name}
        </text>
      ))}
      {layout.rows.map((r) => (
        <text
          key={`${r.name}-face`}
          x={4}
          y={r.y + 40}
          fontSize={10}
          className="fill-slate-600 dark:fill-slate-400"
        >
          {r.frontsFace === 'south' ? '▼' : '▲'}
        </text>
      ))}
    </g>
  );
});

/**
 * The data-hall floor as one SVG: aisles, main trays, racks coloured by role with a power bar. A rack
 * is picked by click, Enter or Space; arrow keys move between racks (roving tabindex, so Tab leaves
 * the floor in one step). Hundreds of racks stay light: the racks are memoised on the layout, and the
 * selection is one outline drawn on top.
 */
export const FloorPlan = memo(function FloorPlan({
  layout,
  selected,
  onSelect,
}: {
  layout: FloorLayout;
  selected: string | null;
  onSelect: (name: string) => void;
}) {
  const tabbable = selected ?? layout.racks[0]?.name ?? null;
  const racks = useMemo(
    () => layout.racks.map((r) => <FloorRackShape key={r.name} rack={r} tabbable={r.name === tabbable} />),
    [layout, tabbable],
  );
  const chosen = selected ? layout.racks.find((r) => r.name === selected) : undefined;

  const rackOf = (target: EventTarget | null) =>
    (target as Element | null)?.closest?.('[data-floor-rack]')?.getAttribute('data-floor-rack') ?? null;

  const handleClick = (event: React.MouseEvent<SVGSVGElement>) => {
    const name = rackOf(event.target);
    if (name) onSelect(name);
  };

  const handleKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const name = rackOf(event.target);
    if (!name) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(name);
      return;
    }
    if (!FLOOR_KEYS.includes(event.key)) return;
    event.preventDefault();
    const next = neighbourRack(layout.racks, name, event.key as FloorKey);
    const svg = event.currentTarget;
    const from = svg.querySelector<SVGGElement>(`[data-floor-rack="${name}"]`);
    const to = svg.querySelector<SVGGElement>(`[data-floor-rack="${next}"]`);
    if (!from || !to) return;
    from.tabIndex = -1;
    to.tabIndex = 0;
    to.focus();
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a <fieldset>; it groups the rack buttons.
    <svg
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={`Floor plan: ${layout.rows.length} rows, ${layout.racks.length} racks; arrow keys move between racks, Enter shows one`}
      data-testid="floor-plan"
      onClick={handleClick}
      onKeyDown={handleKeyDown}
      className="block select-none"
    >
      <FloorGround layout={layout} />
      {racks}
      {chosen ? (
        <rect
          x={chosen.x - 1}
          y={chosen.y - 3}
          width={chosen.width + 2}
          height={chosen.depth + 6}
          rx={3}
          fill="none"
          strokeWidth={3}
          pointerEvents="none"
          className="stroke-slate-900 dark:stroke-white"
          data-testid="floor-selected"
        />
      ) : null}
    </svg>
  );
});
