/**
 * The search page: runs Pagefind for `?q=` and `?type=`, and renders results with sub-results a few
 * at a time, fetching each result's fragment only when the reader scrolls near it or asks for more.
 */
import { readParam, writeParams } from '~/lib/address';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: { type?: string[] };
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

// How many results (each one fragment request) are fetched and shown at a time, as Pagefind's own UI does.
const BATCH_SIZE = 5;
const MAX_SUB_RESULTS = 3;
// Start fetching the next batch while the "more" button is still this far below the screen, so the
// new results are in place before the reader gets there and nothing the reader sees moves.
const PREFETCH_MARGIN = '0px 0px 300px 0px';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

// Pagefind's excerpts are escaped text with <mark> highlights; keep only those marks.
function setExcerpt(target: HTMLElement, excerpt: string) {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  target.textContent = '';
  for (const node of template.content.childNodes) {
    if (node instanceof HTMLElement && node.tagName === 'MARK') target.append(element('mark', undefined, node.textContent ?? ''));
    else target.append(node.textContent ?? '');
  }
}

function renderResult(data: PagefindData): HTMLLIElement {
  const item = element('li', 'result');
  const link = element('a', 'result-title', data.meta.title ?? data.url);
  link.href = data.url;
  item.append(link);
  const type = data.filters.type?.[0];
  if (type) item.append(element('span', 'result-type', type));
  const excerpt = element('p');
  setExcerpt(excerpt, data.excerpt);
  item.append(excerpt);
  // The first sub-result of a page is often the page itself; keep only sections with their own anchor.
  const subs = data.sub_results.filter((s) => s.url.includes('#')).slice(0, MAX_SUB_RESULTS);
  if (subs.length) {
    const list = element('ul', 'sub-results');
    for (const sub of subs) {
      const li = element('li');
      const a = element('a', undefined, sub.title);
      a.href = sub.url;
      const p = element('p');
      setExcerpt(p, sub.excerpt);
      li.append(a, p);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

function countText(n: number, term: string) {
  return n === 0 ? `No results for “${term}”.` : `${n} ${n === 1 ? 'page' : 'pages'} found for “${term}”.`;
}

/** Wires the search form to Pagefind, keeps the query in the URL and announces result counts. */
export function setupSearchPage(root: Document) {
  const form = root.querySelector<HTMLFormElement>('form.search-page');
  const input = root.querySelector<HTMLInputElement>('#search-q');
  const status = root.querySelector<HTMLElement>('#search-status');
  const list = root.querySelector<HTMLOListElement>('#search-results');
  const more = root.querySelector<HTMLButtonElement>('#search-more');
  if (!form || !input || !status || !list || !more) return;
  const base = form.dataset.pagefindBase ?? '/';
  let pagefind: Promise<Pagefind> | undefined;
  // Each search gets a ticket; work for an older ticket stops at its next await.
  let latest = 0;
  let pending: PagefindResult[] = [];
  let inflight: Promise<HTMLLIElement | undefined> | undefined;
  let fresh = false;
  let failures = 0;

  input.value = readParam('q') ?? '';
  const type = readParam('type') ?? '';
  const radio = form.querySelector<HTMLInputElement>(`input[name=type][value="${CSS.escape(type)}"]`);
  if (radio) radio.checked = true;

  function load(): Promise<Pagefind> {
    // The browser remembers a module that failed to load, so a retry asks for it by another address.
    const retry = failures > 0 ? `?retry=${failures}` : '';
    pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js${retry}`).then(
      async (module: Pagefind) => {
        await module.options({ baseUrl: base });
        return module;
      },
      (error: unknown) => {
        // A failed load (the network dropped, no index in dev) is tried again by the next search.
        failures += 1;
        pagefind = undefined;
        throw error;
      },
    );
    return pagefind;
  }

  function filters() {
    const filter = new FormData(form!).get('type')?.toString() ?? '';
    return filter ? { filters: { type: filter } } : undefined;
  }

  // Appends the next few results and resolves to the first new item (so a reader who asked for more can
  // be taken there); a request while a batch is on its way shares that batch.
  function showMore(): Promise<HTMLLIElement | undefined> {
    if (inflight) return inflight;
    if (pending.length === 0) return Promise.resolve(undefined);
    const ticket = latest;
    const batch = pending.slice(0, BATCH_SIZE);
    const request = Promise.all(batch.map((r) => r.data())).then((data) => {
      if (ticket !== latest) return undefined;
      pending = pending.slice(batch.length);
      const items = data.map(renderResult);
      // A new search's first batch replaces the old results in one step, so the list never stands empty.
      if (fresh) list!.replaceChildren(...items);
      else list!.append(...items);
      fresh = false;
      more!.hidden = pending.length === 0;
      return items[0];
    });
    inflight = request;
    const clear = () => {
      if (inflight === request) inflight = undefined;
    };
    request.then(clear, clear);
    return request;
  }

  async function run() {
    const term = input!.value.trim();
    const options = filters();
    writeParams({ q: term || null, type: options?.filters.type ?? null }, 'move');
    const ticket = ++latest;
    inflight = undefined;
    pending = [];
    if (!term) {
      list!.textContent = '';
      more!.hidden = true;
      status!.textContent = 'Type a word to search the chapters, glossary and exercises.';
      return;
    }
    status!.textContent = 'Searching…';
    try {
      const search = await (await load()).search(term, options);
      if (ticket !== latest) return;
      pending = search.results;
      fresh = true;
      if (pending.length === 0) {
        list!.textContent = '';
        more!.hidden = true;
      }
      await showMore();
      if (ticket !== latest) return;
      status!.textContent = countText(search.results.length, term);
    } catch {
      if (ticket !== latest) return;
      list!.textContent = '';
      more!.hidden = true;
      status!.textContent = 'Search is not available here (the search index was not built). Browse the contents or the glossary instead.';
    }
  }

  more.addEventListener('click', async () => {
    const first = await showMore();
    first?.querySelector('a')?.focus();
  });
  const observer = new IntersectionObserver(async (entries) => {
    if (!entries.some((e) => e.isIntersecting) || !(await showMore())) return;
    // Observing again reports the button's position afresh: still near the screen means load on.
    observer.unobserve(more);
    observer.observe(more);
  }, { rootMargin: PREFETCH_MARGIN });
  observer.observe(more);

  let timer = 0;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const term = input.value.trim();
    // Fetch the index chunks for the word while the reader is still typing it.
    if (term) load().then((p) => p.preload(term, filters())).catch(() => undefined);
    timer = window.setTimeout(run, 200);
  });
  form.addEventListener('change', run);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  run();
}
