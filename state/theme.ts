import type { Theme } from './planner-store';
import { STORAGE_KEY } from './storage-keys';

export const THEME_STORAGE_KEY = 'ai-factory-planner:theme';

/**
 * Runs inline in <head> before the first paint: applies the saved theme, or the system's, so the page
 * never flashes the wrong one. It also hides the figures while a saved design or share link is about
 * to replace the reference design the server rendered (`data-restoring`, cleared once hydrated).
 */
export const THEME_BOOT_SCRIPT = `(function(){try{var d=document.documentElement;var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t!=='light'&&t!=='dark'){t=window.matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';}d.classList.toggle('dark',t==='dark');d.style.colorScheme=t;if(localStorage.getItem('${STORAGE_KEY}')||/[#&]d=/.test(location.hash)){d.setAttribute('data-restoring','');}}catch(e){}})();`;

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
