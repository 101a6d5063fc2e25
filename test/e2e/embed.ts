// Shared by the widget specs: an embed page inside an iframe, and the height messages it posts.
import { expect, type Page } from '@playwright/test';

interface HeightMessages {
  /** `{ type: 'pvc:height', widget, height }` messages, in order. */
  pvc: { type: 'pvc:height'; widget: string; height: number }[];
  /** The Canvas/LTI form, parsed: `{ subject: 'lti.frameResize', height }`. */
  lti: { subject: 'lti.frameResize'; height: number }[];
}

/** Loads `src` in an 800-px iframe on the home page and returns the height messages it has posted. */
export async function embedHeights(page: Page, src: string): Promise<HeightMessages> {
  await page.goto('/');
  await page.evaluate((url) => {
    const w = window as unknown as { __messages: unknown[] };
    w.__messages = [];
    addEventListener('message', (event) => w.__messages.push(event.data));
    const frame = document.createElement('iframe');
    frame.src = url;
    frame.title = 'Embedded widget';
    frame.style.width = '800px';
    document.body.append(frame);
  }, src);
  const read = () => page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
  await expect.poll(async () => (await read()).length).toBeGreaterThanOrEqual(2);
  const messages = await read();
  return {
    pvc: messages.filter((m): m is HeightMessages['pvc'][number] => (m as { type?: string })?.type === 'pvc:height'),
    lti: messages.filter((m): m is string => typeof m === 'string').map((m) => JSON.parse(m)),
  };
}

/** Checks the two message forms agree and report a plausible height for the given widget. */
export function expectHeightMessages({ pvc, lti }: HeightMessages, widget: string) {
  expect(pvc.length).toBeGreaterThan(0);
  expect(pvc.every((m) => m.widget === widget)).toBe(true);
  expect(pvc.at(-1)!.height).toBeGreaterThan(300);
  expect(lti.at(-1)).toEqual({ subject: 'lti.frameResize', height: pvc.at(-1)!.height });
}
