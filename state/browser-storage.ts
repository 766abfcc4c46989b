/**
 * Web storage that never throws (private modes, quotas, disabled storage): the planner works without
 * it. `local` outlives the tab (the design, the theme); `session` lives as long as the tab (the open view).
 */
type StorageKind = 'local' | 'session';

const storageOf = (kind: StorageKind): Storage =>
  kind === 'local' ? window.localStorage : window.sessionStorage;

export function readStorage(key: string, kind: StorageKind = 'local'): string | null {
  try {
    return storageOf(kind).getItem(key);
  } catch {
    return null;
  }
}

export function writeStorage(key: string, value: string, kind: StorageKind = 'local'): boolean {
  try {
    storageOf(kind).setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
