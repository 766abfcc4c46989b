/**
 * The draft's checks (state/design-check.ts: zod, the schema and the plan's rules) load apart from
 * the first screen: start-up asks for them at once, and the store checks a draft as soon as they are
 * here. Until then the typed text is kept and checked when they arrive.
 */
export type DesignCheck = typeof import('./design-check');

let loaded: DesignCheck | null = null;
let loading: Promise<DesignCheck> | null = null;

/** The checks, loading them on the first call. */
export function loadDesignCheck(): Promise<DesignCheck> {
  loading ??= import('./design-check').then(
    (check) => {
      loaded = check;
      return check;
    },
    (error: unknown) => {
      loading = null; // A failed fetch is tried again on the next call.
      throw error;
    },
  );
  return loading;
}

/** The checks once loaded; null before. */
export function loadedDesignCheck(): DesignCheck | null {
  return loaded;
}
