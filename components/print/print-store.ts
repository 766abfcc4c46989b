/**
 * What is being printed right now, if anything. A print is short-lived UI state outside the design
 * store: it starts when a Print button is pressed (or the browser's own Print command fires
 * `beforeprint`) and ends at `afterprint`. While it lasts, the root element carries `data-print`
 * (the print stylesheet keys off it), the dark theme is lifted (paper is white) and the document
 * title names the design, for browsers that print their own header.
 */
import { useSyncExternalStore } from 'react';
import type { PrintKind, PrintPage } from './print-docs';

export interface PrintRequest {
  doc: PrintKind;
  page: PrintPage;
  /** When printing started: the date in the page header. */
  at: Date;
}

let current: PrintRequest | null = null;
let restore: (() => void) | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentPrint(): PrintRequest | null {
  return current;
}

/** Marks the page as printing `doc`; `title` becomes the document title until the print ends. */
export function beginPrint(
  doc: PrintKind,
  page: PrintPage,
  title: (at: Date) => string,
  at = new Date(),
): PrintRequest {
  endPrint();
  const root = document.documentElement;
  const dark = root.classList.contains('dark');
  const { colorScheme } = root.style;
  const documentTitle = document.title;
  root.dataset.print = doc;
  root.classList.remove('dark');
  root.style.colorScheme = 'light';
  document.title = title(at);
  restore = () => {
    delete root.dataset.print;
    root.classList.toggle('dark', dark);
    root.style.colorScheme = colorScheme;
    document.title = documentTitle;
  };
  current = { doc, page, at };
  for (const listener of listeners) listener();
  return current;
}

/** Ends the print: the page is as it was. */
export function endPrint(): void {
  restore?.();
  restore = null;
  if (current === null) return;
  current = null;
  for (const listener of listeners) listener();
}

/** The print under way, re-rendering when one starts or ends. */
export function usePrintRequest(): PrintRequest | null {
  return useSyncExternalStore(subscribe, currentPrint, () => null);
}
