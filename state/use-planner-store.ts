import { useStore } from 'zustand';
import { createPlannerStore, type PlannerState } from './planner-store';

/** The app's single store instance (the planner is one page; tests build their own with createPlannerStore). */
export const plannerStore = createPlannerStore();

/** Subscribes to one slice of the planner store; pass a module-level selector to avoid re-renders. */
export function usePlannerStore<T>(selector: (state: PlannerState) => T): T {
  return useStore(plannerStore, selector);
}
