// Temporary: moved to lib/design/test-support/arbitraries.ts (design-layer test data).
export * from '../../design/test-support/arbitraries';
