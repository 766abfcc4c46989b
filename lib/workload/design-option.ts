import type { GpuId, LayoutId, MigProfileId, WorkloadId } from '../catalog/ids';
import { maxWorkerNodesFor } from '../catalog/layouts';
import { aDesign, type DesignInput, validateDesign } from '../design/schema';
import { planCluster } from '../plan/plan-cluster';
import type { PlanWarning } from '../plan/types';
import type { TaskId } from './ids';

/** The RA workload a sizing task implies (its GPU-per-server guidance and NVMe minimum differ). */
export function designWorkloadFor(task: TaskId): WorkloadId {
  return task === 'inference' ? 'inference' : 'fine-tuning';
}

/** Private block the default east-west CIDR (172.16.0.0/16) is widened inside, up to /12. */

/** A sizing turned into a design and planned: the real cost and power, or why it is refused. */
export type PlannedDesign =
  | { ok: true; design: DesignInput; totalUSD: number; powerKW: number; planWarnings: PlanWarning[] }
  | { ok: false; reasons: string[] };

/**
 * The DesignInput a sizing implies (the RA reference design with this GPU, layout, worker count,
 * MIG profile and workload), validated with `validateDesign` and planned with `planCluster`:
 * cost is `plan.bom.totalUSD`, power `plan.power.totalMaxKW` (design maximum).
 */
export function planDesignFor(args: {
  gpu: GpuId;
  layout: LayoutId;
  workerNodes: number;
  migProfile: MigProfileId | null;
  task: TaskId;
}): PlannedDesign {
  const max = maxWorkerNodesFor(args.layout);
  if (args.workerNodes > max) {
    return {
      ok: false,
      reasons: [
        `needs ${args.workerNodes.toLocaleString('en-US')} worker nodes; layout ${args.layout} holds at most ${max.toLocaleString('en-US')} in the RA's 2-tier fabric`,
      ],
    };
  }
  const candidate = aDesign({
    gpu: args.gpu,
    layout: args.layout,
    workerNodes: args.workerNodes,
    migProfile: args.migProfile,
    workload: designWorkloadFor(args.task),
    // Left to the planner, which proposes one that holds every rail (lib/design/auto-cidrs.ts).
    eastWestCidr: null,
  });
  const valid = validateDesign(candidate);
  if (!valid.success) {
    return { ok: false, reasons: valid.errors.map((e) => `design ${e.path || 'input'}: ${e.message}`) };
  }
  const plan = planCluster(valid.data);
  return {
    ok: true,
    design: valid.data,
    totalUSD: plan.bom.totalUSD,
    powerKW: plan.power.totalMaxKW,
    planWarnings: plan.warnings.filter((w) => w.severity !== 'info'),
  };
}
