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
import { remarkFigures } from './src/plugins/remark-figures.mjs';
import { remarkGuidedSequences } from './src/plugins/remark-guided-sequences.mjs';
import { remarkComponentImports } from './src/plugins/remark-component-imports.mjs';
import { rehypeHeadingLinks } from './src/plugins/rehype-heading-links.mjs';
import { rehypeCitationTargets } from './src/plugins/rehype-citation-targets.mjs';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links.mjs';
import { projectRoot } from './src/plugins/paths.mjs';
import { writeCitationData } from './src/plugins/citation-data.mjs';
import { stripModelNotes } from './src/plugins/vite-strip-model-notes.mjs';
import { searchIndex } from './src/plugins/search-index.mjs';
import { serviceWorker } from './src/plugins/service-worker.mjs';
import { leanPreloadHelper } from './src/plugins/vite-lean-preload.mjs';
import { onDemandCopies } from './src/plugins/vite-on-demand-copies.mjs';
import { leanD3 } from './src/plugins/vite-lean-d3.mjs';
import { contentSecurityPolicy } from './src/plugins/csp.mjs';
import { cspStyleHashes } from './src/plugins/csp-style-hashes.mjs';
import { hostHeadersFile } from './src/plugins/host-headers.mjs';

// SITE_URL and BASE_PATH let the same build serve from a domain root or a sub-path
// (e.g. GitHub Pages project sites); every internal link goes through import.meta.env.BASE_URL.
// Code every island page shares, in two chunks (see codeSplitting below): the framework's runtime with
// the model's vocabulary and data file, which the self-assessment uses too, and the widgets' frame
// (shell, data table, address state), which only the widgets use. The citation code stays out of the
// frame: it loads when a reader opens "Cite this configuration". A group takes in what its modules
// import, except the address module, which the search and exercises pages' own scripts also use, and
// the (stub) dynamic-import helper, which would otherwise make the search page load the widgets' frame.
const ISLAND_CORE = /(?:node_modules[\\/]svelte[\\/]|components[\\/]widget[\\/]share\.ts$|src[\\/]evaluation[\\/](?:types|errors|validate|parameters|sources|state-codec|codecs[\\/]parts|describe[\\/]text)\.ts$)/;
const WIDGET_FRAME = /(?:components[\\/]widget[\\/](?!share\.ts$|citation\.ts$)|mode-colours\.ts$)/;
const PAGE_SCRIPTS_SHARE = /src[\\/]lib[\\/](?:address|url)\.ts$|^\0vite[\\/]preload-helper\.js$/;
const PROGRESS = /[\\/]progress-(?:store|tracker)\.ts$/;
// The mode model, whole: the mode balancer and the paradigm lens share most of it, and one chunk
// costs a page that has both less than the two pieces the bundler would otherwise cut.
const MODE_MODEL = /src[\\/]evaluation[\\/](?:presets|modes|balance|codecs[\\/]modes|describe[\\/]modes)\.ts$/;

const site = process.env.SITE_URL ?? 'https://public-value.example.org';
const base = process.env.BASE_PATH ?? '/';

// rehype-citation formats the in-text citations, and the list of figures formats captions with the same options.
const citation = {
  // rehype-citation joins `path` and `bibliography`, so the file is given relative to the root.
  bibliography: writeCitationData(),
  path: projectRoot,
  csl: 'apa',
  linkCitations: true,
  // The chapter layout renders its own reference list (after the summary), so the
  // plugin only formats the in-text citations.
  suppressBibliography: true,
};

// The PDF edition is printed by Chromium, so the build leaves it to `npm run pdf` (src/pdf/make-pdf.mjs)
// and says so: a host without a browser still builds the whole site, with no PDF links.
/** @type {import('astro').AstroIntegration} */
const pdfEditionNotice = {
  name: 'pdf-edition-notice',
  hooks: {
    'astro:build:done': ({ logger }) => {
      logger.info('PDF edition: not made by the build, which needs no browser. `npm run pdf` prints dist/pdf/ with Chromium and links it from the home and chapter pages; until then they show no PDF link.');
    },
  },
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  // The styles every page shares (src/styles/site.css: fonts, global.css, print.css) are one stylesheet a
  // reader's browser keeps; a page's own and its widgets' styles (the components it imports: chapters import
  // only those they use, see remark-component-imports.mjs) are inlined, so no page carries another's.
  build: { inlineStylesheets: 'auto' },
  // A Content Security Policy on every page (src/plugins/csp.mjs).
  security: { csp: contentSecurityPolicy },
  // Embed pages are for iframes and say noindex, so they stay out of the sitemap. The search index
  // is written after the pages, and the service worker last, so that it can precache both.
  integrations: [mdx(), svelte(), sitemap({ filter: (page) => !page.includes('/embed/') }), pdfEditionNotice, hostHeadersFile(base), cspStyleHashes(), searchIndex(), serviceWorker()],
  markdown: {
    // The book has no code blocks, and Shiki's inline styles would need an exception in the CSP.
    syntaxHighlight: false,
    // Astro 7's default Markdown processor runs no remark/rehype plugins; the book needs
    // them for citations, glossary checks, the exercises index and heading links.
    processor: unified({
      // remark-figures runs first: it turns `@fig:…` references into links before remark-citations reads `@…` as citation keys;
      // remark-component-imports runs last, to import every component the others leave in the chapter.
      remarkPlugins: [[remarkFigures, { citation }], remarkCitations, remarkTerms, remarkExercises, remarkModelFigures, remarkGuidedSequences, remarkComponentImports],
      rehypePlugins: [
      rehypeHeadingIds,
      [rehypeCitation, citation],
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
      // d3-scale without the colour and number formatting the book never uses (5.8 KB gz per widget page).
      leanD3(),
      // The mode balancer's value landscape loads on opening; its d3 modules must not grow the page's chunks.
      onDemandCopies({ roots: ['/components/mode-balancer/landscape/'], packages: ['d3-contour', 'd3-array', 'd3-shape', 'd3-path'] }),
    ],
    // The edition year every citation names (chapters and widget configurations alike).
    define: { 'import.meta.env.BOOK_YEAR': JSON.stringify(String(new Date().getFullYear())) },
    build: {
      // Read by Astro for stylesheets (inlineStylesheets: 'auto' above); other assets keep Vite's 4 KB limit.
      // The shared stylesheet is the one with the fonts (site.css, which the Base layout imports; its chunk's own
      // styles join it); every other stylesheet is inlined into the pages that use it.
      assetsInlineLimit: (file, content) => (file.endsWith('.css') ? !content.toString().includes('@font-face') : undefined),
      rolldownOptions: {
        treeshake: {
          // The model's modules only declare data and functions; saying so lets a widget's bundle
          // leave out the parts of the model it never calls (e.g. the self-assessment's texts).
          moduleSideEffects: (id) => !id.includes('/src/evaluation/'),
        },
        output: {
          codeSplitting: {
            // What every widget loads (its frame, the address, the model's vocabulary and data file)
            // travels as one chunk. Left to itself, the bundler cuts a chunk for each set of widgets
            // that shares a module, so each new widget split this core into more, smaller files that
            // every page then paid for in requests and in gzip's lost context.
            groups: [
              { name: 'address', test: PAGE_SCRIPTS_SHARE, priority: 2 },
              { name: 'island-core', test: ISLAND_CORE, priority: 1 },
              { name: 'widget-frame', test: WIDGET_FRAME, priority: 1 },
              { name: 'mode-model', test: MODE_MODEL },
              // The progress script and its store: every chapter page loads both, and one file compresses
              // better than two (the course kit's pages, which use the store, load the script's few lines too).
              { name: 'progress', test: PROGRESS },
            ],
          },
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
