'use client';

import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { Facts } from '@/components/ui/facts';
import { formatInt } from '@/components/ui/format';
import type { IpPlan, SiteSubnet } from '@/lib/plan/types';

const SUBNET_NAMES: Record<SiteSubnet['network'], string> = {
  underlay: 'Underlay',
  oob: 'Out-of-band',
  management: 'PXE/management',
  'north-south': 'North-south',
};

/** The site subnets the plan carves addresses from (MAAS, switches), and the MetalLB pool. */
export function SiteSubnets({ ipPlan }: { ipPlan: IpPlan }) {
  return (
    <Card title="Site subnets" titleId="site-subnets-title" className="col-span-2">
      <DataTable<SiteSubnet>
        caption="Site subnets"
        rowKey={(s) => s.network}
        rows={ipPlan.subnets}
        columns={[
          { key: 'name', header: 'Subnet', cell: (s) => SUBNET_NAMES[s.network] },
          { key: 'cidr', header: 'CIDR', cell: (s) => <code>{s.cidr}</code> },
          { key: 'gw', header: 'Gateway', cell: (s) => (s.gateway ? <code>{s.gateway}</code> : '-') },
          {
            key: 'needed',
            header: 'Addresses needed',
            cell: (s) => formatInt(s.addressesNeeded),
            align: 'right',
          },
          {
            key: 'available',
            header: 'Available',
            cell: (s) => formatInt(s.addressesAvailable),
            align: 'right',
          },
          {
            key: 'purpose',
            header: 'Holds',
            cell: (s) => <span className="text-xs text-slate-600 dark:text-slate-400">{s.purpose}</span>,
          },
        ]}
      />
      <div className="mt-4">
        <Facts
          testId="metallb-facts"
          facts={[
            {
              label: 'MetalLB pool',
              value: <code data-testid="metallb-range">{ipPlan.loadBalancer.range}</code>,
              note: `${formatInt(ipPlan.loadBalancer.addresses)} addresses at the top of the north-south subnet, for LoadBalancer services`,
            },
          ]}
        />
      </div>
    </Card>
  );
}
