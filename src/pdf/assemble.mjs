/**
 * Builds the PDF edition as one document from the site's own built pages, in the browser, before
 * Paged.js lays it out in pages (src/pdf/make-pdf.mjs drives it). The whole book: a title page, the
 * about page with the licence, contents, the list of figures and tables, every chapter, the model
 * answers as an appendix for lecturers, the glossary and the bibliography. A chapter: its own title
 * page, the chapter and its model answers. Only DOM APIs, so the unit tests run it in jsdom.
 */

/** Attributes that name other elements by id (a space-separated list). */
const IDREF_ATTRIBUTES = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'for', 'headers']);

/** What only makes sense on a screen: on-page contents, pager, BibTeX, copy and share controls, popovers, scripts. */
const WEB_ONLY = [
  '.toc', '.pager', '.cite-this details', '.heading-link', '.copy-status', 'template', 'script', 'noscript', 'style',
  '.pdf-links', '.term-tip', '.widget-tools', '.widget-status', '.widget-static-note', '.qc-actions', '.qc-feedback',
  // The mode balancer's copy of the source's Tables 1 and 2 would repeat in every chapter; Tables 7.1 and 7.2 restate them.
  '.mode-tables',
].join(', ');

/** Disclosures a printed page shows open: a widget's data table, the three waves side by side, hints. */
const OPEN_IN_PRINT = '.widget-table, .waves-table, .hint';

/** Exercise labels, as the exercise boxes print them. */
const ANSWER_LABEL = 'Answers explained';

const removeAll = (root, selector) => root.querySelectorAll(selector).forEach((el) => el.remove());

function unwrap(el) {
  el.replaceWith(...el.childNodes);
}

/** An empty span whose page number the print style fills in (Paged.js target-counter): not inside the link's ::after, which the site's print style blanks for `#` links. */
function pageRef(doc, target) {
  return element(doc, 'span', { class: 'page-ref', 'data-page-of': target });
}

function element(doc, tag, attributes = {}, children = []) {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/**
 * Prefixes every id inside `root` (so chapters that reuse ids, such as a widget's, stay distinct) and
 * every reference to one: idref attributes and `url(#…)` in SVG paint and style attributes. Links
 * are left to rewriteLinks, which knows which page they point to.
 */
export function prefixIds(root, prefix) {
  const ids = new Set([...root.querySelectorAll('[id]')].map((el) => el.id));
  const rename = (id) => (ids.has(id) ? `${prefix}${id}` : id);
  for (const el of root.querySelectorAll('*')) {
    for (const attribute of [...el.attributes]) {
      if (attribute.name === 'id') attribute.value = rename(attribute.value);
      else if (IDREF_ATTRIBUTES.has(attribute.name)) attribute.value = attribute.value.split(/\s+/).filter(Boolean).map(rename).join(' ');
      else if (attribute.value.includes('url(#')) attribute.value = attribute.value.replace(/url\(#([^)]+)\)/g, (_m, id) => `url(#${rename(id)})`);
    }
  }
}

/**
 * Where a link of the site goes in a PDF: a page that is part of the PDF becomes an internal link
 * (`#c4-…`), any other page of the site (the model, the self-assessment, a widget set-up with its
 * state) the public website, and other websites stay as they are.
 * `sections` maps a page's path (with the base) to its section in the PDF: `{ id, prefix }`.
 */
export function linkResolver({ origin, base, siteUrl, sections }) {
  return (url) => {
    if (url.origin !== origin) return url.href;
    const section = sections.get(url.pathname);
    if (section && !url.search) return url.hash ? `#${section.prefix}${decodeURIComponent(url.hash.slice(1))}` : `#${section.id}`;
    const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname.replace(/^\//, '');
    return new URL(`${path}${url.search}${url.hash}`, siteUrl).href;
  };
}

/** Rewrites every link in `root`, read relative to `pageUrl`, with `resolve` (see linkResolver). */
export function rewriteLinks(root, pageUrl, resolve) {
  for (const a of root.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (/^(?:mailto|tel):/.test(href)) continue;
    a.setAttribute('href', resolve(new URL(href, pageUrl)));
    a.removeAttribute('data-copy-link');
  }
}

/**
 * Turns a disclosure that print shows open into a plain block with its summary as a label: on paper
 * there is nothing to disclose, and a <details> split across pages would start its second page with
 * a stray "Details" label. Classes stay, so the page's styles still apply.
 */
function openForPrint(details) {
  const doc = details.ownerDocument;
  const summary = details.querySelector(':scope > summary');
  const block = element(doc, 'div', { class: `${details.getAttribute('class') ?? ''} print-open` }, [...details.childNodes]);
  if (summary) summary.replaceWith(element(doc, 'p', { class: `${summary.getAttribute('class') ?? ''} print-summary` }, [...summary.childNodes]));
  if (details.id) block.id = details.id;
  details.replaceWith(block);
}

/** Strips the screen-only parts of a page's content, unwraps islands (their server-rendered HTML is the starting state) and opens what print shows. */
export function preparePage(root) {
  removeAll(root, WEB_ONLY);
  root.querySelectorAll('astro-island, astro-slot, astro-static-slot').forEach(unwrap);
  root.querySelectorAll(`details:is(${OPEN_IN_PRINT})`).forEach(openForPrint);
  // The glossary popovers are gone, so the links describe nothing.
  root.querySelectorAll('[aria-describedby]').forEach((el) => {
    if (!el.getAttribute('aria-describedby').split(/\s+/).some((id) => root.querySelector(`[id="${id}"]`))) el.removeAttribute('aria-describedby');
  });
  root.querySelectorAll('[data-pagefind-body], [data-pagefind-meta], [data-pagefind-ignore]').forEach((el) => {
    el.removeAttribute('data-pagefind-body');
    el.removeAttribute('data-pagefind-meta');
    el.removeAttribute('data-pagefind-ignore');
  });
}

/**
 * Moves each exercise's model answer and quick-check explanations out of the chapter into entries for
 * the lecturers' appendix, leaving a pointer (with its page number, from the print style) in the
 * exercise. Run after ids and links are rewritten: the pointers are internal links already.
 */
export function extractAnswers(root, { order }) {
  const doc = root.ownerDocument;
  const entries = [];
  for (const exercise of root.querySelectorAll('.exercise')) {
    const blocks = [...exercise.querySelectorAll('.qc-explanations, .model-answer')];
    if (blocks.length === 0) continue;
    const id = `answer-${exercise.id}`;
    const title = exercise.querySelector('.exercise-title')?.textContent?.trim() ?? '';
    const kind = exercise.querySelector('.eyebrow')?.textContent?.trim() ?? '';
    const entry = element(doc, 'section', { class: 'answer', id }, [
      element(doc, 'h3', { class: 'answer-title' }, [element(doc, 'a', { href: `#${exercise.id}` }, [title])]),
      element(doc, 'p', { class: 'answer-meta' }, [`${kind}, chapter ${order}, page `, pageRef(doc, `#${exercise.id}`)]),
    ]);
    const labels = [];
    for (const block of blocks) {
      const label = block.matches('.model-answer') ? (block.querySelector('summary')?.textContent?.trim() ?? 'Model answer') : ANSWER_LABEL;
      if (!labels.includes(label)) labels.push(label);
      const question = block.closest('.quick-check')?.querySelector('legend')?.textContent?.trim();
      block.querySelector(':scope > summary')?.remove();
      entry.append(element(doc, 'div', { class: 'answer-block' }, [
        element(doc, 'p', { class: 'answer-label' }, [question ? `${label}: ${question}` : label]),
        ...block.childNodes,
      ]));
      block.remove();
    }
    exercise.querySelector('.exercise-body')?.append(
      element(doc, 'p', { class: 'answer-pointer' }, [`${labels.map((l, i) => (i === 0 ? l : l.charAt(0).toLowerCase() + l.slice(1))).join(' and ')}: `, element(doc, 'a', { href: `#${id}` }, ['Appendix A']), ', page ', pageRef(doc, `#${id}`)]),
    );
    entries.push(entry);
  }
  return entries;
}

/** The chapter's article from its page, ready for print: ids prefixed, links resolved, answers taken out. */
export function prepareChapter(article, { order, title, prefix, pageUrl, resolve }) {
  preparePage(article);
  const eyebrow = article.querySelector('.chapter-header .eyebrow');
  if (eyebrow) eyebrow.textContent = `Chapter ${order}`;
  const heading = article.querySelector('h1');
  heading?.setAttribute('data-running-head', `${order} · ${title}`);
  prefixIds(article, prefix);
  rewriteLinks(article, pageUrl, resolve);
  const answers = extractAnswers(article, { order });
  return { article, answers };
}

/** A back-matter page (glossary, bibliography, about) from its page's <main>, as a section of the PDF. */
export function prepareBackMatter(main, { id, prefix, pageUrl, resolve, runningHead }) {
  const doc = main.ownerDocument;
  preparePage(main);
  removeAll(main, 'nav');
  prefixIds(main, prefix);
  rewriteLinks(main, pageUrl, resolve);
  main.querySelector('h1')?.setAttribute('data-running-head', runningHead);
  return element(doc, 'section', { class: 'back-matter', id }, [...main.childNodes]);
}

/** The contents: front matter, each chapter with its sections (h2 of the body), back matter; page numbers come from the print style. */
export function buildContents(doc, { front, chapters, back }) {
  const item = (href, text, className, children = []) =>
    element(doc, 'li', { class: className }, [element(doc, 'a', { href }, [element(doc, 'span', { class: 'toc-text' }, [text]), pageRef(doc, href)]), ...children]);
  const list = element(doc, 'ol', { class: 'toc-list' }, [
    ...front.map((f) => item(`#${f.id}`, f.title, 'toc-front')),
    ...chapters.map((c) =>
      item(`#${c.id}`, `${c.order}. ${c.title}`, 'toc-chapter', [
        element(doc, 'ol', { class: 'toc-sections' }, [...c.article.querySelectorAll('.chapter-body h2[id]')].map((h) => item(`#${h.id}`, h.textContent.trim(), 'toc-section'))),
      ]),
    ),
    ...back.map((b) => item(`#${b.id}`, b.title, 'toc-back')),
  ]);
  return element(doc, 'nav', { class: 'pdf-contents', id: 'contents', 'aria-labelledby': 'contents-title' }, [
    element(doc, 'h1', { id: 'contents-title', 'data-running-head': 'Contents' }, ['Contents']),
    list,
  ]);
}

/** The list of figures and tables, from the numbered figures of the assembled chapters themselves. */
export function buildFigureList(doc, root, { id }) {
  const floats = [...root.querySelectorAll('figure.float')];
  const list = (kind) =>
    element(doc, 'ol', { class: 'lof-list' }, floats.filter((f) => f.classList.contains(`float-${kind}`)).map((f) => {
      const caption = f.querySelector(':scope > figcaption')?.cloneNode(true);
      caption?.querySelector('.float-label')?.remove();
      return element(doc, 'li', {}, [
        element(doc, 'a', { href: `#${f.id}` }, [
          element(doc, 'span', { class: 'lof-label' }, [f.dataset.floatLabel ?? '']),
          ' ',
          element(doc, 'span', { class: 'lof-caption' }, [caption?.textContent?.trim() ?? '']),
          pageRef(doc, `#${f.id}`),
        ]),
      ]);
    }));
  const count = (kind) => {
    const n = floats.filter((f) => f.classList.contains(`float-${kind}`)).length;
    return `${n} ${kind}${n === 1 ? '' : 's'}`;
  };
  return element(doc, 'section', { class: 'figure-list', id }, [
    element(doc, 'h1', { 'data-running-head': 'Figures and tables' }, ['Figures and tables']),
    element(doc, 'p', { class: 'muted' }, [`${count('figure')} and ${count('table')}. Figures are the book's widgets and interactive figures, printed in their starting state.`]),
    element(doc, 'h2', {}, ['Figures']),
    list('figure'),
    element(doc, 'h2', {}, ['Tables']),
    list('table'),
  ]);
}

/** The lecturers' appendix: the model answers and quick-check explanations, chapter by chapter. */
export function buildAnswers(doc, chapters, { id }) {
  return element(doc, 'section', { class: 'appendix', id }, [
    element(doc, 'h1', { 'data-running-head': 'Appendix A · Model answers' }, ['Appendix A. Model answers for lecturers']),
    element(doc, 'p', { class: 'muted' }, [
      'The explanations of every quick check and the model answers (outlines for essays) of the exercises, kept apart so that a printed chapter can be set as work. Each links back to its exercise.',
    ]),
    ...chapters.filter((c) => c.answers.length > 0).flatMap((c) => [element(doc, 'h2', {}, [`Chapter ${c.order}. ${c.title}`]), ...c.answers]),
  ]);
}

/** The title page and the page after it: title, tagline, edition, and the about page with the licence. */
export function buildTitlePages(doc, edition, { subtitle, about, generatedOn }) {
  const title = element(doc, 'section', { class: 'title-page', id: 'title' }, [
    element(doc, 'p', { class: 'title-eyebrow' }, ['An explorable open textbook']),
    element(doc, 'h1', { class: 'book-title' }, [edition.title]),
    element(doc, 'p', { class: 'book-tagline' }, [subtitle ?? edition.tagline]),
    element(doc, 'p', { class: 'book-edition' }, [
      `PDF edition, ${generatedOn}, printed from the website `,
      element(doc, 'a', { href: edition.siteUrl }, [edition.siteUrl]),
    ]),
  ]);
  const notes = element(doc, 'section', { class: 'edition-notes', id: 'about-edition' }, [
    ...(about ? [about] : []),
    element(doc, 'h2', {}, ['This PDF edition']),
    element(doc, 'p', {}, [
      'The website is the book’s primary form. In this edition every widget is printed in its starting state as a numbered figure, with the model’s description of that state and its data table; open the website to change it. Links to other parts of the book go to their pages here; links to the model, the self-assessment and widget set-ups go to the website. The explanations of the quick checks and the model answers to the exercises are in Appendix A, for lecturers.',
    ]),
    element(doc, 'p', {}, [`${edition.title}. ${edition.licence}`]),
  ]);
  return [title, notes];
}

/** A compact masthead for a chapter's own PDF: where it comes from, when, and its licence. */
function buildMasthead(doc, edition, chapter, generatedOn) {
  const url = new URL(chapter.path.slice(edition.base.length), edition.siteUrl).href;
  return element(doc, 'section', { class: 'chapter-masthead', id: 'title' }, [
    element(doc, 'p', {}, [element(doc, 'strong', {}, [edition.title]), `: ${edition.tagline}.`]),
    element(doc, 'p', {}, [`Chapter ${chapter.order} as a PDF, ${generatedOn}, printed from `, element(doc, 'a', { href: url }, [url]), `. ${edition.licence}`]),
  ]);
}

const stylesheets = new Map();

/** A linked stylesheet's text, fetched once for all the pages that link it. */
function loadStylesheet(href) {
  if (!stylesheets.has(href)) {
    stylesheets.set(href, fetch(href).then((response) => {
      if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
      return response.text();
    }));
  }
  return stylesheets.get(href);
}

/**
 * Assembles the whole book, or the chapter `chapterId`, into `doc.body` from the pages of the site it
 * is served from, and brings the pages' styles along, linked and inlined (marked for Paged.js to leave alone: they
 * are applied as they are, under print media). `edition` is /pdf/edition.json.
 */
export async function assembleEdition(doc, { edition, chapterId, generatedOn }) {
  const origin = doc.location.origin;
  const parser = new DOMParser();
  const styles = new Set();
  const load = async (path) => {
    const response = await fetch(path);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    const page = parser.parseFromString(await response.text(), 'text/html');
    // In document order: the shared stylesheet (linked) comes before the page's own (inlined) styles.
    for (const style of page.querySelectorAll('head style, head link[rel="stylesheet"]')) {
      if (style.localName === 'style') styles.add(style.textContent ?? '');
      else styles.add(await loadStylesheet(new URL(style.getAttribute('href') ?? '', new URL(path, origin)).href));
    }
    return page;
  };
  const chapters = chapterId ? edition.chapters.filter((c) => c.id === chapterId) : edition.chapters;
  if (chapters.length === 0) throw new Error(`No chapter "${chapterId}" in the edition`);
  const sections = new Map(chapters.map((c) => [c.path, { id: `c${c.order}`, prefix: `c${c.order}-` }]));
  const back = chapterId ? [] : [
    { path: edition.pages.glossary, id: 'glossary', title: 'Glossary' },
    { path: edition.pages.bibliography, id: 'bibliography', title: 'Bibliography' },
  ];
  for (const b of back) sections.set(b.path, { id: b.id, prefix: `${b.id}-` });
  if (!chapterId) sections.set(edition.pages.figures, { id: 'figures', prefix: 'figures-' });
  const resolve = linkResolver({ origin, base: edition.base, siteUrl: edition.siteUrl, sections });

  const prepared = [];
  for (const chapter of chapters) {
    const page = await load(chapter.path);
    const article = page.querySelector('article.chapter');
    if (!article) throw new Error(`${chapter.path}: no article.chapter`);
    const { id, prefix } = sections.get(chapter.path);
    const { answers } = prepareChapter(article, { ...chapter, prefix, pageUrl: new URL(chapter.path, origin), resolve });
    prepared.push({ ...chapter, id, answers, article: element(doc, 'section', { class: 'pdf-chapter', id }, [article]) });
  }
  const answers = buildAnswers(doc, prepared, { id: 'answers' });
  const backMatter = [];
  for (const b of back) {
    const page = await load(b.path);
    backMatter.push(prepareBackMatter(page.querySelector('main'), { id: b.id, prefix: `${b.id}-`, pageUrl: new URL(b.path, origin), resolve, runningHead: b.title }));
  }

  const body = [];
  if (chapterId) {
    body.push(buildMasthead(doc, edition, chapters[0], generatedOn), ...prepared.map((c) => c.article), answers);
  } else {
    const aboutPage = await load(edition.pages.about);
    const aboutMain = aboutPage.querySelector('main');
    aboutMain.querySelector('#privacy')?.nextElementSibling?.remove();
    aboutMain.querySelector('#privacy')?.remove();
    const about = prepareBackMatter(aboutMain, { id: 'about', prefix: 'about-', pageUrl: new URL(edition.pages.about, origin), resolve, runningHead: '' });
    const chaptersRoot = element(doc, 'div', {}, prepared.map((c) => c.article));
    const figures = buildFigureList(doc, chaptersRoot, { id: 'figures' });
    const contents = buildContents(doc, {
      front: [{ id: 'figures', title: 'Figures and tables' }],
      chapters: prepared,
      back: [{ id: 'answers', title: 'Appendix A. Model answers for lecturers' }, ...back],
    });
    body.push(...buildTitlePages(doc, edition, { about, generatedOn }), contents, figures, ...chaptersRoot.childNodes, answers, ...backMatter);
  }
  doc.body.append(...body);
  doc.head.prepend(...[...styles].map((css) => element(doc, 'style', { 'data-pagedjs-ignore': '' }, [css])));
  return { chapters: prepared.map((c) => c.id), figures: doc.querySelectorAll('figure.float').length };
}
