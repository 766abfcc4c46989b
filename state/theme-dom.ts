/**
 * The theme on the page at start-up: the same rules as state/theme.ts, apart from it because that
 * module's boot script names the design's storage key through start-up's decoder (zod, deflate),
 * which the first screen does not load. state/theme.ts can take these from here.
 */
import type { Theme } from './planner-store';

export const THEME_STORAGE_KEY = 'ai-factory-planner:theme';

/** The saved theme, else the system's (the same rule as the boot script). */
export function preferredTheme(saved: string | null): Theme {
  if (saved === 'light' || saved === 'dark') return saved;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyTheme(theme: Theme) {
  const root = document.documentElement;
  root.classList.toggle('dark', theme === 'dark');
  root.style.colorScheme = theme;
}
