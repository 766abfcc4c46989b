'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { plural, pluralWord } from '@/components/ui/plural';
import { plannerStore } from '@/state/use-planner-store';

type CopyState = { url: string; copied: boolean; skippedEdits: number } | null;

/**
 * Puts the whole design in a link and copies it. The link is also shown in a field, because
 * clipboard access can be refused (plain http, browser settings) and the user still needs the link.
 */
export function CopyLinkButton() {
  const [state, setState] = useState<CopyState>(null);
  const popoverId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);

  async function handleCopy() {
    const { design, errors, comparison } = plannerStore.getState();
    // The link's encoder (deflate, the document codec) loads on the first copy.
    const { shareUrlFor } = await import('@/lib/design/share-link');
    const url = shareUrlFor(window.location.href, design, comparison);
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      copied = false;
    }
    setState({ url, copied, skippedEdits: errors.length });
  }

  useEffect(() => {
    if (!state) return;
    inputRef.current?.select();
    function handleOutside(event: MouseEvent) {
      if (!wrapperRef.current?.contains(event.target as Node)) setState(null);
    }
    document.addEventListener('mousedown', handleOutside);
    return () => document.removeEventListener('mousedown', handleOutside);
  }, [state]);

  return (
    <div ref={wrapperRef} className="relative">
      <Button variant="primary" onClick={handleCopy} aria-expanded={state !== null} aria-controls={popoverId}>
        Copy link
      </Button>
      {state ? (
        <div
          id={popoverId}
          role="dialog"
          aria-label="Share link"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setState(null);
          }}
          className="absolute right-0 z-50 mt-2 w-96 rounded-lg border border-slate-200 bg-white p-3 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <p role="status" className="mb-2 text-sm font-medium">
            {state.copied
              ? 'Link copied to the clipboard'
              : 'Copy this link (the clipboard was not available)'}
          </p>
          <label className="sr-only" htmlFor={`${popoverId}-url`}>
            Share link
          </label>
          <input
            id={`${popoverId}-url`}
            ref={inputRef}
            readOnly
            value={state.url}
            data-testid="share-url"
            className="w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs dark:border-slate-700 dark:bg-slate-950"
          />
          <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
            Anyone who opens it sees this design; nothing is uploaded.
            {state.skippedEdits > 0
              ? ` ${plural(state.skippedEdits, 'field')} ${pluralWord(state.skippedEdits, 'has an error and is', 'have errors and are')} not in the link: it holds the last valid design.`
              : ''}
          </p>
          <div className="mt-2 text-right">
            <Button variant="ghost" onClick={() => setState(null)}>
              Close
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
