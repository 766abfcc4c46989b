'use client';

import { useEffect } from 'react';

/**
 * Shows the figures hidden while a saved design or share link replaces the server-rendered reference
 * design (html[data-restoring], see state/theme.ts and globals.css), once `ready`.
 */
export function useReveal(ready: boolean) {
  useEffect(() => {
    if (ready) document.documentElement.removeAttribute('data-restoring');
  }, [ready]);
}
