// The PDF links the build leaves inert appear only once every PDF they name exists.
import { describe, expect, it } from 'vitest';
import { formatBytes, showPdfLinks } from '../../src/pdf/pdf-links.mjs';

const page = `<header><h1>Chapter</h1><template data-pdf-links="pending">
  <p class="pdf-links"><a data-pdf-href="/pdf/04-x.pdf" data-pdf="04-x.pdf">This chapter</a> <span class="pdf-meta" data-pdf-meta="04-x.pdf"></span> · <a data-pdf-href="/pdf/book.pdf" data-pdf="book.pdf">The whole book</a> <span class="pdf-meta" data-pdf-meta="book.pdf"></span></p>
</template></header>`;

describe('showPdfLinks()', () => {
  it('unwraps the links when every PDF they name exists, giving them their addresses and each one’s pages and size', () => {
    const html = showPdfLinks(page, new Map([['04-x.pdf', { pages: 17, bytes: 611 * 1024 }], ['book.pdf', { pages: 237, bytes: 5.4 * 1024 * 1024 }]]));
    expect(html).not.toContain('<template');
    expect(html).toContain('<a href="/pdf/04-x.pdf" data-pdf="04-x.pdf">This chapter</a>');
    expect(html).not.toContain('data-pdf-href');
    expect(html).toContain('data-pdf-meta="04-x.pdf">(17 pages, 611 KB)</span>');
    expect(html).toContain('data-pdf-meta="book.pdf">(237 pages, 5.4 MB)</span>');
  });

  it('leaves the links inert, untouched and without an address, when a PDF they name is missing', () => {
    expect(showPdfLinks(page, new Map([['04-x.pdf', { pages: 17, bytes: 1000 }]]))).toBe(page);
  });

  it('updates the pages and sizes of links shown by an earlier run', () => {
    const first = showPdfLinks(page, new Map([['04-x.pdf', { pages: 17, bytes: 2048 }], ['book.pdf', { pages: 237, bytes: 2048 }]]));
    const second = showPdfLinks(first, new Map([['04-x.pdf', { pages: 18, bytes: 2048 }], ['book.pdf', { pages: 240, bytes: 2048 }]]));
    expect(second).toContain('(18 pages, 2 KB)');
    expect(second).toContain('(240 pages, 2 KB)');
    expect(second).not.toContain('17 pages');
  });
});

describe('formatBytes()', () => {
  it.each([[900, '1 KB'], [611 * 1024, '611 KB'], [5.44 * 1024 * 1024, '5.4 MB']])('%d bytes read as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
