'use client';

import type { DesignInput } from '@/lib/design/schema';
import { encodeDesignDocument } from '@/lib/design/storage-codec';
import { readStorage, writeStorage } from './browser-storage';
import { pendingEdits } from './design-draft';
import type { Theme } from './planner-store';
import { PREVIOUS_DESIGN_KEY, readPreviousDesign } from './startup';
import { applyTheme, THEME_STORAGE_KEY } from './theme';
import { plannerStore } from './use-planner-store';

/** Reset to the RA reference design, keeping the current design so the user can take it back. */
export function resetToReferenceKeepingPrevious() {
  const state = plannerStore.getState();
  writeStorage(
    PREVIOUS_DESIGN_KEY,
    encodeDesignDocument(state.design, pendingEdits(state.draft, state.design), state.comparison),
  );
  state.resetToReference();
  // Notices about a link or file the user opened describe a design that is no longer on screen.
  for (const id of ['link-opened', 'file-opened']) state.dismissNotice(id);
  state.addNotice({
    id: 'reset',
    tone: 'info',
    title: 'Reset to the RA reference design',
    detail: 'The design you had is kept and can be restored.',
    action: 'restore-previous',
  });
}

/** Brings back the design (and its scenarios) kept before a share link, a file or a reset replaced it. */
export function restorePreviousDesign(noticeId: string) {
  const state = plannerStore.getState();
  const text = readStorage(PREVIOUS_DESIGN_KEY);
  const previous = readPreviousDesign(text);
  state.dismissNotice(noticeId);
  if (!previous) {
    state.addNotice({
      id: 'restore-failed',
      tone: 'warning',
      title: 'Nothing to restore',
      detail: 'No earlier design is kept in this browser.',
    });
    return;
  }
  const current = encodeDesignDocument(
    state.design,
    pendingEdits(state.draft, state.design),
    state.comparison,
  );
  state.loadDesign(previous.design, previous.pendingEdits);
  state.loadScenarios(previous.comparison);
  // Swap, so a second click on "Restore" would bring the replaced design back again.
  writeStorage(PREVIOUS_DESIGN_KEY, current);
}

export function setThemeEverywhere(theme: Theme) {
  applyTheme(theme);
  writeStorage(THEME_STORAGE_KEY, theme);
  plannerStore.getState().setTheme(theme);
}

/** Notices about the design a new one replaces: their "Restore" would no longer bring back what they say. */
const SUPERSEDED_NOTICES = ['link-opened', 'file-opened', 'reset', 'restore-failed'];

/**
 * Makes `design` the planner's (a sized option, a scenario), keeping the replaced design and the
 * scenarios restorable as a share link or a design file does. Without storage the old design cannot
 * be kept (`kept` false), so the caller offers no "Restore".
 */
export function replaceDesignKeepingPrevious(design: DesignInput): { replacesOwn: boolean; kept: boolean } {
  const state = plannerStore.getState();
  const edits = pendingEdits(state.draft, state.design);
  const replacesOwn =
    JSON.stringify(state.design) !== JSON.stringify(design) || Object.keys(edits).length > 0;
  const kept =
    replacesOwn &&
    writeStorage(PREVIOUS_DESIGN_KEY, encodeDesignDocument(state.design, edits, state.comparison));
  state.loadDesign(design);
  if (replacesOwn) for (const id of SUPERSEDED_NOTICES) state.dismissNotice(id);
  return { replacesOwn, kept };
}
