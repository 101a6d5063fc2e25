/// <reference types="astro/client" />

declare module '*.bib?raw' {
  const text: string;
  export default text;
}

// For svelte-check, which does not resolve .astro files (astro check resolves the real types).
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

interface ImportMetaEnv {
  /** The year the book was built: its edition year in citations (defined in astro.config.mjs and vitest.config.ts). */
  readonly BOOK_YEAR: string;
}
