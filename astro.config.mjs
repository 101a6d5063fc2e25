// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import rehypeCitation from 'rehype-citation';
import { unified, rehypeHeadingIds } from '@astrojs/markdown-remark';
import { remarkCitations } from './src/plugins/remark-citations.mjs';
import { remarkExercises } from './src/plugins/remark-exercises.mjs';
import { remarkTerms } from './src/plugins/remark-terms.mjs';
import { remarkModelFigures } from './src/plugins/remark-model-figures.mjs';
import { remarkGuidedSequences } from './src/plugins/remark-guided-sequences.mjs';
import { rehypeHeadingLinks } from './src/plugins/rehype-heading-links.mjs';
import { rehypeCitationTargets } from './src/plugins/rehype-citation-targets.mjs';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links.mjs';
import { projectRoot } from './src/plugins/paths.mjs';
import { writeCitationData } from './src/plugins/citation-data.mjs';
import { stripModelNotes } from './src/plugins/vite-strip-model-notes.mjs';
import { leanPreloadHelper } from './src/plugins/vite-lean-preload.mjs';
import { onDemandCopies } from './src/plugins/vite-on-demand-copies.mjs';

// SITE_URL and BASE_PATH let the same build serve from a domain root or a sub-path
// (e.g. GitHub Pages project sites); every internal link goes through import.meta.env.BASE_URL.
const site = process.env.SITE_URL ?? 'https://public-value.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  // Inlined styles spare each page render-blocking requests (measured: chapter FCP on a throttled phone).
  build: { inlineStylesheets: 'always' },
  // Embed pages are for iframes and say noindex, so they stay out of the sitemap.
  integrations: [mdx(), svelte(), sitemap({ filter: (page) => !page.includes('/embed/') })],
  markdown: {
    // Astro 7's default Markdown processor runs no remark/rehype plugins; the book needs
    // them for citations, glossary checks, the exercises index and heading links.
    processor: unified({
      remarkPlugins: [remarkCitations, remarkTerms, remarkExercises, remarkModelFigures, remarkGuidedSequences],
      rehypePlugins: [
      rehypeHeadingIds,
      [
        rehypeCitation,
        {
          // rehype-citation joins `path` and `bibliography`, so the file is given relative to the root.
          bibliography: writeCitationData(),
          path: projectRoot,
          csl: 'apa',
          linkCitations: true,
          // The chapter layout renders its own reference list (after the summary), so the
          // plugin only formats the in-text citations.
          suppressBibliography: true,
        },
      ],
      [rehypeCitationTargets, { base }],
      [rehypeBaseLinks, { base }],
      rehypeHeadingLinks,
      ],
    }),
  },
  vite: {
    plugins: [
      stripModelNotes(),
      leanPreloadHelper(),
      // The mode balancer's value landscape loads on opening; its d3 modules must not grow the page's chunks.
      onDemandCopies({ roots: ['/components/mode-balancer/landscape/'], packages: ['d3-contour', 'd3-array', 'd3-shape', 'd3-path'] }),
    ],
    build: {
      rolldownOptions: {
        treeshake: {
          // The model's modules only declare data and functions; saying so lets a widget's bundle
          // leave out the parts of the model it never calls (e.g. the self-assessment's texts).
          moduleSideEffects: (id) => !id.includes('/src/evaluation/'),
        },
      },
    },
    resolve: {
      alias: {
        '~': new URL('./src', import.meta.url).pathname,
        '@components': new URL('./components', import.meta.url).pathname,
        '@evaluation': new URL('./src/evaluation/index.ts', import.meta.url).pathname,
      },
    },
  },
});
