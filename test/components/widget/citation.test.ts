// "Cite this configuration": APA and BibTeX naming the book, the figure, the model version and the link.
import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '@evaluation';
import { citeConfiguration } from '@components/widget/citation';

const url = 'https://public-value.example.org/chapters/07-modes-of-production/?modes=v2.m.2-1-0.recycling-collection.70-0-30-0#modes';
const input = { title: 'Mode balancer', figureLabel: null, url, year: '2026', accessed: new Date('2026-11-29T23:30:00Z'), id: 'modes' };

describe('citeConfiguration()', () => {
  it('gives an APA reference with the book, the figure, the model version, the retrieval date and the link', () => {
    expect(citeConfiguration(input).apa).toBe(
      `Public Value & Co-production. (2026). Mode balancer [Interactive figure; model version ${MODEL_VERSION}]. In Public Value & Co-production: An explorable textbook. Retrieved November 29, 2026, from ${url}`,
    );
  });

  it('names the figure by its number when the page gives one', () => {
    const { apa, bibtex } = citeConfiguration({ ...input, figureLabel: 'Figure 7.2' });
    expect(apa).toContain('(2026). Figure 7.2: Mode balancer [Interactive figure;');
    expect(bibtex).toContain('title        = {{Figure 7.2: Mode balancer}},');
  });

  it('gives a BibTeX entry with TeX’s special characters escaped and the link verbatim', () => {
    const { bibtex } = citeConfiguration({ ...input, title: 'Share of 50% & more_{x}', id: 'modes 2!' });
    const key = `pvc-modes2-${MODEL_VERSION.replaceAll('.', '-')}`;
    expect(bibtex.split('\n')).toEqual([
      `@misc{${key},`,
      '  author       = {{Public Value \\& Co-production}},',
      '  title        = {{Share of 50\\% \\& more\\_x}},',
      '  howpublished = {Interactive figure in \\emph{Public Value \\& Co-production: An explorable textbook}},',
      '  year         = {2026},',
      `  note         = {Model version ${MODEL_VERSION}. Accessed 2026-11-29. CC BY 4.0},`,
      `  url          = {${url}},`,
      '}',
    ]);
  });
});
