// The main thread's tasks on Lighthouse's checklist step, by thread time
// (used by bench.mjs, BENCH_ONLY=tasks): a draft on the older set reopened
// on its checklist (local storage as Lighthouse's profile holds it), traced
// with Chromium's `devtools.timeline`; each task on the page's main thread
// counts its thread time (`tdur`, the CPU the thread got: unlike its wall
// time, it hardly grows when other processes share the cores), scaled by
// the mobile preset's 4x CPU slowdown as Lighthouse's simulation scales it.
// Reported per phase: up to the first checklist, and after it (the offer to
// carry the draft to a newer set, made when the page is idle) until the
// offer is on screen and 1 s more: the blocking time (each task's part
// above 50 ms, summed, as Total Blocking Time), the tasks above 50 ms and
// the longest.
const SLOWDOWN = 4;

/** Runs `fn(page)` with a trace of the page; returns the trace's events. */
async function traced(context, page, fn) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', '__metadata'] },
  });
  await fn();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** The blocking time of the main thread's tasks, per phase. */
export function blocking(events) {
  const names = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  const mark = (name) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'))?.ts;
  // The page's main thread: the one its first checklist was marked on (a
  // trace can hold other renderers' main threads, and the busiest of them
  // was not always the page's), else the busiest.
  const marked = events.find((e) => e.name === 'napcheck-first-checklist' && e.cat.includes('blink.user_timing'));
  const byThread = new Map();
  for (const t of tasks) byThread.set(`${t.pid}:${t.tid}`, (byThread.get(`${t.pid}:${t.tid}`) ?? 0) + (t.tdur ?? 0));
  const [busiest] = [...byThread].sort((a, b) => b[1] - a[1])[0] ?? [];
  const main = marked ? `${marked.pid}:${marked.tid}` : busiest;
  const checklist = mark('napcheck-first-checklist');
  const offer = mark('napcheck-offer');
  const phase = (from, to) => {
    const ms = tasks.filter((t) => `${t.pid}:${t.tid}` === main && t.ts >= from && t.ts < to).map((t) => (t.tdur ?? t.dur) / 1000 * SLOWDOWN);
    return {
      blocking: Math.round(ms.reduce((a, d) => a + Math.max(0, d - 50), 0)),
      long: ms.filter((d) => d > 50).length,
      longest: Math.round(Math.max(0, ...ms)),
      // All the thread's work in the phase, at 1x.
      work: Math.round(ms.reduce((a, d) => a + d, 0) / SLOWDOWN),
    };
  };
  return { before: phase(0, checklist ?? Infinity), after: phase(checklist ?? Infinity, (offer ?? checklist ?? 0) + 1e6), offer: offer !== undefined };
}

/** One traced reload of the checklist step; `stored` is the local storage to start from;
 * `offer: false` for a build that makes no migration offer (not waited for). */
export async function checklistTasks(browser, base, stored, { offer = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  try {
    await context.addInitScript((entries) => {
      if (!sessionStorage.getItem('bench-seeded')) {
        for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
        sessionStorage.setItem('bench-seeded', '1');
      }
      new MutationObserver((_, observer) => {
        if (!window.__checklistMarked && document.querySelector('.criterion')) { window.__checklistMarked = true; performance.mark('napcheck-first-checklist'); }
        if (document.querySelector('.migration')) { performance.mark('napcheck-offer'); observer.disconnect(); }
      }).observe(document, { childList: true, subtree: true });
    }, stored);
    const page = await context.newPage();
    const events = await traced(context, page, async () => {
      await page.goto(base);
      await page.locator('.criterion').first().waitFor();
      if (offer) await page.locator('.migration').waitFor({ timeout: 20000 }).catch(() => {});
      await page.waitForTimeout(1000);
    });
    return blocking(events);
  } finally {
    await context.close();
  }
}

/** The local storage of a draft on the default (older) set whose stored place is its checklist. */
export async function storedChecklist(browser, base) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(base);
    await page.locator('main button.primary').first().click();
    await page.locator('#url').fill('https://binagadi-ih.gov.az');
    await page.locator('#name').fill('Binəqədi rayon İcra Hakimiyyəti');
    await page.locator('main button.primary').last().click();
    await page.locator('.criterion').first().waitFor();
    return await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  } finally {
    await context.close();
  }
}
