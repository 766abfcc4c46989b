/** Workload sizing: a described AI workload in, DesignInput options with their real cost and power out. */
export * from './assumptions';
export * from './gpu-performance';
export * from './ids';
export * from './kv-cache';
export * from './models';
export * from './precision';
export * from './request';
export * from './size-workload';
export * from './throughput';
export * from './training';
export type * from './types';
export * from './units';
export * from './weights';
