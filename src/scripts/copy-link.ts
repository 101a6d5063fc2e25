/** Upgrades every `[data-copy-link]` anchor so activating it also copies the full address. */
export function enhanceCopyLinks(root: ParentNode) {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')) {
    link.addEventListener('click', async () => {
      // The browser still follows the hash, so the address bar and history show the section too.
      const url = new URL(link.getAttribute('href') ?? '', window.location.href).href;
      try {
        await navigator.clipboard.writeText(url);
        announce(link, 'Link copied');
      } catch {
        announce(link, 'Address shown in the address bar');
      }
    });
  }
}

function announce(link: HTMLElement, message: string) {
  let status = link.nextElementSibling;
  if (!status?.classList.contains('copy-status')) {
    status = document.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    link.after(status);
  }
  status.textContent = message;
  window.setTimeout(() => {
    if (status) status.textContent = '';
  }, 2500);
}
