// Store speed, in the browser with the CDN module (the store a site actually runs, cookie included).
// Per-call timings are far below performance.now()'s resolution (100 µs in a page that is not
// cross-origin isolated), so everything is timed over large batches and divided.

/** In-page: isGranted throughput and the cost of a decision. Runs in the browser. */
async function storeBench({ readMs, decisions, batches, withElementsDecisions }) {
  const ce = window.__ce;
  const store = ce.getConsentStore();
  void store.state; // first access reads config + cookie: a one-off cost, not the steady state

  // 1. isGranted: a tight loop for readMs, in slices of 10,000 calls; a counter keeps the JIT honest.
  let calls = 0;
  let granted = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < readMs) {
    for (let i = 0; i < 10000; i++)
      if (store.isGranted(i & 1 ? 'analytics' : 'necessary')) granted++;
    calls += 10000;
    t = performance.now();
  }
  const isGrantedPerSecond = calls / ((t - t0) / 1000);

  // 2. A decision: write (setCategory, which writes the cookie and posts to other tabs), then the
  // consent-change event on document, then the read-back. Alternating values so every call changes.
  let events = 0;
  const onChange = () => events++;
  document.addEventListener('consent-change', onChange);
  const seenBefore = events;
  store.setCategory('analytics', true);
  const eventIsSynchronous = events > seenBefore;
  const nextEvent = () =>
    new Promise((resolve) => document.addEventListener('consent-change', resolve, { once: true }));

  async function decide(n, afterEach) {
    let want = store.isGranted('analytics');
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      want = !want;
      const seen = events;
      store.setCategory('analytics', want);
      if (events === seen) await nextEvent();
      if (store.isGranted('analytics') !== want) throw new Error('read-back does not match write');
      if (afterEach) await afterEach();
    }
    return ((performance.now() - start) * 1000) / n; // µs per decision
  }

  const decisionUs = [];
  await decide(200); // warm-up: let the JIT settle
  for (let b = 0; b < batches; b++) decisionUs.push(await decide(decisions));

  // 3. The same with the three elements on the page, awaiting their re-render after each decision:
  // what a decision costs a real page (Lit update of every subscribed element included).
  const mount = document.getElementById('mount');
  const elements = [
    document.createElement('consent-cookie-notice'),
    document.createElement('consent-opt-out-toggle'),
    document.createElement('consent-policy-banner'),
  ];
  elements[1].setAttribute('category', 'analytics');
  mount.append(...elements);
  await Promise.all(elements.map((e) => e.updateComplete));
  const rerender = () => Promise.all(elements.map((e) => e.updateComplete));
  await decide(50, rerender);
  const withElementsUs = await decide(withElementsDecisions, rerender);
  mount.replaceChildren();
  document.removeEventListener('consent-change', onChange);

  return {
    isGrantedPerSecond,
    isGrantedCalls: calls,
    granted,
    eventIsSynchronous,
    decisionUs,
    decisionsPerBatch: decisions,
    withElementsUs,
    withElementsDecisions,
  };
}

/** In-page: n decisions back to back, for the CPU profile below. */
function decisionsOnly(n) {
  const store = window.__ce.getConsentStore();
  let want = store.isGranted('analytics');
  for (let i = 0; i < n; i++) store.setCategory('analytics', (want = !want));
}

/**
 * Where a decision's time goes: a sampled CPU profile (CDP Profiler) of back-to-back decisions, as
 * self time per function. Native calls show by name (e.g. "get cookie", "postMessage"), which is
 * what tells a slow cookie read from slow JavaScript. Minified names are kept as they are.
 */
async function profileDecisions(page, cdp, n) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.evaluate(decisionsOnly, n);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const { callFrame: f } = nodes.get(id);
    if (f.functionName === '(idle)' || f.functionName === '(program)') return;
    const file = f.url.split('/').pop();
    const key = `${f.functionName || '(anonymous)'}${file ? ` (${file}:${f.lineNumber + 1}:${f.columnNumber + 1})` : ''}`;
    const us = profile.timeDeltas[i] ?? 0;
    selfUs.set(key, (selfUs.get(key) ?? 0) + us);
    total += us;
  });
  return [...selfUs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([fn, us]) => ({ fn, share: Math.round((1000 * us) / total) / 10 }));
}

export async function measureStore(browser, server) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error.message ?? error)));
    await page.goto(server.url('/module.html'));
    await page.waitForFunction(() => window.__ce !== undefined, null, { timeout: 10000 });
    const result = await page.evaluate(storeBench, {
      readMs: 1000,
      decisions: 2000,
      batches: 5,
      withElementsDecisions: 300,
    });
    const cdp = await context.newCDPSession(page);
    const decisionProfile = await profileDecisions(page, cdp, 1000);
    const sorted = [...result.decisionUs].sort((a, b) => a - b);
    return {
      ...result,
      decisionProfile,
      decisionUsMedian: sorted[Math.floor(sorted.length / 2)],
      decisionUsMin: sorted[0],
      decisionUsMax: sorted[sorted.length - 1],
      errors,
    };
  } finally {
    await context.close();
  }
}
