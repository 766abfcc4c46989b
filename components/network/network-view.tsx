'use client';

import { usePlan } from '@/components/planner/use-plan';
import { IpPlanPrint } from '@/components/print/ip-plan-print';
import { PrintButton } from '@/components/print/print-button';
import { PrintDocument } from '@/components/print/print-document';
import { usePrintView } from '@/components/print/use-print-view';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { Facts } from '@/components/ui/facts';
import { formatInt } from '@/components/ui/format';
import type { IpPool } from '@/lib/plan/types';
import { AddressPlan } from './address-plan';
import { eastWestFacts } from './fabric-facts';
import { SiteSubnets } from './site-subnets';

/**
 * The IP plan: Kubernetes CIDR capacity, the Spectrum-X per-port prefix and why, NIC sharing, every
 * address block (searchable), the site subnets and MetalLB pool, the CIDRPools and the fabrics.
 */
export function NetworkView() {
  const plan = usePlan();
  // The browser's Print command prints the IP plan with every address block (the screen's is windowed).
  const print = usePrintView('ip-plan');
  const { kubernetes: k8s, network, fabric, northSouth, oob } = plan;
  const podUse = k8s.clusterNodes / k8s.maxNodesForPodCidr;
  return (
    <div
      className="grid grid-cols-2 gap-4"
      data-view="network"
      data-rendered-nodes={plan.compute.workerNodes}
    >
      {print?.doc === 'ip-plan' ? (
        <div className="col-span-2">
          <PrintDocument plan={plan} request={print} />
        </div>
      ) : null}
      <div className="col-span-2 flex justify-end print:hidden">
        <PrintButton doc="ip-plan" />
      </div>
      <Card title="Kubernetes address space" titleId="k8s-cidrs-title">
        <Facts
          testId="pod-cidr-facts"
          facts={[
            {
              label: 'Pod CIDR',
              value: <code>{k8s.podCidr}</code>,
              note: `${formatInt(k8s.maxNodesForPodCidr)} node /${k8s.nodePodCidrPrefix}s; the cluster uses ${formatInt(k8s.clusterNodes)} (${Math.round(podUse * 100)}%)`,
            },
            {
              label: 'Service CIDR',
              value: <code>{k8s.serviceCidr}</code>,
              note: `${formatInt(k8s.serviceAddresses)} service addresses`,
            },
            {
              label: 'Pods per node',
              value: formatInt(k8s.maxPodsPerNode),
              note: `one /${k8s.nodePodCidrPrefix} per node`,
            },
          ]}
        />
      </Card>
      <Card title="East-west addressing (Spectrum-X)" titleId="ew-addressing-title">
        <Facts
          testId="ew-facts"
          facts={[
            { label: 'East-west CIDR', value: <code>{network.eastWestCidr}</code> },
            {
              label: 'Per-switchport prefix',
              value: (
                <span data-testid="port-prefix">
                  /{network.portPrefixLength} ({network.addressesPerPort} addresses)
                </span>
              ),
              note: network.prefixReason,
            },
            {
              label: "RA's prefix",
              value: `/${network.raPortPrefixLength}`,
              note: `switchport at address index ${network.gatewayIndex} of each block (nv-ipam gatewayIndex)`,
            },
            {
              label: 'NIC sharing',
              value: <Badge tone="info">{network.nicSharingMode}</Badge>,
              note: network.nicSharingReason,
            },
            {
              label: 'IPAM resource',
              value: <code>{network.ipamResource}</code>,
              note: 'NVIDIA IPAM (nv-ipam)',
            },
            {
              label: 'Addresses',
              value: `${formatInt(network.addressesUsed)} used of ${formatInt(network.addressesAvailable)}`,
            },
          ]}
        />
      </Card>
      <div className="contents print:hidden">
        <AddressPlan ipPlan={plan.ipPlan} />
      </div>
      {print?.doc === 'ip-plan' ? (
        <div className="col-span-2 hidden print:block">
          <IpPlanPrint blocks={plan.ipPlan.blocks} />
        </div>
      ) : null}
      <SiteSubnets ipPlan={plan.ipPlan} />
      <Card title="CIDRPools (one per rail)" titleId="pools-title" className="col-span-2">
        <DataTable<IpPool>
          caption="CIDRPools"
          rowKey={(p) => p.name}
          rows={network.pools}
          columns={[
            { key: 'name', header: 'Name', cell: (p) => <code>{p.name}</code> },
            { key: 'rail', header: 'Rail', cell: (p) => p.rail, align: 'right' },
            { key: 'cidr', header: 'CIDR', cell: (p) => <code>{p.cidr}</code> },
            {
              key: 'prefix',
              header: 'Per-node prefix',
              cell: (p) => `/${p.perNodeNetworkPrefix}`,
              align: 'right',
            },
            { key: 'gw', header: 'Gateway index', cell: (p) => p.gatewayIndex, align: 'right' },
            { key: 'nodes', header: 'Nodes', cell: (p) => formatInt(p.nodes), align: 'right' },
            { key: 'routes', header: 'Routes', cell: (p) => (p.routes ?? []).join(', ') },
          ]}
        />
      </Card>
      <Card title="Fabrics" titleId="fabrics-title" className="col-span-2">
        <div className="grid grid-cols-3 gap-6">
          <div>
            <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
              East-west ({fabric.switchModel})
            </h3>
            <Facts facts={eastWestFacts(fabric)} />
          </div>
          <div>
            <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
              North-south ({northSouth.switchModel})
            </h3>
            <Facts
              facts={[
                { label: 'Switches', value: formatInt(northSouth.switches) },
                {
                  label: 'DPU ports',
                  value: `${formatInt(northSouth.serverPorts)} × ${northSouth.dpuPortGbps}G`,
                  note: `${northSouth.dpuPortsPerServer} per server`,
                },
                { label: 'Servers per switch', value: formatInt(northSouth.serversPerSwitch) },
              ]}
            />
          </div>
          <div>
            <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
              Out-of-band ({oob.switchModel})
            </h3>
            <Facts
              facts={[
                { label: 'Switches', value: formatInt(oob.switches) },
                {
                  label: 'Ports per server',
                  value: formatInt(oob.portsPerServer),
                  note: `BMC ${oob.perServer.bmc}, SuperNICs ${oob.perServer.superNics}, DPUs ${oob.perServer.dpus}`,
                },
                {
                  label: 'Ports',
                  value: `${formatInt(oob.totalPorts)}`,
                  note: `${formatInt(oob.serverPorts)} server ports + ${formatInt(oob.otherPorts)} switch and control-plane management ports`,
                },
              ]}
            />
          </div>
        </div>
      </Card>
    </div>
  );
}
