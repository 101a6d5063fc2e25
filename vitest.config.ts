import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

// One Vitest config for the model (node) and the widgets (jsdom, per-file environment comment).
export default defineConfig({
  plugins: [svelte()],
  define: { 'import.meta.env.BOOK_YEAR': JSON.stringify('2026') },
  resolve: {
    alias: {
      '~': fileURLToPath(new URL('./src', import.meta.url)),
      '@components': fileURLToPath(new URL('./components', import.meta.url)),
      '@evaluation': fileURLToPath(new URL('./src/evaluation/index.ts', import.meta.url)),
    },
    conditions: ['browser'],
  },
  test: {
    include: ['test/evaluation/**/*.test.ts', 'test/components/**/*.test.ts', 'test/plugins/**/*.test.ts', 'test/lib/**/*.test.ts', 'test/scripts/**/*.test.ts', 'test/content/**/*.test.ts', 'test/pdf/**/*.test.ts'],
    environment: 'node',
    coverage: {
      provider: 'v8',
      // The model, and the widgets' and self-assessment's TypeScript (helpers, state classes, the address module).
      include: ['src/evaluation/**/*.ts', 'components/**/*.ts', 'src/lib/address.ts'],
      // These two only gather Astro components for the build; the build and the end-to-end tests exercise them.
      exclude: ['components/registry.ts', 'components/mdx.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: {
        'src/evaluation/**/*.ts': { lines: 95 },
        'components/**/*.ts': { lines: 90 },
        'src/lib/address.ts': { lines: 90 },
      },
    },
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
