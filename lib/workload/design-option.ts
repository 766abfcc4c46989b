import type { GpuId, LayoutId, MigProfileId, WorkloadId } from '../catalog/ids';
import { maxWorkerNodesFor } from '../catalog/layouts';
import { portAddressing, railSizing } from '../design/east-west-addressing';
import { aDesign, DEFAULT_DESIGN, type DesignInput, validateDesign } from '../design/schema';
import { planCluster } from '../plan/plan-cluster';
import type { PlanWarning } from '../plan/types';
import type { TaskId } from './ids';

/** The RA workload a sizing task implies (its GPU-per-server guidance and NVMe minimum differ). */
export function designWorkloadFor(task: TaskId): WorkloadId {
  return task === 'inference' ? 'inference' : 'fine-tuning';
}

/** Private block the default east-west CIDR (172.16.0.0/16) is widened inside, up to /12. */
const EAST_WEST_BASE = '172.16.0.0';
const EAST_WEST_WIDEST_PREFIX = 12;

/**
 * The east-west CIDR a design needs: the reference /16 unless its rail pools (MIG shares a SuperNIC
 * between more devices, so bigger per-port blocks) need more, then 172.16.0.0 widened (lib/design
 * east-west-addressing, RA Network configuration per-port prefixes).
 */
function eastWestCidrFor(gpu: GpuId, layout: LayoutId, workerNodes: number, migProfile: MigProfileId | null) {
  const port = portAddressing(gpu, layout, migProfile);
  const required = railSizing(layout, workerNodes, port.portPrefixLength).requiredPrefixLength;
  const defaultPrefix = Number(DEFAULT_DESIGN.eastWestCidr.split('/')[1]);
  if (required >= defaultPrefix) return DEFAULT_DESIGN.eastWestCidr;
  return `${EAST_WEST_BASE}/${Math.max(required, EAST_WEST_WIDEST_PREFIX)}`;
}

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
    eastWestCidr: eastWestCidrFor(args.gpu, args.layout, args.workerNodes, args.migProfile),
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
