// Widget benchmark (prints figures, asserts nothing): how fast the mode balancer redraws after a
// slider step in Chromium, how fast its value landscape redraws when the reader holds another mode
// and how much JavaScript opening the landscape loads, how much JavaScript each widget's embed page
// loads, and how much each chapter page loads with all its widgets hydrated, gzipped.
//
//   node test/bench/widgets.mjs [dist] [--steps=100] [--cpu-throttle=4]
//
// `dist` is a built site (default ./dist); it is served on a free local port. --cpu-throttle slows
// the page's CPU by that factor (Chrome DevTools' emulation) to approximate a slower device.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from './static-server.mjs';
import { launchChromium } from './browser.mjs';

const WIDGETS = ['triangle', 'typology', 'modes', 'capacities', 'paradigms'];
const TARGET_FRAME_MS = 16;
const TARGET_LANDSCAPE_MS = 50;
const TARGET_JS_KB = 60;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
const steps = option('steps', 100);
const throttle = option('cpu-throttle', 1);

if (!existsSync(join(dist, 'embed', 'modes', 'index.html'))) {
  console.error(`No built site at ${dist} (embed/modes/index.html is missing). Build first: npm run build, or pass the build folder.`);
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x) => `${x.toFixed(2)} ms`;

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

function summary(label, values, target) {
  const p95 = percentile(values, 95);
  const verdict = target === undefined ? '' : p95 < target ? `  (target p95 < ${target} ms: met)` : `  (target p95 < ${target} ms: NOT met)`;
  return `  ${label.padEnd(44)} p50 ${ms(percentile(values, 50)).padStart(9)}   p95 ${ms(p95).padStart(9)}   max ${ms(Math.max(...values)).padStart(9)}${verdict}`;
}

// --- 1. Slider steps on the mode balancer -------------------------------------------------------

async function benchSlider(baseUrl) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    if (throttle > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    await page.goto(`${baseUrl}/embed/modes/`);
    const slider = page.getByRole('slider', { name: 'Bureaucracy', exact: true });
    await slider.waitFor();
    await page.waitForFunction(() => {
      const el = document.querySelector('input[type=range][id$="-share-bureaucracy"]');
      return el instanceof HTMLInputElement && !el.disabled;
    });

    // (a) Steps dispatched at the start of a frame, as Chrome does with input: from the input event
    // to the DOM update (model + Svelte), and to the end of that frame's rendering (style, layout,
    // paint), measured by a message posted from requestAnimationFrame, which runs after the frame.
    const synthetic = await page.evaluate(async (count) => {
      const input = document.querySelector('input[type=range][id$="-share-bureaucracy"]');
      const readout = input.parentElement.querySelector('output');
      const root = input.closest('section');
      const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
      const set = (value) => {
        input.value = String(value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      set(0);
      await frame();
      await frame();
      const warmUp = 5;
      const records = [];
      for (let i = 1; i <= count + warmUp; i++) {
        const value = i <= warmUp ? i : i - warmUp;
        if (i === warmUp + 1) {
          set(0);
          await frame();
          await frame();
        }
        const record = await new Promise((done) => {
          requestAnimationFrame(() => {
            const before = readout.textContent;
            let domAt = Number.NaN;
            const observer = new MutationObserver(() => {
              if (Number.isNaN(domAt)) domAt = performance.now();
            });
            observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
            const start = performance.now();
            set(value);
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              observer.disconnect();
              done({ dom: domAt - start, frame: performance.now() - start, changed: readout.textContent !== before });
            };
            channel.port2.postMessage(null);
          });
        });
        if (i > warmUp) records.push(record);
      }
      return { records, final: input.value };
    }, steps);

    // (b) Real key presses (ArrowLeft, through the browser's input pipeline): from the keydown
    // event's timestamp to the DOM update.
    await slider.focus();
    await page.evaluate(() => {
      const input = document.activeElement;
      const root = input.closest('section');
      const state = { pending: null, records: [] };
      window.__benchKeys = state;
      input.addEventListener('keydown', (event) => {
        state.pending = { start: event.timeStamp };
        const observer = new MutationObserver(() => {
          if (!state.pending) return;
          state.records.push(performance.now() - state.pending.start);
          state.pending = null;
          observer.disconnect();
        });
        observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      });
    });
    for (let i = 0; i < steps; i++) {
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction((n) => window.__benchKeys.records.length >= n, i + 1, { polling: 'raf' });
    }
    const keys = await page.evaluate(() => ({ records: window.__benchKeys.records, final: document.activeElement.value }));
    return { synthetic, keys };
  } finally {
    await browser.close();
  }
}

// --- 1b. The value landscape: opening it, and redrawing when the reader holds another mode --------

async function benchLandscape(baseUrl) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    if (throttle > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    const scripts = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${baseUrl}/embed/modes/`);
    await page.waitForFunction(() => {
      const el = document.querySelector('input[type=range][id$="-share-bureaucracy"]');
      return el instanceof HTMLInputElement && !el.disabled;
    });
    const before = scripts.length;
    const opened = performance.now();
    await page.locator('details.landscape > summary').click();
    await page.locator('[data-landscape-mount] svg[role=img]').first().waitFor();
    const openMs = performance.now() - opened;
    const loadedOnOpen = [...new Set(scripts.slice(before))];

    // Each change of the held mode is dispatched at the start of a frame, as Chrome dispatches input:
    // from the change event to the redrawn map (a mutation observer on its title, which fires once
    // Svelte's update has run), and to the end of that frame's rendering (style, layout, paint).
    const records = await page.evaluate(async (count) => {
      const radios = [...document.querySelectorAll('input[type=radio][name$="-land-fixed"]')];
      const title = document.querySelector('[data-landscape-mount] svg[role=img] title');
      const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
      const out = [];
      for (let i = 0; i < count + 4; i++) {
        const radio = radios[i % radios.length];
        const record = await new Promise((done) => {
          requestAnimationFrame(() => {
            let domAt = Number.NaN;
            const observer = new MutationObserver(() => {
              if (Number.isNaN(domAt)) domAt = performance.now();
            });
            observer.observe(title, { subtree: true, childList: true, characterData: true });
            const start = performance.now();
            radio.checked = true;
            radio.dispatchEvent(new Event('change', { bubbles: true }));
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              observer.disconnect();
              done({ dom: domAt - start, frame: performance.now() - start, changed: !Number.isNaN(domAt) });
            };
            channel.port2.postMessage(null);
          });
        });
        await frame();
        if (i >= 4) out.push(record);
      }
      return out;
    }, Math.max(20, Math.round(steps / 2)));
    return { openMs, loadedOnOpen, records };
  } finally {
    await browser.close();
  }
}

// --- 2. JavaScript per widget ------------------------------------------------------------------

const gzCache = new Map();
function gzSize(file) {
  if (!gzCache.has(file)) gzCache.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzCache.get(file);
}

// Static imports of a built ES module: `import … from "x"`, `import "x"`, `export … from "x"` (not import()).
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;

function moduleClosure(entries) {
  const seen = new Set();
  const stack = [...entries];
  while (stack.length > 0) {
    const url = stack.pop();
    if (seen.has(url)) continue;
    seen.add(url);
    const source = readFileSync(join(dist, url), 'utf8');
    for (const [, spec] of source.matchAll(STATIC_IMPORT)) {
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
      stack.push(new URL(spec, `http://site${url}`).pathname);
    }
  }
  return seen;
}

function islandsOf(html) {
  const islands = [];
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    const attr = (name) => tag.match(new RegExp(`${name}="([^"]+)"`))?.[1];
    islands.push({ component: attr('component-url'), renderer: attr('renderer-url') });
  }
  return islands;
}

// Inline scripts arrive inside the page's HTML, so they are measured as one compressed stream.
function scriptSizes(html) {
  const inline = [];
  const external = [];
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attrs.match(/src="([^"]+)"/)?.[1];
    if (src) external.push(src);
    else if (!/type="application\/(?:ld\+)?json"/.test(attrs)) inline.push(body);
  }
  return { inline: inline.length > 0 ? gzipSync(inline.join('\n'), { level: 9 }).length : 0, external };
}

function benchJs() {
  const pages = WIDGETS.map((widget) => {
    const html = readFileSync(join(dist, 'embed', widget, 'index.html'), 'utf8');
    const islands = islandsOf(html);
    const { inline, external } = scriptSizes(html);
    const components = islands.map((i) => i.component).filter(Boolean);
    const renderers = islands.map((i) => i.renderer).filter(Boolean);
    return { widget, islands, inline, external, modules: moduleClosure([...components, ...renderers, ...external]), runtime: moduleClosure(renderers) };
  });
  const runtime = new Set(pages.flatMap((p) => [...p.runtime]));
  const countOf = new Map();
  for (const p of pages) for (const m of p.modules) countOf.set(m, (countOf.get(m) ?? 0) + 1);
  const sharedOther = [...countOf.keys()].filter((m) => !runtime.has(m) && (countOf.get(m) ?? 0) > 1);
  const sum = (mods) => [...mods].reduce((s, m) => s + gzSize(join(dist, m)), 0);

  console.log('\nJavaScript per widget (gzip -9), from each embed page’s islands and their static imports');
  for (const p of pages) {
    const own = [...p.modules].filter((m) => (countOf.get(m) ?? 0) === 1);
    const shared = [...p.modules].filter((m) => (countOf.get(m) ?? 0) > 1 && !runtime.has(m));
    console.log(`  ${p.widget.padEnd(11)} own ${kb(sum(own)).padStart(8)}  (${own.map((m) => `${m.replace('/_astro/', '')} ${kb(gzSize(join(dist, m)))}`).join(', ') || 'none'})`);
    console.log(`  ${''.padEnd(11)} page total with shared chunks and runtime ${kb(sum(p.modules))}; also inline scripts in the HTML ${kb(p.inline)}${p.islands.length === 0 ? '  [no island found!]' : ''}`);
    if (shared.length > 0) console.log(`  ${''.padEnd(11)} uses shared: ${shared.map((m) => m.replace('/_astro/', '')).join(', ')}`);
  }
  console.log(`  shared by widgets (model, d3, shell…): ${kb(sum(sharedOther))}  (${sharedOther.map((m) => `${m.replace('/_astro/', '')} ${kb(gzSize(join(dist, m)))}`).join(', ') || 'none'})`);
  console.log(`  framework runtime, counted once:        ${kb(sum(runtime))}  (${[...runtime].map((m) => `${m.replace('/_astro/', '')} ${kb(gzSize(join(dist, m)))}`).join(', ')})`);
  const all = new Set(pages.flatMap((p) => [...p.modules]));
  // No page carries them all; the per-chapter figures below are the ones the budget is about.
  console.log(`  all the widgets together (no page has them all): ${kb(sum(all))}`);
}

// --- 3. JavaScript per chapter page, with every widget on it hydrated --------------------------

function benchChapters() {
  const chapters = readdirSync(join(dist, 'chapters'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  console.log(`\nJavaScript per chapter page (gzip -9): islands, their static imports and the page's own scripts (target ≤ ${TARGET_JS_KB} KB)`);
  let worst = 0;
  for (const chapter of chapters) {
    const html = readFileSync(join(dist, 'chapters', chapter, 'index.html'), 'utf8');
    const islands = islandsOf(html);
    const { inline, external } = scriptSizes(html);
    const modules = moduleClosure([...islands.flatMap((i) => [i.component, i.renderer].filter(Boolean)), ...external]);
    const total = [...modules].reduce((sum, m) => sum + gzSize(join(dist, m)), 0) + inline;
    worst = Math.max(worst, total);
    const names = [...new Set(islands.map((i) => i.component?.match(/\/([A-Za-z]+)\.[\w-]+\.js$/)?.[1]).filter(Boolean))];
    const verdict = total / 1024 <= TARGET_JS_KB ? 'within' : 'OVER';
    console.log(`  ${chapter.padEnd(30)} ${kb(total).padStart(8)}  ${verdict.padEnd(6)} ${names.join(', ') || '(no widget)'}`);
  }
  console.log(`  largest chapter page: ${kb(worst)} (target ≤ ${TARGET_JS_KB} KB gz: ${worst / 1024 <= TARGET_JS_KB ? 'met' : 'NOT met'})`);
}

// --- run ---------------------------------------------------------------------------------------

const { server, url } = await serve(dist, 0);
try {
  console.log(`Widget benchmark on ${dist} (served at ${url}/)${throttle > 1 ? `, CPU throttled ${throttle}×` : ''}`);
  const { synthetic, keys } = await benchSlider(url);
  const unchanged = synthetic.records.filter((r) => !r.changed).length;
  console.log(`\nMode balancer, ${steps} steps of the bureaucracy slider on /embed/modes/ (Chromium, headless)`);
  console.log(summary('input event → DOM updated', synthetic.records.map((r) => r.dom)));
  console.log(summary('input event → next frame rendered', synthetic.records.map((r) => r.frame), TARGET_FRAME_MS));
  console.log(summary('real ArrowLeft keydown → DOM updated', keys.records));
  console.log(`  steps that changed the readout: ${synthetic.records.length - unchanged} of ${synthetic.records.length}; slider ended at ${synthetic.final} after stepping up and at ${keys.final} after ${keys.records.length} key presses down`);
  console.log('  (inputs are dispatched at the start of a frame, as Chrome does; "next frame rendered" is when a message posted from that frame’s requestAnimationFrame arrives, i.e. after its style, layout and paint)');
  const landscape = await benchLandscape(url);
  const unchangedLandscape = landscape.records.filter((r) => !r.changed).length;
  console.log(`\nValue landscape on /embed/modes/ (Chromium, headless): ${landscape.records.length} changes of the held mode, cycling through the four`);
  console.log(summary('change event → map recomputed, DOM updated', landscape.records.map((r) => r.dom)));
  console.log(summary('change event → next frame rendered', landscape.records.map((r) => r.frame), TARGET_LANDSCAPE_MS));
  console.log(`  changes that redrew the map: ${landscape.records.length - unchangedLandscape} of ${landscape.records.length}`);
  const openKb = landscape.loadedOnOpen.reduce((sum, m) => sum + gzSize(join(dist, m)), 0);
  console.log(`  opening it loaded ${kb(openKb)} of JavaScript (${landscape.loadedOnOpen.map((m) => `${m.replace('/_astro/', '')} ${kb(gzSize(join(dist, m)))}`).join(', ') || 'nothing'}) and drew the map ${ms(landscape.openMs)} after the click`);
  benchJs();
  benchChapters();
} finally {
  server.close();
}
