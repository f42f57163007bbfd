// node bench/profile-load.mjs [--runs N]: where consent-elements spends the main thread while a cold
// page brings up the notice. Not part of `npm run bench` (a profiler slows the page down); use it to
// explain the bench's numbers. The CDN entry (src/cdn.ts) is bundled *unminified* in memory, so the
// bundler's `// path/to/module` markers map every sampled line back to its source module; native calls
// (layout, cookie access, …) are charged to the module that made them. The Lit-only floor page is
// profiled the same way for comparison.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { LIBRARIES, loadPage } from './pages.mjs';
import { collectLoad, loadProbe } from './probe.mjs';
import { startServer } from './server.mjs';

process.chdir(resolve(import.meta.dirname, '..'));
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '8' } } });
const RUNS = Number(args.runs);

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

/** Line number → source module, from the bundler's `// node_modules/…` and `// src/…` markers. */
function moduleMap(code) {
  const starts = [];
  code.split('\n').forEach((line, i) => {
    const m = /^\/\/ ((?:node_modules|src)\/\S+|\0\S+)$/.exec(line);
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

/** Self time per bucket (µs), a profile's native calls charged to the nearest JS caller's module. */
function attribute(profile, bucketOf) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map();
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    let node = nodes.get(id);
    const fn = node.callFrame.functionName;
    if (fn === '(idle)' || fn === '(program)' || fn === '(root)') return;
    if (fn === '(garbage collector)') return add('(garbage collector)', us);
    let native = null;
    while (node && node.callFrame.lineNumber < 0 && parent.has(node.id)) {
      native ??= node.callFrame.functionName;
      node = nodes.get(parent.get(node.id));
    }
    let bucket = bucketOf(node.callFrame);
    if (native) bucket += ` → ${native}`;
    add(bucket, us);
  });
  function add(key, us) {
    selfUs.set(key, (selfUs.get(key) ?? 0) + us);
  }
  return selfUs;
}

async function profileLoads(browser, url, bucketOf) {
  const totals = new Map();
  const readies = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    await context.addInitScript(loadProbe);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'commit' });
    const { readyAt } = await page.evaluate(collectLoad, { settleMs: 200, timeoutMs: 10000 });
    readies.push(readyAt);
    const { profile } = await cdp.send('Profiler.stop');
    for (const [k, us] of attribute(profile, bucketOf)) totals.set(k, (totals.get(k) ?? 0) + us);
    await context.close();
  }
  return { totals, readies };
}

const ours = await unminified('src/cdn.ts');
const floor = await unminified(resolve('bench/fixtures/lit-floor-notice.js'));
const oursModule = moduleMap(ours);
const floorModule = moduleMap(floor);
const bucketOf = (frame) => {
  if (frame.url.endsWith('/assets/consent-elements.js')) return oursModule(frame.lineNumber);
  if (frame.url.endsWith('/assets/lit-floor.js')) return `floor: ${floorModule(frame.lineNumber)}`;
  if (!frame.url) return '(bench probe, inline scripts, DevTools)';
  return new URL(frame.url).pathname;
};

const routes = { '/assets/consent-elements.js': ours, '/assets/lit-floor.js': floor };
for (const library of LIBRARIES) routes[`/load/${library.id}.html`] = loadPage(library);
const server = await startServer(routes);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const id of ['consent-elements', 'lit-floor']) {
    const { totals, readies } = await profileLoads(
      browser,
      server.url(`/load/${id}.html`),
      bucketOf,
    );
    const rows = [...totals].sort((a, b) => b[1] - a[1]);
    const sum = rows.reduce((a, [, us]) => a + us, 0);
    const median = readies.sort((a, b) => a - b)[Math.floor(readies.length / 2)];
    console.log(
      `\n${id}: ${(sum / RUNS / 1000).toFixed(1)} ms of sampled main-thread work per load` +
        ` (median ready ${median.toFixed(0)} ms under the profiler, ${RUNS} cold loads)`,
    );
    for (const [bucket, us] of rows.filter(([, us]) => us / RUNS >= 200)) {
      console.log(`${(us / RUNS / 1000).toFixed(1).padStart(7)} ms  ${bucket}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
