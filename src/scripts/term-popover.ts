// How long the popover waits before closing once the pointer leaves, so it can be reached (WCAG 1.4.13).
const CLOSE_DELAY_MS = 250;

function setOpen(term: HTMLElement, open: boolean) {
  if (open) {
    term.dataset.open = '';
    const tip = term.querySelector<HTMLElement>('.term-tip');
    if (tip) {
      delete tip.dataset.flip;
      if (tip.getBoundingClientRect().right > document.documentElement.clientWidth - 8) tip.dataset.flip = '';
    }
  } else {
    delete term.dataset.open;
  }
}

/** Makes glossary popovers open on hover, focus or first tap, stay while hovered, and close on Esc. */
export function enhanceTerms(root: ParentNode) {
  for (const term of root.querySelectorAll<HTMLElement>('.term')) {
    const link = term.querySelector<HTMLAnchorElement>('.term-link');
    if (!link) continue;
    let closeTimer = 0;
    const open = () => {
      window.clearTimeout(closeTimer);
      setOpen(term, true);
    };
    const closeSoon = () => {
      closeTimer = window.setTimeout(() => setOpen(term, false), CLOSE_DELAY_MS);
    };
    term.addEventListener('pointerenter', (e) => e.pointerType !== 'touch' && open());
    term.addEventListener('pointerleave', (e) => e.pointerType !== 'touch' && closeSoon());
    link.addEventListener('focus', open);
    link.addEventListener('blur', () => setOpen(term, false));
    // On touch, the first tap shows the definition; a second tap follows the link to the glossary.
    link.addEventListener('pointerdown', (e) => {
      if (e.pointerType === 'touch' && !term.hasAttribute('data-open')) link.dataset.firstTap = '';
    });
    link.addEventListener('click', (e) => {
      if (link.dataset.firstTap === undefined) return;
      delete link.dataset.firstTap;
      e.preventDefault();
      open();
    });
  }
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    for (const openTerm of document.querySelectorAll<HTMLElement>('.term[data-open]')) setOpen(openTerm, false);
  });
}
