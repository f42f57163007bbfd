// Memory and leaks: mount and unmount all three elements 1,000 times (then 1,000 more) and compare the
// page before and after. Heap is read after forced garbage collection (CDP), so only what is still reachable counts.
// Leaks that a heap number hides are counted directly: event listeners on document and window (CDP
// DOMDebugger), BroadcastChannels never closed and timers still pending (memoryProbe wrappers), and
// element instances still alive although none is in the DOM (CDP Runtime.queryObjects).
import { memoryProbe } from './probe.mjs';

const TAGS = ['consent-cookie-notice', 'consent-opt-out-toggle', 'consent-policy-banner'];

/** In-page: n mount/unmount cycles of the three elements, each waiting for the first render. */
async function cycles(n) {
  const mount = document.getElementById('mount');
  for (let i = 0; i < n; i++) {
    const notice = document.createElement('consent-cookie-notice');
    const toggle = document.createElement('consent-opt-out-toggle');
    toggle.setAttribute('category', 'analytics');
    const banner = document.createElement('consent-policy-banner');
    mount.append(notice, toggle, banner);
    await Promise.all([notice, toggle, banner].map((e) => e.updateComplete));
    mount.replaceChildren();
  }
  // Let anything deferred by disconnectedCallback (microtasks, 0 ms timers) run before counting.
  await new Promise((resolve) => setTimeout(resolve, 50));
}

async function evaluateHandle(cdp, expression) {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  return result.objectId;
}

async function listenerCounts(cdp, expression) {
  const objectId = await evaluateHandle(cdp, expression);
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId });
  await cdp.send('Runtime.releaseObject', { objectId });
  const byType = {};
  for (const l of listeners) byType[l.type] = (byType[l.type] ?? 0) + 1;
  return { total: listeners.length, byType };
}

async function liveInstances(cdp, tag) {
  const protoId = await evaluateHandle(cdp, `customElements.get(${JSON.stringify(tag)}).prototype`);
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: protoId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: protoId });
  return result.value;
}

async function snapshot(cdp, page) {
  // Two passes: the first may only make objects with finalizers collectable.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await page.evaluate(() => {
    const c = window.__benchMemory;
    return {
      channelsOpen: c.channelsOpened - c.channelsClosed,
      channelsOpened: c.channelsOpened,
      timeoutsPending: c.timeouts.size,
      intervalsActive: c.intervals.size,
      domNodes: document.getElementsByTagName('*').length,
    };
  });
  const instances = {};
  for (const tag of TAGS) instances[tag] = await liveInstances(cdp, tag);
  return {
    heapUsedBytes: usedSize,
    documentListeners: await listenerCounts(cdp, 'document'),
    windowListeners: await listenerCounts(cdp, 'window'),
    ...counters,
    instances,
  };
}

export async function measureMemory(browser, server, { cycleCount = 1000, warmup = 10 } = {}) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(memoryProbe);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error.message ?? error)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await page.goto(server.url('/module.html'));
    await page.waitForFunction(() => window.__ce !== undefined, null, { timeout: 10000 });

    const before = await snapshot(cdp, page);
    // A few cycles first: the first mounts build one-off things (the store, shared stylesheets,
    // compiled templates, JIT code) that are caches, not leaks.
    await page.evaluate(cycles, warmup);
    const warm = await snapshot(cdp, page);
    const started = performance.now();
    await page.evaluate(cycles, cycleCount);
    const cyclesMs = performance.now() - started;
    const after = await snapshot(cdp, page);
    // A second batch of the same size: a leak grows the heap again by the same amount, one-off
    // growth (which dominates the first batch) does not. The slope of this batch is the leak rate.
    await page.evaluate(cycles, cycleCount);
    const afterTwice = await snapshot(cdp, page);
    return {
      cycles: cycleCount,
      warmupCycles: warmup,
      cyclesMs,
      before,
      warm,
      after,
      afterTwice,
      heapGrowthBytes: after.heapUsedBytes - before.heapUsedBytes,
      heapGrowthAfterWarmupBytes: after.heapUsedBytes - warm.heapUsedBytes,
      bytesPerCycle: (afterTwice.heapUsedBytes - after.heapUsedBytes) / cycleCount,
      leakedDocumentListeners: afterTwice.documentListeners.total - warm.documentListeners.total,
      leakedWindowListeners: afterTwice.windowListeners.total - warm.windowListeners.total,
      errors,
    };
  } finally {
    await context.close();
  }
}
