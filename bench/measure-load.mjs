// Time to an interactive notice, main-thread cost and layout shift, for each library, cold.
// Every run gets a fresh browser context (no cookies, no HTTP or code cache) and a fresh page; runs are
// interleaved (ours, vcc, klaro, floor, ours, …) so that drift in machine load hits every library alike.
import { collectLoad, loadProbe } from './probe.mjs';
import { round, summarize } from './stats.mjs';

/** A desktop window: every load in the bench uses it. */
export const VIEWPORT = { width: 1280, height: 800 };

/** CDP Performance.getMetrics as a name → value map. Durations are in seconds. */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * One cold load of one library's host page. `cookies` (name/value pairs) are set for the page's
 * origin first (a returning visitor); `cpuThrottlingRate` > 1 slows the page's CPU down that many
 * times (DevTools' CPU throttling, which stays on across the navigation).
 */
async function loadOnce(
  browser,
  url,
  { settleMs, timeoutMs, cookies = [], cpuThrottlingRate = 1 },
) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(loadProbe);
    if (cookies.length)
      await context.addCookies(cookies.map((c) => ({ ...c, url: new URL(url).origin })));
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error.message ?? error)));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    // Two CDP sessions, two clocks: wall time (what the visitor waits through) and the main thread's
    // CPU time ("threadTicks"), which other processes competing for the CPU inflate far less.
    const wallSession = await context.newCDPSession(page);
    const cpuSession = await context.newCDPSession(page);
    if (cpuThrottlingRate !== 1)
      await wallSession.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottlingRate });
    await wallSession.send('Performance.enable', { timeDomain: 'timeTicks' });
    await cpuSession.send('Performance.enable', { timeDomain: 'threadTicks' });
    const wallBefore = await metrics(wallSession);
    const cpuBefore = await metrics(cpuSession);
    await page.goto(url, { waitUntil: 'commit' });
    const result = await page.evaluate(collectLoad, { settleMs, timeoutMs });
    const wallAfter = await metrics(wallSession);
    const cpuAfter = await metrics(cpuSession);
    // The navigation may move the page to a new renderer, whose counters start from zero: then the
    // value after is the whole load and nothing is subtracted.
    const delta = (after, before, name) =>
      (after[name] - (after[name] >= before[name] ? before[name] : 0)) * 1000;
    const wall = (name) => delta(wallAfter, wallBefore, name);
    const cpu = (name) => delta(cpuAfter, cpuBefore, name);
    const longTasks = result.longTasks ?? [];
    return {
      ok: result.readyAt !== undefined,
      readyMs: result.readyAt,
      // When the button first exists in the DOM (visible or not): the gap to readyMs is styling,
      // layout and any deliberate show delay or entrance animation.
      inDomMs: result.inDomAt,
      trigger: result.trigger,
      fcpMs: result.fcp,
      domContentLoadedMs: result.domContentLoaded,
      loadMs: result.load,
      // Total blocking time as Lighthouse defines a task's share: whatever exceeds 50 ms.
      tbtMs: longTasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      longTasks: longTasks.length,
      cls: (result.shifts ?? []).reduce((sum, s) => sum + s.value, 0),
      shiftSources: [...new Set((result.shifts ?? []).flatMap((s) => s.sources))],
      scriptMs: wall('ScriptDuration'),
      taskMs: wall('TaskDuration'),
      scriptCpuMs: cpu('ScriptDuration'),
      taskCpuMs: cpu('TaskDuration'),
      layoutCpuMs: cpu('LayoutDuration'),
      styleCpuMs: cpu('RecalcStyleDuration'),
      resources: result.resources,
      errors,
    };
  } finally {
    await context.close();
  }
}

const FIELDS = [
  'readyMs',
  'inDomMs',
  'fcpMs',
  'domContentLoadedMs',
  'tbtMs',
  'scriptMs',
  'taskMs',
  'scriptCpuMs',
  'taskCpuMs',
  'layoutCpuMs',
  'styleCpuMs',
  'cls',
];

/**
 * Runs `runs` interleaved rounds over `libraries` (after one discarded warm-up round: the first load
 * in a new browser pays one-off costs such as font and process start-up).
 * A library may carry `cookies` to load as a returning visitor; `options.cpuThrottlingRate` slows
 * every load's CPU down alike.
 * Returns per-library summaries (median, p25/p75, min/max per field) and the raw samples.
 */
export async function measureLoad(browser, server, libraries, options) {
  const {
    runs,
    settleMs = 400,
    timeoutMs = 10000,
    cpuThrottlingRate = 1,
    log = () => {},
  } = options;
  const samples = Object.fromEntries(libraries.map((l) => [l.id, []]));
  const failures = Object.fromEntries(libraries.map((l) => [l.id, []]));
  for (let round = -1; round < runs; round++) {
    for (const library of libraries) {
      const sample = await loadOnce(browser, server.url(`/load/${library.id}.html`), {
        settleMs,
        timeoutMs,
        cookies: library.cookies,
        cpuThrottlingRate,
      });
      if (round < 0) continue;
      if (sample.ok) samples[library.id].push(sample);
      else
        failures[library.id].push(sample.errors.join(' | ') || 'accept button never interactive');
    }
    const rate = cpuThrottlingRate === 1 ? '' : ` (CPU ${cpuThrottlingRate}×)`;
    log(`  load round ${round < 0 ? 'warm-up' : `${round + 1}/${runs}`}${rate}`);
  }

  const results = {};
  for (const library of libraries) {
    const list = samples[library.id];
    const summary = {};
    for (const field of FIELDS) {
      const s = summarize(list.map((x) => x[field]));
      summary[field] = Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v, 3)]));
    }
    results[library.id] = {
      label: library.label,
      runs: list.length,
      failures: failures[library.id],
      summary,
      errors: [...new Set(list.flatMap((x) => x.errors))],
      shiftSources: [...new Set(list.flatMap((x) => x.shiftSources))],
      readyTriggers: countBy(list.map((x) => x.trigger)),
      resources: list[0]?.resources ?? [],
      samples: list.map((x) =>
        Object.fromEntries(
          FIELDS.map((f) => [f, round(x[f], 3)]).concat([
            ['longTasks', x.longTasks],
            ['trigger', x.trigger],
          ]),
        ),
      ),
    };
  }
  return results;
}

function countBy(values) {
  const counts = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}
