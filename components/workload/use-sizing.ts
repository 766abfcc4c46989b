'use client';

import { useEffect, useRef, useState } from 'react';
import type { SizingRequest } from '@/lib/workload/request';
import type { SizingAnswer } from '@/lib/workload/types';
import { runSizing } from './run-sizing';

/** Typing in the form waits this long before a sizing starts. */
export const SIZING_DEBOUNCE_MS = 250;

export interface SizingState {
  /** The newest answer (it may be for an earlier request while `sizing`). */
  answer: SizingAnswer | null;
  /** True while the form's request is waiting for or being sized. */
  sizing: boolean;
  error: string | null;
}

/** The last answer, so reopening the view shows it at once. */
let cache: { key: string; answer: SizingAnswer } | null = null;

/**
 * Sizes `request` (debounced, in the sizing worker) whenever its key changes. The last answer stays
 * on screen until the next arrives; replies for an older request are dropped.
 */
export function useSizing(request: SizingRequest | null): SizingState {
  const key = request ? JSON.stringify(request) : null;
  // The request of the current key (same JSON, same request): the effect runs when the key changes.
  const latest = useRef(request);
  latest.current = request;
  const [state, setState] = useState<SizingState>(() => ({
    answer: cache?.answer ?? null,
    sizing: key !== null && cache?.key !== key,
    error: null,
  }));

  useEffect(() => {
    const request = latest.current;
    if (key === null || request === null) {
      setState((s) => ({ ...s, sizing: false }));
      return;
    }
    if (cache?.key === key) {
      const answer = cache.answer;
      setState({ answer, sizing: false, error: null });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, sizing: true }));
    const timer = setTimeout(() => {
      runSizing(request).then(
        (answer) => {
          cache = { key, answer };
          if (current) setState({ answer, sizing: false, error: null });
        },
        (error: unknown) => {
          if (current)
            setState((s) => ({
              ...s,
              sizing: false,
              error: error instanceof Error ? error.message : String(error),
            }));
        },
      );
    }, SIZING_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);

  return state;
}
