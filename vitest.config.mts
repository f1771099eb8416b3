import { defineConfig } from 'vitest/config';

/**
 * Unit tests: shared, main, node and cli under Node; renderer under jsdom with fake-indexeddb;
 * test/ (cross-layer tests and the hostile corpus) under Node.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/shared/**/*.test.ts', 'src/main/**/*.test.ts', 'src/node/**/*.test.ts', 'src/cli/**/*.test.ts', 'src/preload/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['src/renderer/**/*.test.ts', 'src/renderer/**/*.test.tsx'],
          setupFiles: ['src/renderer/test-setup.ts'],
        },
      },
    ],
  },
});
