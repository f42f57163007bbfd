// node bench/profile-load.mjs [--runs N] [--cpu-throttle R]: where consent-elements spends the main
// thread while a cold page brings up the notice (R = 4 profiles the bench's phone-class run). Not
// part of `npm run bench` (a profiler slows the page down); use it to explain the bench's numbers.
// The CDN folder is built as vite.config.ts builds it (the entry with its compile hint, its chunks
// fetched on demand), but *unminified*, in memory, so the bundler's `// path/to/module` markers map
// every sampled line back to its source module; native calls (layout, cookie access, …) are charged
// to the module that made them. The Lit-only floor page is profiled the same way (unminified, the
// same first line) for comparison, and vanilla-cookieconsent's shipped (minified) file for scale.
// A bundle's top-level function runs every module's import-time code (classes defined, tables
// built, top-level calls): its own time is charged to those modules by the lines it was sampled
// on, as `<module> (top level)`, and so to their owner (ours or Lit).
// Two lists per page: self time per source module, then the top functions by self time.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { withCompileHint } from '../scripts/compile-hint.mjs';
import { peerFile } from './measure-size.mjs';
import { LIBRARIES, loadPage } from './pages.mjs';
import { collectLoad, loadProbe } from './probe.mjs';
import { startServer } from './server.mjs';

process.chdir(resolve(import.meta.dirname, '..'));
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '8' },
    'cpu-throttle': { type: 'string', default: '1' },
  },
});
const RUNS = Number(args.runs);
const CPU_THROTTLING_RATE = Number(args['cpu-throttle']);
/** Functions listed per page, by self time. */
const TOP_FUNCTIONS = 25;
/** How a bundle's top-level code (every module's import-time work) is named. */
const TOP_LEVEL = 'top level';

/** The floor page's module, bundled with Lit, unminified. */
async function unminified(entry) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: { entry, formats: ['es'] },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  return (Array.isArray(output) ? output : [output])[0].output[0].code;
}

/** Where the page loads the CDN entry from; its chunks are beside it, in `chunks/`. */
const ENTRY_PATH = '/assets/consent-elements.js';

/**
 * The CDN entry and its chunks as `npm run build` makes them (vite.config.ts, `--mode cdn`), only
 * unminified: served path → code. What runs at load is what ships: the same modules in the entry,
 * the same chunks left for later, the same compile hint on the entry's first line.
 */
async function unminifiedCdn() {
  const output = await build({
    mode: 'cdn',
    logLevel: 'silent',
    build: {
      write: false,
      emptyOutDir: false,
      minify: false,
      rolldownOptions: { output: { minify: false } },
    },
  });
  const files = new Map();
  for (const file of (Array.isArray(output) ? output : [output]).flatMap((o) => o.output))
    if (file.type === 'chunk') files.set(`/assets/${file.fileName}`, file.code);
  if (!files.has(ENTRY_PATH)) throw new Error(`the CDN build made no ${ENTRY_PATH}`);
  return files;
}

/**
 * Line number → source module, from the bundler's `// node_modules/…` and `// src/…` markers. A
 * marker's path is relative to the checkout: with `node_modules` linked in from another checkout
 * (a second worktree to compare with), Lit's read `// ../../<other>/node_modules/…`, so the path
 * is taken from its first `node_modules/` or `src/` on.
 */
function moduleMap(code) {
  const starts = [];
  code.split('\n').forEach((line, i) => {
    const m = /^\/\/ (?:\S*?\/)??((?:node_modules|src)\/\S+|\0\S+)$/.exec(line);
    if (m) starts.push([i, m[1]]);
  });
  return (line) => {
    let name = '(bundle prelude)';
    for (const [start, module] of starts) {
      if (start > line) break;
      name = module;
    }
    // Lit's packages read better as one line each.
    return name
      .replace(/^node_modules\/(@lit\/reactive-element|lit-html|lit-element)\/.*/, 'lit: $1')
      .replace(/^\0.*/, 'bundler helper (decorators)');
  };
}

/**
 * Self time (µs) per module bucket and per function, a profile's native calls charged to the nearest
 * JS caller (and named after it: "caller → native").
 */
function attribute(profile, bucketOf) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byModule = new Map();
  const byFunction = new Map();
  /** Top-level nodes (with the lines they were sampled on) → their own time. */
  const topLevel = new Map();
  const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    let node = nodes.get(id);
    const fn = node.callFrame.functionName;
    if (fn === '(idle)' || fn === '(program)' || fn === '(root)') return;
    if (fn === '(garbage collector)') {
      add(byModule, fn, us);
      add(byFunction, fn, us);
      return;
    }
    let native = null;
    while (node && node.callFrame.lineNumber < 0 && parent.has(node.id)) {
      native ??= node.callFrame.functionName;
      node = nodes.get(parent.get(node.id));
    }
    const frame = node.callFrame;
    const module = bucketOf(frame);
    const then = native ? ` → ${native}` : '';
    // A bundle's top level runs every module's import-time code: its own time is split below.
    if (!native && module.includes(TOP_LEVEL) && node.positionTicks?.length) {
      topLevel.set(node, (topLevel.get(node) ?? 0) + us);
      return;
    }
    add(byModule, module + then, us);
    add(
      byFunction,
      `${frame.functionName || '(anonymous)'}${then}  [${module}:${frame.lineNumber + 1}]`,
      us,
    );
  });
  // The top level's own time, per module, by the lines it was sampled on (`positionTicks`).
  for (const [node, us] of topLevel) {
    const ticks = node.positionTicks.reduce((sum, { ticks }) => sum + ticks, 0);
    for (const { line, ticks: lineTicks } of node.positionTicks) {
      const module = `${bucketOf({ ...node.callFrame, lineNumber: line - 1 })} (${TOP_LEVEL})`;
      add(byModule, module, (us * lineTicks) / ticks);
      add(byFunction, `(${TOP_LEVEL})  [${module}]`, (us * lineTicks) / ticks);
    }
  }
  return { byModule, byFunction };
}

async function profileLoads(browser, url, bucketOf) {
  const modules = new Map();
  const functions = new Map();
  const errors = new Set();
  const readies = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    await context.addInitScript(loadProbe);
    const page = await context.newPage();
    // A page that throws never shows its notice: say why instead of profiling a broken load.
    page.on('pageerror', (error) => errors.add(String(error.message ?? error)));
    const cdp = await context.newCDPSession(page);
    if (CPU_THROTTLING_RATE !== 1)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING_RATE });
    await cdp.send('Profiler.enable');
    // One sample per 100 µs of unthrottled work: the profiler's own cost stays the same share.
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 * CPU_THROTTLING_RATE });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'commit' });
    const { readyAt } = await page.evaluate(collectLoad, { settleMs: 200, timeoutMs: 30000 });
    readies.push(readyAt);
    const { profile } = await cdp.send('Profiler.stop');
    const { byModule, byFunction } = attribute(profile, bucketOf);
    for (const [k, us] of byModule) modules.set(k, (modules.get(k) ?? 0) + us);
    for (const [k, us] of byFunction) functions.set(k, (functions.get(k) ?? 0) + us);
    await context.close();
  }
  return { modules, functions, readies, errors: [...errors] };
}

const ours = await unminifiedCdn();
// First, V8's compile hint, as in the CDN entry (which the build gave it): the floor like for like.
const floor = withCompileHint(await unminified(resolve('bench/fixtures/lit-floor-notice.js')));
const oursModules = new Map([...ours].map(([path, code]) => [path, moduleMap(code)]));
const floorModule = moduleMap(floor);
const bucketOf = (frame) => {
  if (!frame.url) return '(bench probe, inline scripts, DevTools)';
  // A module script's top-level code is one function starting at line 0: every bundled module's
  // import-time work (class definitions, top-level calls), not the first module's alone.
  const topLevel = frame.functionName === '' && frame.lineNumber === 0;
  const path = new URL(frame.url).pathname;
  const oursModule = oursModules.get(path);
  if (oursModule) {
    if (!topLevel) return oursModule(frame.lineNumber);
    return path === ENTRY_PATH
      ? `bundle ${TOP_LEVEL} (ours + Lit)`
      : `bundle ${TOP_LEVEL} (${path})`;
  }
  if (path === '/assets/lit-floor.js')
    return topLevel ? `floor: bundle ${TOP_LEVEL}` : `floor: ${floorModule(frame.lineNumber)}`;
  if (path === '/assets/cookieconsent.umd.js') return 'vanilla-cookieconsent (minified)';
  return path;
};

/** Who a module bucket's time belongs to, for the one-line summary per page. */
function ownerOf(bucket) {
  const module = bucket.replace(/^floor: /, '');
  if (module.startsWith('src/') || module.startsWith('bundler helper')) return 'ours';
  if (module.startsWith('lit:')) return 'Lit';
  if (module.startsWith('bundle top level')) return 'top level';
  if (module.startsWith('vanilla-cookieconsent')) return 'vanilla-cookieconsent';
  if (module.startsWith('(bench probe')) return 'bench probe and DevTools';
  if (module.startsWith('/load/')) return 'host page';
  return 'other (GC, V8 built-ins)';
}

const routes = {
  ...Object.fromEntries(ours),
  '/assets/lit-floor.js': floor,
  '/assets/cookieconsent.umd.js': peerFile('vanilla-cookieconsent', 'dist/cookieconsent.umd.js'),
  '/assets/cookieconsent.css': peerFile('vanilla-cookieconsent', 'dist/cookieconsent.css'),
};
for (const library of LIBRARIES) routes[`/load/${library.id}.html`] = loadPage(library);
const server = await startServer(routes);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const throttle = CPU_THROTTLING_RATE === 1 ? '' : `, CPU throttled ${CPU_THROTTLING_RATE}×`;
  for (const id of ['consent-elements', 'lit-floor', 'vanilla-cookieconsent']) {
    const { modules, functions, readies, errors } = await profileLoads(
      browser,
      server.url(`/load/${id}.html`),
      bucketOf,
    );
    const perLoadMs = (us) => (us / RUNS / 1000).toFixed(1).padStart(7);
    const sum = [...modules.values()].reduce((a, us) => a + us, 0);
    const ready = readies.filter((ms) => ms !== undefined).sort((a, b) => a - b);
    const median = ready.length ? `${ready[Math.floor(ready.length / 2)].toFixed(0)} ms` : 'never';
    const failed = RUNS - ready.length ? `, ${RUNS - ready.length} never ready` : '';
    console.log(
      `\n${id}: ${perLoadMs(sum).trim()} ms of sampled main-thread work per load` +
        ` (median ready ${median} under the profiler, ${RUNS} cold loads${throttle}${failed})`,
    );
    for (const error of errors) console.log(`  page error: ${error}`);
    const owners = new Map();
    for (const [bucket, us] of modules)
      owners.set(ownerOf(bucket), (owners.get(ownerOf(bucket)) ?? 0) + us);
    const byOwner = [...owners].sort((a, b) => b[1] - a[1]);
    console.log(
      `  by owner: ${byOwner.map(([o, us]) => `${o} ${perLoadMs(us).trim()} ms`).join(' · ')}`,
    );
    console.log('  by module (self time per load):');
    for (const [bucket, us] of [...modules].sort((a, b) => b[1] - a[1])) {
      if (us / RUNS >= 200) console.log(`${perLoadMs(us)} ms  ${bucket}`);
    }
    console.log(`  top ${TOP_FUNCTIONS} functions (self time per load):`);
    for (const [name, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, TOP_FUNCTIONS)) {
      console.log(`${perLoadMs(us)} ms  ${name}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
