// `npm run pdf`: prints the PDF edition of a built site, the whole book and each chapter, into
// dist/pdf/, then shows the PDF links the build left inert on the home and chapter pages.
//
//   node src/pdf/make-pdf.mjs [dist] [--only=book|<chapter id>]
//
// The pages come from the built site itself, served locally: src/pdf/assemble.mjs gathers them into
// one document in Chromium, Paged.js (self-hosted from node_modules) lays it out in pages with
// running heads, page numbers and page references, and Chromium prints it (playwright-core's
// page.pdf, tagged, with an outline). Without a Chromium the step says why and leaves the site as the
// build made it: complete, with no PDF links. See README, "The PDF edition".
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../test/bench/browser.mjs';
import { serve } from '../../test/bench/static-server.mjs';
import { enablePdfLinks, formatBytes } from './pdf-links.mjs';
import { generateServiceWorker, SERVICE_WORKER_FILE } from '../plugins/service-worker.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);

// A4 at 96 dpi: the page lays out at the paper's width, so no screen-width layout leaks into print.
const A4 = { width: 794, height: 1123 };

const editionFile = join(dist, 'pdf', 'edition.json');
if (!existsSync(editionFile)) {
  console.error(`No built site at ${dist} (pdf/edition.json is missing). Build first: npm run build.`);
  process.exit(1);
}
const edition = JSON.parse(readFileSync(editionFile, 'utf8'));

let launchOptions;
try {
  launchOptions = chromiumLaunchOptions();
} catch (error) {
  console.log(`PDF edition skipped: ${error.message}`);
  console.log(`The site in ${relative(process.cwd(), dist) || '.'} is complete without it; its pages show no PDF link.`);
  process.exit(0);
}

const assets = {
  // pagedjs exports no path to its browser build, so it is found beside the package's entry point.
  'paged.polyfill.js': { path: join(dirname(require.resolve('pagedjs')), '..', 'dist', 'paged.polyfill.js'), type: 'text/javascript' },
  'assemble.mjs': { path: join(here, 'assemble.mjs'), type: 'text/javascript' },
  'book.css': { path: join(here, 'book.css'), type: 'text/css' },
};

// Chromium embeds a variable font as Type 3 glyph programs, which made the book half as large again
// (measured: a chapter 971 KB against 571 KB); the PDF uses the same typefaces as static fonts.
const FONTS = {
  inter: { dir: dirname(require.resolve('@fontsource/inter/400.css')), files: ['400', '500', '600', '700'] },
  'source-serif-4': { dir: dirname(require.resolve('@fontsource/source-serif-4/400.css')), files: ['400', '400-italic', '600', '600-italic', '700', '700-italic'] },
};

/** A file the print page asks for under __pdf/: the paged-media assets, or a static font's CSS or file. */
function assetFor(path) {
  const font = /^fontsource\/([\w-]+)\/((?:files\/)?[\w-]+\.(?:css|woff2|woff))$/.exec(path);
  if (font && FONTS[font[1]]) return { path: join(FONTS[font[1]].dir, font[2]), type: font[2].endsWith('.css') ? 'text/css' : 'font/woff2' };
  return assets[path];
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The empty page the edition is assembled in: the paged-media sheet and Paged.js, told to wait. */
function shell(title) {
  const at = `${edition.base}__pdf/`;
  return `<!doctype html>
<html lang="en-GB" data-theme="light">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
${Object.entries(FONTS).flatMap(([name, font]) => font.files.map((file) => `<link rel="stylesheet" href="${at}fontsource/${name}/${file}.css" data-pagedjs-ignore>`)).join('\n')}
<link rel="stylesheet" href="${at}book.css">
<script>window.PagedConfig = { auto: false };</script>
<script src="${at}paged.polyfill.js"></script>
</head>
<body></body>
</html>`;
}

const generatedOn = new Date(edition.builtAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** Assembles, paginates and prints one edition (the book, or the chapter `chapterId`) to dist/pdf/<file>. */
async function printEdition(browser, origin, { chapterId, title, file }) {
  const started = performance.now();
  const page = await browser.newPage({ viewport: A4 });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.route(`${origin}${edition.base}__pdf/**`, (route) => {
    const path = new URL(route.request().url()).pathname.slice(`${edition.base}__pdf/`.length);
    const asset = assetFor(path);
    if (asset) return route.fulfill({ body: readFileSync(asset.path), contentType: asset.type });
    return route.fulfill({ body: shell(title), contentType: 'text/html' });
  });
  try {
    await page.goto(`${origin}${edition.base}__pdf/${file.replace(/\.pdf$/, '.html')}`);
    const result = await page.evaluate(
      async ({ edition, chapterId, generatedOn, module }) => {
        const { assembleEdition } = await import(module);
        const assembled = await assembleEdition(document, { edition, chapterId, generatedOn });
        document.body.getBoundingClientRect();
        await document.fonts.ready;
        const flow = await window.PagedPolyfill.preview();
        return { ...assembled, pages: flow.total };
      },
      { edition, chapterId, generatedOn, module: `${edition.base}__pdf/assemble.mjs` },
    );
    if (problems.length > 0) throw new Error(problems.join('\n'));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    writeFileSync(join(dist, 'pdf', file), pdf);
    return { file, pages: result.pages, bytes: pdf.length, figures: result.figures, seconds: (performance.now() - started) / 1000 };
  } finally {
    await page.close();
  }
}

const jobs = [
  { title: `${edition.title}: ${edition.tagline}`, file: edition.book.file },
  ...edition.chapters.map((c) => ({ chapterId: c.id, title: `${c.order}. ${c.title} · ${edition.title}`, file: c.file })),
].filter((job) => !only || (only === 'book' ? !job.chapterId : job.chapterId === only));
if (jobs.length === 0) {
  console.error(`--only=${only}: not "book" nor a chapter id (${edition.chapters.map((c) => c.id).join(', ')})`);
  process.exit(1);
}

const started = performance.now();
const { server, url } = await serve(dist, 0, edition.base);
const browser = await chromium.launch(launchOptions);
const made = [];
try {
  mkdirSync(join(dist, 'pdf'), { recursive: true });
  // Two pages at a time: the book takes as long as the chapters together, so they print side by side.
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      rmSync(join(dist, 'pdf', job.file), { force: true });
      made.push(await printEdition(browser, url, job));
    }
  };
  await Promise.all([worker(), worker()]);
} finally {
  await browser.close();
  server.close();
}

// The manifest keeps earlier runs' entries (e.g. the book when only a chapter was reprinted).
const manifestFile = join(dist, 'pdf', 'manifest.json');
const previous = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')).files : [];
const files = [...previous.filter((p) => !made.some((m) => m.file === p.file) && existsSync(join(dist, 'pdf', p.file))), ...made];
writeFileSync(manifestFile, `${JSON.stringify({ generatedOn, files }, null, 2)}\n`);
const linked = enablePdfLinks(dist, new Map(files.map((f) => [f.file, f])));

const total = (performance.now() - started) / 1000;
console.log(`PDF edition in ${relative(process.cwd(), join(dist, 'pdf'))}/ (Paged.js, Chromium), ${total.toFixed(1)} s:`);
for (const m of jobs.map((job) => made.find((f) => f.file === job.file))) console.log(`  ${m.file.padEnd(40)} ${String(m.pages).padStart(4)} pages  ${formatBytes(m.bytes).padStart(8)}  ${String(m.figures).padStart(2)} numbered figures and tables  ${m.seconds.toFixed(1)} s`);
console.log(`  PDF links shown on ${linked.length} page(s).`);

// Showing the links changed those pages after the service worker listed them, so it is written again
// with their new revisions (the PDFs themselves stay out of it: readers download them when they want).
if (linked.length > 0 && existsSync(join(dist, SERVICE_WORKER_FILE))) {
  const { count } = await generateServiceWorker(dist);
  console.log(`  Service worker rewritten: ${count} files stored for offline reading.`);
}
