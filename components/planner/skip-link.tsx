'use client';

import type { MouseEvent } from 'react';
import { tabId } from '@/components/ui/tabs';
import { usePlannerStore } from '@/state/use-planner-store';
import { VIEWS_ID, VIEWS_PREFIX } from './view-ids';

/**
 * The first Tab stop of the page, visible only when focused: it skips the header buttons and the
 * design form (some thirty stops) and puts focus on the selected view tab, where the arrow keys move
 * between views and Tab enters the view. Without script it still jumps to the views.
 */
export function SkipLink() {
  const activeTab = usePlannerStore((s) => s.activeTab);

  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    const target =
      document.getElementById(tabId(VIEWS_PREFIX, activeTab)) ?? document.getElementById(VIEWS_ID);
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  return (
    <a
      href={`#${VIEWS_ID}`}
      onClick={handleClick}
      className="sr-only rounded-md bg-white text-sm font-medium text-slate-900 shadow-lg ring-1 ring-slate-300 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:px-3 focus:py-2 dark:bg-slate-900 dark:text-slate-100 dark:ring-slate-700"
    >
      Skip to views
    </a>
  );
}
