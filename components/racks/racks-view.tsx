'use client';

import { type UIEvent, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { usePlan } from '@/components/planner/use-plan';
import { formatKW } from '@/components/ui/format';
import { plural } from '@/components/ui/plural';
import { RoleLegend } from '@/components/ui/role-legend';
import { ROLE_ORDER } from '@/components/ui/role-style';
import type { PlannerState } from '@/state/planner-store';
import { usePlannerStore } from '@/state/use-planner-store';
import { DeviceLinksPanel } from './device-links-panel';
import { RACK_CARD_WIDTH, RackElevation, rackCardHeight } from './rack-elevation';
import { cablesByRack, linksByDevice } from './rack-index';
import { gridWindow, scrollTopFor } from './virtual-grid';

const GAP = 16;
const selectDevice = (s: PlannerState) => s.selectedDevice;

/** Tracks a scroll container's size and scroll position for windowing. */
function useScrollBox() {
  const ref = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState({ width: 1000, height: 800, scrollTop: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setBox((b) => ({ ...b, width: el.clientWidth, height: el.clientHeight }));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const handleScroll = useCallback((e: UIEvent<HTMLDivElement>) => {
    const scrollTop = e.currentTarget.scrollTop;
    setBox((b) => (b.scrollTop === scrollTop ? b : { ...b, scrollTop }));
  }, []);
  return { ref, box, handleScroll };
}

/** Every rack in row order as an SVG elevation, windowed; the selected device's links on the right. */
export function RacksView() {
  const plan = usePlan();
  const selected = usePlannerStore(selectDevice);
  const select = usePlannerStore((s) => s.selectDevice);
  const links = useMemo(() => linksByDevice(plan), [plan]);
  const cables = useMemo(() => cablesByRack(plan), [plan]);
  const deviceByName = useMemo(
    () => new Map(plan.racks.flatMap((r) => r.devices.map((d) => [d.name, d] as const))),
    [plan],
  );
  const device = selected ? (deviceByName.get(selected) ?? null) : null;
  const deviceLinks = device ? (links.get(device.name) ?? []) : [];
  const linked = useMemo(() => new Set(deviceLinks.map((l) => l.remote.device)), [deviceLinks]);

  const { ref, box, handleScroll } = useScrollBox();
  const heightU = Math.max(...plan.racks.map((r) => r.heightU), 42);
  const rowHeight = rackCardHeight(heightU);
  const win = gridWindow({
    itemCount: plan.racks.length,
    itemWidth: RACK_CARD_WIDTH,
    rowHeight,
    gap: GAP,
    containerWidth: box.width,
    scrollTop: box.scrollTop,
    viewportHeight: box.height,
  });

  // Selecting a far end in the links list brings its rack into view.
  const handleSelect = useCallback(
    (name: string) => {
      select(name);
      const rackIndex = plan.racks.findIndex((r) => r.devices.some((d) => d.name === name));
      const el = ref.current;
      if (rackIndex < 0 || !el) return;
      const top = scrollTopFor(rackIndex, win.columns, rowHeight, GAP);
      if (top < el.scrollTop || top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top;
    },
    [select, plan, win.columns, rowHeight, ref],
  );

  // A new design may not have the selected device any more.
  useEffect(() => {
    if (selected && !deviceByName.has(selected)) select(null);
  }, [selected, deviceByName, select]);

  const visible = plan.racks.slice(win.firstRow * win.columns, win.lastRow * win.columns);
  const over = plan.racks.filter((r) => r.overBudget).length;
  return (
    <div
      className="flex h-full min-h-[480px] flex-col gap-2"
      data-view="racks"
      data-rendered-nodes={plan.compute.workerNodes}
    >
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <p className="text-slate-700 dark:text-slate-300" data-testid="racks-summary">
          <strong>{plural(plan.racks.length, 'rack')}</strong> in row order,{' '}
          {plan.racks[0]?.heightU ?? heightU}U, {formatKW(plan.racks[0]?.budgetKW ?? 0)} budget each
          {over > 0 ? (
            <span className="font-semibold text-red-700 dark:text-red-400">
              , {plural(over, 'rack')} over budget
            </span>
          ) : null}
        </p>
        <RoleLegend roles={ROLE_ORDER} />
      </div>
      {/* The selected device's links beside the racks; under them when the view is narrow. */}
      <div className="flex min-h-0 flex-1 flex-col gap-4 @2xl:flex-row">
        <div
          ref={ref}
          onScroll={handleScroll}
          className="min-w-0 flex-1 overflow-auto"
          data-testid="racks-scroller"
        >
          <div style={{ height: win.totalHeight, position: 'relative' }}>
            <div
              className="absolute right-0 left-0 grid"
              style={{
                top: win.firstRow * (rowHeight + GAP),
                gridTemplateColumns: `repeat(${win.columns}, ${RACK_CARD_WIDTH}px)`,
                gap: GAP,
              }}
            >
              {visible.map((rack) => (
                <RackElevation
                  key={rack.name}
                  rack={rack}
                  cables={cables.get(rack.name)}
                  selected={selected}
                  linked={linked}
                  onSelect={handleSelect}
                />
              ))}
            </div>
          </div>
        </div>
        <aside
          aria-label="Selected device"
          className="h-48 shrink-0 overflow-y-auto rounded-lg border border-slate-200 bg-white @2xl:h-auto @2xl:w-60 @4xl:w-72 @6xl:w-80 dark:border-slate-800 dark:bg-slate-900"
        >
          <DeviceLinksPanel device={device} links={deviceLinks} onSelect={handleSelect} />
        </aside>
      </div>
    </div>
  );
}
