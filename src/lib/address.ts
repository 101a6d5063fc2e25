/**
 * The page address (query parameters) as the site's one way to keep state in links. Every widget,
 * the self-assessment, the search page and the exercises index read and write it through here, so
 * all history writes follow one rule: a change made while a control moves replaces the current
 * entry, at most once per MOVE_INTERVAL_MS (browsers throttle or refuse rapid history writes);
 * a discrete step (a preset, a reset) pushes a new entry that Back undoes.
 */

/** How a change reaches the address: `move` replaces the entry (throttled), `step` pushes a new one. */
export type AddressWrite = 'move' | 'step';

/** Parameter values to set; null removes a parameter. */
export type AddressChanges = Record<string, string | null>;

/** The shortest interval between two history writes while a control moves. */
export const MOVE_INTERVAL_MS = 300;

let pending: AddressChanges | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let lastWrite = Number.NEGATIVE_INFINITY;
let listening = false;

/** The value of one query parameter of the current address, or null. */
export function readParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

/** The current address with the given parameters changed, and the hash replaced when `hash` is given. */
export function addressWith(changes: AddressChanges, hash?: string): URL {
  const url = new URL(window.location.href);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  if (hash !== undefined) url.hash = hash;
  return url;
}

/** This page's address with only the given parameters (no others, no hash): what a shared link carries. */
export function pageAddress(params: Record<string, string>): URL {
  // Spaces as %20 rather than URLSearchParams' "+", so a pasted link reads the same in every tool.
  const query = Object.entries(params).map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  return new URL(`${window.location.pathname}?${query.join('&')}`, window.location.origin);
}

/** A same-origin address for a site path (with the base already in it) and parameters. */
export function siteAddress(path: string, params: Record<string, string> = {}): URL {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url;
}

/** Changes query parameters of the address by the one rule above; nothing happens when they already hold these values. */
export function writeParams(changes: AddressChanges, how: AddressWrite): void {
  listen();
  if (how === 'step') {
    // The entry being left keeps the state the reader last saw in it, so Back returns there.
    flushPending();
    record(addressWith(changes), 'push');
    return;
  }
  pending = { ...pending, ...changes };
  const wait = lastWrite + MOVE_INTERVAL_MS - performance.now();
  if (wait <= 0) flushPending();
  else timer ??= setTimeout(flushPending, wait);
}

/** Writes any change still waiting for its turn (before printing or copying a link, say). */
export function flushPending(): void {
  clearTimeout(timer);
  timer = undefined;
  if (pending === null) return;
  const changes = pending;
  pending = null;
  record(addressWith(changes), 'replace');
}

/** Calls `apply` when the reader goes Back or Forward; returns the clean-up. */
export function onAddressChange(apply: () => void): () => void {
  listen();
  window.addEventListener('popstate', apply);
  return () => window.removeEventListener('popstate', apply);
}

function record(url: URL, how: 'push' | 'replace') {
  if (url.href === window.location.href) return;
  try {
    if (how === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
    lastWrite = performance.now();
  } catch {
    // A browser that refuses a write (too many in a short time) keeps the page working; the next
    // write carries the state.
  }
}

// Installed once: a write still waiting when the reader goes Back belongs to the entry they left,
// and one waiting when the page is hidden must not be lost.
function listen() {
  if (listening) return;
  listening = true;
  window.addEventListener('popstate', () => {
    clearTimeout(timer);
    timer = undefined;
    pending = null;
  });
  window.addEventListener('pagehide', flushPending);
}
