// The paradigm lens in the built site: keyboard alone, the URL round trip, Back, a bad link, the embed page, the no-JavaScript view, phones and axe.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { embedHeights, expectHeightMessages } from './embed';
import { decodeState, describeParadigms, encodeState, evaluateParadigms, findPreset, presets, type Paradigm } from '@evaluation';

const CHAPTER = '/chapters/01-why-public-value/';
const START = 'ae-demand';

// The lens's frame (on the embed page it has no id, and chapter 1 has another widget with a service select).
const lensWidget = (page: Page) => page.locator('section.widget').filter({ has: page.locator('.trade-off') });
const select = (page: Page) => lensWidget(page).getByRole('combobox', { name: 'Service' });
const description = (page: Page, id = 'lens') => page.locator(`#${id}-description`);
const stateParam = (page: Page) => new URL(page.url()).searchParams.get('lens');
const expected = (preset: string, paradigm: Paradigm | null = null) => describeParadigms(evaluateParadigms(findPreset(preset)!.context), { service: findPreset(preset)!.label, paradigm });
const radio = (page: Page, name: string) => lensWidget(page).getByRole('radio', { name, exact: true });

// client:visible hydrates once the widget is in view; until then its controls are disabled.
async function openLens(page: Page, path = CHAPTER) {
  await page.goto(path);
  await select(page).scrollIntoViewIfNeeded();
  await expect(select(page)).toBeEnabled();
}

test('the keyboard alone chooses a service and a lens, and the description and the URL follow', async ({ page }) => {
  await openLens(page);
  const service = select(page);
  await expect(description(page)).toHaveText(expected(START));
  await service.focus();
  await page.keyboard.press('ArrowDown');
  const next = presets[presets.findIndex((p) => p.id === START) + 1]!.id;
  await expect(service).toHaveValue(next);
  await expect(description(page)).toHaveText(expected(next));
  await expect.poll(() => stateParam(page)).toBe(encodeState('paradigms', { preset: next, paradigm: null }));

  // Tab from the service, past the summary's source link, into the radio group, then arrows through it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(radio(page, 'All four side by side')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(radio(page, 'New Public Management')).toBeChecked();
  await expect(description(page)).toHaveText(expected(next, 'npm'));
  await expect.poll(() => stateParam(page)).toBe(encodeState('paradigms', { preset: next, paradigm: 'npm' }));
  // CSS alone marks the chosen lens's card and its row in the figure.
  await expect(lensWidget(page).locator('article[data-paradigm="npm"]')).toHaveCSS('border-top-width', '2px');
  await expect(lensWidget(page).locator('article[data-paradigm="weberian"]')).toHaveCSS('border-top-width', '1px');
});

test('opening a URL with a state restores it, survives a reload, and Back undoes each step', async ({ page }) => {
  await openLens(page, `${CHAPTER}?lens=${encodeState('paradigms', { preset: 'free-school', paradigm: 'coProduction' })}#lens`);
  await expect(select(page)).toHaveValue('free-school');
  await expect(radio(page, 'Co-production')).toBeChecked();
  await expect(description(page)).toHaveText(expected('free-school', 'coProduction'));
  await page.reload();
  await openLens(page, page.url());
  await expect(radio(page, 'Co-production')).toBeChecked();

  await radio(page, 'Public value').focus();
  await page.keyboard.press('Space');
  await expect.poll(() => stateParam(page)).toBe(encodeState('paradigms', { preset: 'free-school', paradigm: 'publicValue' }));
  await select(page).selectOption('ambulance');
  await expect(description(page)).toHaveText(expected('ambulance', 'publicValue'));
  await page.goBack();
  await expect(select(page)).toHaveValue('free-school');
  await expect(description(page)).toHaveText(expected('free-school', 'publicValue'));
  await page.goBack();
  await expect(radio(page, 'Co-production')).toBeChecked();
  expect(decodeState('paradigms', stateParam(page)).state).toEqual({ preset: 'free-school', paradigm: 'coProduction' });
});

test('a bad state in the URL shows a notice and the starting state', async ({ page }) => {
  await openLens(page, `${CHAPTER}?lens=v1.p.atlantis.npm`);
  await expect(lensWidget(page).getByRole('alert')).toContainText('could not be read');
  await expect(select(page)).toHaveValue(START);
  await expect(description(page)).toHaveText(expected(START));
});

test('chapters 3 and 11 start the lens on their own service and lens', async ({ page }) => {
  await openLens(page, '/chapters/03-new-public-management/');
  await expect(radio(page, 'New Public Management')).toBeChecked();
  await expect(description(page)).toHaveText(expected('car-pooling', 'npm'));
  await openLens(page, '/chapters/11-conclusion/');
  await expect(description(page)).toHaveText(expected('neighbourhood-policing', 'publicValue'));
});

test('the embed page posts its height to the parent', async ({ page }) => {
  expectHeightMessages(await embedHeights(page, '/embed/paradigms/'), 'paradigms');
});

test('without JavaScript the page shows the starting state: the figure, the four paradigms, the chosen lens and the model’s description', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/chapters/03-new-public-management/');
  const widget = lensWidget(page);
  await expect(widget.getByRole('img', { name: /What each paradigm chooses/ })).toBeVisible();
  await expect(widget.locator('article')).toHaveCount(4);
  await expect(widget.getByText('Who the citizen is').first()).toBeVisible();
  await expect(description(page)).toHaveText(expected('car-pooling', 'npm'));
  await expect(radio(page, 'New Public Management')).toBeChecked();
  await expect(radio(page, 'New Public Management')).toBeDisabled();
  await expect(widget.locator('article[data-paradigm="npm"]')).toHaveCSS('border-top-width', '2px');
  await context.close();
});

for (const width of [320, 390]) {
  test(`at ${width} px the lens fits the screen, its figure's labels stay inside and apart, and its cards stack`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const path of [`/embed/paradigms/?state=${encodeState('paradigms', { preset: 'car-pooling', paradigm: 'npm' })}`, CHAPTER]) {
      await openLens(page, path);
      await lensWidget(page).locator('.widget-table summary').click();
      const fit = await lensWidget(page).evaluate((el) => ({ right: el.getBoundingClientRect().right, scroll: el.scrollWidth, client: el.clientWidth }));
      expect(fit.right, `${path}: the widget runs past the screen`).toBeLessThanOrEqual(width);
      expect(fit.scroll, `${path}: something in the widget is wider than it`).toBeLessThanOrEqual(fit.client);
      const { frame, labels } = await lensWidget(page).locator('svg.trade-off').evaluate((svg) => {
        const box = (el: Element) => {
          const r = el.getBoundingClientRect();
          return { text: el.textContent?.trim() ?? '', left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        };
        return { frame: box(svg), labels: [...svg.querySelectorAll('text')].map(box).filter((b) => b.text !== '') };
      });
      for (const l of labels) {
        expect(l.left >= frame.left - 1 && l.right <= frame.right + 1 && l.top >= frame.top - 1 && l.bottom <= frame.bottom + 1, `${path}: “${l.text}” leaves the figure`).toBe(true);
      }
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) {
          const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
          expect(overlap, `${path}: “${a.text}” overlaps “${b.text}”`).toBe(false);
        }
      }
      // The four cards stack in one column on a phone.
      const lefts = await lensWidget(page).locator('article[data-paradigm]').evaluateAll((all) => all.map((el) => Math.round(el.getBoundingClientRect().left)));
      expect(new Set(lefts).size).toBe(1);
    }
    await context.close();
  });
}

test('the hydrated widget, with its data table open and a lens chosen, passes axe in both themes', async ({ page }) => {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await openLens(page, `/embed/paradigms/?state=${encodeState('paradigms', { preset: 'neighbourhood-policing', paradigm: 'npm' })}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.locator('.widget details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const results = await new AxeBuilder({ page }).include('.widget').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), theme).toEqual([]);
  }
});
