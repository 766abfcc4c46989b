/**
 * The header's and the notices' design actions, loaded on first use: they read and write saved
 * documents (the schema, zod, the migrations), which the first screen does not need.
 */
import type { Theme } from '@/state/planner-store';

const designActions = () => import('@/state/design-actions');

export function resetToReferenceKeepingPrevious() {
  void designActions().then((actions) => actions.resetToReferenceKeepingPrevious());
}

export function restorePreviousDesign(noticeId: string) {
  void designActions().then((actions) => actions.restorePreviousDesign(noticeId));
}

export function setThemeEverywhere(theme: Theme) {
  void designActions().then((actions) => actions.setThemeEverywhere(theme));
}
