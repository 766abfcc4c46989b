'use client';

import { type UIEvent, useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { RackBodyProps } from './rack-body-props';
import { RACK_CARD_WIDTH, RackElevation, rackCardHeight } from './rack-elevation';
import { gridWindow, scrollTopFor } from './virtual-grid';

const GAP = 16;

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

/** Every rack in row order as an SVG elevation, windowed; `panel` (the selected device's links) beside. */
export function RackGrid({ plan, cables, selected, linked, select, panel }: RackBodyProps) {
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

  const visible = plan.racks.slice(win.firstRow * win.columns, win.lastRow * win.columns);
  return (
    // The selected device's links beside the racks; under them when the view is narrow.
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
      {panel(handleSelect)}
    </div>
  );
}
