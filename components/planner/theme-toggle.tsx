'use client';

import { Button } from '@/components/ui/button';
import { usePlannerStore } from '@/state/use-planner-store';
import { setThemeEverywhere } from './lazy-design-actions';

export function ThemeToggle() {
  const theme = usePlannerStore((s) => s.theme);
  const dark = theme === 'dark';
  return (
    <Button
      variant="ghost"
      aria-pressed={dark}
      aria-label="Dark theme"
      title={dark ? 'Switch to the light theme' : 'Switch to the dark theme'}
      onClick={() => setThemeEverywhere(dark ? 'light' : 'dark')}
      className="w-9 px-0"
    >
      {/* Both glyphs render; CSS shows the one for the current theme, so there is no mismatch flash. */}
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="h-4 w-4 shrink-0 dark:hidden"
        fill="currentColor"
      >
        <path d="M17.293 13.293A8 8 0 016.707 2.707a8.001 8.001 0 1010.586 10.586z" />
      </svg>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="hidden h-4 w-4 shrink-0 dark:block"
        fill="currentColor"
      >
        <circle cx="10" cy="10" r="4" />
        <path
          d="M10 1v2.5M10 16.5V19M1 10h2.5M16.5 10H19M3.6 3.6l1.8 1.8M14.6 14.6l1.8 1.8M3.6 16.4l1.8-1.8M14.6 5.4l1.8-1.8"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
        />
      </svg>
    </Button>
  );
}
