'use client';

import { useMemo } from 'react';
import { formatInt, formatM } from '@/components/ui/format';
import { MEDIA_LABELS } from '@/components/ui/media-label';
import { cableEnds, cableLabel, cableRunsByRack, endText } from '@/lib/plan/cable-labels';
import type { ClusterPlan } from '@/lib/plan/types';

/**
 * The cable run list for the technicians, grouped by rack: every cable with an end in the rack, with
 * its label, media, part and length and both ends (rack, U, device, port). A cable between two racks
 * is listed under both. Column headers repeat on every page.
 */
export function CableRunsPrint({ plan }: { plan: ClusterPlan }) {
  const groups = useMemo(() => cableRunsByRack(plan), [plan]);
  const racks = useMemo(() => new Map(plan.racks.map((r) => [r.name, r])), [plan]);
  return (
    <>
      {groups.map(({ rack, cables }) => {
        const r = racks.get(rack);
        return (
          <section key={rack} className="print-group" data-print-cable-rack={rack}>
            <h2 className="print-h2">
              Rack {rack}
              {r ? `, row ${r.row} position ${r.position}` : ''}: {formatInt(cables.length)}{' '}
              {cables.length === 1 ? 'cable' : 'cables'}
            </h2>
            <table className="print-table">
              <caption className="sr-only">Cables of rack {rack}</caption>
              <thead>
                <tr>
                  <th>Label</th>
                  <th>Network</th>
                  <th>Media</th>
                  <th>Part</th>
                  <th className="num">Length</th>
                  <th>A end</th>
                  <th>B end</th>
                </tr>
              </thead>
              <tbody>
                {cables.map((cable) => {
                  const ends = cableEnds(cable);
                  return (
                    <tr key={cable.id}>
                      <td className="font-mono font-semibold">{cableLabel(cable)}</td>
                      <td>{cable.network}</td>
                      <td>{MEDIA_LABELS[cable.media]}</td>
                      <td>{cable.partNumber}</td>
                      <td className="num">{formatM(cable.lengthM)}</td>
                      <td>{endText(ends.a)}</td>
                      <td>{ends.b.map(endText).join('; ')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}
