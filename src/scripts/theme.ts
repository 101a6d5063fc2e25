const KEY = 'pvc-theme';

function readStored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function apply(button: HTMLButtonElement, theme: 'light' | 'dark') {
  document.documentElement.dataset.theme = theme;
  button.setAttribute('aria-pressed', String(theme === 'dark'));
}

/** Wires the header toggle: flips light/dark, remembers the choice, follows the system until one is made. */
export function setupThemeToggle(button: HTMLButtonElement | null) {
  if (!button) return;
  apply(button, document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');
  button.addEventListener('click', () => {
    const next = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
    apply(button, next);
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Storage blocked (private mode): the toggle still works for this page.
    }
  });
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', (event) => {
    if (!readStored()) apply(button, event.matches ? 'dark' : 'light');
  });
}
