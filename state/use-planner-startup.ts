'use client';

import { useLayoutEffect } from 'react';
import { readShareFragment } from '@/lib/design/share-link';
import { encodeDesignDocument } from '@/lib/design/storage-codec';
import { readStorage, writeStorage } from './browser-storage';
import { pendingEdits } from './design-draft';
import { OPEN_VIEW_KEY, parseOpenView } from './open-view';
import type { PlannerState } from './planner-store';
import { resolveStartup, STORAGE_KEY } from './startup';
import { applyTheme, preferredTheme, THEME_STORAGE_KEY } from './theme';
import { plannerStore } from './use-planner-store';

function clearShareHash() {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

/** Reads storage and the URL, loads the design they decide on, and shows the notices. */
function openFromBrowser() {
  const storedText = readStorage(STORAGE_KEY);
  // At start-up, hide the figures until the restored design is rendered (see PlannerApp, globals.css).
  const starting = !plannerStore.getState().hydrated;
  if (starting && (storedText !== null || readShareFragment(window.location.hash) !== null)) {
    document.documentElement.setAttribute('data-restoring', '');
  }
  const decision = resolveStartup({ storedText, hash: window.location.hash });
  for (const [key, value] of Object.entries(decision.backups)) writeStorage(key, value);
  const store = plannerStore.getState();
  store.loadDesign(decision.design, decision.pendingEdits);
  // None decided (no saved or linked scenarios): the ones on screen stay.
  if (decision.comparison) store.loadScenarios(decision.comparison);
  for (const notice of decision.notices) store.addNotice(notice);
  if (decision.clearHash) clearShareHash();
  saveDesign(plannerStore.getState());
}

function saveDesign(state: PlannerState) {
  writeStorage(
    STORAGE_KEY,
    encodeDesignDocument(state.design, pendingEdits(state.draft, state.design), state.comparison),
  );
}

/**
 * Client start-up, once: restore the saved design or open a share link and the view open before a
 * reload, then persist the design slice on every change (and the open view, per tab). A link pasted
 * into the open tab (hashchange) is opened the same way.
 * A layout effect, so the restored design is rendered before the first paint after hydration.
 */
export function usePlannerStartup() {
  useLayoutEffect(() => {
    // Hydrating <html> drops the attributes the boot script set; put them back before the first paint.
    const theme = preferredTheme(readStorage(THEME_STORAGE_KEY));
    applyTheme(theme);
    plannerStore.getState().setTheme(theme);
    openFromBrowser();
    const openView = parseOpenView(readStorage(OPEN_VIEW_KEY, 'session'));
    if (openView) plannerStore.getState().setTab(openView);
    plannerStore.getState().markHydrated();

    const unsubscribe = plannerStore.subscribe((state, previous) => {
      const changed =
        state.design !== previous.design ||
        state.draft !== previous.draft ||
        state.comparison !== previous.comparison;
      if (changed) saveDesign(state);
      if (state.activeTab !== previous.activeTab) writeStorage(OPEN_VIEW_KEY, state.activeTab, 'session');
    });
    function handleHashChange() {
      if (readShareFragment(window.location.hash) !== null) openFromBrowser();
    }
    window.addEventListener('hashchange', handleHashChange);
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', handleHashChange);
    };
  }, []);
}
