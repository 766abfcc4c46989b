'use client';

import { usePlan } from '@/components/planner/use-plan';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { Facts } from '@/components/ui/facts';
import { formatInt } from '@/components/ui/format';
import { plural } from '@/components/ui/plural';
import { CONTROL_PLANE_TABLE } from '@/lib/catalog/kubernetes';
import type { PvcPlan, ResourcePool } from '@/lib/plan/types';

/** Control-plane sizing (and the RA table row it comes from), pod capacity, Longhorn PVCs, MAAS pools. */
export function KubernetesView() {
  const plan = usePlan();
  const { controlPlane: cp, kubernetes: k8s } = plan;
  const row = cp.tableRow;
  return (
    <div
      className="grid grid-cols-1 gap-4 @3xl:grid-cols-2"
      data-view="kubernetes"
      data-rendered-nodes={plan.compute.workerNodes}
    >
      <Card title="Control plane" titleId="cp-title">
        <Facts
          testId="control-plane-facts"
          facts={[
            {
              label: 'Nodes',
              value: `${cp.nodes} + ${cp.spareNodes} spare`,
              note: 'The spare stays unused in the MAAS pool for rolling repaves.',
            },
            {
              label: 'Placement',
              value: cp.placement === 'physical' ? 'Physical servers' : 'Virtual machines',
            },
            { label: 'Per node', value: `${cp.cpuCores} cores, ${cp.memoryGB} GB RAM` },
            {
              label: 'From',
              value: `RA ${cp.raSection} table`,
              note: cp.beyondTable
                ? 'This design is beyond the table’s last row; the last row is used.'
                : `Row: up to ${formatInt(row.workers)} workers and ${formatInt(row.namespaces)} namespaces.`,
            },
          ]}
        />
        <table className="mt-3 w-full text-xs" aria-label="RA control-plane sizing table">
          <thead className="text-left text-slate-600 dark:text-slate-400">
            <tr>
              <th className="py-1 font-medium">Workers</th>
              <th className="py-1 font-medium">Namespaces</th>
              <th className="py-1 text-right font-medium">Cores</th>
              <th className="py-1 text-right font-medium">Memory (GB)</th>
            </tr>
          </thead>
          <tbody>
            {CONTROL_PLANE_TABLE.map((r) => {
              const used = r.workers === row.workers && r.namespaces === row.namespaces;
              return (
                <tr
                  key={`${r.workers}-${r.namespaces}`}
                  aria-current={used ? 'true' : undefined}
                  className={used ? 'bg-emerald-50 font-semibold dark:bg-emerald-950/50' : ''}
                >
                  <td className="py-0.5">{formatInt(r.workers)}</td>
                  <td className="py-0.5">{formatInt(r.namespaces)}</td>
                  <td className="py-0.5 text-right tabular-nums">{r.cpuCores}</td>
                  <td className="py-0.5 text-right tabular-nums">{r.memoryGB}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Card>
      <Card title="Pods" titleId="pods-title">
        <Facts
          testId="pod-facts"
          facts={[
            {
              label: 'Pod capacity',
              value: formatInt(k8s.podCapacity),
              note: `${plural(k8s.maxPodsPerNode, 'pod')} × ${plural(plan.compute.workerNodes, 'worker')}`,
            },
            {
              label: 'Overhead pods',
              value: formatInt(k8s.overheadPods),
              note: `${k8s.overheadPodsPerNode} daemonset pods per node + ${k8s.overheadPodsFixed} controllers and agents`,
            },
            {
              label: 'For workloads',
              value: <span data-testid="workload-pods">{formatInt(k8s.workloadPods)}</span>,
            },
            { label: 'Namespaces', value: formatInt(k8s.namespaces) },
            {
              label: 'Cluster nodes',
              value: formatInt(k8s.clusterNodes),
              note: 'workers + control plane + spare',
            },
            { label: 'Kubernetes', value: `Palette eXtended Kubernetes ${k8s.kubernetesVersion}` },
          ]}
        />
      </Card>
      <Card
        title="Persistent volume claims (Longhorn)"
        titleId="pvcs-title"
        aside={<Badge>{`Longhorn ${k8s.longhornVersion}`}</Badge>}
      >
        <DataTable<PvcPlan>
          caption="PVCs served by Longhorn"
          rows={k8s.pvcs}
          rowKey={(p) => `${p.namespace}/${p.name}`}
          columns={[
            { key: 'name', header: 'PVC', cell: (p) => <code className="text-xs">{p.name}</code> },
            { key: 'ns', header: 'Namespace', cell: (p) => p.namespace },
            { key: 'size', header: 'Size', cell: (p) => `${p.sizeGi} Gi`, align: 'right' },
            { key: 'mode', header: 'Access', cell: (p) => p.accessMode },
          ]}
          footer={
            <tfoot className="border-t border-slate-200 font-semibold dark:border-slate-800">
              <tr>
                <td className="px-2 py-1.5" colSpan={2}>
                  Total
                </td>
                <td className="px-2 py-1.5 text-right whitespace-nowrap tabular-nums">{k8s.totalPvcGi} Gi</td>
                <td />
              </tr>
            </tfoot>
          }
        />
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          Longhorn runs on the control-plane nodes with guaranteed-instance-manager-cpu{' '}
          <code>{k8s.longhornGuaranteedInstanceManagerCpu}</code>.
        </p>
      </Card>
      <Card title="MAAS resource pools" titleId="pools-maas-title">
        <DataTable<ResourcePool>
          caption="MAAS resource pools"
          rows={k8s.resourcePools}
          rowKey={(p) => p.name}
          columns={[
            { key: 'name', header: 'Pool', cell: (p) => <code className="whitespace-nowrap">{p.name}</code> },
            { key: 'nodes', header: 'Machines', cell: (p) => formatInt(p.nodes), align: 'right' },
            { key: 'desc', header: 'Purpose', cell: (p) => p.description },
          ]}
        />
      </Card>
      <Card title="Software versions" titleId="software-title" className="@3xl:col-span-2">
        <DataTable
          caption="Software versions"
          rows={plan.software}
          rowKey={(s) => `${s.component}-${s.product}`}
          columns={[
            { key: 'component', header: 'Component', cell: (s) => s.component },
            { key: 'product', header: 'Product', cell: (s) => s.product },
            { key: 'version', header: 'Version', cell: (s) => <code>{s.version}</code> },
          ]}
        />
      </Card>
    </div>
  );
}
