/** Filters the exercises table by chapter and kind (kept in the URL) and wires the copy-link buttons. */
import { readParam, writeParams } from '~/lib/address';

export function setupExerciseIndex(root: Document) {
  const form = root.querySelector<HTMLFormElement>('form.filters');
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('.exercise-index tbody tr')];
  const count = root.querySelector<HTMLElement>('.filter-count');
  if (!form || !count) return;
  const chapter = form.elements.namedItem('chapter') as HTMLSelectElement;
  const kind = form.elements.namedItem('kind') as HTMLSelectElement;
  // Ignore values that name no option, so a stale or edited link still shows every exercise.
  const pick = (select: HTMLSelectElement, value: string | null) => {
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  };
  pick(chapter, readParam('chapter'));
  pick(kind, readParam('kind'));

  const apply = () => {
    let shown = 0;
    for (const row of rows) {
      const visible = (!chapter.value || row.dataset.chapter === chapter.value) && (!kind.value || row.dataset.kind === kind.value);
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    count.textContent = `Showing ${shown} of ${rows.length} exercises.`;
    writeParams({ chapter: chapter.value || null, kind: kind.value || null }, 'move');
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  apply();

  for (const button of root.querySelectorAll<HTMLButtonElement>('.copy-exercise')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = new URL(button.dataset.href ?? '', window.location.href).href;
      const label = button.firstChild;
      try {
        await navigator.clipboard.writeText(url);
        if (label) label.textContent = 'Copied';
      } catch {
        window.prompt('Copy this link:', url);
      }
      window.setTimeout(() => {
        if (label) label.textContent = 'Copy link';
      }, 2000);
    });
  }
}
