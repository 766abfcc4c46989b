'use client';

import { useEffect, useRef, useState } from 'react';
import type { Comparison } from '@/lib/compare/types';
import type { CompareInput } from './compare-protocol';
import { runComparison } from './run-compare';

export interface ComparisonState {
  /** The newest comparison (it may be of earlier scenarios while `comparing`). */
  comparison: Comparison | null;
  comparing: boolean;
  /** Why the scenarios cannot be compared (a design the plan refuses), in words. */
  error: string | null;
}

/** The last comparison, so reopening the view shows it at once. */
let cache: { key: string; comparison: Comparison } | null = null;

/** Compares `input` (in the compare worker) whenever it changes; replies for older input are dropped. */
export function useComparison(input: CompareInput | null): ComparisonState {
  const key = input ? JSON.stringify(input) : null;
  const latest = useRef(input);
  latest.current = input;
  const [state, setState] = useState<ComparisonState>(() => ({
    comparison: cache && cache.key === key ? cache.comparison : null,
    comparing: key !== null && cache?.key !== key,
    error: null,
  }));

  useEffect(() => {
    const current = latest.current;
    if (key === null || current === null) {
      setState({ comparison: null, comparing: false, error: null });
      return;
    }
    if (cache?.key === key) {
      const comparison = cache.comparison;
      setState({ comparison, comparing: false, error: null });
      return;
    }
    let live = true;
    setState((s) => ({ ...s, comparing: true }));
    runComparison(current).then(
      (result) => {
        if (!live) return;
        if (result.success) {
          cache = { key, comparison: result.data };
          setState({ comparison: result.data, comparing: false, error: null });
        } else {
          setState({
            comparison: null,
            comparing: false,
            error: result.errors.map((e) => e.message).join('; '),
          });
        }
      },
      (error: unknown) => {
        if (live)
          setState((s) => ({
            ...s,
            comparing: false,
            error: error instanceof Error ? error.message : String(error),
          }));
      },
    );
    return () => {
      live = false;
    };
  }, [key]);

  return state;
}
