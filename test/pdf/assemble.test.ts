// @vitest-environment jsdom
// The PDF edition's assembly from the site's pages: ids kept distinct, links resolved, answers moved to the appendix.
import { describe, expect, it } from 'vitest';
import {
  buildContents,
  buildFigureList,
  extractAnswers,
  linkResolver,
  prefixIds,
  preparePage,
} from '../../src/pdf/assemble.mjs';

function fragment(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('prefixIds()', () => {
  it('prefixes ids and every reference to them: idrefs and url(#…), leaving references to ids elsewhere alone', () => {
    const root = fragment(`
      <section id="modes" aria-labelledby="modes-title other-page-id">
        <h3 id="modes-title">Mode balancer</h3>
        <label for="modes-share">Share</label><input id="modes-share">
        <svg><defs><pattern id="hatch"></pattern></defs><rect fill="url(#hatch)" style="stroke: url(#hatch)"></rect><rect fill="url(#elsewhere)"></rect></svg>
      </section>`);
    prefixIds(root, 'c7-');
    expect(root.querySelector('section')!.id).toBe('c7-modes');
    expect(root.querySelector('section')!.getAttribute('aria-labelledby')).toBe('c7-modes-title other-page-id');
    expect(root.querySelector('label')!.getAttribute('for')).toBe('c7-modes-share');
    const [hatched, other] = root.querySelectorAll('rect');
    expect([hatched!.getAttribute('fill'), hatched!.getAttribute('style'), other!.getAttribute('fill')]).toEqual(['url(#c7-hatch)', 'stroke: url(#c7-hatch)', 'url(#elsewhere)']);
  });
});

describe('linkResolver()', () => {
  const resolve = linkResolver({
    origin: 'http://localhost:4000',
    base: '/book/',
    siteUrl: 'https://example.org/book/',
    sections: new Map([
      ['/book/chapters/04-strategic-triangle/', { id: 'c4', prefix: 'c4-' }],
      ['/book/chapters/07-modes-of-production/', { id: 'c7', prefix: 'c7-' }],
      ['/book/glossary/', { id: 'glossary', prefix: 'glossary-' }],
    ]),
  });
  const page = 'http://localhost:4000/book/chapters/04-strategic-triangle/';

  it.each([
    ['#fig-triangle-thin-support', '#c4-fig-triangle-thin-support'],
    ['/book/chapters/07-modes-of-production/#tab-modes-resources', '#c7-tab-modes-resources'],
    ['/book/chapters/07-modes-of-production/', '#c7'],
    ['/book/glossary/#public-value', '#glossary-public-value'],
    // A page the PDF does not hold, and a widget set-up whose state is in the address, open on the website.
    ['/book/model/', 'https://example.org/book/model/'],
    ['/book/chapters/04-strategic-triangle/?modes=v1.abc#modes', 'https://example.org/book/chapters/04-strategic-triangle/?modes=v1.abc#modes'],
    ['https://doi.org/10.1080/14494035.2018.1521676', 'https://doi.org/10.1080/14494035.2018.1521676'],
  ])('sends %s to %s', (href, expected) => {
    expect(resolve(new URL(href, page))).toBe(expected);
  });
});

describe('preparePage()', () => {
  it('removes what only works on screen, unwraps islands, and prints data tables and hints open with their summary as a label', () => {
    const root = fragment(`
      <nav class="toc">On this page</nav>
      <template data-pdf-links="pending"><p class="pdf-links">PDF</p></template>
      <astro-island><section class="widget"><div class="widget-tools">Copy link</div>
        <details class="widget-table svelte-x"><summary>Data table</summary><table><tr><td>1</td></tr></table></details></section></astro-island>
      <details class="hint"><summary>Hint 1 of 1</summary><p>Look at the axes.</p></details>
      <details class="model-answer"><summary>Model answer</summary><p>Kept for the appendix.</p></details>
      <p><span class="term"><a class="term-link" href="/glossary/#x" aria-describedby="tip">x</a><span class="term-tip" id="tip">Definition</span></span></p>`);
    preparePage(root);
    expect(root.querySelector('.toc, template, .pdf-links, astro-island, .widget-tools, .term-tip')).toBeNull();
    const table = root.querySelector('.widget-table')!;
    expect([table.tagName, table.className, table.querySelector('.print-summary')?.textContent, table.querySelector('table') !== null]).toEqual(['DIV', 'widget-table svelte-x print-open', 'Data table', true]);
    expect(root.querySelector('.hint')!.tagName).toBe('DIV');
    expect(root.querySelector('.model-answer')!.tagName).toBe('DETAILS');
    expect(root.querySelector('.term-link')!.hasAttribute('aria-describedby')).toBe(false);
  });
});

describe('extractAnswers()', () => {
  it('moves quick-check explanations and the model answer into an appendix entry, leaving a pointer that links to it', () => {
    const root = fragment(`
      <section class="exercise" id="c6-ch6-place">
        <p class="eyebrow">Exercise · Widget task</p><h3 class="exercise-title">Place a case</h3>
        <div class="exercise-body"><p>Task.</p>
          <quick-check class="quick-check"><fieldset><legend>Which quadrant?</legend></fieldset>
            <details class="qc-explanations"><summary>Answers explained</summary><ul><li>Correct: IV.</li></ul></details></quick-check>
          <details class="model-answer"><summary>Outline for lecturers</summary><p>The outline.</p></details>
        </div>
      </section>
      <section class="exercise" id="c6-ch6-none"><div class="exercise-body"><p>No answer given.</p></div></section>`);
    const [entry, ...rest] = extractAnswers(root, { order: 6 });
    expect(rest).toEqual([]);
    expect(entry!.id).toBe('answer-c6-ch6-place');
    expect(entry!.querySelector('.answer-title a')!.getAttribute('href')).toBe('#c6-ch6-place');
    expect([...entry!.querySelectorAll('.answer-label')].map((l) => l.textContent)).toEqual(['Answers explained: Which quadrant?', 'Outline for lecturers']);
    expect(entry!.textContent).toContain('Correct: IV.');
    expect(entry!.textContent).toContain('The outline.');
    expect(root.querySelector('.qc-explanations, .model-answer')).toBeNull();
    const pointer = root.querySelector('#c6-ch6-place .answer-pointer')!;
    expect(pointer.textContent).toBe('Answers explained and outline for lecturers: Appendix A, page ');
    expect(pointer.querySelector('a')!.getAttribute('href')).toBe('#answer-c6-ch6-place');
    expect(pointer.querySelector('.page-ref')!.getAttribute('data-page-of')).toBe('#answer-c6-ch6-place');
  });
});

describe('buildContents() and buildFigureList()', () => {
  const chapters = fragment(`
    <section class="pdf-chapter" id="c1"><article><section class="box"><h2 id="c1-objectives">Learning objectives</h2></section>
      <div class="chapter-body"><h2 id="c1-the-puzzle">The puzzle</h2>
        <figure class="float float-figure" id="c1-fig-modes" data-float-label="Figure 1.1"><div>widget</div><figcaption><span class="float-label">Figure 1.1.</span> <span>The balancer.</span></figcaption></figure>
        <figure class="float float-table" id="c1-tab-waves" data-float-label="Table 1.1"><figcaption><span class="float-label">Table 1.1.</span> <span>Three waves.</span></figcaption><table></table></figure>
        <h2 id="c1-exercises">Exercises</h2></div></article></section>`);

  it('lists each chapter with the sections of its body, and the front and back matter, each with a page reference', () => {
    const nav = buildContents(document, {
      front: [{ id: 'figures', title: 'Figures and tables' }],
      chapters: [{ id: 'c1', order: 1, title: 'Why public value?', article: chapters.querySelector('#c1')! }],
      back: [{ id: 'glossary', title: 'Glossary' }],
    });
    const entries = [...nav.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.querySelector('.toc-text')!.textContent, a.querySelector('.page-ref')!.getAttribute('data-page-of')]);
    expect(entries).toEqual([
      ['#figures', 'Figures and tables', '#figures'],
      ['#c1', '1. Why public value?', '#c1'],
      ['#c1-the-puzzle', 'The puzzle', '#c1-the-puzzle'],
      ['#c1-exercises', 'Exercises', '#c1-exercises'],
      ['#glossary', 'Glossary', '#glossary'],
    ]);
  });

  it('lists the numbered figures, then the tables, with their captions and page references', () => {
    const list = buildFigureList(document, chapters, { id: 'figures' });
    const items = [...list.querySelectorAll('li a')].map((a) => [a.getAttribute('href'), a.querySelector('.lof-label')!.textContent, a.querySelector('.lof-caption')!.textContent]);
    expect(items).toEqual([
      ['#c1-fig-modes', 'Figure 1.1', 'The balancer.'],
      ['#c1-tab-waves', 'Table 1.1', 'Three waves.'],
    ]);
    expect(list.querySelector('p')!.textContent).toMatch(/^1 figure and 1 table\./);
  });
});
