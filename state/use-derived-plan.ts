'use client';

import { useEffect, useState } from 'react';
import type { DesignInput } from '@/lib/design/schema';
import { planCluster } from '@/lib/plan/plan-cluster';
import type { ClusterPlan } from '@/lib/plan/types';
import { type PlanOutcome, requestPlan } from './plan-client';
import { usePlannerStore } from './use-planner-store';

export interface DerivedPlan {
  plan: ClusterPlan;
  /** The design the plan was computed from (lags the store's design while a newer one is planned). */
  design: DesignInput;
  /** True while a newer valid design is still being planned. */
  stale: boolean;
  /** Set when planning the newest design failed; `plan` is then the last one that worked. */
  error: string | null;
}

interface Shown {
  plan: ClusterPlan;
  design: DesignInput;
  error: string | null;
  /** The design this state answers: `design` itself, or a newer one whose planning failed. */
  answers: DesignInput;
}

let firstPlan: { design: DesignInput; plan: ClusterPlan } | null = null;

/**
 * The plan of the first design, on the main thread, so the server render, the static export and
 * hydration show a plan at once. Cached: the server renders the same reference design every time.
 */
function planFirst(design: DesignInput): Shown {
  if (firstPlan?.design !== design) firstPlan = { design, plan: planCluster(design) };
  return { ...firstPlan, error: null, answers: design };
}

function settled(previous: Shown, design: DesignInput, outcome: PlanOutcome): Shown {
  if (outcome.plan) return { plan: outcome.plan, design, error: null, answers: design };
  return { ...previous, error: outcome.error, answers: design };
}

const selectDesign = (s: { design: DesignInput }) => s.design;

/**
 * The plan of the last valid design. The first one is planned here; every later one in a Web Worker
 * (state/plan-client.ts), so the page never waits for planning: the views keep the last plan, marked
 * stale, until the newest design's plan arrives, and designs typed past in the meantime are skipped.
 */
export function useDerivedPlan(): DerivedPlan {
  const design = usePlannerStore(selectDesign);
  const [shown, setShown] = useState(() => planFirst(design));
  const answered = shown.answers === design;
  useEffect(() => {
    if (answered) return;
    return requestPlan(design, (outcome) => setShown((previous) => settled(previous, design, outcome)));
  }, [design, answered]);
  return { plan: shown.plan, design: shown.design, error: shown.error, stale: !answered };
}
