'use client';

import { useMemo } from 'react';
import { floorLayout } from '@/components/racks/floor-layout';
import { FloorPlan } from '@/components/racks/floor-plan';
import { RACK_ROLE_LABEL } from '@/components/racks/rack-role-style';
import { formatDecimal, formatInt, formatKW } from '@/components/ui/format';
import { ROLE_COLOR } from '@/components/ui/role-style';
import type { ClusterPlan, RackPlan } from '@/lib/plan/types';
import { chunk, deviceTop, ELEVATION, elevationHeight, pageRange, RACKS_PER_PAGE } from './rack-pages';

/** Drawn height of one elevation on paper; the width follows from the drawing's proportions. */
const ELEVATION_MM = 158;

const noSelection = () => {};
/** Racks whose table still fits under the floor plan on one page (the default row of 12). */
const FLOOR_PAGE_RACKS = 12;

/** One rack, whole: name, row and position, power against budget, every U numbered, every device by name. */
function PrintRackElevation({ rack }: { rack: RackPlan }) {
  const { width, gutter, uHeight, headerHeight } = ELEVATION;
  const height = elevationHeight(rack.heightU);
  const bodyWidth = width - gutter - 2;
  const units = Array.from({ length: rack.heightU }, (_, i) => i + 1);
  const devices = [...rack.devices].sort((a, b) => b.u - a.u);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      style={{ height: `${ELEVATION_MM}mm`, width: `${(ELEVATION_MM * width) / height}mm` }}
      role="img"
      aria-label={`${rack.name} elevation`}
      data-print-rack={rack.name}
      className="shrink-0"
    >
      <text x={0} y={12} fontSize={13} fontWeight={700} fill="#0f172a">
        {rack.name}
      </text>
      <text x={width} y={12} fontSize={8} textAnchor="end" fill="#334155">
        {RACK_ROLE_LABEL[rack.role]}
      </text>
      <text x={0} y={25} fontSize={8} fill="#334155">
        Row {rack.row}, position {rack.position} · {rack.usedU}/{rack.heightU}U used
      </text>
      <text
        x={0}
        y={37}
        fontSize={8}
        fill={rack.overBudget ? '#b91c1c' : '#334155'}
        fontWeight={rack.overBudget ? 700 : 400}
      >
        {formatKW(rack.powerKW)} max of {formatKW(rack.budgetKW)} · {formatKW(rack.powerTypicalKW)} typical
        {rack.overBudget ? ' · OVER BUDGET' : ''}
      </text>
      <rect
        x={gutter - 1}
        y={headerHeight - 1}
        width={bodyWidth + 2}
        height={rack.heightU * uHeight + 2}
        fill="#f8fafc"
        stroke="#64748b"
        strokeWidth={1}
      />
      {units.map((u) => {
        const y = headerHeight + (rack.heightU - u) * uHeight;
        return (
          <g key={u}>
            <line
              x1={gutter}
              x2={gutter + bodyWidth}
              y1={y + uHeight}
              y2={y + uHeight}
              stroke="#cbd5e1"
              strokeWidth={0.4}
            />
            <text x={gutter - 3} y={y + uHeight - 3.5} fontSize={7} textAnchor="end" fill="#334155">
              {u}
            </text>
          </g>
        );
      })}
      {devices.map((d) => {
        const y = deviceTop(rack, d);
        const h = d.heightU * uHeight;
        return (
          <g key={d.name}>
            <rect
              x={gutter + 1}
              y={y + 0.6}
              width={bodyWidth - 2}
              height={h - 1.2}
              rx={1.5}
              fill={ROLE_COLOR[d.role]}
            />
            <text y={y + h / 2 + 3} fontSize={d.heightU > 1 ? 8.5 : 7.5} fill="#ffffff">
              <tspan x={gutter + 4} fontWeight={600}>
                {d.name}
              </tspan>{' '}
              <tspan x={gutter + bodyWidth - 4} textAnchor="end">
                {formatDecimal(d.powerMaxW / 1000)} kW
              </tspan>
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The floor plan on a page of its own, then the racks as a table: where each stands and what it draws. */
function FloorPage({ plan }: { plan: ClusterPlan }) {
  const layout = useMemo(() => floorLayout(plan), [plan]);
  const { floor } = plan;
  // Up to a row's worth of racks, plan and rack table share the page; a bigger floor gets a page to itself.
  const large = plan.racks.length > FLOOR_PAGE_RACKS;
  return (
    <section className="print-page">
      <h2 className="print-h2">Floor plan</h2>
      <p className="mb-2 text-xs">
        {formatInt(floor.rows)} {floor.rows === 1 ? 'row' : 'rows'} of up to {formatInt(floor.racksPerRow)}{' '}
        racks, {formatDecimal(floor.lengthM)} m × {formatDecimal(floor.widthM)} m; rows lettered from the top,
        position 1 at the left (main-tray) end; main trays dashed at both row ends; ▼/▲ the way the rack
        fronts face.
      </p>
      <div className={large ? 'print-floor print-floor-large' : 'print-floor'}>
        <FloorPlan layout={layout} selected={null} onSelect={noSelection} />
      </div>
      <table className={large ? 'print-table break-before-page' : 'print-table mt-3'}>
        <caption className="sr-only">Racks</caption>
        <thead>
          <tr>
            <th>Rack</th>
            <th>Row</th>
            <th>Position</th>
            <th>Role</th>
            <th className="num">Devices</th>
            <th className="num">U used</th>
            <th className="num">Max power</th>
            <th className="num">Typical</th>
            <th className="num">Budget</th>
          </tr>
        </thead>
        <tbody>
          {plan.racks.map((r) => (
            <tr key={r.name}>
              <td className="font-semibold">{r.name}</td>
              <td>{r.row}</td>
              <td>{r.position}</td>
              <td>{RACK_ROLE_LABEL[r.role]}</td>
              <td className="num">{formatInt(r.devices.length)}</td>
              <td className="num">
                {r.usedU}/{r.heightU}
              </td>
              <td className={`num ${r.overBudget ? 'font-semibold text-red-700' : ''}`}>
                {formatKW(r.powerKW)}
              </td>
              <td className="num">{formatKW(r.powerTypicalKW)}</td>
              <td className="num">{formatKW(r.budgetKW)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * Racks for paper: the floor plan, then every rack's elevation, {RACKS_PER_PAGE} to a landscape page
 * in floor order, each whole. Built from the plan, not from the windowed screen grid, so every rack prints.
 */
export function RacksPrint({ plan }: { plan: ClusterPlan }) {
  const pages = chunk(plan.racks, RACKS_PER_PAGE);
  return (
    <>
      <FloorPage plan={plan} />
      {pages.map((racks, i) => (
        <section key={racks[0]?.name ?? i} className="print-page">
          <h2 className="print-h2">
            Rack elevations {pageRange(racks)} ({i + 1} of {pages.length})
          </h2>
          <div className="flex justify-around gap-[4mm]">
            {racks.map((rack) => (
              <PrintRackElevation key={rack.name} rack={rack} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
