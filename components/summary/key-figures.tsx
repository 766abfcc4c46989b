'use client';

import { Card } from '@/components/ui/card';
import { formatGB, formatInt, formatKW, formatTB, formatUSD } from '@/components/ui/format';
import { MEDIA_LABELS } from '@/components/ui/media-label';
import { plural } from '@/components/ui/plural';
import { Stat } from '@/components/ui/stat';
import { cableTableOf } from '@/lib/plan/plan-transfer';
import type { ClusterPlan } from '@/lib/plan/types';
import { cablesByMedia, estimatedBomLines, overBudgetRacks, switchCounts } from './summary-figures';

/** The figures an architect checks first, each with the line that explains it. */
export function KeyFigures({ plan }: { plan: ClusterPlan }) {
  const { compute, controlPlane, fabric, kubernetes, power, bom } = plan;
  const switches = switchCounts(plan);
  const over = overBudgetRacks(plan);
  const estimates = estimatedBomLines(plan);
  const controlPlaneNodes =
    controlPlane.placement === 'physical'
      ? `${controlPlane.nodes} + ${controlPlane.spareNodes} spare control-plane servers`
      : `control plane on ${controlPlane.nodes} + ${controlPlane.spareNodes} VMs`;
  return (
    <Card title="Key figures" titleId="key-figures-title">
      <dl className="grid grid-cols-2 gap-x-6 gap-y-4 @3xl:grid-cols-4">
        <Stat
          label="GPUs"
          value={formatInt(compute.totalGpus)}
          testId="figure-gpus"
          detail={
            <>
              <span className="block" data-testid="figure-gpu-name">
                {compute.gpuName}
              </span>
              {compute.migProfile
                ? `${formatInt(compute.totalGpuInstances)} MIG instances (${compute.migProfile})`
                : `${plural(compute.workerNodes, 'worker')} × ${plural(compute.gpusPerServer, 'GPU')}`}
            </>
          }
        />
        <Stat
          label="GPU memory"
          value={formatTB(compute.totalGpuMemoryTB)}
          testId="figure-gpu-memory"
          detail={`${formatGB(compute.totalGpuMemoryGB)}, ${compute.gpuMemoryGB} GB per GPU`}
        />
        <Stat
          label="Cluster nodes"
          value={formatInt(kubernetes.clusterNodes)}
          testId="figure-cluster-nodes"
          detail={`${plural(compute.workerNodes, 'GPU worker')}; ${controlPlaneNodes}`}
        />
        <Stat
          label="Racks"
          value={formatInt(plan.racks.length)}
          testId="figure-racks"
          detail={over > 0 ? `${plural(over, 'rack')} over the power budget` : 'all within the power budget'}
        />
      </dl>
      <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-4 border-t border-slate-200 pt-4 @3xl:grid-cols-4 dark:border-slate-800">
        <div className="col-span-2">
          <dt className="text-xs font-medium text-slate-600 dark:text-slate-400">
            Switches by role, <span data-testid="figure-switches">{formatInt(switches.total)}</span> in all
          </dt>
          <dd className="mt-1 grid grid-cols-4 gap-2 text-sm">
            <SmallFigure label="Leaf" value={switches.leaf} testId="figure-leaf-switches" />
            <SmallFigure
              label={switches.superSpine > 0 ? `Spine + super-spine` : 'Spine'}
              value={switches.spine + switches.superSpine}
              testId="figure-spine-switches"
            />
            <SmallFigure label="North-south" value={switches.northSouth} testId="figure-ns-switches" />
            <SmallFigure label="Out-of-band" value={switches.oob} testId="figure-oob-switches" />
          </dd>
        </div>
        <div className="col-span-2">
          <dt className="text-xs font-medium text-slate-600 dark:text-slate-400">
            Cables by media ({plural(cableTableOf(plan).length, 'cable')},{' '}
            {plural(plan.cabling.links, 'link')})
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
      <div className="text-xs break-words text-slate-600 dark:text-slate-400">{label}</div>
      <div className="text-lg font-semibold tabular-nums" data-testid={testId}>
        {formatInt(value)}
      </div>
    </div>
  );
}
