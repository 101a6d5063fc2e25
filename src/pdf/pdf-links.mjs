import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The inert links the build leaves in a page (src/layouts/PdfLinks.astro), until the PDFs exist. */
const PENDING = /<template data-pdf-links="pending">([\s\S]*?)<\/template>/;

/** The place beside a link where a PDF's pages and size go. */
const META = /(<span[^>]*? data-pdf-meta="([^"]+)"[^>]*>)[^<]*(<\/span>)/g;

/** "4.1 MB", "820 KB". */
export function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * Shows the PDF links in one page's HTML: unwraps each pending template whose PDFs (`data-pdf`) are
 * all in `files` (name → { pages, bytes }), making their `data-pdf-href` the links' `href`, and writes
 * each PDF's pages and size beside its link, again on a later run. A template naming a missing PDF
 * stays inert.
 */
export function showPdfLinks(html, files) {
  const fill = (part) =>
    part.replace(META, (whole, open, file, close) => {
      const pdf = files.get(file);
      return pdf ? `${open}(${pdf.pages} pages, ${formatBytes(pdf.bytes)})${close}` : whole;
    });
  // Split keeps each pending template as an odd-numbered part: unwrapped when its PDFs exist, else left whole.
  return html
    .split(PENDING)
    .map((part, i) => {
      if (i % 2 === 0) return fill(part);
      const named = [...part.matchAll(/data-pdf="([^"]+)"/g)].map(([, file]) => file);
      return named.every((file) => files.has(file)) ? fill(part.replace(/ data-pdf-href="/g, ' href="')) : `<template data-pdf-links="pending">${part}</template>`;
    })
    .join('');
}

/** Applies showPdfLinks to every HTML page of the built site in `dist`; returns the paths of the pages it changed. */
export function enablePdfLinks(dist, files) {
  const changed = [];
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8');
        if (!html.includes('data-pdf-links')) continue;
        const updated = showPdfLinks(html, files);
        if (updated !== html) {
          writeFileSync(path, updated);
          changed.push(path);
        }
      }
    }
  };
  visit(dist);
  return changed;
}
