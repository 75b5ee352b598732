// The widget's side of its on-demand checker (crates/web-checks): the
// checker's module and wasm are fetched at the first check or offer in a
// page, from the directory of the widget's own files (`base`, resolved
// against the page), and kept for the page's life; a failed load is tried
// again at the next call. The service worker keeps both files for offline use.
let loading = null;

async function load(base) {
  const dir = new URL(base, document.baseURI);
  loading ??= import(new URL('napcheck_web_checks.js', dir).href).then(async (checker) => {
    await checker.default({ module_or_path: new URL('napcheck_web_checks_bg.wasm', dir) });
    return checker;
  });
  let checker;
  try {
    checker = await loading;
  } catch (error) {
    loading = null;
    throw error;
  }
  return checker;
}

export async function check(base, bytes, slices, sliceLangs, lang, today) {
  return (await load(base)).check(bytes, slices, sliceLangs, lang, today);
}

export async function offer(base, assessment, slices, sliceLangs, crosswalks, newest) {
  return (await load(base)).offer(assessment, slices, sliceLangs, crosswalks, newest);
}
