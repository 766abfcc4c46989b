'use client';

import type { DesignInput } from '@/lib/design/schema';
import { encodeDesignDocument } from '@/lib/design/storage-codec';
import { writeStorage } from './browser-storage';
import { pendingEdits } from './design-draft';
import { PREVIOUS_DESIGN_KEY } from './startup';
import { plannerStore } from './use-planner-store';

export const SIZED_DESIGN_NOTICE = 'sized-design';

/** Notices about the design this one replaces: their "Restore" would no longer bring back what they say. */
const SUPERSEDED_NOTICES = ['link-opened', 'file-opened', 'reset', 'restore-failed'];

/**
 * "Use this design" in the Workload view: the sized design replaces the planner's in one click (as a
 * share link or a design file does), the replaced one is kept restorable, and the Summary opens on
 * the new design. `label` names the option ("rtx-pro-6000/1-4-3-200").
 */
export function applySizedDesign(design: DesignInput, label: string) {
  const state = plannerStore.getState();
  const edits = pendingEdits(state.draft, state.design);
  const replacesOwn =
    JSON.stringify(state.design) !== JSON.stringify(design) || Object.keys(edits).length > 0;
  // Without storage the old design cannot be kept, so no "Restore" is offered.
  const kept = replacesOwn && writeStorage(PREVIOUS_DESIGN_KEY, encodeDesignDocument(state.design, edits));
  state.loadDesign(design);
  if (replacesOwn) for (const id of SUPERSEDED_NOTICES) state.dismissNotice(id);
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
