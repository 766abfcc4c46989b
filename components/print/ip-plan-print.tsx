'use client';

import type { AddressBlock } from '@/lib/plan/types';

const COLUMNS: { header: string; cell: (b: AddressBlock) => string }[] = [
  { header: 'Network', cell: (b) => b.network },
  { header: 'Device', cell: (b) => b.device },
  { header: 'Port', cell: (b) => b.port },
  { header: 'Prefix', cell: (b) => b.prefix },
  { header: 'Gateway', cell: (b) => b.gateway },
  { header: 'Peer device', cell: (b) => b.peerDevice },
  { header: 'Peer port', cell: (b) => b.peerPort },
  { header: 'Peer addresses', cell: (b) => b.peerAddresses },
];

/**
 * Every address block of the IP plan as one table for paper (the screen's table is windowed and
 * filtered; this one has every row, unfiltered, headers repeated on every page).
 */
export function IpPlanPrint({ blocks }: { blocks: readonly AddressBlock[] }) {
  return (
    <section className="print-group">
      <h2 className="print-h2">Address plan: {blocks.length.toLocaleString('en-US')} address blocks</h2>
      <table className="print-table" data-print-address-table="">
        <caption className="sr-only">Address blocks</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.header}>{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {blocks.map((b, i) => (
            <tr key={i}>
              {COLUMNS.map((c) => (
                <td key={c.header}>{c.cell(b)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
