// In-page instrumentation, installed with context.addInitScript so it runs before any page script.
// These functions are serialized by Playwright and executed in the browser: they must be
// self-contained (no imports, no closures over Node values).

/**
 * Load probe: records when the page's accept button first becomes visible *and* clickable, plus the
 * long tasks and layout shifts of the load. The accept button's location comes from
 * `<meta name="bench-accept">` (a list of selectors; each next one runs in the previous match's
 * shadow root), so the same probe serves every library.
 *
 * "Interactive" means: connected, enabled, `checkVisibility()` with opacity and visibility checks,
 * a non-empty box inside the viewport, and the element hit-tested at the box centre is the button
 * (so an invisible overlay, a 0-opacity fade start or `visibility: hidden` do not count).
 * The check runs after every DOM mutation (document and every shadow root, found by wrapping
 * attachShadow) and on every animation frame, because some changes (a CSS class that starts a
 * transition, a Lit render inside a shadow root) are only visible to one of the two.
 */
export function loadProbe() {
  const state = {
    inDomAt: undefined,
    readyAt: undefined,
    trigger: undefined,
    longTasks: [],
    shifts: [],
  };
  window.__bench = state;
  let resolveReady;
  state.ready = new Promise((resolve) => (resolveReady = resolve));

  // Observers registered before any script runs; `buffered` also covers anything before that.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        state.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    state.longTasks = null;
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        state.shifts.push({
          start: e.startTime,
          value: e.value,
          sources: (e.sources ?? []).map((s) => s.node?.nodeName ?? '?'),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    state.shifts = null;
  }

  let selectors;
  const findButton = () => {
    if (!selectors) {
      const meta = document.querySelector('meta[name="bench-accept"]');
      if (!meta) return null;
      selectors = JSON.parse(meta.content);
    }
    let root = document;
    let el = null;
    for (const selector of selectors) {
      if (!root) return null;
      el = root.querySelector(selector);
      if (!el) return null;
      root = el.shadowRoot;
    }
    return el;
  };

  // elementFromPoint stops at a shadow host; descend into open shadow roots to the real target.
  const hitTest = (x, y) => {
    let el = document.elementFromPoint(x, y);
    while (el && el.shadowRoot) {
      const inner = el.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === el) break;
      el = inner;
    }
    return el;
  };

  const isInteractive = (button) => {
    if (!button.isConnected || button.disabled) return false;
    if (!button.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = button.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
    const hit = hitTest(x, y);
    return !!hit && (hit === button || button.contains(hit));
  };

  const observer = new MutationObserver(() => check('mutation'));
  const watch = { subtree: true, childList: true, attributes: true };
  observer.observe(document, watch);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (state.readyAt === undefined) observer.observe(root, watch);
    return root;
  };

  function check(trigger) {
    if (state.readyAt !== undefined) return;
    const button = findButton();
    if (button && state.inDomAt === undefined) state.inDomAt = performance.now();
    if (!button || !isInteractive(button)) return;
    state.readyAt = performance.now();
    state.trigger = trigger;
    observer.disconnect();
    resolveReady(state.readyAt);
  }
  const frame = () => {
    check('frame');
    if (state.readyAt === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * Runs in the page after navigation: waits for the accept button, lets trailing work settle (late
 * renders, animations, deferred tasks) so their long tasks and layout shifts are counted, then returns
 * the numbers. `settleMs` and `timeoutMs` come from Node.
 */
export async function collectLoad({ settleMs, timeoutMs }) {
  const state = window.__bench;
  const readyAt = await Promise.race([
    state.ready,
    new Promise((resolve) => setTimeout(() => resolve(undefined), timeoutMs)),
  ]);
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    readyAt,
    inDomAt: state.inDomAt,
    trigger: state.trigger,
    fcp: fcp?.startTime,
    domContentLoaded: nav?.domContentLoadedEventEnd,
    load: nav?.loadEventEnd,
    longTasks: state.longTasks,
    shifts: state.shifts,
    resources: performance.getEntriesByType('resource').map((r) => ({
      name: new URL(r.name).pathname,
      start: r.startTime,
      end: r.responseEnd,
      transfer: r.transferSize,
    })),
  };
}

/**
 * Memory probe: counts BroadcastChannels opened/closed and timers still pending, by wrapping the
 * constructors/functions before the library loads. (Event listeners and live element instances are
 * read through CDP instead, which sees them without wrapping.)
 */
export function memoryProbe() {
  const counts = {
    channelsOpened: 0,
    channelsClosed: 0,
    timeouts: new Set(),
    intervals: new Set(),
  };
  window.__benchMemory = counts;

  const NativeChannel = window.BroadcastChannel;
  if (NativeChannel) {
    window.BroadcastChannel = class CountingBroadcastChannel extends NativeChannel {
      constructor(name) {
        super(name);
        counts.channelsOpened++;
      }
      close() {
        if (!this.__benchClosed) {
          this.__benchClosed = true;
          counts.channelsClosed++;
        }
        return super.close();
      }
    };
  }

  const native = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
  };
  window.setTimeout = function (handler, ms, ...args) {
    let id;
    const wrapped =
      typeof handler === 'function'
        ? function (...a) {
            counts.timeouts.delete(id);
            return handler.apply(this, a);
          }
        : handler;
    id = native.setTimeout.call(window, wrapped, ms, ...args);
    counts.timeouts.add(id);
    return id;
  };
  window.setInterval = function (handler, ms, ...args) {
    const id = native.setInterval.call(window, handler, ms, ...args);
    counts.intervals.add(id);
    return id;
  };
  // clearTimeout and clearInterval share one id space and are interchangeable.
  const clear = (id) => {
    counts.timeouts.delete(id);
    counts.intervals.delete(id);
  };
  window.clearTimeout = function (id) {
    clear(id);
    return native.clearTimeout.call(window, id);
  };
  window.clearInterval = function (id) {
    clear(id);
    return native.clearInterval.call(window, id);
  };
}
