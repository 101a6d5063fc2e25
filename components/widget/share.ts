/** Share and embed helpers every widget's toolbar uses: the embed snippet and the clipboard. */

/** The height an embedded widget's frame starts at when nothing better is known. */
export const EMBED_START_HEIGHT = 640;
/** The tallest fixed height the snippet asks for (a phone-width copy of the tallest widget). */
export const EMBED_MAX_HEIGHT = 2400;

/** The frame's fixed height, for pages that strip scripts: the widget's height when it was copied, within sensible bounds. */
export function fallbackHeight(measured: number): number {
  return Math.min(EMBED_MAX_HEIGHT, Math.max(EMBED_START_HEIGHT, Math.ceil(measured) + 24));
}

/**
 * The embed snippet: an iframe at a fixed height that already fits the widget, and the book's small
 * resize script (public/embed-resize.js), which fits the frame to the height the embed page posts
 * whenever it changes. Canvas resizes the frame itself from the embed page's `lti.frameResize`
 * message; where a page strips the script, the fixed height still shows the whole widget.
 */
export function embedCode(src: string, title: string, height = EMBED_START_HEIGHT): string {
  const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  // The embed page is always <base>embed/<kind>/, so the script sits two folders up.
  const script = new URL('../../embed-resize.js', src).href;
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${height}" style="border:0;width:100%;height:${height}px" loading="lazy"></iframe>\n<script src="${attribute(script)}" async></script>`;
}

/** Copies text to the clipboard; false when the browser refuses (no permission, insecure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
