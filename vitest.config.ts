import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'cli/**/*.test.ts', 'components/**/*.test.ts', 'state/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
