// Lint: TypeScript and Svelte recommended rules, and the purity rule for the evaluation model.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['dist/', '.subpath/', '.astro/', 'node_modules/', 'coverage/', 'test-results/', 'reports/', 'test/bench/peer/site/dist/', 'test/bench/peer/site/.astro/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    // The model is pure: no DOM, no framework, no d3-selection (DESIGN.md, STYLE.md rule 1).
    files: ['src/evaluation/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['svelte', 'astro', 'd3-selection', 'd3'].map((name) => ({ name, message: 'src/evaluation must stay pure TypeScript.' })),
          patterns: [{ group: ['svelte/*', 'astro/*', 'astro:*', '@astrojs/*', 'd3-selection/*'], message: 'src/evaluation must stay pure TypeScript.' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'location', 'history'],
    },
  },
);
