import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

// One Vitest config for the model (node) and the widgets (jsdom, per-file environment comment).
export default defineConfig({
  plugins: [svelte()],
  resolve: {
    alias: {
      '~': fileURLToPath(new URL('./src', import.meta.url)),
      '@components': fileURLToPath(new URL('./components', import.meta.url)),
      '@evaluation': fileURLToPath(new URL('./src/evaluation/index.ts', import.meta.url)),
    },
    conditions: ['browser'],
  },
  test: {
    include: ['test/evaluation/**/*.test.ts', 'test/components/**/*.test.ts', 'test/plugins/**/*.test.ts', 'test/lib/**/*.test.ts', 'test/content/**/*.test.ts'],
    environment: 'node',
    coverage: {
      provider: 'v8',
      include: ['src/evaluation/**/*.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 95 },
    },
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
