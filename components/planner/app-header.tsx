'use client';

import { Button } from '@/components/ui/button';
import { CopyLinkButton } from './copy-link-button';
import { DesignFileButtons } from './design-file-buttons';
import { resetToReferenceKeepingPrevious } from './lazy-design-actions';
import { ThemeToggle } from './theme-toggle';

export function AppHeader() {
  return (
    // On a narrow window the buttons wrap under the title rather than push the page sideways.
    <header className="flex min-h-14 shrink-0 flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b border-slate-200 bg-white px-4 py-2 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex min-w-0 items-baseline gap-3">
        <h1 className="text-lg font-semibold whitespace-nowrap">AI Factory Planner</h1>
        <p className="hidden truncate text-sm text-slate-600 md:block dark:text-slate-400">
          NVIDIA Enterprise AI Factory RA on Supermicro SYS-212GB-FNR
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
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
