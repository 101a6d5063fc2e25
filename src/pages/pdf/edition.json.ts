import type { APIRoute } from 'astro';
import { getChapters, chapterHref } from '~/lib/chapters';
import { BOOK_PDF, chapterPdf } from '~/lib/edition';
import { SITE } from '~/lib/site';
import { withBase } from '~/lib/url';

/**
 * /pdf/edition.json: what the PDF script (src/pdf/make-pdf.mjs) makes and from which pages — the book's
 * title and licence, its public address, the chapters in order with their PDF names, and the pages of
 * the front and back matter. Written at build time, so the PDF follows the site it is made from.
 */
export const GET: APIRoute = async ({ site }) => {
  const chapters = await getChapters();
  const edition = {
    title: SITE.title,
    tagline: SITE.tagline,
    licence: SITE.licence,
    /** The public address of the site (with the base): links to pages outside a PDF point here. */
    siteUrl: new URL(withBase('/'), site).href,
    base: import.meta.env.BASE_URL.replace(/\/?$/, '/'),
    builtAt: new Date().toISOString(),
    book: { file: BOOK_PDF },
    chapters: chapters.map((c) => ({ id: c.id, order: c.data.order, title: c.data.title, path: chapterHref(c), file: chapterPdf(c.id) })),
    pages: { about: withBase('/about/'), glossary: withBase('/glossary/'), bibliography: withBase('/bibliography/'), figures: withBase('/figures/') },
  };
  return new Response(JSON.stringify(edition, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
