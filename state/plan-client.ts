/**
 * Plans designs in the plan Web Worker (state/plan.worker.ts), latest first: while one plan is being
 * computed, newer designs wait and each replaces the one waiting before it, so a burst of keystrokes
 * costs at most the plan in flight plus the newest one. A superseded plan's answer is dropped.
 */
import type { DesignInput } from '@/lib/design/schema';
import { type PackedPlan, unpackPlan } from '@/lib/plan/plan-transfer';
import type { ClusterPlan } from '@/lib/plan/types';
import { createWorkerClient } from './worker-client';

export type PlanOutcome = { plan: ClusterPlan; error: null } | { plan: null; error: string };

const planPacked = createWorkerClient<DesignInput, PackedPlan>({
  name: 'plan',
  create: () => new Worker(new URL('./plan.worker.ts', import.meta.url)),
  runHere: async (design) => {
    const [{ planCluster }, { packPlan }] = await Promise.all([
      import('@/lib/plan/plan-cluster'),
      import('@/lib/plan/plan-transfer'),
    ]);
    return packPlan(planCluster(design));
  },
});

/**
 * Starts the plan worker before the first change (its planner loads and warms up there), so the first
 * edit does not wait for a worker to start. Call at idle after start-up.
 */
export function warmPlanner(): void {
  planPacked.warm();
}

/** The plan of `design`, its cable and address lists built only when read. */
const planInWorker = async (design: DesignInput): Promise<ClusterPlan> =>
  unpackPlan(await planPacked(design));

interface Request {
  design: DesignInput;
  settle: (outcome: PlanOutcome) => void;
}

let inFlight: Request | null = null;
let waiting: Request | null = null;

async function planOne(request: Request) {
  inFlight = request;
  let outcome: PlanOutcome;
  try {
    outcome = { plan: await planInWorker(request.design), error: null };
  } catch (error) {
    outcome = { plan: null, error: error instanceof Error ? error.message : String(error) };
  }
  inFlight = null;
  const next = waiting;
  waiting = null;
  if (next) void planOne(next);
  else request.settle(outcome);
}

/**
 * Plans `design` and calls `settle` with its plan or planning error, unless a newer request comes
 * first (then `settle` is never called). Returns a function that cancels the request.
 */
export function requestPlan(design: DesignInput, settle: (outcome: PlanOutcome) => void): () => void {
  const request: Request = { design, settle };
  if (inFlight) waiting = request;
  else void planOne(request);
  return () => {
    if (waiting === request) waiting = null;
    request.settle = () => {};
  };
}
