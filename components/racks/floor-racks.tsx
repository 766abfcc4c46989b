'use client';

import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useChosenRack } from './chosen-rack';
import { floorLayout } from './floor-layout';
import { FloorPlan } from './floor-plan';
import type { RackBodyProps } from './rack-body-props';
import { RackElevation } from './rack-elevation';
import { RackJump } from './rack-jump';

/**
 * The floor plan of a design with many racks, the chosen rack's elevation beside it, and `panel` (the
 * selected device's links). Choosing a far end in the links shows that device's rack.
 */
export function FloorRacks({ plan, cables, selected, linked, select, panel }: RackBodyProps) {
  const layout = useMemo(() => floorLayout(plan), [plan]);
  const names = useMemo(() => plan.racks.map((r) => r.name), [plan]);
  const rackOfDevice = useMemo(
    () => new Map(plan.racks.flatMap((r) => r.devices.map((d) => [d.name, r.name] as const))),
    [plan],
  );
  const { chosen, choose: setChosen } = useChosenRack();
  const scroller = useRef<HTMLDivElement>(null);
  // A new design may not have the chosen rack: fall back to the selected device's rack, then the first.
  const rackName =
    (chosen && names.includes(chosen) ? chosen : null) ??
    (selected ? rackOfDevice.get(selected) : undefined) ??
    names[0] ??
    null;
  const rack = plan.racks.find((r) => r.name === rackName) ?? null;

  /** Scrolls the floor so the rack is in view (centred when it was off screen). */
  const reveal = useCallback(
    (name: string) => {
      const el = scroller.current;
      const r = layout.racks.find((x) => x.name === name);
      if (!el || !r) return;
      const inX = r.x >= el.scrollLeft && r.x + r.width <= el.scrollLeft + el.clientWidth;
      const inY = r.y >= el.scrollTop && r.y + r.depth <= el.scrollTop + el.clientHeight;
      if (!inX) el.scrollLeft = r.x + r.width / 2 - el.clientWidth / 2;
      if (!inY) el.scrollTop = r.y + r.depth / 2 - el.clientHeight / 2;
    },
    [layout],
  );

  // Back on the floor after another view: show the rack chosen before, where it stands.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per mount, not on every plan.
  useEffect(() => {
    if (rackName) reveal(rackName);
  }, []);

  const handleJump = useCallback(
    (name: string) => {
      setChosen(name);
      reveal(name);
    },
    [reveal, setChosen],
  );

  const handleSelectDevice = useCallback(
    (name: string) => {
      select(name);
      const owner = rackOfDevice.get(name);
      if (owner) handleJump(owner);
    },
    [select, rackOfDevice, handleJump],
  );

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-2">
      <RackJump names={names} onJump={handleJump} />
      <div className="flex min-h-0 flex-1 flex-col gap-4 @2xl:flex-row">
        <div
          ref={scroller}
          className="max-h-[70vh] min-w-0 flex-1 overflow-auto rounded-lg border border-slate-200 bg-white @2xl:max-h-none dark:border-slate-800 dark:bg-slate-900"
          data-testid="floor-scroller"
        >
          <FloorPlan layout={layout} selected={rackName} onSelect={setChosen} />
        </div>
        <div className="shrink-0 overflow-y-auto" data-testid="floor-rack">
          {rack ? (
            <RackElevation
              rack={rack}
              cables={cables.get(rack.name)}
              selected={selected}
              linked={linked}
              onSelect={handleSelectDevice}
            />
          ) : null}
        </div>
        {panel(handleSelectDevice)}
      </div>
    </div>
  );
}
