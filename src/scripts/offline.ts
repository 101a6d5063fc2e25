/**
 * Offline reading: registers the service worker the build generates (src/plugins/service-worker.mjs),
 * shows `status` once the whole book is stored, and shows `notice` when a new version is waiting.
 * The new version takes over only when the reader presses the notice's update button; a reader in
 * the middle of a page is never switched to it silently.
 */
export function setupOffline(scriptUrl: string, scope: string, status: HTMLElement, notice: HTMLElement): void {
  const workers = navigator.serviceWorker;
  if (!workers) return;
  // On a first visit the new worker claims the page; that is no update, so it offers nothing.
  const wasControlled = workers.controller !== null;
  let accepted = false;

  const offer = (waiting: ServiceWorker | null) => {
    notice.hidden = false;
    (notice.querySelector('[data-update]') as HTMLButtonElement).onclick = () => {
      accepted = true;
      // No waiting worker: another tab already switched; this page only needs to load the new version.
      if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
      else location.reload();
    };
    (notice.querySelector('[data-later]') as HTMLButtonElement).onclick = () => (notice.hidden = true);
  };
  const watch = (worker: ServiceWorker) =>
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && workers.controller) offer(worker);
    });

  workers.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
    else if (wasControlled) offer(null);
  });
  workers
    .register(scriptUrl, { scope })
    .then((registration) => {
      if (registration.waiting && workers.controller) offer(registration.waiting);
      if (registration.installing) watch(registration.installing);
      registration.addEventListener('updatefound', () => registration.installing && watch(registration.installing));
      return workers.ready;
    })
    .then(
      () => (status.hidden = false),
      // Without a worker (blocked storage, an insecure origin) the book works online as before.
      () => undefined,
    );
}
