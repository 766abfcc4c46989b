'use client';

import { Card } from '@/components/ui/card';
import { type Fact, Facts } from '@/components/ui/facts';
import { formatInt } from '@/components/ui/format';
import type { PerGpuMemory, SizingAnswer } from '@/lib/workload/types';
import { formatGBDecimal, formatRange } from './sizing-format';

const SEGMENTS: { key: keyof PerGpuMemory; label: string; className: string }[] = [
  { key: 'weightsGB', label: 'weights', className: 'bg-sky-700 dark:bg-sky-400' },
  { key: 'kvCacheGB', label: 'KV cache', className: 'bg-emerald-700 dark:bg-emerald-400' },
  { key: 'activationsGB', label: 'activations', className: 'bg-amber-600 dark:bg-amber-300' },
  {
    key: 'optimizerStatesGB',
    label: 'gradients and optimizer',
    className: 'bg-fuchsia-700 dark:bg-fuchsia-400',
  },
  { key: 'overheadGB', label: 'runtime overhead', className: 'bg-slate-500 dark:bg-slate-400' },
];

/** One GPU of the replica: what fills it, against what the engine may use. */
function PerGpuBar({ perGpu }: { perGpu: PerGpuMemory }) {
  const scale = Math.max(perGpu.usableGB, perGpu.totalGB);
  const shown = SEGMENTS.filter((s) => perGpu[s.key] > 0);
  return (
    <figure className="mt-3">
      <figcaption className="text-xs font-medium text-slate-700 dark:text-slate-300">
        One GPU of the recommended replica: {formatGBDecimal(perGpu.totalGB)} of{' '}
        {formatGBDecimal(perGpu.usableGB)} usable
      </figcaption>
      <div
        aria-hidden="true"
        className="mt-1 flex h-4 w-full overflow-hidden rounded border border-slate-300 bg-slate-100 dark:border-slate-700 dark:bg-slate-800"
      >
        {shown.map((s) => (
          <div key={s.key} className={s.className} style={{ width: `${(perGpu[s.key] / scale) * 100}%` }} />
        ))}
      </div>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
        {shown.map((s) => (
          <li key={s.key} className="inline-flex items-center gap-1">
            <span aria-hidden="true" className={`h-2.5 w-2.5 rounded-sm ${s.className}`} />
            {s.label} {formatGBDecimal(perGpu[s.key])}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** The workload's memory before it is split over GPUs, and one GPU of the recommended replica. */
export function MemoryCard({ answer }: { answer: SizingAnswer }) {
  const m = answer.memory;
  const inference = answer.task === 'inference';
  const facts: Fact[] = [
    {
      label: 'Weights',
      value: <span data-testid="sizing-weights">{formatRange(m.weightsGBRange, formatGBDecimal)}</span>,
      note: `${answer.model.name} at ${m.precision.toUpperCase()}`,
    },
  ];
  if (inference) {
    facts.push({
      label: 'KV cache',
      value: <span data-testid="sizing-kv-cache">{formatGBDecimal(m.kvCacheGB)}</span>,
      note: `${formatInt(m.kvCacheBytesPerToken)} bytes per token, ${formatGBDecimal(m.kvCacheGBPerSequence)} per full-context sequence`,
    });
  } else {
    facts.push(
      { label: 'Activations', value: formatGBDecimal(m.activationsGB), note: 'one micro-batch' },
      { label: 'Gradients and optimizer', value: formatGBDecimal(m.optimizerStatesGB) },
    );
  }
  facts.push({
    label: 'Total',
    value: <span data-testid="sizing-total-memory">{formatRange(m.totalGBRange, formatGBDecimal)}</span>,
    note: 'Not a capacity to compare with summed GPU memory: every replica holds its own copy of the weights.',
  });
  return (
    <Card title="Memory" titleId="sizing-memory-title">
      <Facts facts={facts} />
      {answer.replica ? <PerGpuBar perGpu={answer.replica.perGpu} /> : null}
    </Card>
  );
}
