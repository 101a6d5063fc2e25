// Phones first: at 320 and 390 px no page is wider than the screen (with its widgets hydrated), and the
// figures the widgets and the self-assessment report share keep every label inside the drawing and apart.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { encodeState, type AssessmentAnswerLevels } from '@evaluation';
import { embedPaths, sitemapPaths } from './site';

const WIDTHS = [320, 390];
// Answers that give the report a placed service and a triangle with a binding corner.
const answers: AssessmentAnswerLevels = { valueProposition: 4, authorisation: 2, sponsorship: 3, leadership: 4, organisation: 3, evidence: 4, involvement: 2, locus: 4, purpose: 3 };

interface Box {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The drawn box of every label (a <text>) in an SVG figure, and the figure's own box. */
async function labelBoxes(figure: Locator): Promise<{ frame: Box; labels: Box[] }> {
  return figure.evaluate((svg) => {
    const box = (el: Element, text: string) => {
      const r = el.getBoundingClientRect();
      return { text, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    return {
      frame: box(svg, 'figure'),
      labels: [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '').map((t) => box(t, t.textContent!.trim())),
    };
  });
}

function expectLegible({ frame, labels }: { frame: Box; labels: Box[] }, where: string) {
  const slack = 1;
  for (const l of labels) {
    expect(l.left, `${where}: “${l.text}” starts left of the figure`).toBeGreaterThanOrEqual(frame.left - slack);
    expect(l.right, `${where}: “${l.text}” runs past the figure's right edge`).toBeLessThanOrEqual(frame.right + slack);
    expect(l.top, `${where}: “${l.text}” starts above the figure`).toBeGreaterThanOrEqual(frame.top - slack);
    expect(l.bottom, `${where}: “${l.text}” runs below the figure`).toBeLessThanOrEqual(frame.bottom + slack);
  }
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!;
      const b = labels[j]!;
      const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
      expect(overlap, `${where}: “${a.text}” overlaps “${b.text}”`).toBe(false);
    }
  }
}

async function expectNoSideways(page: Page, where: string) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, `${where} is wider than the screen`).toBeLessThanOrEqual(width);
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('no page is wider than the screen, with every widget on it hydrated', async ({ page }) => {
      test.setTimeout(180_000);
      for (const path of [...sitemapPaths(), ...embedPaths()]) {
        await page.goto(path);
        // Widgets hydrate when visible: bring each into view and let it load.
        await page.evaluate(async () => {
          for (const island of document.querySelectorAll('astro-island')) {
            island.scrollIntoView();
            await new Promise((done) => requestAnimationFrame(() => done(null)));
          }
        });
        await page.waitForLoadState('networkidle');
        await expectNoSideways(page, path);
      }
    });

    test('the triangle widget’s labels stay inside its figure and apart', async ({ page }) => {
      await page.goto('/chapters/04-strategic-triangle/');
      const figure = page.locator('#triangle svg.triangle-figure');
      await figure.scrollIntoViewIfNeeded();
      expectLegible(await labelBoxes(figure), `triangle at ${width} px`);
      await expectNoSideways(page, 'Chapter 4');
    });

    test('the typology widget’s quadrant and axis labels stay inside its figure and apart', async ({ page }) => {
      await page.goto('/chapters/06-typology/');
      const figure = page.locator('#typology svg.quadrant-field');
      await figure.scrollIntoViewIfNeeded();
      expectLegible(await labelBoxes(figure), `quadrant field at ${width} px`);
      await expectNoSideways(page, 'Chapter 6');
    });

    test('the self-assessment report draws the same figures small, with no label overlapping another', async ({ page }) => {
      await page.goto(`/self-assessment/?a=${encodeState('assessment', { answers })}&s=Library`);
      await expect(page.locator('.sa-app')).toHaveAttribute('data-ready', 'true');
      const report = page.locator('.sa-report');
      await expect(report.locator('svg.quadrant-field')).toBeVisible();
      expectLegible(await labelBoxes(report.locator('svg.quadrant-field')), `report's quadrant field at ${width} px`);
      expectLegible(await labelBoxes(report.locator('svg.triangle-figure')), `report's triangle at ${width} px`);
      // The report keeps the source's orientation: involuntary involvement on top.
      const axisEnds = await report.locator('svg.quadrant-field text.axis-end').allTextContents();
      expect(axisEnds[0]).toBe('Involuntary');
      await expectNoSideways(page, 'The self-assessment report');
    });
  });
}
