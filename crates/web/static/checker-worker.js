// The widget's checker (crates/web-checks) in a dedicated module worker,
// started by src/checker.js: an import's check, the offer to carry a
// draft to a newer set and the summary's HTML report run here, off the page's main thread, so neither
// blocks a tap while the first question is read. One message in, one out:
// { id, name, args } -> { id, result } or { id, error }.
import init, { check, offer, report } from './napcheck_web_checks.js';

const ready = init({ module_or_path: new URL('napcheck_web_checks_bg.wasm', import.meta.url) });
// The widget hands an offer's slices and crosswalks over as UTF-8 bytes,
// decoded here rather than on the page (as offerFromBytes in src/checker.js).
const text = new TextDecoder();
const FUNCTIONS = {
  check,
  offer: (assessment, slices, sliceLangs, crosswalks, newest) =>
    offer(assessment, slices.map((s) => text.decode(s)), sliceLangs, text.decode(crosswalks), newest),
  report,
};

self.onmessage = async ({ data: { id, name, args } }) => {
  try {
    await ready;
    self.postMessage({ id, result: FUNCTIONS[name](...args) });
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
