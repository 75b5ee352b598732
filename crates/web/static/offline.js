// Registers the service worker (sw.js, beside this file) and tells the app
// when a new build is installed and waiting: `<html data-napcheck-update>`
// is set and a `napcheck:update` event dispatched on window; the app shows
// "a new version is ready" in its language with a reload button, which
// dispatches `napcheck:reload`. Then the waiting worker takes over and the
// page reloads once; drafts are in local storage, saved at every change,
// so none is lost. The first install also keeps the catalogue and
// translation files the page fetched before the worker controlled it, and
// the host page itself.
export function registerOffline(base) {
  if (!('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  const announce = () => {
    document.documentElement.dataset.napcheckUpdate = 'ready';
    window.dispatchEvent(new Event('napcheck:update'));
  };
  let reloading = false;
  window.addEventListener('napcheck:reload', async () => {
    const registration = await sw.getRegistration(base.href);
    if (!registration?.waiting) return location.reload();
    sw.addEventListener('controllerchange', () => {
      if (!reloading) { reloading = true; location.reload(); }
    });
    registration.waiting.postMessage({ type: 'skip-waiting' });
  });
  sw.register(new URL('sw.js', base), { scope: base.href }).then((registration) => {
    const watch = (worker) => worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && sw.controller) announce();
    });
    if (registration.waiting && sw.controller) announce();
    if (registration.installing) watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
    // A page open for long checks for a new build when it comes back.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') registration.update().catch(() => {});
    });
  }).catch((error) => console.warn('napcheck: no offline copy', error));
  sw.ready.then((registration) => {
    const urls = performance.getEntriesByType('resource').map((e) => e.name)
      .filter((u) => u.startsWith(base.href) && /\/(catalogue|i18n)\/[^/]+\.json$/.test(u));
    // This page too, when it is a host page in the scope (/demo.html).
    const here = location.href.split('#')[0].split('?')[0];
    if (here.startsWith(base.href) && /\/[a-z0-9-]+\.html$/.test(here)) urls.push(here);
    registration.active?.postMessage({ type: 'keep', urls });
  });
}
