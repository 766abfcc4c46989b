'use client';

import { useDeferredValue, useMemo, useState } from 'react';
import { CONTROL_CLASS } from '@/components/design-form/field-shell';
import { Card } from '@/components/ui/card';
import { formatInt } from '@/components/ui/format';
import type { AddressNetworkId, IpPlan } from '@/lib/plan/types';
import {
  type AddressFilter,
  filterBlocks,
  NO_FILTER,
  networkCounts,
  searchIndex,
  switchNames,
} from './address-filter';
import { AddressTable } from './address-table';

const LABEL = 'text-xs font-medium text-slate-700 dark:text-slate-300';

/** The filter controls: free text, a network and a switch. */
function AddressFilterBar({
  filter,
  onChange,
  networks,
  switches,
}: {
  filter: AddressFilter;
  onChange: (filter: AddressFilter) => void;
  networks: { network: AddressNetworkId; count: number }[];
  switches: string[];
}) {
  return (
    <search className="grid grid-cols-[minmax(14rem,2fr)_minmax(10rem,1fr)_minmax(12rem,1fr)] gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="address-filter-text" className={LABEL}>
          Filter (device, port, prefix, peer)
        </label>
        <input
          id="address-filter-text"
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder="e.g. gpu-001 or 172.16.0."
          value={filter.text}
          onChange={(e) => onChange({ ...filter, text: e.target.value })}
          className={CONTROL_CLASS}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="address-filter-network" className={LABEL}>
          Network
        </label>
        <select
          id="address-filter-network"
          value={filter.network}
          onChange={(e) => onChange({ ...filter, network: e.target.value as AddressFilter['network'] })}
          className={CONTROL_CLASS}
        >
          <option value="">All networks</option>
          {networks.map((n) => (
            <option key={n.network} value={n.network}>
              {n.network} ({formatInt(n.count)})
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="address-filter-switch" className={LABEL}>
          Switch
        </label>
        <select
          id="address-filter-switch"
          value={filter.device}
          onChange={(e) => onChange({ ...filter, device: e.target.value })}
          className={CONTROL_CLASS}
        >
          <option value="">All switches</option>
          {switches.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
    </search>
  );
}

/**
 * The IP plan's address blocks, searchable: every switchport prefix, /31 link, loopback, OOB, PXE /
 * management and north-south address and the MetalLB pool, as the CSV export lists them.
 */
export function AddressPlan({ ipPlan }: { ipPlan: IpPlan }) {
  const { blocks } = ipPlan;
  const [filter, setFilter] = useState<AddressFilter>(NO_FILTER);
  // Typing stays responsive at 40,000 blocks: the table follows when React has time.
  const deferred = useDeferredValue(filter);
  const index = useMemo(() => searchIndex(blocks), [blocks]);
  const networks = useMemo(() => networkCounts(blocks), [blocks]);
  const switches = useMemo(() => switchNames(blocks), [blocks]);
  // A switch or network the new plan no longer has matches nothing: fall back to all.
  const { text } = deferred;
  const network = networks.some((n) => n.network === deferred.network) ? deferred.network : '';
  const device = switches.includes(deferred.device) ? deferred.device : '';
  const rows = useMemo(
    () => filterBlocks(blocks, index, { text, network, device }),
    [blocks, index, text, network, device],
  );
  return (
    <Card
      title="Address plan"
      titleId="address-plan-title"
      className="col-span-2"
      aside={
        <p
          className="text-xs text-slate-600 dark:text-slate-400"
          data-testid="address-count"
          aria-live="polite"
        >
          {rows.length === blocks.length
            ? `${formatInt(blocks.length)} address blocks`
            : `${formatInt(rows.length)} of ${formatInt(blocks.length)} address blocks`}
        </p>
      }
    >
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
        Every block configured on a switch port, and who sits at the other end. A server appears under its
        name everywhere:{' '}
        <strong className="font-semibold text-slate-800 dark:text-slate-200">
          node name = server name = MAAS hostname
        </strong>
        , because the CIDRPool static allocations pin each east-west prefix to that node name.
      </p>
      <div className="flex flex-col gap-3">
        <AddressFilterBar filter={filter} onChange={setFilter} networks={networks} switches={switches} />
        <AddressTable blocks={blocks} rows={rows} resetKey={`${text}|${network}|${device}`} />
        <details className="text-sm">
          <summary className="cursor-pointer text-slate-700 select-none dark:text-slate-300">
            How addresses are handed out
          </summary>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-600 dark:text-slate-400">
            {ipPlan.conventions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </details>
      </div>
    </Card>
  );
}
