// The PDF edition (npm run pdf, after the build): the whole book and each chapter, read back as text.
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const pdfDir = join(dist, 'pdf');

interface Edition {
  book: { file: string };
  chapters: { id: string; order: number; title: string; path: string; file: string }[];
}
interface Manifest {
  files: { file: string; pages: number; bytes: number }[];
}

function readJson<T>(file: string): T {
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site and run \`npm run pdf\` (it needs Chromium) first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

const edition = readJson<Edition>(join(pdfDir, 'edition.json'));

/** The list of figures and tables as the site prints it: label ("Figure 4.1") and caption, by chapter slug. */
function siteFloats(): { chapter: string; label: string; caption: string }[] {
  const html = readFileSync(join(dist, 'figures', 'index.html'), 'utf8');
  const decode = (text: string) => text.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...html.matchAll(/<li data-float="[^"]+"[^>]*><a href="[^"]*\/chapters\/([^/]+)\/#[^"]+"[^>]*>([^<]+)<\/a>\s*<span class="float-caption"[^>]*>([\s\S]*?)<\/span>/g)].map((m) => ({
    chapter: m[1]!,
    label: m[2]!.trim(),
    caption: decode(m[3]!).trim(),
  }));
}

/** Without spaces or case: text extraction joins lines and spans its own way, and print sets some labels in capitals. */
const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

interface PageText {
  /** Everything on the page. */
  all: string;
  /** Only the running head (the top margin). */
  head: string;
  /** Without the margins (running head, page number). */
  body: string;
}

/** Each page's text, split into the top margin, the page body and the rest, by where it sits on the page. */
async function pageTexts(pdf: PDFDocumentProxy): Promise<PageText[]> {
  const pages: PageText[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const height = page.getViewport({ scale: 1 }).height;
    const { items } = await page.getTextContent();
    const text = { all: '', head: '', body: '' };
    for (const item of items) {
      if (!('str' in item)) continue;
      const y = item.transform[5] as number;
      const piece = item.str + (item.hasEOL ? ' ' : '');
      text.all += piece;
      // The page's margins are 22 mm at the top and 24 mm at the bottom (src/pdf/book.css).
      if (y > height - 62) text.head += piece;
      else if (y > 68) text.body += piece;
    }
    pages.push(text);
  }
  return pages;
}

async function open(file: string): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(readFileSync(join(pdfDir, file))), verbosity: 0 }).promise;
}

test.describe('the PDF edition', () => {
  test('the PDF step made the whole book and every chapter, and the home and chapter pages link them', async ({ page, request }) => {
    const manifest = readJson<Manifest>(join(pdfDir, 'manifest.json'));
    expect(manifest.files.map((f) => f.file).sort()).toEqual([edition.book.file, ...edition.chapters.map((c) => c.file)].sort());

    await page.goto('/');
    const book = page.locator('.pdf-links a', { hasText: 'The whole book' });
    await expect(book).toHaveAttribute('href', `/pdf/${edition.book.file}`);
    await expect(page.locator('.pdf-links')).toContainText(/The whole book \(\d+ pages, [\d.]+ MB\)/);
    const response = await request.get(`/pdf/${edition.book.file}`);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');

    const chapter = edition.chapters[3]!;
    await page.goto(chapter.path);
    await expect(page.locator('.pdf-links a', { hasText: 'This chapter' })).toHaveAttribute('href', `/pdf/${chapter.file}`);
    await expect(page.locator('.pdf-links a', { hasText: 'The whole book' })).toHaveAttribute('href', `/pdf/${edition.book.file}`);
  });

  test('the whole book: a sensible length, selectable text, no blank page, contents with right page numbers and working links, running heads, every figure and table', async () => {
    test.setTimeout(120_000);
    const pdf = await open(edition.book.file);
    expect(pdf.numPages).toBeGreaterThanOrEqual(150);
    expect(pdf.numPages).toBeLessThanOrEqual(400);
    const pages = await pageTexts(pdf);

    // Selectable text, and no page without content of its own (a page with only its number is blank).
    expect(squash(pages.map((p) => p.all).join(''))).toContain(squash('Why public value?'));
    const blank = pages.flatMap((p, i) => (p.body.trim() === '' ? [i + 1] : []));
    expect(blank).toEqual([]);

    // The contents list every chapter, and each number is the page the chapter opens on.
    const contentsAt = pages.findIndex((p) => p.body.trim().startsWith('Contents'));
    expect(contentsAt).toBeGreaterThan(0);
    const contents = pages.slice(contentsAt, contentsAt + 4).map((p) => p.body).join(' ');
    for (const chapter of edition.chapters) {
      const entry = new RegExp(`${chapter.order}\\. ${chapter.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(\\d+)`).exec(contents);
      expect(entry, `contents entry for chapter ${chapter.order}`).not.toBeNull();
      const opening = pages[Number(entry![1]) - 1]!;
      expect(squash(opening.body), `chapter ${chapter.order} opens on page ${entry![1]}`).toContain(squash(`Chapter ${chapter.order}${chapter.title}`));
      // Running heads: the page after the opening carries the chapter's.
      expect(squash(pages[Number(entry![1])]!.head)).toBe(squash(`${chapter.order} · ${chapter.title}`));
    }

    // The contents' entries are links inside the PDF, to the pages they name.
    const links = (await (await pdf.getPage(contentsAt + 1)).getAnnotations()).filter((a) => a.subtype === 'Link' && a.dest);
    expect(links.length).toBeGreaterThanOrEqual(edition.chapters.length);
    for (const link of links.slice(0, 12)) {
      const dest = typeof link.dest === 'string' ? await pdf.getDestination(link.dest) : link.dest;
      const target = (await pdf.getPageIndex(dest![0])) + 1;
      expect(target).toBeGreaterThan(contentsAt + 1);
    }

    // Every numbered figure and table of the site, with its caption.
    const floats = siteFloats();
    expect(floats.length).toBeGreaterThanOrEqual(30);
    const text = squash(pages.map((p) => p.body).join(''));
    for (const { label, caption } of floats) expect(text, label).toContain(squash(`${label}. ${caption}`));
    expect(text).toContain(squash('Appendix A. Model answers for lecturers'));
  });

  test('each chapter: its own short PDF, with its figures and tables and its model answers', async () => {
    test.setTimeout(120_000);
    const floats = siteFloats();
    for (const chapter of edition.chapters) {
      const pdf = await open(chapter.file);
      expect(pdf.numPages, chapter.file).toBeGreaterThanOrEqual(8);
      expect(pdf.numPages, chapter.file).toBeLessThanOrEqual(40);
      const pages = await pageTexts(pdf);
      expect(squash(pages[0]!.body), chapter.file).toContain(squash(`Chapter ${chapter.order}${chapter.title}`));
      const text = squash(pages.map((p) => p.body).join(''));
      for (const { label, caption } of floats.filter((f) => f.chapter === chapter.id)) expect(text, `${chapter.file}: ${label}`).toContain(squash(`${label}. ${caption}`));
      expect(text, chapter.file).toContain(squash('Appendix A. Model answers for lecturers'));
    }
  });
});
