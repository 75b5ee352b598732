// The widget's side of its on-demand checker (crates/web-checks): the
// checker runs in a module worker (static/checker-worker.js), so that its
// work never blocks the page; where a worker cannot be started (a widget
// embedded from another origin) or its script does not load, the checker's
// module and wasm are loaded on the page instead. Both are fetched at the
// first check or offer, from the directory of the widget's own files
// (`base`, resolved against the page), and kept for the page's life; a
// failed load is tried again at the next call. The service worker keeps
// these files for offline use.
let worker = null;
let workerFailed = false;
let loading = null;

/** A worker that could not start or load: the page loads the checker. */
class WorkerFailed extends Error {}

function startWorker(dir) {
  const started = new Worker(new URL('checker-worker.js', dir), { type: 'module' });
  const pending = new Map();
  let next = 0;
  started.onmessage = ({ data }) => {
    const call = pending.get(data.id);
    pending.delete(data.id);
    if ('error' in data) call?.reject(new Error(data.error));
    else call?.resolve(data.result);
  };
  started.onerror = (event) => {
    event.preventDefault?.();
    worker = null;
    workerFailed = true;
    for (const call of pending.values()) call.reject(new WorkerFailed('the checker worker failed'));
    pending.clear();
    started.terminate();
  };
  return (name, args) => new Promise((resolve, reject) => {
    const id = next++;
    pending.set(id, { resolve, reject });
    started.postMessage({ id, name, args });
  });
}

async function loadHere(dir) {
  loading ??= import(new URL('napcheck_web_checks.js', dir).href).then(async (checker) => {
    await checker.default({ module_or_path: new URL('napcheck_web_checks_bg.wasm', dir) });
    return checker;
  });
  try {
    return await loading;
  } catch (error) {
    loading = null;
    throw error;
  }
}

async function call(base, name, args) {
  const dir = new URL(base, document.baseURI);
  if (!workerFailed) {
    try {
      worker ??= startWorker(dir);
      return await worker(name, args);
    } catch (error) {
      if (!(error instanceof WorkerFailed) && error?.name !== 'SecurityError') throw error;
      worker = null;
      workerFailed = true;
    }
  }
  const checker = await loadHere(dir);
  return checker[name](...decoded(name, args));
}

/**
 * The arguments of the checker's `name` with the texts the widget hands over
 * as UTF-8 bytes (every call's slices, an offer's crosswalks) decoded: as a
 * rule its worker decodes them (static/checker-worker.js, the same
 * function), not the page, which does only where no worker starts.
 */
function decoded(name, args) {
  const text = new TextDecoder();
  const out = [...args];
  out[1] = out[1].map((s) => text.decode(s));
  if (name === 'offer') out[3] = text.decode(out[3]);
  return out;
}

export async function check(base, bytes, slices, sliceLangs, lang, today) {
  // A copy: the view into the widget's memory would clone all of it.
  return call(base, 'check', [bytes.slice(), slices, sliceLangs, lang, today]);
}

export async function offer(base, assessment, slices, sliceLangs, crosswalks, newest) {
  return call(base, 'offer', [assessment, slices, sliceLangs, crosswalks, newest]);
}

/**
 * Resolves once the page has loaded and its main thread is idle (at most
 * `timeout` ms after the load event where the browser has no idle callback
 * or is never idle): work that must not compete with the first screen, such
 * as the offer to carry a draft to a newer set, waits for it.
 */
export function idle(timeout) {
  return new Promise((resolve) => {
    const whenIdle = () => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
      else setTimeout(resolve, 0);
    };
    if (document.readyState === 'complete') whenIdle();
    else addEventListener('load', whenIdle, { once: true });
  });
}

export async function report(base, assessment, slices, sliceLangs, lang, words) {
  return call(base, 'report', [assessment, slices, sliceLangs, lang, words]);
}
