'use client';

import { useDeferredValue, useMemo } from 'react';
import type { DesignInput } from '@/lib/design/schema';
import { planCluster } from '@/lib/plan/plan-cluster';
import type { ClusterPlan } from '@/lib/plan/types';
import { usePlannerStore } from './use-planner-store';

export interface DerivedPlan {
  plan: ClusterPlan;
  /** The design the plan was computed from (lags the store's design while a big plan renders). */
  design: DesignInput;
  /** True while a newer valid design is still being planned and rendered. */
  stale: boolean;
  /** Set when planning the newest design failed; `plan` is then the last one that worked. */
  error: string | null;
}

let lastGood: { design: DesignInput; plan: ClusterPlan } | null = null;

/** planCluster with a one-entry cache and a fallback to the last plan that worked. */
function planOnce(design: DesignInput): { plan: ClusterPlan; design: DesignInput; error: string | null } {
  if (lastGood?.design === design) return { ...lastGood, error: null };
  try {
    const plan = planCluster(design);
    lastGood = { design, plan };
    return { plan, design, error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (lastGood) return { ...lastGood, error: message };
    throw error;
  }
}

const selectDesign = (s: { design: DesignInput }) => s.design;

/**
 * The plan of the last valid design, memoised. `useDeferredValue` keeps typing and dragging the node
 * slider responsive: React renders the input at once and the views with the new plan when it can.
 */
export function useDerivedPlan(): DerivedPlan {
  const design = usePlannerStore(selectDesign);
  const deferred = useDeferredValue(design);
  const result = useMemo(() => planOnce(deferred), [deferred]);
  return { ...result, stale: deferred !== design };
}
