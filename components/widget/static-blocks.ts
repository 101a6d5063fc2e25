/**
 * Words rendered at build time and handed to a widget as static HTML (a preset's summary, a case's
 * reading) travel in the page, not in the widget's JavaScript. The widget shows the one that
 * matches its state and hides the others.
 */

/** Shows the child blocks of `container` whose `data-<key>` equals `value` (none when null), hides the rest. */
export function showMatching(container: HTMLElement | undefined, key: string, value: string | null): void {
  if (!container) return;
  for (const block of container.querySelectorAll<HTMLElement>(`[data-${key}]`)) block.hidden = block.dataset[key] !== value;
}
