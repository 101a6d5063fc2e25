/** Keeps a widget's state in the page address: read on load, written on change, shared as links. */
import { decodeState, encodeState, type DecodedState, type WidgetKind, type WidgetStates } from '@evaluation';

/** The decoded state named by `?<param>=…`, or null when the address has none. */
export function readStateParam<K extends WidgetKind>(kind: K, param: string): DecodedState<K> | null {
  const raw = new URLSearchParams(window.location.search).get(param);
  return raw === null ? null : decodeState(kind, raw);
}

/**
 * The state to start from when the page opens or the reader goes Back: the one in the address,
 * or the starting state with a notice saying why the address could not be used.
 */
export function stateFromAddress<K extends WidgetKind>(kind: K, param: string, start: () => WidgetStates[K]): { state: WidgetStates[K]; notice: string | null } {
  const decoded = readStateParam(kind, param);
  if (decoded === null) return { state: start(), notice: null };
  if (decoded.ok) return { state: decoded.state, notice: null };
  return { state: start(), notice: `The link’s widget state could not be read: ${decoded.reason ?? 'it is damaged.'} Showing the starting state.` };
}

/** Applies the address's state now and whenever the reader goes Back or Forward; returns the clean-up. */
export function followAddress(restore: () => void): () => void {
  restore();
  window.addEventListener('popstate', restore);
  return () => window.removeEventListener('popstate', restore);
}

/**
 * Writes the state into the address. Continuous changes (a slider being dragged) replace the
 * current history entry; discrete ones (a preset, a reset) push a new one so Back undoes them.
 */
export function writeStateParam<K extends WidgetKind>(kind: K, param: string, state: WidgetStates[K], push = false) {
  const url = new URL(window.location.href);
  const encoded = encodeState(kind, state);
  if (url.searchParams.get(param) === encoded) return;
  url.searchParams.set(param, encoded);
  if (push) history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
}

/** Removes the widget's state from the address (after a reset). */
export function clearStateParam(param: string) {
  const url = new URL(window.location.href);
  if (!url.searchParams.has(param)) return;
  url.searchParams.delete(param);
  history.pushState(history.state, '', url);
}

/** A link to this page that opens the widget in the given state, scrolled into view. */
export function shareUrl<K extends WidgetKind>(kind: K, param: string, state: WidgetStates[K]): string {
  const url = new URL(window.location.href);
  url.searchParams.set(param, encodeState(kind, state));
  url.hash = param === 'state' ? '' : param;
  return url.href;
}

/** The address of the widget's embed page in the given state, for an LMS iframe. */
export function embedUrl<K extends WidgetKind>(kind: K, state: WidgetStates[K], base: string): string {
  const url = new URL(`${base.replace(/\/$/, '')}/embed/${kind}/`, window.location.origin);
  url.searchParams.set('state', encodeState(kind, state));
  return url.href;
}

/** An iframe snippet that embeds the widget; the embed page posts its height so the frame can fit it. */
export function embedCode<K extends WidgetKind>(kind: K, state: WidgetStates[K], base: string, title: string): string {
  const src = embedUrl(kind, state, base).replace(/&/g, '&amp;');
  return `<iframe src="${src}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
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
