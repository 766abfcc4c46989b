/**
 * How the Workload view words a sizing answer: memory in GB, ranges, the shape of a replica. Only
 * formatting: every number comes from the SizingAnswer.
 */
import { formatDecimal, formatInt } from '@/components/ui/format';
import { plural } from '@/components/ui/plural';
import type { ReplicaSummary, SizingOption } from '@/lib/workload/types';
import type { Range } from '@/lib/workload/units';

/** "70.6 GB" (1e9 bytes, as the sizing reports). */
export const formatGBDecimal = (gb: number) => `${formatDecimal(gb)} GB`;

/** "12.2 (11.6-16.3)", or the value alone when the range is a point. */
export function formatRange(r: Range, format: (n: number) => string = formatDecimal): string {
  if (r.low === r.value && r.high === r.value) return format(r.value);
  return `${format(r.value)} (${format(r.low)}–${format(r.high)})`;
}

/** "11.6–16.3": the low and high ends. */
export function rangeText(r: Range, format: (n: number) => string = formatDecimal): string {
  return `${format(r.low)}–${format(r.high)}`;
}

/** "2 GPUs, TP2 × PP1" or "1 MIG slice 2g.48gb". */
export function replicaShape(replica: ReplicaSummary): string {
  if (replica.migProfile) return `1 MIG slice ${replica.migProfile}`;
  return `${plural(replica.gpus, 'GPU')}, TP${replica.tensorParallel} × PP${replica.pipelineParallel}`;
}

/** "2 × 2 GPUs (4 GPUs)", "8 slices on 2 GPUs", or "—" when the option does not fit. */
export function deploymentText(o: SizingOption): string {
  if (!o.replica) return '—';
  if (o.migSlices > 0)
    return `${plural(o.replicas, 'replica')} in ${plural(o.migSlices, 'MIG slice')} on ${plural(o.gpus, 'GPU')}`;
  if (o.training) return `${plural(o.gpus, 'GPU')} (${o.training.sharding}, data parallel)`;
  return `${formatInt(o.replicas)} × ${plural(o.replica.gpus, 'GPU')} = ${plural(o.gpus, 'GPU')}`;
}

/** The table's short form: "2 × 2 GPUs", "8 × MIG 1g.24gb", "zero-3", or "" when it does not fit. */
export function deploymentShort(o: SizingOption): string {
  if (!o.replica) return '';
  if (o.migSlices > 0) return `${formatInt(o.replicas)} × MIG ${o.replica.migProfile ?? 'slice'}`;
  if (o.training) return `${o.training.sharding}, data parallel`;
  return `${formatInt(o.replicas)} × ${plural(o.replica.gpus, 'GPU')}`;
}
