'use client';

import type { DesignInput } from '@/lib/design/schema';
import { replaceDesignKeepingPrevious } from './design-actions';
import { plannerStore } from './use-planner-store';

export const SIZED_DESIGN_NOTICE = 'sized-design';

/**
 * "Use this design" in the Workload view: the sized design replaces the planner's in one click (as a
 * share link or a design file does), the replaced one is kept restorable, and the Summary opens on
 * the new design. `label` names the option ("rtx-pro-6000/1-4-3-200").
 */
export function applySizedDesign(design: DesignInput, label: string) {
  const { replacesOwn, kept } = replaceDesignKeepingPrevious(design);
  const state = plannerStore.getState();
  const nodes = `${design.workerNodes.toLocaleString('en-US')} worker node${design.workerNodes === 1 ? '' : 's'}`;
  state.addNotice({
    id: SIZED_DESIGN_NOTICE,
    tone: 'info',
    title: `Using the sized design ${label}`,
    detail: !replacesOwn
      ? `It is the design you already had (${nodes}).`
      : kept
        ? `${nodes}; the design you had is kept and can be restored.`
        : `${nodes}; it replaced the design you had.`,
    action: kept ? 'restore-previous' : undefined,
  });
  state.setTab('summary');
}
