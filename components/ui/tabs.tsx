'use client';

import { type KeyboardEvent, type ReactNode, useRef } from 'react';

export interface TabItem<T extends string> {
  id: T;
  label: string;
}

export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`;

/**
 * WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between tabs; only the active
 * tab is in the tab order, so Tab goes straight from the tab list into the panel.
 */
export function TabList<T extends string>({
  tabs,
  active,
  onChange,
  prefix,
  label,
}: {
  tabs: readonly TabItem<T>[];
  active: T;
  onChange: (id: T) => void;
  prefix: string;
  label: string;
}) {
  const refs = useRef<Map<T, HTMLButtonElement>>(new Map());

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((t) => t.id === active);
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    event.preventDefault();
    const id = tabs[next]!.id;
    onChange(id);
    refs.current.get(id)?.focus();
  }

  return (
    <div
      role="tablist"
      aria-label={label}
      onKeyDown={handleKeyDown}
      className="flex flex-wrap gap-x-1 border-b border-slate-200 dark:border-slate-800"
    >
      {tabs.map((tab) => {
        const selected = tab.id === active;
        return (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) refs.current.set(tab.id, el);
              else refs.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={tabId(prefix, tab.id)}
            aria-selected={selected}
            aria-controls={panelId(prefix, tab.id)}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(tab.id)}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium transition-colors ${
              selected
                ? 'border-emerald-600 text-slate-900 dark:border-emerald-400 dark:text-white'
                : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white'
            }`}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}

/**
 * A tab panel; hidden ones stay in the DOM (for aria-controls) but render nothing. The panel is a Tab
 * stop (WAI-ARIA APG tabs): a panel that scrolls, or has no control of its own, is still reachable
 * and scrollable by keyboard. Its focus ring is drawn inside (globals.css).
 */
export function TabPanel({
  prefix,
  id,
  active,
  children,
  className = '',
}: {
  prefix: string;
  id: string;
  active: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      role="tabpanel"
      id={panelId(prefix, id)}
      aria-labelledby={tabId(prefix, id)}
      hidden={!active}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: APG tabs: a scrolling panel must be keyboard-reachable (WCAG 2.1.1).
      tabIndex={0}
      className={className}
    >
      {active ? children : null}
    </div>
  );
}
