'use client';

import { useMemo } from 'react';
import { formatM } from '@/components/ui/format';
import { MEDIA_LABELS } from '@/components/ui/media-label';
import { type CableEndLabel, endText, planEndLabels } from '@/lib/plan/cable-labels';
import type { Cable, ClusterPlan } from '@/lib/plan/types';

/** The far end's name on a label: "A" seen from a B end, a leg's name ("B1") or "B" seen from the A end. */
function farEndName(label: CableEndLabel, legs: number, i: number): string {
  if (label.end !== 'A') return 'A';
  return legs > 1 ? `B${i + 1}` : 'B';
}

/** One label: the cable's identifier, then this end and the far end(s), each by rack, U, device, port. */
function PrintLabel({ label, cable }: { label: CableEndLabel; cable: Cable }) {
  return (
    <div className="print-label" data-print-label={label.label}>
      <div className="flex items-baseline justify-between gap-2">
        <strong className="font-mono text-[10pt]">{label.label}</strong>
        <span className="text-[7pt]">{label.end} end</span>
      </div>
      <p>
        <b>{label.end}</b> {endText(label.here)}
      </p>
      {label.far.map((far, i) => (
        <p key={`${far.device}-${far.port}`}>
          <b>{farEndName(label, cable.legs.length, i)}</b> {endText(far)}
        </p>
      ))}
      <p className="text-[6.5pt]">
        {cable.network} · {MEDIA_LABELS[cable.media]} {cable.partNumber} · {formatM(cable.lengthM)}
      </p>
    </div>
  );
}

/**
 * The printable label sheet: a label for each end of every cable (a splitter's A end and each leg's
 * B end), in the plan's cable order, the A end first; the same records as the label-printer CSV.
 */
export function LabelSheetPrint({ plan }: { plan: ClusterPlan }) {
  const labels = useMemo(() => planEndLabels(plan), [plan]);
  const cables = useMemo(() => new Map(plan.cabling.cables.map((c) => [c.id, c])), [plan]);
  return (
    <>
      <p className="mb-2 text-xs">
        One label per cable end. Its first line is the end it goes on (A is the switch end, B1 and B2 the legs
        of a splitter), the next the far end(s): rack, U, device and port.
      </p>
      <div className="print-labels">
        {labels.map((label) => {
          const cable = cables.get(label.cableId);
          return cable ? (
            <PrintLabel key={`${label.label}-${label.end}`} label={label} cable={cable} />
          ) : null;
        })}
      </div>
    </>
  );
}
