/** The search page: runs Pagefind for `?q=` and `?type=`, renders results with sub-results. */
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
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

const MAX_RESULTS = 20;
const MAX_SUB_RESULTS = 4;

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
    if (node.nodeType === Node.TEXT_NODE) target.append(node.textContent ?? '');
    else if (node instanceof HTMLElement && node.tagName === 'MARK') target.append(element('mark', undefined, node.textContent ?? ''));
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

/** Wires the search form to Pagefind, keeps the query in the URL and announces result counts. */
export function setupSearchPage(root: Document) {
  const form = root.querySelector<HTMLFormElement>('form.search-page');
  const input = root.querySelector<HTMLInputElement>('#search-q');
  const status = root.querySelector<HTMLElement>('#search-status');
  const list = root.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !status || !list) return;
  const base = form.dataset.pagefindBase ?? '/';
  let pagefind: Pagefind | undefined;
  let latest = 0;

  input.value = readParam('q') ?? '';
  const type = readParam('type') ?? '';
  const radio = form.querySelector<HTMLInputElement>(`input[name=type][value="${CSS.escape(type)}"]`);
  if (radio) radio.checked = true;

  async function run() {
    const term = input!.value.trim();
    const filter = new FormData(form!).get('type')?.toString() ?? '';
    writeParams({ q: term || null, type: filter || null }, 'move');
    list!.textContent = '';
    if (!term) {
      status!.textContent = 'Type a word to search the chapters, glossary and exercises.';
      return;
    }
    const ticket = ++latest;
    status!.textContent = 'Searching…';
    try {
      pagefind ??= (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: base });
      const search = await pagefind.search(term, filter ? { filters: { type: filter } } : undefined);
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== latest) return;
      list!.append(...data.map(renderResult));
      const n = search.results.length;
      status!.textContent = n === 0 ? `No results for “${term}”.` : `${n} ${n === 1 ? 'page' : 'pages'} found for “${term}”${n > MAX_RESULTS ? ` (showing the first ${MAX_RESULTS})` : ''}.`;
    } catch {
      status!.textContent = 'Search is not available here (the search index was not built). Browse the contents or the glossary instead.';
    }
  }

  let timer = 0;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 200);
  });
  form.addEventListener('change', run);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  run();
}
