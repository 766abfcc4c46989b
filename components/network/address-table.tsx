'use client';

import { useEffect } from 'react';
import { gridWindow } from '@/components/racks/virtual-grid';
import type { AddressBlock } from '@/lib/plan/types';
import { useScrollBox } from './use-scroll-box';

/** Fixed row and header heights (px): the window is computed from them. */
const ROW_HEIGHT = 32;
const HEADER_HEIGHT = 32;

const COLUMNS: { key: string; header: string; width: string; cell: (b: AddressBlock) => string }[] = [
  { key: 'network', header: 'Network', width: '12%', cell: (b) => b.network },
  { key: 'device', header: 'Device', width: '14%', cell: (b) => b.device },
  { key: 'port', header: 'Port', width: '7%', cell: (b) => b.port },
  { key: 'prefix', header: 'Prefix', width: '12%', cell: (b) => b.prefix },
  { key: 'gateway', header: 'Gateway', width: '10%', cell: (b) => b.gateway },
  { key: 'peerDevice', header: 'Peer device', width: '14%', cell: (b) => b.peerDevice },
  { key: 'peerPort', header: 'Peer port', width: '8%', cell: (b) => b.peerPort },
  { key: 'peerAddresses', header: 'Peer addresses', width: '23%', cell: (b) => b.peerAddresses },
];

const TH =
  'sticky top-0 z-10 border-b border-slate-200 bg-white px-2 text-left text-xs font-medium text-slate-600 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400';

/** Stands for the rows scrolled out of the window; hidden from screen readers. */
function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a row is not focusable here; the spacer holds nothing.
    <tr aria-hidden="true" style={{ height }}>
      <td colSpan={columns} />
    </tr>
  );
}

/**
 * The address blocks `rows` (indexes into `blocks`) as a table, windowed: only the rows in and near
 * the scroll box are in the DOM, spacer rows stand for the others, so 40,000 blocks scroll smoothly.
 * The box is a named Tab stop so keyboard users can scroll it; aria-rowcount and aria-rowindex tell
 * screen readers where they are in the whole list.
 */
export function AddressTable({
  blocks,
  rows,
  resetKey,
}: {
  blocks: readonly AddressBlock[];
  rows: readonly number[];
  /** Changes when the filter changes: the table scrolls back to its first row. */
  resetKey: string;
}) {
  const { ref, box, handleScroll, scrollToTop } = useScrollBox<HTMLElement>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: resetKey is the trigger, not an input.
  useEffect(() => scrollToTop(), [resetKey, scrollToTop]);
  const win = gridWindow({
    itemCount: rows.length,
    itemWidth: 1,
    rowHeight: ROW_HEIGHT,
    gap: 0,
    containerWidth: 1,
    scrollTop: box.scrollTop - HEADER_HEIGHT,
    viewportHeight: box.height,
    overscanRows: 8,
  });
  const visible = rows.slice(win.firstRow, win.lastRow);
  const before = win.firstRow * ROW_HEIGHT;
  const after = (win.rows - win.lastRow) * ROW_HEIGHT;
  return (
    // A named <section> is a region landmark, so the focused box is announced by its name.
    <section
      ref={ref}
      onScroll={handleScroll}
      aria-label="Address blocks"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll box must be keyboard-reachable (WCAG 2.1.1).
      tabIndex={0}
      data-scroll-region
      data-testid="address-table"
      className="max-h-[28rem] overflow-auto rounded-md border border-slate-200 dark:border-slate-800"
    >
      <table className="w-full min-w-[60rem] table-fixed text-sm" aria-rowcount={rows.length + 1}>
        <caption className="sr-only">Address blocks: network, device, port, prefix, gateway and peer</caption>
        <colgroup>
          {COLUMNS.map((c) => (
            <col key={c.key} style={{ width: c.width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" className={TH}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {before > 0 ? <Spacer height={before} columns={COLUMNS.length} /> : null}
          {visible.map((i, n) => {
            const b = blocks[i]!;
            return (
              <tr
                key={i}
                aria-rowindex={win.firstRow + n + 2}
                data-network={b.network}
                style={{ height: ROW_HEIGHT }}
                className="text-slate-800 dark:text-slate-200"
              >
                {COLUMNS.map((c) => {
                  const text = c.cell(b);
                  return (
                    <td key={c.key} className="truncate px-2 tabular-nums" title={text || undefined}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {after > 0 ? <Spacer height={after} columns={COLUMNS.length} /> : null}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={COLUMNS.length} className="px-2 py-3 text-slate-600 dark:text-slate-400">
                No address block matches the filter.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </section>
  );
}
