/** Share and embed helpers every widget's toolbar uses: the iframe snippet and the clipboard. */

/** The height an embedded widget's frame starts at, before the widget reports its own. */
export const EMBED_START_HEIGHT = 640;

/** An iframe snippet that embeds a widget; the embed page posts its height so the frame can fit it. */
export function embedCode(src: string, title: string): string {
  const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${EMBED_START_HEIGHT}" style="border:0" loading="lazy"></iframe>`;
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
