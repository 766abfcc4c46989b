'use client';

import { type KeyboardEvent, memo } from 'react';
import { shortDeviceName } from '@/components/topology/topology-graph';
import { formatInt, formatKW } from '@/components/ui/format';
import { MEDIA_LABELS } from '@/components/ui/media-label';
import { plural, pluralWord } from '@/components/ui/plural';
import { ROLE_COLOR, ROLE_LABEL } from '@/components/ui/role-style';
import { CABLE_MEDIA_IDS } from '@/lib/catalog/cables';
import type { PlacedDevice, RackPlan } from '@/lib/plan/types';
import type { RackCables } from './rack-index';

export const U_PX = 11;
export const RACK_CARD_WIDTH = 216;
const GUTTER = 22;
/** The card's inner width: 8 px padding and a 1 px border on each side. */
const SVG_W = RACK_CARD_WIDTH - 18;
const BODY_W = SVG_W - GUTTER - 4;
/**
 * Card chrome around the SVG (fixed, so rows have one height): padding and border 18, title 24, power
 * and cable lines 115, their margin 4. Too little and the drawing is squeezed, its bottom U's cut off.
 */
const CHROME_PX = 162;

export function rackCardHeight(heightU: number): number {
  return heightU * U_PX + 8 + CHROME_PX;
}

/** One path for all U separators: a line per U would be dozens of elements per rack. */
function uLines(heightU: number): string {
  return Array.from({ length: heightU + 1 }, (_, i) => `M${GUTTER} ${4 + i * U_PX}h${BODY_W}`).join('');
}

/** The U numbers printed in the gutter: 1 and every fifth. */
function uNumbers(heightU: number): number[] {
  return Array.from({ length: heightU }, (_, i) => i + 1).filter((u) => u === 1 || u % 5 === 0);
}

/** Starts with the text drawn on the device (name, then U), so speech input can say what it sees. */
const deviceLabel = (d: PlacedDevice) =>
  `${shortDeviceName(d.name)} U${d.u}${d.heightU > 1 ? `-${d.u + d.heightU - 1}` : ''}, ${ROLE_LABEL[d.role]}`;

/** Arrow keys move between the devices of one rack; Tab moves on to the next rack (roving tabindex). */
function handleRackKeyDown(event: KeyboardEvent<SVGSVGElement>) {
  if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown' && event.key !== 'Home' && event.key !== 'End')
    return;
  const items = [...event.currentTarget.querySelectorAll<SVGGElement>('g[data-device]')];
  const current = items.indexOf(document.activeElement as SVGGElement);
  if (current < 0) return;
  event.preventDefault();
  // Devices are listed bottom-up, so "up" is the next one.
  let next = current;
  if (event.key === 'ArrowUp') next = Math.min(items.length - 1, current + 1);
  if (event.key === 'ArrowDown') next = Math.max(0, current - 1);
  if (event.key === 'Home') next = items.length - 1;
  if (event.key === 'End') next = 0;
  items[current]!.tabIndex = -1;
  items[next]!.tabIndex = 0;
  items[next]!.focus();
}

/**
 * The cables ending in the rack, by media. A cable between two racks ends in both and counts in both,
 * so the last line says how many of them also end in another rack.
 */
function RackCableLines({ cables }: { cables: RackCables | undefined }) {
  const total = cables?.total ?? 0;
  const toOther = cables?.toOtherRacks ?? 0;
  const media = cables
    ? CABLE_MEDIA_IDS.filter((m) => cables.byMedia[m] > 0)
        .map((m) => `${MEDIA_LABELS[m]} ${formatInt(cables.byMedia[m])}`)
        .join(' · ')
    : '';
  return (
    // Four lines high whatever the media list needs (one or two), so every card has one height.
    <div
      className="mt-1 h-16 text-[11px] leading-4 text-slate-700 dark:text-slate-300"
      data-testid="rack-cables"
    >
      <p className="font-medium">{plural(total, 'cable')} end here</p>
      <p className="line-clamp-2">{media}</p>
      <p className="text-slate-600 dark:text-slate-400">
        {toOther > 0
          ? `${formatInt(toOther)} ${pluralWord(toOther, 'also ends', 'also end')} in another rack`
          : 'none to another rack'}
      </p>
    </div>
  );
}

export const RackElevation = memo(function RackElevation({
  rack,
  cables,
  selected,
  linked,
  onSelect,
}: {
  rack: RackPlan;
  cables: RackCables | undefined;
  selected: string | null;
  linked: ReadonlySet<string>;
  onSelect: (name: string) => void;
}) {
  const height = rack.heightU * U_PX;
  const devices = [...rack.devices].sort((a, b) => a.u - b.u);
  const hasSelected = devices.some((d) => d.name === selected);
  const share = rack.budgetKW > 0 ? rack.powerKW / rack.budgetKW : 0;
  const yOf = (d: PlacedDevice) => 4 + (rack.heightU - (d.u + d.heightU - 1)) * U_PX;
  return (
    <article
      className="flex flex-col rounded-lg border border-slate-200 bg-white p-2 shadow-sm dark:border-slate-800 dark:bg-slate-900"
      style={{ width: RACK_CARD_WIDTH, height: rackCardHeight(rack.heightU) }}
      aria-label={`${rack.name}, ${rack.role} rack`}
      data-rack={rack.name}
    >
      <header className="flex items-baseline justify-between px-1 pb-1">
        <h3 className="text-sm font-semibold">{rack.name}</h3>
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {rack.role} · {rack.usedU}/{rack.heightU}U
        </span>
      </header>
      <div className="mb-1 px-1">
        <div className="flex justify-between text-xs">
          <span className="text-slate-600 dark:text-slate-400">Power</span>
          <span
            className={`tabular-nums ${rack.overBudget ? 'font-semibold text-red-700 dark:text-red-400' : ''}`}
          >
            {formatKW(rack.powerKW)} / {formatKW(rack.budgetKW)}
          </span>
        </div>
        {/* biome-ignore lint/a11y/useSemanticElements: a styled bar; <meter> cannot be themed consistently across browsers. */}
        <div
          role="meter"
          aria-label={`${rack.name} power against budget`}
          aria-valuemin={0}
          aria-valuemax={rack.budgetKW}
          aria-valuenow={Number(rack.powerKW.toFixed(1))}
          aria-valuetext={`${formatKW(rack.powerKW)} of ${formatKW(rack.budgetKW)}${rack.overBudget ? ', over budget' : ''}`}
          className="mt-1 h-2 overflow-hidden rounded bg-slate-200 dark:bg-slate-800"
        >
          <div
            className={`h-full ${rack.overBudget ? 'bg-red-600 dark:bg-red-500' : 'bg-emerald-600 dark:bg-emerald-500'}`}
            style={{ width: `${Math.min(100, share * 100)}%` }}
          />
        </div>
        <p className="mt-0.5 text-[11px] text-slate-600 dark:text-slate-400">
          {formatKW(rack.powerTypicalKW)} typical
        </p>
        <RackCableLines cables={cables} />
      </div>
      <svg
        width={SVG_W}
        height={height + 8}
        aria-label={`${rack.name} elevation, ${plural(rack.devices.length, 'device')}`}
        onKeyDown={handleRackKeyDown}
        className="rack-svg shrink-0"
      >
        <rect x={GUTTER - 2} y={2} width={BODY_W + 4} height={height + 4} rx={3} fill="var(--rack-frame)" />
        <rect x={GUTTER} y={4} width={BODY_W} height={height} fill="var(--rack-slot)" />
        <path d={uLines(rack.heightU)} stroke="var(--rack-slot-line)" strokeWidth={0.5} />
        {uNumbers(rack.heightU).map((u) => (
          <text
            key={u}
            x={GUTTER - 5}
            y={4 + (rack.heightU - u + 1) * U_PX - 2}
            textAnchor="end"
            fontSize={8}
            fill="var(--rack-label)"
          >
            {u}
          </text>
        ))}
        {devices.map((d, i) => {
          const isSelected = d.name === selected;
          const h = d.heightU * U_PX - 1;
          const focusable = hasSelected ? isSelected : i === 0;
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG device cannot be a <button>; role and keys are handled here.
            <g
              key={d.name}
              data-device={d.name}
              role="button"
              tabIndex={focusable ? 0 : -1}
              aria-pressed={isSelected}
              aria-label={deviceLabel(d)}
              onClick={() => onSelect(d.name)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(d.name);
                }
              }}
              className="rack-device cursor-pointer"
            >
              <title>{`${d.name} (${ROLE_LABEL[d.role]}), ${formatKW(d.powerMaxW / 1000)} max`}</title>
              <rect
                x={GUTTER + 1}
                y={yOf(d) + 0.5}
                width={BODY_W - 2}
                height={h}
                rx={2}
                fill={ROLE_COLOR[d.role]}
                stroke={
                  isSelected ? 'var(--edge-strong)' : linked.has(d.name) ? 'var(--edge-strong)' : 'none'
                }
                strokeWidth={isSelected ? 2.5 : 1.2}
                strokeDasharray={!isSelected && linked.has(d.name) ? '3 2' : undefined}
              />
              {/* One text, so its words read in order ("gpu-001 U10") and match the accessible name. */}
              <text
                y={yOf(d) + h / 2 + (d.heightU > 1 ? 4 : 3)}
                fontWeight={600}
                fill="var(--role-text)"
                pointerEvents="none"
              >
                <tspan x={GUTTER + 6} fontSize={d.heightU > 1 ? 10 : 8.5}>
                  {shortDeviceName(d.name)}
                </tspan>{' '}
                <tspan
                  x={GUTTER + BODY_W - 5}
                  fontSize={d.heightU > 1 ? 9 : 8}
                  fontWeight={400}
                  textAnchor="end"
                >
                  U{d.u}
                </tspan>
              </text>
            </g>
          );
        })}
      </svg>
    </article>
  );
});
