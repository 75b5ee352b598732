// The widget's checker (crates/web-checks) in a dedicated module worker,
// started by src/checker.js: an import's check, the offer to carry a
// draft to a newer set and the summary's HTML report run here, off the page's main thread, so neither
// blocks a tap while the first question is read. One message in, one out:
// { id, name, args } -> { id, result } or { id, error }.
import init, { check, offer, report } from './napcheck_web_checks.js';

const ready = init({ module_or_path: new URL('napcheck_web_checks_bg.wasm', import.meta.url) });
const FUNCTIONS = { check, offer, report };

// The widget hands every call's slices (its second argument) and an offer's
// crosswalks over as UTF-8 bytes, decoded here rather than on the page (the
// same function as `decoded` in src/checker.js, which a worker cannot import).
function decoded(name, args) {
  const text = new TextDecoder();
  const out = [...args];
  out[1] = out[1].map((s) => text.decode(s));
  if (name === 'offer') out[3] = text.decode(out[3]);
  return out;
}

self.onmessage = async ({ data: { id, name, args } }) => {
  try {
    await ready;
    self.postMessage({ id, result: FUNCTIONS[name](...decoded(name, args)) });
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
