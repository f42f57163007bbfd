// npm run bench: builds consent-elements, then measures it side by side with vanilla-cookieconsent
// 3.1.0, klaro 0.7.22 and Lit alone (size, time to an interactive notice, main-thread cost, layout
// shift, store speed, memory), again with the CPU throttled 4× (about a mid-range phone), and writes
// bench/results.json and BENCHMARKS.md.
//
// Options: --runs N (load runs per library, default 20; also BENCH_RUNS), --throttled-runs N (runs
// of the 4× CPU loads, default 24), --no-build (measure the dist/ already built), --no-write (print
// only), --size-only (measure sizes only and rewrite just the size tables of BENCHMARKS.md and the size
// part of bench/results.json: seconds instead of minutes, e.g. after a merge). Progress goes to
// stderr, the tables to stdout.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, release, totalmem, type } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { withCompileHint } from '../scripts/compile-hint.mjs';
import { bundle, importBundled } from './bundle.mjs';
import { BenchSetupError, buildProject, CDN_MODULE, requireBuiltModule } from './build-project.mjs';
import { measureLoad, VIEWPORT } from './measure-load.mjs';
import { measureMemory } from './measure-memory.mjs';
import { measureSizes, peerFile } from './measure-size.mjs';
import { measureStore } from './measure-store.mjs';
import {
  LIBRARIES,
  loadPage,
  modulePage,
  POLICY_BANNER,
  returningVisitorRecord,
} from './pages.mjs';
import {
  buildSizeTables,
  buildTables,
  replaceSizeTables,
  toText,
  writeBenchmarksMd,
} from './report.mjs';
import { startServer } from './server.mjs';
import { round } from './stats.mjs';

// Every path below (dist/, src/, scripts/size.mjs's entries) is relative to the repository root.
process.chdir(resolve(import.meta.dirname, '..'));

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '20' },
    // 24, not 12: at 12 runs, two benches of the same build put our 4× script time at 1.34× and
    // 1.24× vanilla-cookieconsent's; the median of twice the runs moves about 1/√2 as much.
    'throttled-runs': { type: 'string', default: '24' },
    'no-build': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    'size-only': { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer`);
const throttledRuns = Number(args['throttled-runs']);
if (!Number.isInteger(throttledRuns) || throttledRuns < 1)
  throw new Error(`--throttled-runs must be a positive integer`);
const SETTLE_MS = 400;
/** About a mid-range phone against this kind of machine (DevTools' "4× slowdown"). */
const CPU_THROTTLING_RATE = 4;
/** The policy banner's loads only check its layout shift: fewer runs do. */
const bannerRuns = Math.min(runs, 10);

const log = (message) => process.stderr.write(`${message}\n`);
const startedAt = performance.now();
// Other work on the machine shows up as noise in every timing: record how busy it was.
const loadAverage = () => round(loadavg()[0], 2);
const loadAverageStart = loadAverage();
const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;

/** The commit measured, and whether src/ had uncommitted changes (then the numbers are not that commit's). */
function gitState() {
  const git = (...a) => spawnSync('git', a, { encoding: 'utf8' }).stdout?.trim() ?? '';
  return {
    commit: git('rev-parse', '--short', 'HEAD') || 'unknown',
    dirty: git('status', '--porcelain', '--', 'src') !== '',
  };
}

async function orError(measure) {
  try {
    return await measure();
  } catch (error) {
    return { failed: String(error.message ?? error).split('\n')[0], errors: [] };
  }
}

/** Builds dist/ unless --no-build; returns the build's duration in ms (null when skipped). */
function buildUnlessAsked() {
  if (args['no-build']) {
    requireBuiltModule();
    log(`using the existing ${CDN_MODULE} (--no-build)`);
    return null;
  }
  log('building (node scripts/build.mjs)…');
  const buildMs = buildProject();
  log(`  built in ${(buildMs / 1000).toFixed(1)} s`);
  return buildMs;
}

/** The size rows, with the commit they were measured at (a --size-only refresh may be later). */
async function measureSizesNow(git) {
  log('measuring sizes…');
  const size = await measureSizes();
  log(`  done (${elapsed()})`);
  const sizeMeta = { date: new Date().toISOString(), ...git };
  return { size, sizeMeta, cdnGzipVsJsCss: cdnGzipVsJsCss(size) };
}

const cdnGzipVsJsCss = (size) =>
  round(size[0].gzip / size.find((r) => r.name.includes('JS + CSS')).gzip, 3);

/**
 * Every file of the CDN folder under /assets/, as a CDN serves it: the entry loads its languages and
 * any on-demand chunks relative to its own URL (/assets/consent-elements.js).
 */
function cdnFolder() {
  const folder = dirname(CDN_MODULE);
  const routes = {};
  for (const file of readdirSync(folder, { recursive: true })) {
    if (file.endsWith('.js')) routes[`/assets/${file}`] = readFileSync(join(folder, file));
  }
  return routes;
}

/** --size-only: rewrites the size tables and results.json's size part; every other table stays. */
async function refreshSizes() {
  const git = gitState();
  buildUnlessAsked();
  const { size, sizeMeta, cdnGzipVsJsCss: ratio } = await measureSizesNow(git);
  const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
  results.size = size;
  results.sizeMeta = sizeMeta;
  results.ratiosVsVanillaCookieconsent.cdnGzipVsJsCss = ratio;
  const tables = buildSizeTables(results);
  process.stdout.write(`\n${toText(tables)}\n\n`);
  if (!args['no-write']) {
    writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
    const markdown = readFileSync('BENCHMARKS.md', 'utf8');
    writeFileSync('BENCHMARKS.md', replaceSizeTables(markdown, tables));
    log('rewrote the size tables of BENCHMARKS.md and the size part of bench/results.json');
  }
  log(`total ${elapsed()}`);
}

async function main() {
  const git = gitState(); // before the build, which is what gets measured
  const buildMs = buildUnlessAsked();
  const { size, sizeMeta, cdnGzipVsJsCss: sizeRatio } = await measureSizesNow(git);

  // Everything the pages load, held in memory by the server.
  const routes = {
    ...cdnFolder(),
    '/assets/cookieconsent.umd.js': peerFile('vanilla-cookieconsent', 'dist/cookieconsent.umd.js'),
    '/assets/cookieconsent.css': peerFile('vanilla-cookieconsent', 'dist/cookieconsent.css'),
    '/assets/klaro.js': peerFile('klaro', 'dist/klaro.js'),
    // First, V8's compile hint, as in our CDN entry: the floor is compiled the same way.
    '/assets/lit-floor.js': withCompileHint(
      await bundle(resolve('bench/fixtures/lit-floor-notice.js')),
    ),
    '/module.html': modulePage(),
  };
  for (const library of [...LIBRARIES, POLICY_BANNER])
    routes[`/load/${library.id}.html`] = loadPage(library);
  const { serializeConsentCookie } = await importBundled('src/core/codec.ts');
  const banner = {
    ...POLICY_BANNER,
    cookies: [{ name: 'consent', value: serializeConsentCookie(returningVisitorRecord()) }],
  };

  const server = await startServer(routes);
  const browser = await chromium.launch(chromiumLaunchOptions());
  let load, throttledLoad, bannerLoad, store, memory;
  const chromiumVersion = browser.version();
  try {
    log(`measuring load: ${runs} interleaved runs × ${LIBRARIES.length} pages…`);
    load = await measureLoad(browser, server, LIBRARIES, { runs, settleMs: SETTLE_MS, log });
    log(`  done (${elapsed()})`);
    log(
      `measuring load with the CPU throttled ${CPU_THROTTLING_RATE}×: ${throttledRuns} interleaved runs × ${LIBRARIES.length} pages…`,
    );
    throttledLoad = await measureLoad(browser, server, LIBRARIES, {
      runs: throttledRuns,
      settleMs: SETTLE_MS,
      cpuThrottlingRate: CPU_THROTTLING_RATE,
      log,
    });
    log(`  done (${elapsed()})`);
    log(`measuring the policy banner's load (${bannerRuns} runs)…`);
    bannerLoad = await orError(async () => {
      const result = await measureLoad(browser, server, [banner], {
        runs: bannerRuns,
        settleMs: SETTLE_MS,
        log,
      });
      return result[banner.id];
    });
    log(`  done (${elapsed()})`);
    // The store and memory pages drive our API directly: if a change in the library breaks them, keep
    // the other results and say what failed instead of losing the whole run.
    log('measuring the store…');
    store = await orError(() => measureStore(browser, server));
    log(`  done (${elapsed()})`);
    log('measuring memory (1,000 mount/unmount cycles)…');
    memory = await orError(() => measureMemory(browser, server, { cycleCount: 1000 }));
    log(`  done (${elapsed()})`);
  } finally {
    await browser.close();
    await server.close();
  }

  const ours = load['consent-elements'].summary;
  const vcc = load['vanilla-cookieconsent'].summary;
  const throttledOurs = throttledLoad['consent-elements'].summary;
  const throttledVcc = throttledLoad['vanilla-cookieconsent'].summary;
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const results = {
    meta: {
      date: new Date().toISOString(),
      command: 'npm run bench',
      version: pkg.version,
      git,
      runs,
      viewport: `${VIEWPORT.width}×${VIEWPORT.height}`,
      settleMs: SETTLE_MS,
      buildMs: buildMs === null ? null : round(buildMs, 0),
      durationS: round((performance.now() - startedAt) / 1000, 1),
      machine: {
        cpu: cpus()[0]?.model.trim() ?? 'unknown',
        cores: cpus().length,
        memoryGB: round(totalmem() / 2 ** 30, 1),
        os: `${type()} ${release()} ${arch()}`,
        loadAverageStart,
        loadAverageEnd: loadAverage(),
      },
      node: process.versions.node,
      chromium: chromiumVersion,
      playwright: JSON.parse(readFileSync('node_modules/playwright/package.json', 'utf8')).version,
    },
    ratiosVsVanillaCookieconsent: {
      readyMedian: round(ours.readyMs.median / vcc.readyMs.median, 3),
      // Main-thread CPU time: the stable measure of work (wall time also counts waiting for the CPU).
      scriptCpuMedian: round(ours.scriptCpuMs.median / vcc.scriptCpuMs.median, 3),
      taskCpuMedian: round(ours.taskCpuMs.median / vcc.taskCpuMs.median, 3),
      cdnGzipVsJsCss: sizeRatio,
      throttled: {
        cpuThrottlingRate: CPU_THROTTLING_RATE,
        readyMedian: round(throttledOurs.readyMs.median / throttledVcc.readyMs.median, 3),
        scriptCpuMedian: round(
          throttledOurs.scriptCpuMs.median / throttledVcc.scriptCpuMs.median,
          3,
        ),
        scriptWallMedian: round(throttledOurs.scriptMs.median / throttledVcc.scriptMs.median, 3),
      },
    },
    size,
    sizeMeta,
    load,
    throttled: { rate: CPU_THROTTLING_RATE, runs: throttledRuns, load: throttledLoad },
    banner: bannerLoad,
    store,
    memory,
  };

  const tables = buildTables(results);
  process.stdout.write(`\n${toText(tables)}\n\n`);
  const loadProblems = (loads, suffix = '') =>
    Object.entries(loads).flatMap(([id, l]) =>
      l.errors
        .map((e) => `${id}${suffix}: page error: ${e}`)
        .concat(
          l.failures.length
            ? [`${id}${suffix}: ${l.failures.length} run(s) never showed an interactive button`]
            : [],
        ),
    );
  const problems = [
    ...loadProblems(load),
    ...loadProblems(throttledLoad, ` (CPU ${CPU_THROTTLING_RATE}×)`),
    ...(bannerLoad.failed
      ? [`policy banner load failed: ${bannerLoad.failed}`]
      : loadProblems({ [banner.id]: bannerLoad })),
    ...store.errors.map((e) => `store page error: ${e}`),
    ...memory.errors.map((e) => `memory page error: ${e}`),
    ...(store.failed ? [`store benchmark failed: ${store.failed}`] : []),
    ...(memory.failed ? [`memory benchmark failed: ${memory.failed}`] : []),
  ];
  if (Math.max(loadAverageStart, results.meta.machine.loadAverageEnd) > cpus().length)
    problems.push(
      `the machine was busy (load average above ${cpus().length}): timings are noisier than usual.`,
    );
  for (const [what, summary] of [
    ['the notice', ours],
    [`the notice (CPU ${CPU_THROTTLING_RATE}×)`, throttledOurs],
    ['the policy banner', bannerLoad.summary],
  ]) {
    if (summary?.cls.max > 0) problems.push(`${what} shifted the layout (CLS ${summary.cls.max}).`);
  }
  for (const p of problems) log(`! ${p}`);
  // Our own measurements failing is a failed bench (peers misbehaving is only reported).
  if (
    load['consent-elements'].runs === 0 ||
    throttledLoad['consent-elements'].runs === 0 ||
    bannerLoad.failed ||
    bannerLoad.runs === 0 ||
    store.failed ||
    memory.failed
  )
    process.exitCode = 1;

  if (!args['no-write']) {
    writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
    writeBenchmarksMd('BENCHMARKS.md', results, tables);
    log('wrote bench/results.json and BENCHMARKS.md');
  }
  log(`total ${elapsed()}`);
}

(args['size-only'] ? refreshSizes() : main()).catch((error) => {
  if (error instanceof BenchSetupError) {
    log(`\n✗ bench: ${error.message}`);
  } else {
    log(`\n✗ bench failed: ${error.stack ?? error}`);
  }
  process.exit(1);
});
