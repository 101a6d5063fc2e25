/**
 * Reveals an exercise's hints one at a time: hint n+1 appears only once hint n has been opened.
 * Without JavaScript every hint is visible as a closed disclosure.
 */
export function enhanceHints(root: ParentNode) {
  for (const exercise of root.querySelectorAll<HTMLElement>('.exercise:not([data-hints-ready])')) {
    exercise.dataset.hintsReady = '';
    const hints = [...exercise.querySelectorAll<HTMLDetailsElement>('details.hint')];
    hints.slice(1).forEach((hint) => (hint.hidden = true));
    hints.forEach((hint, index) => {
      hint.addEventListener('toggle', () => {
        const next = hints[index + 1];
        if (hint.open && next) next.hidden = false;
      });
    });
  }
}
