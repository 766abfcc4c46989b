'use client';

import { useLayoutEffect } from 'react';
import { encodeDesignDocument } from '@/lib/design/design-document';
import { hasShareFragment } from '@/lib/design/share-fragment';
import { readStorage, writeStorage } from './browser-storage';
import { loadDesignCheck } from './design-check-loader';
import { pendingEdits } from './design-draft';
import { OPEN_VIEW_KEY, parseOpenView } from './open-view';
import { warmPlanner } from './plan-client';
import type { PlannerState } from './planner-store';
import { STORAGE_KEY } from './storage-keys';
import { applyTheme, preferredTheme, THEME_STORAGE_KEY } from './theme';
import { plannerStore } from './use-planner-store';

function clearShareHash() {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

/** True when storage or the URL holds a design to open instead of the reference design on screen. */
function somethingToOpen(): boolean {
  return readStorage(STORAGE_KEY) !== null || hasShareFragment(window.location.hash);
}

/**
 * Reads storage and the URL, loads the design they decide on, and shows the notices. Their decoding
 * (zod, the migrations, deflate) and the draft's checks load here, apart from the first screen.
 */
async function openFromBrowser() {
  // At start-up, hide the figures until the restored design is rendered (see PlannerApp, globals.css).
  if (!plannerStore.getState().hydrated) document.documentElement.setAttribute('data-restoring', '');
  const [{ resolveStartup }] = await Promise.all([import('./startup'), loadDesignCheck()]);
  const decision = resolveStartup({ storedText: readStorage(STORAGE_KEY), hash: window.location.hash });
  for (const [key, value] of Object.entries(decision.backups)) writeStorage(key, value);
  const store = plannerStore.getState();
  store.loadDesign(decision.design, decision.pendingEdits);
  // None decided (no saved or linked scenarios): the ones on screen stay.
  if (decision.comparison) store.loadScenarios(decision.comparison);
  for (const notice of decision.notices) store.addNotice(notice);
  if (decision.clearHash) clearShareHash();
}

function saveDesign(state: PlannerState) {
  writeStorage(
    STORAGE_KEY,
    encodeDesignDocument(state.design, pendingEdits(state.draft, state.design), state.comparison),
  );
}

function reportOpenFailure(error: unknown) {
  plannerStore.getState().addNotice({
    id: 'startup-failed',
    tone: 'error',
    title: 'Your saved design or link could not be opened',
    detail: `The planner could not load what reads it (${error instanceof Error ? error.message : String(error)}). Reload the page to try again; you see the RA reference design.`,
  });
}

/**
 * Client start-up, once: restore the saved design or open a share link and the view open before a
 * reload, then persist the design slice on every change (and the open view, per tab). A link pasted
 * into the open tab (hashchange) is opened the same way.
 * A layout effect, so the theme and the open view are in place before the first paint after
 * hydration. With nothing to open, the server-rendered reference design is the design, at once;
 * otherwise the figures stay hidden (html[data-restoring]) until the opened design is on screen.
 */
export function usePlannerStartup() {
  useLayoutEffect(() => {
    let active = true;
    let unsubscribe = () => {};
    // Hydrating <html> drops the attributes the boot script set; put them back before the first paint.
    const theme = preferredTheme(readStorage(THEME_STORAGE_KEY));
    applyTheme(theme);
    plannerStore.getState().setTheme(theme);
    const openView = parseOpenView(readStorage(OPEN_VIEW_KEY, 'session'));
    if (openView) plannerStore.getState().setTab(openView);

    function startPersisting() {
      if (!active) return;
      saveDesign(plannerStore.getState());
      plannerStore.getState().markHydrated();
      unsubscribe = plannerStore.subscribe((state, previous) => {
        const changed =
          state.design !== previous.design ||
          state.draft !== previous.draft ||
          state.comparison !== previous.comparison;
        if (changed) saveDesign(state);
        if (state.activeTab !== previous.activeTab) writeStorage(OPEN_VIEW_KEY, state.activeTab, 'session');
      });
    }
    if (somethingToOpen()) {
      openFromBrowser().then(startPersisting, (error: unknown) => {
        // Not persisting: saving the reference design now would overwrite the one that did not open.
        reportOpenFailure(error);
        if (active) plannerStore.getState().markHydrated();
      });
    } else {
      startPersisting();
      // The draft's checks, for the first keystroke.
      void loadDesignCheck();
    }
    // The plan worker, started while the page is idle, so the first edit does not wait for it.
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    idle(() => {
      if (active) warmPlanner();
    });

    function handleHashChange() {
      if (hasShareFragment(window.location.hash)) openFromBrowser().catch(reportOpenFailure);
    }
    window.addEventListener('hashchange', handleHashChange);
    return () => {
      active = false;
      unsubscribe();
      window.removeEventListener('hashchange', handleHashChange);
    };
  }, []);
}
