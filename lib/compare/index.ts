/** Scenarios side by side: up to four planned designs, their totals and deltas against a baseline. */
export * from './compare-scenarios';
export * from './metrics';
export * from './plan-figures';
export type * from './types';
export * from './workload-scenario';
