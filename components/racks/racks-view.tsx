'use client';

import { useEffect, useMemo } from 'react';
import { usePlan } from '@/components/planner/use-plan';
import { CableRunsPrint } from '@/components/print/cable-runs-print';
import { PrintButton } from '@/components/print/print-button';
import { PrintDocument } from '@/components/print/print-document';
import { RacksPrint } from '@/components/print/rack-print';
import { usePrintView } from '@/components/print/use-print-view';
import { formatKW } from '@/components/ui/format';
import { plural } from '@/components/ui/plural';
import { RoleLegend } from '@/components/ui/role-legend';
import { ROLE_ORDER } from '@/components/ui/role-style';
import type { PlannerState } from '@/state/planner-store';
import { usePlannerStore } from '@/state/use-planner-store';
import { DeviceLinksPanel } from './device-links-panel';
import { FLOOR_MIN_RACKS } from './floor-layout';
import { FloorRacks } from './floor-racks';
import { RackGrid } from './rack-grid';
import { cablesByRack, linksOfDevice } from './rack-index';
import { RACK_ROLE_COLOR, RACK_ROLE_LABEL, RACK_ROLE_ORDER } from './rack-role-style';

const selectDevice = (s: PlannerState) => s.selectedDevice;

/** The floor's colour key: racks by what they hold. */
function RackRoleLegend() {
  return (
    <ul className="flex flex-wrap gap-3 text-xs text-slate-600 dark:text-slate-400" aria-label="Rack legend">
      {RACK_ROLE_ORDER.map((role) => (
        <li key={role} className="inline-flex items-center gap-1">
          <span
            aria-hidden="true"
            className="h-2.5 w-2.5 rounded-sm"
            style={{ background: RACK_ROLE_COLOR[role] }}
          />
          {RACK_ROLE_LABEL[role]}
        </li>
      ))}
      <li>bar: power of budget</li>
    </ul>
  );
}

/**
 * The racks: side by side as elevations for a row's worth (the RA's 7), as a floor plan with the
 * chosen rack's elevation beyond that; the selected device's links on the right.
 */
export function RacksView() {
  const plan = usePlan();
  const selected = usePlannerStore(selectDevice);
  const select = usePlannerStore((s) => s.selectDevice);
  // The browser's Print command prints the racks (every one, not the windowed screen).
  const print = usePrintView('racks');
  const cables = useMemo(() => cablesByRack(plan), [plan]);
  const deviceByName = useMemo(
    () => new Map(plan.racks.flatMap((r) => r.devices.map((d) => [d.name, d] as const))),
    [plan],
  );
  const device = selected ? (deviceByName.get(selected) ?? null) : null;
  const deviceLinks = useMemo(() => (device ? linksOfDevice(plan, device.name) : []), [plan, device]);
  const linked = useMemo(() => new Set(deviceLinks.map((l) => l.remote.device)), [deviceLinks]);

  // A new design may not have the selected device any more.
  useEffect(() => {
    if (selected && !deviceByName.has(selected)) select(null);
  }, [selected, deviceByName, select]);

  const onFloor = plan.racks.length >= FLOOR_MIN_RACKS;
  const over = plan.racks.filter((r) => r.overBudget).length;
  const panel = (onSelect: (name: string) => void) => (
    <aside
      aria-label="Selected device"
      className="h-48 shrink-0 overflow-y-auto rounded-lg border border-slate-200 bg-white @2xl:h-auto @2xl:w-60 @4xl:w-72 @6xl:w-80 dark:border-slate-800 dark:bg-slate-900"
    >
      <DeviceLinksPanel device={device} links={deviceLinks} onSelect={onSelect} />
    </aside>
  );
  const bodyProps = { plan, cables, selected, linked, select, panel };
  return (
    <div
      className="flex h-full min-h-[480px] flex-col gap-2"
      data-view="racks"
      data-rendered-nodes={plan.compute.workerNodes}
    >
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm print:hidden">
        <p className="text-slate-700 dark:text-slate-300" data-testid="racks-summary">
          <strong>{plural(plan.racks.length, 'rack')}</strong>{' '}
          {onFloor
            ? `in ${plural(plan.floor.rows, 'row')} of up to ${plan.floor.racksPerRow}`
            : 'in row order'}
          , {plan.racks[0]?.heightU ?? 42}U, {formatKW(plan.racks[0]?.budgetKW ?? 0)} budget each
          {over > 0 ? (
            <span className="font-semibold text-red-700 dark:text-red-400">
              , {plural(over, 'rack')} over budget
            </span>
          ) : null}
        </p>
        <div className="flex flex-col items-end gap-1">
          <div className="flex gap-2">
            <PrintButton doc="racks" />
            <PrintButton doc="cables" />
          </div>
          {onFloor ? <RackRoleLegend /> : null}
          <RoleLegend roles={ROLE_ORDER} />
        </div>
      </div>
      <div className="contents print:hidden">
        {onFloor ? <FloorRacks {...bodyProps} /> : <RackGrid {...bodyProps} />}
      </div>
      {print?.doc === 'racks' || print?.doc === 'cables' ? (
        <PrintDocument plan={plan} request={print}>
          {print.doc === 'racks' ? <RacksPrint plan={plan} /> : <CableRunsPrint plan={plan} />}
        </PrintDocument>
      ) : null}
    </div>
  );
}
