import { TAB_IDS, type TabId } from './planner-store';

/** Session storage key of the open view: a reload in the same tab reopens it; a new tab starts on Summary. */
export const OPEN_VIEW_KEY = 'ai-factory-planner:view';

/** The stored view, when it is one of today's views (an old or edited value opens Summary). */
export function parseOpenView(text: string | null): TabId | null {
  return (TAB_IDS as readonly string[]).includes(text ?? '') ? (text as TabId) : null;
}
