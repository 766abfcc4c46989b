'use client';

import { startTransition, useEffect, useState } from 'react';
import { DEFAULT_DESIGN } from '@/lib/design/default-design';
import type { DesignInput } from '@/lib/design/schema';
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

/** The last plan shown, so a workspace mounted again (after a view failed) starts from it. */
let lastShown: Shown | null = null;

/** Plans are deterministic: a design equal to the one answered needs no planning (a restored reference design). */
const sameDesign = (a: DesignInput, b: DesignInput) => a === b || JSON.stringify(a) === JSON.stringify(b);

function settled(previous: Shown, design: DesignInput, outcome: PlanOutcome): Shown {
  if (outcome.plan) return { plan: outcome.plan, design, error: null, answers: design };
  return { ...previous, error: outcome.error, answers: design };
}

const selectDesign = (s: { design: DesignInput }) => s.design;

/**
 * The plan of the last valid design. The reference design's plan comes from the server
 * (`referencePlan`, planned at build time), so the first paint and hydration show it without
 * planning on the page; every other design is planned in a Web Worker (state/plan-client.ts): the
 * views keep the last plan, marked stale, until the newest design's plan arrives, and designs typed
 * past in the meantime are skipped.
 */
export function useDerivedPlan(referencePlan: ClusterPlan): DerivedPlan {
  const design = usePlannerStore(selectDesign);
  const [shown, setShown] = useState<Shown>(
    () => lastShown ?? { plan: referencePlan, design: DEFAULT_DESIGN, error: null, answers: DEFAULT_DESIGN },
  );
  lastShown = shown;
  const answered = sameDesign(shown.answers, design);
  useEffect(() => {
    if (answered) return;
    return requestPlan(design, (outcome) =>
      // A transition: React renders the views for the new plan in slices, yielding to input between
      // them, so a big plan's render is not one long main-thread task.
      startTransition(() => setShown((previous) => settled(previous, design, outcome))),
    );
  }, [design, answered]);
  return { plan: shown.plan, design: shown.design, error: shown.error, stale: !answered };
}
