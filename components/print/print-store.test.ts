import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRINT_DOCS } from './print-docs';
import { beginPrint, currentPrint, endPrint } from './print-store';

/** The few parts of `document` the store touches (the tests run in Node, without a DOM). */
function fakeDocument() {
  const classes = new Set<string>();
  const classList = {
    add: (c: string) => classes.add(c),
    remove: (c: string) => classes.delete(c),
    contains: (c: string) => classes.has(c),
    toggle: (c: string, on: boolean) => (on ? classes.add(c) : classes.delete(c)),
  };
  return {
    title: '',
    documentElement: { classList, dataset: {} as Record<string, string>, style: { colorScheme: '' } },
  };
}

beforeEach(() => {
  (globalThis as { document?: unknown }).document = fakeDocument();
});
afterEach(() => {
  endPrint();
  delete (globalThis as { document?: unknown }).document;
});

describe('the print under way', () => {
  it('marks the root, lifts the dark theme and retitles the page, then puts everything back', () => {
    const root = document.documentElement;
    root.classList.add('dark');
    root.style.colorScheme = 'dark';
    document.title = 'AI Factory Planner';
    const at = new Date(2026, 0, 5);
    beginPrint('racks', PRINT_DOCS.racks, (when) => `racks at ${when.getFullYear()}`, at);
    expect(currentPrint()).toEqual({ doc: 'racks', page: PRINT_DOCS.racks, at });
    expect(root.dataset.print).toBe('racks');
    expect(root.classList.contains('dark')).toBe(false);
    expect(root.style.colorScheme).toBe('light');
    expect(document.title).toBe('racks at 2026');
    endPrint();
    expect(currentPrint()).toBeNull();
    expect(root.dataset.print).toBeUndefined();
    expect(root.classList.contains('dark')).toBe(true);
    expect(root.style.colorScheme).toBe('dark');
    expect(document.title).toBe('AI Factory Planner');
  });

  it('a second print replaces the first and still restores the page as it was before both', () => {
    const root = document.documentElement;
    root.classList.remove('dark');
    beginPrint('bom', PRINT_DOCS.bom, () => 'one');
    beginPrint('labels', PRINT_DOCS.labels, () => 'two');
    expect(root.dataset.print).toBe('labels');
    endPrint();
    expect(root.dataset.print).toBeUndefined();
    expect(root.classList.contains('dark')).toBe(false);
  });
});
