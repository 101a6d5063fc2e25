// Phones first: at 320 and 390 px no page is wider than the screen (with its widgets hydrated), every label in
// every figure stays inside its drawing and apart from the others (on every page and embed, and on the widgets at
// widths up to a desktop's), a deep link jumps below the sticky header, touch screens get no "/" key hint, and
// "On this page" starts closed on a phone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { encodeState, type AssessmentAnswerLevels } from '@evaluation';
import { embedPaths, sitemapPaths } from './site';

const WIDTHS = [320, 390];
// Answers that give the report a placed service and a triangle with a binding corner.
const answers: AssessmentAnswerLevels = { valueProposition: 4, authorisation: 2, sponsorship: 3, leadership: 4, organisation: 3, evidence: 4, involvement: 2, locus: 4, purpose: 3 };
const REPORT = `/self-assessment/?a=${encodeState('assessment', { answers })}&s=Library`;

interface Box {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Drawing {
  frame: Box;
  labels: Box[];
}

/** The drawn box of every label (a <text>) in an SVG figure, and the figure's own box. */
async function labelBoxes(figure: Locator): Promise<Drawing> {
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

/** Every SVG a reader can see on the page with its visible labels (hidden and empty <text>s left out). */
async function visibleDrawings(page: Page): Promise<Drawing[]> {
  return page.evaluate(() => {
    const box = (el: Element, text: string) => {
      const r = el.getBoundingClientRect();
      return { text, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const seen = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getBoundingClientRect().width > 0;
    return [...document.querySelectorAll('svg')]
      .filter(seen)
      .map((svg) => ({
        frame: box(svg, 'figure'),
        labels: [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '' && seen(t)).map((t) => box(t, t.textContent!.trim())),
      }))
      .filter((drawing) => drawing.labels.length > 0);
  });
}

/** What is wrong with a drawing's labels: any that leave its box or overlap another (1 px of slack). */
function labelFaults({ frame, labels }: Drawing): string[] {
  const slack = 1;
  const faults: string[] = [];
  for (const l of labels) {
    if (l.left < frame.left - slack) faults.push(`“${l.text}” starts left of the figure`);
    if (l.right > frame.right + slack) faults.push(`“${l.text}” runs past the figure's right edge`);
    if (l.top < frame.top - slack) faults.push(`“${l.text}” starts above the figure`);
    if (l.bottom > frame.bottom + slack) faults.push(`“${l.text}” runs below the figure`);
  }
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!;
      const b = labels[j]!;
      if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack) faults.push(`“${a.text}” overlaps “${b.text}”`);
    }
  }
  return faults;
}

function expectLegible(drawing: Drawing, where: string) {
  expect(labelFaults(drawing), where).toEqual([]);
}

/** Checks every visible figure on the page; returns how many labels it checked. */
async function expectAllLegible(page: Page, where: string): Promise<number> {
  const drawings = await visibleDrawings(page);
  drawings.forEach((drawing, i) => expectLegible(drawing, `${where}, figure ${i + 1}`));
  return drawings.reduce((sum, drawing) => sum + drawing.labels.length, 0);
}

async function expectNoSideways(page: Page, where: string) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, `${where} is wider than the screen`).toBeLessThanOrEqual(width);
}

/** Brings every island into view so it hydrates, opens the mode balancer's value landscape where there is one, and waits for the page to settle. */
async function hydrateAll(page: Page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));
    for (const island of document.querySelectorAll('astro-island')) {
      // An island is display: contents (no box of its own): bring its drawn content into view.
      (island.firstElementChild ?? island.parentElement!).scrollIntoView();
      // An island drops its "ssr" mark once hydrated; one that never does fails the checks that follow.
      for (let i = 0; i < 120 && island.hasAttribute('ssr'); i++) await frame();
    }
  });
  await page.waitForLoadState('networkidle');
  const landscape = page.locator('details.landscape:not([open]) > summary');
  if ((await landscape.count()) > 0) {
    await landscape.first().click();
    await expect(page.locator('[data-landscape-mount] svg').first()).toBeVisible();
  }
}

/** Opens every disclosure on the page (data tables, hints, citations) and lets what they load arrive; twice, for those that arrive in one (the value landscape's tables). */
async function openEverything(page: Page) {
  for (let round = 0; round < 2; round++) {
    await page.evaluate(() => document.querySelectorAll('details:not([open])').forEach((details) => ((details as HTMLDetailsElement).open = true)));
    await page.waitForLoadState('networkidle');
  }
}

/** Tables a reader can see that do not scroll inside a region of their own, named and focusable. */
async function tablesOutsideRegions(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('table')]
      .filter((table) => table.checkVisibility())
      .filter((table) => {
        let box = table.parentElement;
        while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
        const named = box?.hasAttribute('aria-label') || (box?.getAttribute('aria-labelledby') ?? '').split(' ').some((id) => document.getElementById(id)?.textContent?.trim());
        return !(box && box.getAttribute('role') === 'region' && box.tabIndex === 0 && named);
      })
      .map((table) => table.caption?.textContent?.trim() ?? table.outerHTML.slice(0, 80)),
  );
}

/** The id of the last exercise in a built chapter (far down the page). */
function lastExerciseId(path: string): string {
  const html = readFileSync(join(import.meta.dirname, '..', '..', 'dist', path, 'index.html'), 'utf8');
  const ids = [...html.matchAll(/<section class="exercise" id="([^"]+)"/g)].map((m) => m[1]!);
  expect(ids.length, `${path} has exercises`).toBeGreaterThan(0);
  return ids.at(-1)!;
}

/** Where the deep link's target and the header's bottom edge are now, and how far the page has scrolled. */
async function landing(page: Page, id: string) {
  return page.evaluate((id) => {
    const target = document.getElementById(id)!.getBoundingClientRect();
    return { top: target.top, headerBottom: document.querySelector('.site-header')!.getBoundingClientRect().bottom, height: window.innerHeight, scrollY: window.scrollY };
  }, id);
}

/** A deep link's target is in view at once (no smooth scroll under way), below the header, and stays there. */
async function expectLandedAt(page: Page, id: string, where: string) {
  const first = await landing(page, id);
  await page.waitForTimeout(100);
  const later = await landing(page, id);
  expect(first.scrollY, `${where}: the page jumped down to the target`).toBeGreaterThan(first.height);
  expect(later.scrollY, `${where}: no scrolling still under way 100 ms later`).toBe(first.scrollY);
  expect(first.top, `${where}: the target starts below the header`).toBeGreaterThanOrEqual(first.headerBottom);
  expect(first.top, `${where}: the target starts on the screen`).toBeLessThan(first.height / 2);
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('no page is wider than the screen, every figure’s labels stay inside it and apart, and every table scrolls in its own region, with every widget hydrated and every disclosure open', async ({ page }) => {
      test.setTimeout(240_000);
      for (const path of [...sitemapPaths(), ...embedPaths()]) {
        await page.goto(path);
        await hydrateAll(page);
        await expectNoSideways(page, path);
        const checked = await expectAllLegible(page, `${path} at ${width} px`);
        // A widget's embed is its figure: a check that found no labels there would prove nothing.
        if (path.startsWith('/embed/')) expect(checked, `${path} draws labelled figures`).toBeGreaterThan(0);
        // Opened, the data tables and other disclosures scroll inside their own regions, never the page.
        await openEverything(page);
        await expectNoSideways(page, `${path} with every disclosure open`);
        expect(await tablesOutsideRegions(page), `${path}: tables outside a named, focusable scrolling region`).toEqual([]);
        // Opened, they also keep axe content: no scrolling box out of keyboard reach, no two regions of one name.
        if (width === 390) {
          const results = await new AxeBuilder({ page }).withRules(['scrollable-region-focusable', 'landmark-unique', 'region']).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), `${path} with every disclosure open`).toEqual([]);
        }
      }
    });

    test('the self-assessment report draws the same figures small, with no label overlapping another, and its tables scroll in their own regions', async ({ page }) => {
      await page.goto(REPORT);
      await expect(page.locator('.sa-app')).toHaveAttribute('data-ready', 'true');
      const report = page.locator('.sa-report');
      await expect(report.locator('svg.quadrant-field')).toBeVisible();
      expectLegible(await labelBoxes(report.locator('svg.quadrant-field')), `report's quadrant field at ${width} px`);
      expectLegible(await labelBoxes(report.locator('svg.triangle-figure')), `report's triangle at ${width} px`);
      // The report keeps the source's orientation: involuntary involvement on top.
      const axisEnds = await report.locator('svg.quadrant-field text.axis-end').allTextContents();
      expect(axisEnds[0]).toBe('Involuntary');
      await expectNoSideways(page, 'The self-assessment report');
      await openEverything(page);
      await expectNoSideways(page, 'The self-assessment report with every disclosure open');
      expect(await tablesOutsideRegions(page), 'report tables outside a named, focusable scrolling region').toEqual([]);
    });
  });
}

test.describe('widgets at every width from a phone’s to a desktop’s', () => {
  test.use({ viewport: { width: 320, height: 800 } });

  test('no figure’s label leaves its drawing or overlaps another as the page widens', async ({ page }) => {
    test.setTimeout(120_000);
    // Each widget once (its embed page), the three waves (a chapter figure only), the report's small figures.
    for (const path of [...embedPaths(), '/chapters/03-new-public-management/', REPORT]) {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(path);
      await hydrateAll(page);
      for (let width = 320; width <= 1280; width += 80) {
        await page.setViewportSize({ width, height: 800 });
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))));
        expect(await expectAllLegible(page, `${path} at ${width} px`), `${path} draws labelled figures`).toBeGreaterThan(0);
        await expectNoSideways(page, `${path} at ${width} px`);
      }
    }
  });
});

test.describe('deep links', () => {
  const CHAPTER = '/chapters/04-strategic-triangle/';

  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    test(`at ${viewport.width} px a link to an exercise far down a chapter jumps there, below the header`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const id = lastExerciseId(CHAPTER);
      await page.goto(`${CHAPTER}#${id}`);
      await expectLandedAt(page, id, `${CHAPTER}#${id}`);
      // A link inside the page jumps the same way (from the top: a smooth scroll would still be under way).
      await page.evaluate(() => window.scrollTo(0, 0));
      const section = await page.locator('.chapter-body h2[id]').last().getAttribute('id');
      await page.evaluate((href) => document.querySelector<HTMLAnchorElement>(`a[href="${href}"]`)!.click(), `#${section}`);
      await expectLandedAt(page, section!, `the link to #${section}`);
    });
  }
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the search box shows no "/" key hint, and "On this page" starts closed below the objectives’ heading', async ({ page }) => {
    await page.goto('/chapters/07-modes-of-production/');
    await expect(page.locator('#site-search')).toBeVisible();
    await expect(page.locator('.search-key')).toBeHidden();
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.locator('summary')).toBeVisible();
    await expect(toc.locator('ol')).toBeHidden();
    // Closed, it leaves the learning objectives on the first screen.
    const objectives = await page.locator('#objectives').boundingBox();
    expect(objectives!.y + objectives!.height).toBeLessThan(844);
    await toc.locator('summary').click();
    await expect(toc.getByRole('link').first()).toBeVisible();
  });
});

test('on a desktop the search box shows its "/" key and "On this page" is open beside the text', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/chapters/07-modes-of-production/');
  await expect(page.locator('.search-key')).toBeVisible();
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link').first()).toBeVisible();
  await expect(toc.locator('summary')).toBeHidden();
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark', viewport: { width: 390, height: 844 } });

  test('an unchecked radio button’s ring stands 3:1 or more against the page behind it (WCAG 1.4.11)', async ({ page }) => {
    await page.goto('/chapters/01-why-public-value/');
    const radio = page.locator('.quick-check input[type="radio"]').first();
    await expect(radio).not.toBeChecked();
    const ratio = await radio.evaluate((input) => {
      const rgb = (colour: string) => colour.match(/[\d.]+/g)!.slice(0, 4).map(Number);
      const luminance = (colour: string) => {
        const [r, g, b] = rgb(colour).slice(0, 3).map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      let behind: Element | null = input.parentElement;
      while (behind && (rgb(getComputedStyle(behind).backgroundColor)[3] ?? 1) === 0) behind = behind.parentElement;
      const style = getComputedStyle(input);
      if (style.appearance !== 'none') return 0; // a native ring's colour cannot be read
      const [a, b] = [luminance(style.borderTopColor), luminance(getComputedStyle(behind ?? document.body).backgroundColor)];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });
    expect(ratio).toBeGreaterThanOrEqual(3);
  });
});
