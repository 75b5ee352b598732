// Loads the widget; on start it mounts into #napcheck.
import init from './napcheck_web.js';
import { registerOffline } from './offline.js';

// While the wasm downloads, start fetching the catalogue parts the first view
// will ask for (the index and the stored drafts' sets, in the saved language)
// unless local storage already has them; the app's own fetch then gets the
// preloaded response instead of waiting for a second round trip.
try {
  const saved = localStorage.getItem('napcheck:v1:lang');
  const lang = ['az', 'en', 'ru'].includes(saved) ? saved : 'az';
  const parts = new Set([`catalogue/index.${lang}.json`]);
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key || !key.startsWith('napcheck:v1:draft:')) continue;
    try {
      const id = JSON.parse(localStorage.getItem(key)).set.id;
      if (/^[a-z0-9-]+$/.test(id)) parts.add(`catalogue/${id}.${lang}.json`);
    } catch { /* the app reports unreadable drafts */ }
  }
  for (const part of parts) {
    if (localStorage.getItem(`napcheck:v1:cache:${part}`) !== null) continue;
    const link = document.createElement('link');
    Object.assign(link, { rel: 'preload', as: 'fetch', href: part, crossOrigin: 'anonymous' });
    document.head.append(link);
  }
} catch { /* no storage: the app fetches what it needs */ }

// Offline after the first visit (sw.js), registered once the app runs, so
// the worker's copies come from the HTTP cache rather than a second download;
// and only after the page has loaded and the main thread is idle, since its
// install also fetches the checker (loaded on demand), which must not
// compete with the first checklist for a slow connection.
const whenIdle = (f) => ('requestIdleCallback' in window
  ? requestIdleCallback(f, { timeout: 4000 }) : setTimeout(f, 500));
init({ module_or_path: 'napcheck_web_bg.wasm' }).then(() => {
  const register = () => whenIdle(() => registerOffline(new URL('./', import.meta.url)));
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
});
