// napcheck's embed script. One snippet on a host page:
//   <script type="module" src="https://<napcheck server>/embed.js"></script>
//   <napcheck-widget criteria="az-nap-2016-2018" lang="az" body-kind="local_executive"
//     site="https://…" submit-url="https://…/api/assessments"></napcheck-widget>
// It defines the <napcheck-widget> element and no global variable. Each
// element gets an open shadow root holding the widget's styles (style.css,
// embed.css, from beside this script) and its own app instance with its own
// storage namespace. The wasm is loaded once, from beside this script.
// On the widget's own origin it also works offline (offline.js, sw.js).
import init, { mount_embedded } from './napcheck_web.js';
import { registerOffline } from './offline.js';

const base = new URL('./', import.meta.url);
let loading = null;
const load = () => (loading ??= init({ module_or_path: new URL('napcheck_web_bg.wasm', base) }));

const attr = (el, name) => {
  const value = el.getAttribute(name);
  return value === null || value.trim() === '' ? null : value.trim();
};
const named = (el) => attr(el, 'storage-key') ?? attr(el, 'id');
const signature = (el) => ['criteria', 'body-kind', 'site', 'submit-url'].map((n) => attr(el, n) ?? '').join('|');

// FNV-1a, 32 bits, in hex: a short, stable key for a signature.
function hash(text) {
  let h = 0x811c9dc5;
  for (const c of new TextEncoder().encode(text)) h = Math.imul(h ^ c, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

// The widget's storage namespace: its storage-key or id attribute when set;
// otherwise its attributes, plus its rank among the widgets of this page with
// the same attributes (so two identical widgets keep separate drafts).
function namespace(el) {
  const name = named(el);
  if (name) return `k:${name}`;
  const own = signature(el);
  let rank = 0;
  for (const other of document.querySelectorAll('napcheck-widget')) {
    if (other === el) break;
    if (!named(other) && signature(other) === own) rank += 1;
  }
  return `${hash(own)}-${rank}`;
}

class NapcheckWidget extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    for (const file of ['style.css', 'embed.css']) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL(file, base).href;
      shadow.append(link);
    }
    const root = document.createElement('div');
    root.className = 'napcheck-root';
    shadow.append(root);
    const submit = attr(this, 'submit-url');
    const config = {
      criteria: attr(this, 'criteria'),
      lang: attr(this, 'lang'),
      body_kind: attr(this, 'body-kind'),
      site: attr(this, 'site'),
      submit_url: submit && new URL(submit, document.baseURI).href,
      parent_origin: attr(this, 'parent-origin'),
      namespace: namespace(this),
      assets: base.href,
    };
    load()
      .then(() => mount_embedded(root, this, config))
      .catch((error) => {
        root.textContent = `napcheck could not start: ${error}`;
        console.error(error);
      });
  }
}

if (!customElements.get('napcheck-widget')) customElements.define('napcheck-widget', NapcheckWidget);

// Offline after the first visit only when the host page lies inside the
// scope of the widget's service worker (same origin, under the directory of
// this script, as /demo.html of `napcheck serve`): a worker can only serve
// pages of its own origin, and a host on another site keeps its own policy.
// Registered once the wasm is loaded (its copy then comes from the HTTP cache).
if (base.origin === location.origin && location.href.startsWith(base.href)) {
  load().then(() => registerOffline(base), () => {});
}
