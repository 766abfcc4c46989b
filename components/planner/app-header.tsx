'use client';

import { Button } from '@/components/ui/button';
import { resetToReferenceKeepingPrevious } from '@/state/design-actions';
import { CopyLinkButton } from './copy-link-button';
import { DesignFileButtons } from './design-file-buttons';
import { ThemeToggle } from './theme-toggle';

export function AppHeader() {
  return (
    <header className="flex h-14 shrink-0 items-center justify-between gap-4 border-b border-slate-200 bg-white px-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex min-w-0 items-baseline gap-3">
        <h1 className="text-lg font-semibold whitespace-nowrap">AI Factory Planner</h1>
        <p className="truncate text-sm text-slate-600 dark:text-slate-400">
          NVIDIA Enterprise AI Factory RA on Supermicro SYS-212GB-FNR
        </p>
      </div>
      <div className="flex items-center gap-2">
        <CopyLinkButton />
        <DesignFileButtons />
        <Button
          onClick={resetToReferenceKeepingPrevious}
          title="Replace the design with the RA's reference solution"
        >
          Reset to the RA reference design
        </Button>
        <ThemeToggle />
      </div>
    </header>
  );
}
