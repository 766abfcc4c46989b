'use client';

import { Card } from '@/components/ui/card';
import { formatGB, formatInt, formatKW, formatTB, formatUSD, plural } from '@/components/ui/format';
import { MEDIA_LABELS } from '@/components/ui/media-label';
import { Stat } from '@/components/ui/stat';
import type { ClusterPlan } from '@/lib/plan/types';
import { cablesByMedia, estimatedBomLines, overBudgetRacks, placedDevicesByRole } from './summary-figures';

/** The figures an architect checks first, each with the line that explains it. */
export function KeyFigures({ plan }: { plan: ClusterPlan }) {
  const { compute, controlPlane, fabric, northSouth, oob, power, bom } = plan;
  const placed = placedDevicesByRole(plan);
  const servers = placed.compute + placed['control-plane'] + placed.spare;
  const over = overBudgetRacks(plan);
  const estimates = estimatedBomLines(plan);
  const cpServers =
    controlPlane.placement === 'physical'
      ? `${controlPlane.nodes} + ${controlPlane.spareNodes} spare control plane`
      : `control plane on ${controlPlane.nodes} + ${controlPlane.spareNodes} VMs`;
  return (
    <Card title="Key figures" titleId="key-figures-title">
      <dl className="grid grid-cols-4 gap-x-6 gap-y-4">
        <Stat
          label={`GPUs (${compute.gpuName})`}
          value={formatInt(compute.totalGpus)}
          testId="figure-gpus"
          detail={
            compute.migProfile
              ? `${formatInt(compute.totalGpuInstances)} MIG instances (${compute.migProfile})`
              : `${formatInt(compute.workerNodes)} workers × ${compute.gpusPerServer} GPUs`
          }
        />
        <Stat
          label="GPU memory"
          value={formatTB(compute.totalGpuMemoryTB)}
          testId="figure-gpu-memory"
          detail={`${formatGB(compute.totalGpuMemoryGB)}, ${compute.gpuMemoryGB} GB per GPU`}
        />
        <Stat
          label="Servers"
          value={formatInt(servers)}
          testId="figure-servers"
          detail={`${formatInt(placed.compute)} GPU workers; ${cpServers}`}
        />
        <Stat
          label="Racks"
          value={formatInt(plan.racks.length)}
          testId="figure-racks"
          detail={over > 0 ? `${plural(over, 'rack')} over the power budget` : 'all within the power budget'}
        />
      </dl>
      <dl className="mt-4 grid grid-cols-4 gap-x-6 gap-y-4 border-t border-slate-200 pt-4 dark:border-slate-800">
        <div className="col-span-2">
          <dt className="text-xs font-medium text-slate-600 dark:text-slate-400">Switches by role</dt>
          <dd className="mt-1 grid grid-cols-4 gap-2 text-sm">
            <SmallFigure label="Leaf" value={fabric.leafSwitches} testId="figure-leaf-switches" />
            <SmallFigure label="Spine" value={fabric.spineSwitches} testId="figure-spine-switches" />
            <SmallFigure label="North-south" value={northSouth.switches} testId="figure-ns-switches" />
            <SmallFigure label="Out-of-band" value={oob.switches} testId="figure-oob-switches" />
          </dd>
        </div>
        <div className="col-span-2">
          <dt className="text-xs font-medium text-slate-600 dark:text-slate-400">
            Cables by media ({formatInt(plan.cabling.cables.length)} cables, {formatInt(plan.cabling.links)}{' '}
            links)
          </dt>
          <dd className="mt-1 grid grid-cols-5 gap-2 text-sm">
            {cablesByMedia(plan).map(({ media, count }) => (
              <SmallFigure
                key={media}
                label={MEDIA_LABELS[media]}
                value={count}
                testId={`figure-cables-${media}`}
              />
            ))}
          </dd>
        </div>
        <Stat
          label="Total power (design maximum)"
          value={formatKW(power.totalMaxKW)}
          testId="figure-power"
          detail={`${formatKW(power.totalTypicalKW)} typical, ${formatInt(power.btuPerHour)} BTU/h`}
        />
        <Stat
          label="Cost (list and estimates)"
          value={formatUSD(bom.totalUSD)}
          testId="figure-cost"
          detail={estimates > 0 ? `${plural(estimates, 'line')} priced by estimate` : 'all list prices'}
        />
        <Stat
          label="East-west fabric"
          value={fabric.tiers === 1 ? 'Single leaf' : 'Leaf-spine'}
          detail={`${formatInt(fabric.serverPorts)} × ${fabric.serverPortGbps}G server ports${fabric.nonBlocking ? ', non-blocking' : ', oversubscribed'}`}
        />
        <Stat
          label="CPU / RAM"
          value={`${formatInt(compute.totalCpuCores)} cores`}
          detail={`${formatInt(compute.totalRamGB)} GB RAM in the workers`}
        />
      </dl>
    </Card>
  );
}

function SmallFigure({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div className="min-w-0">
      <div className="truncate text-xs text-slate-600 dark:text-slate-400">{label}</div>
      <div className="text-lg font-semibold tabular-nums" data-testid={testId}>
        {formatInt(value)}
      </div>
    </div>
  );
}
