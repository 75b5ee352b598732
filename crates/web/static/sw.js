// napcheck's service worker: the widget works offline after the first visit.
// One cache per build, named from the build hash that scripts/stamp-sw.mjs
// writes below (a hash of every other file of dist/), so a page is only ever
// served the files of one build. Install stores the shell (page, code, wasm,
// styles, the embed script, the Azerbaijani index), then the checker the
// widget loads on demand (importing a file, checking the export, an offer
// to move a draft to a newer set: its worker script, module, wasm and the
// widget's snippet that loads it) and the widget's chunks (the views a first
// checklist does not need), so that a file can be checked and the summary
// shown offline too; every other GET of this
// origin the widget needs (catalogue slices, translation files; a host
// page such as /demo.html, network first) is stored in the same cache when
// first fetched, and later served from it. A new build installs beside the old
// one (copying over what the citizen had used, fetched afresh) and waits:
// the page announces "a new version is ready" and, when the citizen chooses
// to reload, sends `skip-waiting`; the old cache is then deleted. POSTs
// (submissions) never pass through the cache: the page queues them itself.
const VERSION = 'dev';
const CACHE = `napcheck-${VERSION}`;
const SHELL = [
  './', 'index.html', 'boot.js', 'offline.js', 'embed.js', 'embed.css', 'style.css',
  'napcheck_web.js', '__wasm_split.js', 'napcheck_web_bg.wasm', 'catalogue/index.az.json',
  'catalogue/bodies.json',
];
// wasm-bindgen's snippets of this build (written by scripts/stamp-sw.mjs).
const SNIPPETS = [];
// The widget's chunks loaded on first use (the summary, the offer, the
// clashes, an import's check, ...: crates/web/src/components/lazy.rs),
// named by wasm-split-cli (written by scripts/stamp-sw.mjs).
const CHUNKS = [];
const ON_DEMAND = ['checker-worker.js', 'napcheck_web_checks.js', 'napcheck_web_checks_bg.wasm', ...CHUNKS];
const BUILD = [...SHELL, ...SNIPPETS, ...ON_DEMAND];
const scope = new URL(self.registration.scope);

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // The HTTP cache's copies, revalidated (the server says no-cache), so the
    // files the page has just downloaded are not downloaded a second time.
    await cache.addAll([...SHELL, ...SNIPPETS].map((path) => new URL(path, scope).href));
    // The checker is not needed to start: a failure here (a server without
    // it) leaves it to be kept when first fetched.
    try { await cache.addAll(ON_DEMAND.map((path) => new URL(path, scope).href)); } catch { /* kept later */ }
    // What the citizen used with an earlier build, fetched again from this one.
    for (const name of await caches.keys()) {
      if (name === CACHE || !name.startsWith('napcheck-')) continue;
      const old = await caches.open(name);
      for (const request of await old.keys()) {
        if (await cache.match(request)) continue;
        try { await cache.add(request.url); } catch { /* gone */ }
      }
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name !== CACHE && name.startsWith('napcheck-')) await caches.delete(name);
    }
    // The first install takes the open page over, so that what it fetches
    // from now on is kept; an update is only activated by a reload.
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  const data = event.data ?? {};
  if (data.type === 'skip-waiting') self.skipWaiting();
  // The parts the page fetched before this worker controlled it.
  if (data.type === 'keep' && Array.isArray(data.urls)) {
    event.waitUntil((async () => {
      const cache = await caches.open(CACHE);
      for (const url of data.urls) {
        if (typeof url !== 'string' || new URL(url).origin !== scope.origin) continue;
        if (await cache.match(url)) continue;
        try { await cache.add(url); } catch { /* offline: kept by the next visit */ }
      }
    })());
  }
});

// What is this build's: the shell, the catalogue and the translation files,
// served from the cache first. Another page of this origin (a host page
// such as /demo.html) is fetched from the network first and kept for
// offline use; anything else (the API, a reviewer's pages) is left alone.
function kind(request, url) {
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.href.startsWith(scope.href)) return null;
  const path = url.pathname.slice(scope.pathname.length);
  if (BUILD.includes(path) || path === '' || /^(catalogue|i18n)\/[a-z0-9.-]+\.json$/.test(path)) return 'build';
  if (request.mode === 'navigate' && /^[a-z0-9-]+\.html$/.test(path)) return 'page';
  return null;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  const which = kind(request, url);
  if (!which) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const key = url.href.split('#')[0].split('?')[0];
    if (which === 'build') {
      const kept = await cache.match(key, { ignoreVary: true });
      if (kept) return kept;
    }
    try {
      const response = await fetch(request);
      if (response.ok && response.type === 'basic') await cache.put(key, response.clone());
      return response;
    } catch (error) {
      const kept = await cache.match(key, { ignoreVary: true });
      if (kept) return kept;
      throw error;
    }
  })());
});
